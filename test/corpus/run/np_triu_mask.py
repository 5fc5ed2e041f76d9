import numpy as np
T = 4
causal = np.tril(np.ones((T, T)))
print(causal, np.triu(np.arange(16).reshape(4, 4), k=1), np.tril(np.arange(9).reshape(3, 3), -1))
