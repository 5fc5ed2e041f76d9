# Silent broadcast: (N,1) feature column scaled by (N,) statistics
import numpy as np

age = np.array([20.0, 30.0, 40.0, 50.0]).reshape(-1, 1)
stats = np.array([35.0, 35.0, 35.0, 35.0])
z = (age - stats) / 10
print(z.shape, z[0])
