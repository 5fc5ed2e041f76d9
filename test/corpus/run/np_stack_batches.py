import numpy as np
samples = [np.full((2, 2), i) for i in range(3)]
batch = np.stack(samples)
print(batch.shape, batch[:, 0, 0], np.concatenate(samples).shape, np.vstack(samples).shape, np.hstack(samples).shape)
