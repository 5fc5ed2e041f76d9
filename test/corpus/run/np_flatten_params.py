import numpy as np
shapes = [(2, 3), (3,), (3, 1)]
params = [np.arange(np.prod(s)).reshape(s) for s in shapes] if hasattr(np, 'prod') else []
flat = np.concatenate([p.ravel() for p in params])
print(flat, flat.size)
offset = 0
for s in shapes:
    n = int(np.prod(s))
    print(flat[offset:offset + n].reshape(s).shape)
    offset += n
