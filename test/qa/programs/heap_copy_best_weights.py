# Keeping the best weights during training: copy.deepcopy / dict comprehensions of .copy()
import copy
import numpy as np

rng = np.random.default_rng(2)
params = {"W": rng.standard_normal((64, 32)), "b": np.zeros(32)}
best = copy.deepcopy(params)
snap = {k: v.copy() for k, v in params.items()}
shallow = copy.copy(params)
for step in range(5):
    params["W"] -= 0.1 * rng.standard_normal((64, 32))
    params["b"] += 0.01
print(repr(best["W"].sum()), repr(snap["W"].sum()), repr(params["W"].sum()), shallow["W"] is params["W"])
print(best["b"][:3], params["b"][:3], np.shares_memory(best["W"], params["W"]))
arr_copy = copy.deepcopy(params["W"])
arr_copy[0, 0] = 99
print(params["W"][0, 0] != 99, arr_copy.shape, arr_copy.dtype)
hist = [copy.deepcopy(params) for _ in range(3)]
hist[0]["W"][:] = 0
print([repr(h["W"].sum()) for h in hist])
