# ndarray.view(dtype), .base chains, np.shares_memory / may_share_memory and identity (QA-47; src/engine/views.ts)
import numpy as np
a = np.arange(6.0)
print(a.view(np.int64), a.view('u1').shape, a.view(np.uint32)[:4])
print(a.reshape(2, 3).view(np.int32).shape, a.reshape(2, 3).view(np.int32).strides)
b = np.arange(12, dtype=np.int32).reshape(3, 4)
print(b[:, 2:4].view(np.int64), b[:, 2:4].view(np.int64).strides)
print(b[1:].view(np.int16)[0], b.view(np.uint8)[0, :8])
x = np.arange(10, dtype='<i4')[::2]
print(x[:, np.newaxis].view('<i2'))
for f in [lambda: x.view(np.int16), lambda: b[:, :3].view(np.int64), lambda: np.array(1.0).view(np.int32), lambda: b.T.view(np.int16)]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
f = np.zeros(4, dtype=np.float32)
f.view(np.int32)[:2] = 1065353216
f.view(np.uint8)[7] = 64
print(f)
g = np.linspace(-1, 1, 5)
u = g.view(np.uint64)
u[1] ^= np.uint64(1) << np.uint64(63)
print(g, np.signbit(g))
print(np.array([1, 0, 2], dtype=np.uint8).view(np.bool_))
print(np.arange(4, dtype=np.int8).view(np.uint8).base is None, np.arange(3).view().base is None)
c = np.arange(24.0)
v = c[2:20]
w = v.reshape(3, 6)[1:, ::2]
print(v.base is c, w.base is c, c.T.base is c, c[:].base is c, w.T.base is c, v.view(np.int64).base is c)
print(c.reshape(4, 6).T.reshape(-1).base is c, c.copy().base is None, (c + 0).base is None)
print(np.shares_memory(c[:5], c[5:]), np.may_share_memory(c[:5], c[5:]), np.shares_memory(c[::2], c[1::2]), np.may_share_memory(c[::2], c[1::2]))
print(np.shares_memory(c[::3], c[1::2]), np.shares_memory(c[::4], c[2::6]), np.shares_memory(c[::4], c[1::6]))
m = c.reshape(4, 6)
print(np.shares_memory(m[:, :3], m[:, 3:]), np.shares_memory(m[:, :4], m[:, 3:]), np.shares_memory(m[::2], m[1::2]), np.shares_memory(m, m.T))
print(np.shares_memory(c, np.arange(3.0)), np.may_share_memory(c, c.copy()), np.shares_memory(c.view(np.int32)[1::2], c[3:4]))
print(np.shares_memory(c.view(np.int32)[::4], c[1::2]), np.shares_memory(c[::-1][:5], c[:19]), np.shares_memory(c[::-1][:5], c[:20]))
print(np.asarray(c) is c, np.asarray(c, dtype=np.float64) is c, np.asarray(c, dtype=np.float32) is c, np.array(c) is c, np.array(c, copy=False) is c, np.array(c, copy=None) is c)
print(c.astype(np.float64, copy=False) is c, c.astype(np.float64) is c, c.astype(np.int64, copy=False) is c)
k = np.zeros(3)
k.view(np.int64)[:] = np.arange(3)
print(k.view(np.int64), k.dtype)
a = np.arange(6.0)  # identity of returned arrays
print(a.reshape(6) is a, a.ravel() is a, np.ravel(a) is a, a.reshape(6).base is a, a.flatten() is a, a[...] is a, a[:] is a, np.squeeze(a) is a)
print(np.transpose(a) is a, a.T is a, np.atleast_1d(a) is a, np.asanyarray(a) is a, a.astype(float) is a, np.array(a, copy=False) is a, a.view() is a)
b = a.reshape(2, 3)
print(np.atleast_2d(b) is b, np.expand_dims(a, 0).base is a, np.broadcast_to(a, (2, 6)).base is a, a.real is a, np.ascontiguousarray(a) is a)
c = a.copy(); c += 1; print(c.base is None, (c + 0) is c)
x = np.zeros(3); y = x; y += 1; print(x is y, x)
