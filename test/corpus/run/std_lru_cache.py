# functools.lru_cache / cache: keys (1 vs 1.0), LRU eviction, cache_info/cache_clear, methods, recursion, typed=True
import functools
@functools.lru_cache(maxsize=2)
def f(x):
    print("call", x)
    return [x]
a = f(1); b = f(1.0); f(2); f(3); f(1)
print(a is b, f.cache_info())
f.cache_clear(); print(f.cache_info())
@functools.lru_cache
def g(x, y=2): return x + y
print(g(1), g(1, y=2), g(1, 2), g.cache_info(), g.__name__)
class C:
    @functools.lru_cache(maxsize=None)
    def m(self, k):
        print("m", k); return k * 2
c = C(); print(c.m(2), c.m(2), C.m.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
try: g([1])
except TypeError as e: print(e)
@functools.lru_cache(maxsize=None, typed=True)
def h(x): return type(x).__name__
print(h(1), h(1.0), h.cache_info(), h.cache_parameters())
