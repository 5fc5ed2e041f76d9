class ShapeError(Exception):
    def __init__(self, expected, got):
        super().__init__(f'expected {expected}, got {got}')
        self.expected = expected
class Special(ShapeError):
    pass
try:
    raise Special((2, 3), (3, 2))
except ShapeError as e:
    print(type(e).__name__, e, e.expected, isinstance(e, Exception))
def f():
    try:
        return 'try'
    finally:
        print('cleanup')
print(f())
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise
except LookupError as e:
    print('reraised', repr(e))
