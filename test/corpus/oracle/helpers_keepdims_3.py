# oracle corpus: helpers, bug: keepdims
import numpy as np

def l2_normalize(v):
    return v / np.linalg.norm(v, axis=1)

def cosine(a, b):
    return l2_normalize(a) @ l2_normalize(b).T

A = np.random.randn(19, 14)
B = np.random.randn(22, 14)
S = cosine(A, B)
best = S.argmax(axis=1)
print(S.shape, best.shape)
