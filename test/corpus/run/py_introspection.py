class Layer:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f'{self.__class__.__name__}(n={self.n})'
class Dense(Layer):
    pass
d = Dense(3)
print(d, type(d).__name__, d.__class__ is Dense, (1).__class__, 'x'.__class__.__name__, d.__dict__)
print(isinstance(d, Layer), Dense.__name__, Layer.__qualname__)
