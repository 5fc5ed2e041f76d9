# Integer floor division, modulo and powers with negatives on big int arrays (NumPy semantics)
import numpy as np

a = np.arange(-3000, 3000, dtype=np.int64)
b = np.where(a % 7 == 0, 7, (a % 5) - 2)
b[b == 0] = 3
print((a // b)[:6], (a % b)[:6], (a // b).sum(), (a % b).sum(), np.fmod(a, b)[:6], np.divmod(a, b)[1][-4:])
print((a ** 2).sum(), (a ** 3)[:2], np.power(a[:4], 3), (a.astype(np.int32) ** 3)[:2], (np.int8(3) ** np.arange(6, dtype=np.int8)))
f = a.astype(np.float64) / 7
print((f // 0.3)[:4], (f % 0.3)[:3], np.floor_divide(f, -1.5)[:3], np.remainder(-f, 1.5)[:3])
u = np.arange(5000, dtype=np.uint16)
print((u // 3)[-2:], (u % 7).sum(), (u * u)[-2:], (u ** 2).dtype, (-u)[:3])
try:
    print(a ** -1)
except ValueError as e:
    print("ValueError:", e)
print(np.abs(np.int64(-2**63)), np.abs(np.array([-128], dtype=np.int8)), -np.array([-128], dtype=np.int8))
