# Integer overflow wraps silently in arrays (no warning), in-place and in sums
import numpy as np

u8 = np.arange(5000, dtype=np.uint8)
print(u8[250:260], u8.sum(), u8.sum(dtype=np.uint8), (u8 + u8)[120:135])
u8 += 200
print(u8[:5], u8.dtype)
i8 = np.full(5000, 100, dtype=np.int8)
print((i8 + i8)[:3], (i8 * 3)[:3], i8.sum(), (i8 * i8).sum(), (i8 * 2).dtype)
i32 = np.full(2000, 2**30, dtype=np.int32)
print((i32 * 4)[:2], (i32 + i32)[:2], i32.sum(), i32.sum().dtype)
i64 = np.full(1000, 2**62, dtype=np.int64)
print((i64 * 4)[:2], i64.sum(), (-i64 - i64 - i64)[:1])
img = np.random.default_rng(0).integers(0, 256, size=(64, 64), dtype=np.uint8)
bright = img + 100
print(bright.dtype, bright.max(), bright.min(), (img.astype(np.int16) + 100).max())
diff = img[1:] - img[:-1]
print(diff.dtype, diff.max(), diff[0, :5])
