import numpy as np
base = 0.1
steps = np.arange(0, 100, 20)
cosine = 0.5 * base * (1 + np.cos(np.pi * steps / 100))
step_decay = base * 0.5 ** (steps // 30)
print(cosine.round(5), step_decay, [f'{lr:.4f}' for lr in cosine])
