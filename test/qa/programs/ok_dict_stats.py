# Dictionaries of arrays
import numpy as np

history = {"loss": [], "acc": []}
for epoch in range(5):
    history["loss"].append(1.0 / (epoch + 1))
    history["acc"].append(0.5 + 0.1 * epoch)
for k, v in history.items():
    arr = np.array(v)
    print(k, arr.round(3), arr.shape)
params = {"W": np.zeros((3, 2)), "b": np.zeros(2)}
total = sum(p.size for p in params.values())
print("params:", total)
shapes = {k: v.shape for k, v in params.items()}
print(shapes)
