# Cosine similarity matrix
import numpy as np

vecs = np.array([[1.0, 0.0, 1.0], [0.5, 0.5, 0.0], [0.0, 1.0, 1.0], [1.0, 1.0, 1.0]])
norms = np.linalg.norm(vecs, axis=1, keepdims=True)
unit = vecs / norms
sim = unit @ unit.T
print(np.round(sim, 3))
np.fill_diagonal(sim, -1)
best = sim.argmax(axis=1)
print(best)
for i, j in enumerate(best):
    print(f"{i} -> {j} ({sim[i, j]:.3f})")
