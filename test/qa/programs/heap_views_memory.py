# Memory relationships of big arrays: may_share_memory, base, views with another dtype, copies
import numpy as np

a = np.arange(10000, dtype=np.float64)
b = np.arange(10000, dtype=np.float64)
v = a[100:200]
print(np.may_share_memory(a, b), np.shares_memory(a, b), np.may_share_memory(a, v), np.shares_memory(a[:50], a[50:]))
print(v.base is a, a.base is None, a.reshape(100, 100).base is a, (a + 1).base is None, a[::2].copy().base is None)
iv = a[:4].view(np.int64)
print(iv, iv.dtype)
u8 = np.arange(5000, dtype=np.int32)[1:3].view(np.uint8)
print(u8, u8.shape)
f = np.zeros(2000, dtype=np.float32)
f.view(np.int32)[:3] = 1065353216
print(f[:4])
c = a.astype(np.float64, copy=False)
print(c is a, np.asarray(a) is a, np.array(a) is a, np.array(a, copy=False) is a)
lst = a[:5].tolist()
print(lst, type(lst[0]).__name__)
big = np.array([a[:3000], b[:3000]])
print(big.shape, big.base is None, np.may_share_memory(big, a))
s = a[::-1]
s[0] = -1
print(a[-1], s.flags['C_CONTIGUOUS'], a.flags['OWNDATA'], v.flags['OWNDATA'])
