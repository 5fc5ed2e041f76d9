# NEP 50: Python scalars are weak, so float32 arrays compare against float32(0.1), not 0.1
import numpy as np

for n in (3, 5000):
    x32 = np.full(n, 0.1, dtype=np.float32)
    print(n, (x32 > 0.1).sum(), (x32 == 0.1).sum(), (x32 < 0.1).sum(), (x32 >= np.float64(0.1)).sum(), (x32 == np.float32(0.1)).sum())
    print(' ', (x32 + 0.1).dtype, repr((x32 + 0.1)[0]), repr((x32 * 3.0).sum()), (x32 > np.array(0.1)).sum())
    u8 = (np.arange(n) % 256).astype(np.uint8)
    print(' ', (u8 > 300).sum(), (u8 == -1).sum(), (u8 >= -5).sum(), (u8 < 255.5).sum(), (u8 != 256).sum())
    i8 = (np.arange(n) % 256 - 128).astype(np.int8)
    print(' ', (i8 > 127).sum(), (i8 < -128).sum(), (i8 == 1000).sum(), (i8 > -1.5).sum(), (i8 > 0.5).dtype)
    try:
        u8 + 300
    except OverflowError as e:
        print('  OverflowError:', e)
    x16 = np.linspace(0, 1, n).astype(np.float32)
    print(' ', x16[x16 > 0.3].shape, x16[(x16 > 0.25) & (x16 <= 0.75)].shape, repr(x16[x16 > 0.5].sum()))
