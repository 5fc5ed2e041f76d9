def log_calls(f):
    def inner(*args, **kwargs):
        print('call', f.__name__ if hasattr(f, '__name__') else '?', args, kwargs)
        return f(*args, **kwargs)
    return inner
@log_calls
def add(a, b=0):
    return a + b
print(add(1, b=2))
def repeat(n):
    def deco(f):
        def inner():
            return [f() for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hi():
    return 'hi'
print(hi())
