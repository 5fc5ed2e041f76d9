# NumPy's boolean scalar constants and formatting of NumPy scalars in f-strings.
import numpy as np

mask = np.array([1, 2, 3]) > 1
print(repr(np.True_), np.True_, np.False_ + 1, type(np.True_).__name__)
print(mask[0] == np.False_, np.any(mask) == np.True_)
loss = np.float32(0.69314718)
print(f"loss={loss}", f"{np.float64(0.1)}", f"{np.int8(3)}", f"{loss:.3f}", "{}".format(loss))
