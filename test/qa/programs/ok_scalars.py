# NumPy scalars vs Python numbers
import numpy as np

a = np.float64(1.1)
b = np.float32(1.1)
c = np.int32(7)
print(a, b, c, type(a).__name__, type(b).__name__)
print(a + b, (a + b).dtype if hasattr(a + b, 'dtype') else None)
print(b * 2, type(b * 2).__name__)
print(c / 2, c // 2, type(c // 2).__name__)
print(np.sqrt(2), np.float32(np.sqrt(2)))
print(np.pi, np.e)
print(float(b), int(c), np.float16(0.1))
print(repr(a), repr(b), repr(c))
print(np.array(5).item(), np.arange(3).tolist())
