# where= / initial= in reductions (masked runs pairwise-summed as NumPy's masked loop does; src/engine/reduce.ts)
import numpy as np
rng = np.random.default_rng(11)
for dt in [np.float32, np.float64]:
    for n in [7, 100, 1000, 20000, 100001]:
        x = rng.standard_normal(n).astype(dt)
        for thr in [0.0, -1.0, 1.5]:
            m = x > thr
            print(dt.__name__, n, thr, repr(np.sum(x, where=m)), repr(x.mean(where=m)), repr(np.prod(x[:50], where=m[:50])))
        print(repr(x.sum(where=~(x > 2))), repr(x.max(where=x < 1, initial=-10)), repr(x.min(where=x > 0, initial=5)))
M = rng.standard_normal((300, 70))
W = M > 0.3
print(repr(M.sum(axis=0, where=W)[:4]), repr(M.sum(axis=1, where=W)[:4]), repr(M.sum(where=W)))
print(repr(M.T.sum(axis=0, where=W.T)[:3]), repr(M[::2, ::3].sum(where=W[::2, ::3])), repr(M.mean(axis=1, where=W)[:3]))
print(repr(np.std(M, where=W)), repr(np.var(M, axis=0, where=W)[:3]), repr(M.std(axis=1, ddof=1, where=W)[:2]))
print(repr(M.sum(where=np.array([True, False] * 35))), repr(M.sum(axis=0, where=W[:1])[:3]), repr(M.sum(axis=1, keepdims=True, where=W)[:2]))
I = (np.arange(30000) % 97 - 40).astype(np.int16)
print(repr(I.sum(where=I > 0)), repr(I.mean(where=I > 0)), repr(I.sum(dtype=np.float64, where=I % 3 == 0)), repr(I.astype(np.float32).sum(dtype=np.float64, where=I > 5)))
print(repr(np.arange(20.0).reshape(4, 5).prod(axis=1, where=np.arange(5) % 2 == 0)), repr(np.arange(5).sum(where=np.arange(5) > 2)))
x = np.arange(6.0).reshape(2, 3)
print(repr(np.sum(x, where=[1, 0, 1])), repr(np.sum(x, where=[[True], [False]], axis=1)), repr(x.max(where=x > 2, initial=-1, axis=0)))
print(repr(x.all(where=x > 2)), repr(x.any(where=x > 4, axis=1)), repr(x.prod(where=x > 0, keepdims=True)), repr(np.sum(x, initial=10)), repr(x.max(initial=9)))
print(repr(np.add.reduce(x, axis=None)), repr(np.add.reduce(I, dtype=np.int8)), repr(np.maximum.reduce(x, axis=1, keepdims=True)), repr(np.multiply.reduce(x, 1, initial=2.0)))
for f in [lambda: x.max(where=x > 2), lambda: np.sum(x, where=np.array([True, False])), lambda: np.sum(x, where=np.ones((2, 2, 3), bool)), lambda: x.min(where=x > 9, axis=0)]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
