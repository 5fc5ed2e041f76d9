# Custom exceptions for shape validation
import numpy as np

class ShapeError(Exception):
    pass

def check_batch(x, features):
    if x.ndim != 2:
        raise ShapeError(f"expected 2-D, got {x.ndim}-D")
    if x.shape[1] != features:
        raise ShapeError(f"expected {features} features, got {x.shape[1]}")
    return x

for arr in [np.zeros((3, 4)), np.zeros(4), np.zeros((2, 5))]:
    try:
        check_batch(arr, 4)
        print("ok", arr.shape)
    except ShapeError as e:
        print("bad:", e)
    finally:
        print("checked")
