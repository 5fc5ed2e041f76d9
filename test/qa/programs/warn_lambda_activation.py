# Activation functions written as lambdas (very common in tutorials): warnings and errors inside
import numpy as np

sigmoid = lambda z: 1 / (1 + np.exp(-z))
relu = lambda z: np.maximum(0, z)
print(sigmoid(np.array([-1000.0, 0.0, 1000.0])))
acts = {"log": lambda v: np.log(v), "sqrt": lambda v: np.sqrt(v)}
for name, f in acts.items():
    print(name, f(np.array([0.0, -1.0, 4.0])))
print(sorted([3, 1, 2], key=lambda k: -k), relu(np.array([-1.0, 2.0])))
matmul = lambda a, b: a @ b
print(matmul(np.ones((2, 3)), np.ones((2, 3))))
