# Errors caught and printed
import numpy as np

a = np.ones((3, 4))
b = np.ones((4, 3))
try:
    c = a + b
except ValueError as e:
    print("ValueError:", e)
try:
    a @ a
except ValueError as e:
    print("matmul failed:", e)
try:
    a.reshape(5, 5)
except ValueError as e:
    print(e)
try:
    a[3, 0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    np.sum(a, axis=2)
except np.exceptions.AxisError as e:
    print("AxisError:", e)
try:
    int("x")
except Exception as e:
    print(repr(e))
print("done")
