# Bug inside a function called with the wrong shape
import numpy as np

def predict(X, w):
    return X @ w

X = np.ones((20, 3))
w = np.ones(4)
print(X.shape, w.shape)
pred = predict(X, w)
print(pred)
