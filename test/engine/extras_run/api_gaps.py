# copyto, ascontiguousarray/asfortranarray, stride_tricks, vectorize, cumsum/dot out=, tri, Generator.shuffle(axis)/permuted (QA-32)
import numpy as np
from numpy.lib.stride_tricks import as_strided, sliding_window_view
a = np.arange(6)
e = np.zeros(6)
np.copyto(e, a, where=a % 2 == 0)
print(e)
np.copyto(e, 7)
print(e)
np.copyto(e, [1.5], where=[True, False, True, False, True, False])
print(e)
i = np.zeros((2, 3), dtype=np.int32)
np.copyto(i, np.arange(3))
print(i)
np.copyto(i, np.full((2, 3), 2.7), casting='unsafe')
print(i)
for f in [lambda: np.copyto(i, 2.5), lambda: np.copyto(i, np.ones((2, 3))), lambda: np.copyto(i, [1, 2]), lambda: np.copyto(a, np.arange(3, dtype=np.int32), casting='equiv'),
          lambda: np.copyto(e, a, where=[True, False]), lambda: np.copyto(i, 7, casting='no')]:
    try:
        f()
        print(i)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
m = np.arange(12.0).reshape(3, 4)
f = np.asfortranarray(m)
print(f, f.flags['F_CONTIGUOUS'], f.flags['C_CONTIGUOUS'], f.strides, np.asfortranarray(f) is f, np.ascontiguousarray(m) is m)
c = np.ascontiguousarray(m.T)
print(c.flags['C_CONTIGUOUS'], c.strides, np.ascontiguousarray(np.float64(3.0)).shape, np.asfortranarray(m, dtype=np.int32).dtype, np.ascontiguousarray(m[:, ::2]).strides)
print(np.asfortranarray([1, 2, 3]).flags['F_CONTIGUOUS'], (f @ m.T)[1], f[1:, 2])
x = np.arange(10.0)
w = sliding_window_view(x, 3)
print(w.shape, w.strides, w.flags['WRITEABLE'], w[2], w.sum(axis=1))
print(sliding_window_view(m, (2, 2)).shape, sliding_window_view(m, 2, axis=0).shape, sliding_window_view(m, (2, 3), axis=(1, 0))[0, 0])
print(sliding_window_view(x, 4)[::3].sum(axis=-1), sliding_window_view(m, 2, axis=-1)[..., 0])
for f in [lambda: sliding_window_view(x, 11), lambda: sliding_window_view(m, (2,)), lambda: sliding_window_view(x, (2, 2), axis=(0, 1))]:
    try:
        f()
    except Exception as err:
        print(type(err).__name__, err)
s = as_strided(x, shape=(4, 3), strides=(16, 8))
print(s, s.flags['WRITEABLE'])
s2 = as_strided(x, shape=(3, 3), strides=(8, 0), writeable=False)
print(s2, s2.flags['WRITEABLE'], as_strided(m, shape=(2, 2), strides=(32, 8)))
v = as_strided(x)
v[0] = 100
print(x[:3], np.lib.stride_tricks.sliding_window_view(x, 2).shape)
@np.vectorize
def relu(t):
    return t if t > 0 else 0.0
print(relu(np.array([-1.0, 2.0, 0.5])), relu(3), relu([[1, -2]]), relu.__name__)
calls = []
def record(p, q):
    calls.append((p, q))
    return p * q
vm = np.vectorize(record)
print(vm([1, 2, 3], 2), len(calls), calls[0], type(calls[0][0]).__name__)
print(np.vectorize(lambda t: t > 1)(np.arange(3)), np.vectorize(lambda t: int(t) * 2, otypes=[float])(np.arange(3)))
print(np.vectorize(lambda t: (t, t * 2))(np.arange(3)), np.vectorize(lambda t: t / 2)(np.arange(4).reshape(2, 2)))
first_int = np.vectorize(lambda t: 1 if t == 0 else t / 3)
print(first_int(np.arange(4)), np.vectorize(lambda u, v=1: u + v)(np.arange(3), v=10))
print(np.vectorize(np.dot, signature='(n),(n)->()')(np.arange(6).reshape(2, 3), np.ones(3)), np.vectorize(lambda r: r[::-1], signature='(n)->(n)')(np.arange(6).reshape(2, 3)))
print(np.vectorize(lambda r: r.sum(), signature='(m,n)->()')(np.ones((4, 2, 3))), np.vectorize(lambda t: t, otypes='d')([1, 2]))
try:
    np.vectorize(lambda t: t)(np.zeros(0))
except ValueError as err:
    print('ValueError', err)
fcum = np.arange(6000, dtype=np.float64)
np.cumsum(fcum, out=fcum)
print(repr(fcum[-1]), fcum[:4])
g = np.empty((3, 4))
r = np.cumprod(np.full((3, 4), 2.0), axis=1, out=g)
print(g[1], r is g)
k = np.zeros(5, dtype=int)
np.cumsum(np.arange(5) * 0.5, out=k)
print(k, np.arange(4.0).cumsum(out=np.zeros(4)))
try:
    np.cumsum(np.arange(5.0), out=np.zeros(4))
except ValueError as err:
    print('ValueError', err)
A = np.arange(6.0).reshape(2, 3)
D = np.empty((2, 2))
print(np.dot(A, A.T, out=D) is D, D)
for o in [np.zeros((2, 2), np.float32), np.zeros((2, 3)), np.zeros((4, 2))[::2]]:
    try:
        np.dot(A, A.T, out=o)
    except ValueError as err:
        print('ValueError', err)
print(np.tri(3), np.tri(3, 4, k=1, dtype=int), np.tri(2, 3, -1), np.tri(0).shape)
rng = np.random.default_rng(5)
Z = np.arange(12.0).reshape(3, 4)
rng.shuffle(Z, axis=1)
print(Z)
Y = np.arange(24).reshape(2, 3, 4)
rng.shuffle(Y, axis=-1)
print(Y[1])
rng.shuffle(Y, axis=1)
print(Y[0])
P = rng.permuted(np.arange(20).reshape(4, 5), axis=1)
print(P)
print(rng.permuted(np.arange(12).reshape(3, 4)), rng.permuted(np.arange(12).reshape(3, 4), axis=0))
o = np.zeros((2, 6), dtype=int)
q = rng.permuted(np.arange(12).reshape(2, 6), axis=-1, out=o)
print(q is o, o)
T = np.arange(10)
rng.permuted(T, out=T)
print(T, rng.integers(0, 100, 3))
f = np.asfortranarray(np.arange(6.).reshape(2, 3))
print(np.copy(f).flags.f_contiguous, f.copy().flags.f_contiguous, f.copy(order='F').flags.f_contiguous, f.copy(order='A').flags.f_contiguous, f.copy(order='K').flags.f_contiguous, np.copy(f, order='C').flags.c_contiguous, np.array(f).flags.f_contiguous, np.array(f, order='C').flags.c_contiguous)
print(np.array([[1, 2], [3, 4]], order='F').flags.f_contiguous, np.copy(f), f.copy().strides, np.copy(f).strides, np.array(f).base is None)
calls = []
def f(v):
    calls.append(float(v))
    return v * 2
print(np.vectorize(f, cache=True)(np.arange(3.0)), calls)
calls.clear()
print(np.vectorize(f)(np.arange(3.0)), calls)
