# np.errstate used as a function decorator and np.seterr(all='raise') in a training step
import numpy as np

@np.errstate(divide='ignore', invalid='ignore')
def safe_ratio(a, b):
    return np.where(b == 0, 0.0, a / b)

print(safe_ratio(np.array([1.0, 2.0, 0.0]), np.array([0.0, 4.0, 0.0])))
np.seterr(all='raise')
try:
    np.log(np.array([0.0]))
except FloatingPointError as e:
    print("FloatingPointError:", e)
try:
    np.array([1e308]) * 10
except FloatingPointError as e:
    print("FloatingPointError:", e)
np.seterr(all='warn')
print(np.array([1.0]) / 0)
with np.errstate(divide='print'):
    print(np.log(np.array([0.0])))
