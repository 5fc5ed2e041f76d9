# A longer module in the style of a from-scratch deep learning notebook exported to .py
import numpy as np
import math
from typing import List, Tuple, Optional

np.random.seed(0)

def init_params(layer_dims: List[int]) -> dict:
    params = {}
    for l in range(1, len(layer_dims)):
        params["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        params["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return params

def relu(Z):
    return np.maximum(0, Z), Z

def sigmoid(Z):
    return 1 / (1 + np.exp(-Z)), Z

def linear_forward(A, W, b):
    Z = W @ A + b
    return Z, (A, W, b)

def forward(X, params) -> Tuple[np.ndarray, list]:
    caches = []
    A = X
    L = len(params) // 2
    for l in range(1, L):
        Z, lin = linear_forward(A, params[f"W{l}"], params[f"b{l}"])
        A, act = relu(Z)
        caches.append((lin, act))
    Z, lin = linear_forward(A, params[f"W{L}"], params[f"b{L}"])
    AL, act = sigmoid(Z)
    caches.append((lin, act))
    return AL, caches

def cost(AL, Y) -> float:
    m = Y.shape[1]
    c = -(1 / m) * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))
    return float(np.squeeze(c))

def backward(AL, Y, caches):
    grads = {}
    L = len(caches)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    (A_prev, W, b), Z = caches[-1]
    s = 1 / (1 + np.exp(-Z))
    dZ = dAL * s * (1 - s)
    m = A_prev.shape[1]
    grads[f"dW{L}"] = dZ @ A_prev.T / m
    grads[f"db{L}"] = np.sum(dZ, axis=1, keepdims=True) / m
    dA = W.T @ dZ
    for l in reversed(range(L - 1)):
        (A_prev, W, b), Z = caches[l]
        dZ = np.array(dA, copy=True)
        dZ[Z <= 0] = 0
        grads[f"dW{l + 1}"] = dZ @ A_prev.T / m
        grads[f"db{l + 1}"] = np.sum(dZ, axis=1, keepdims=True) / m
        dA = W.T @ dZ
    return grads

def update(params, grads, lr):
    L = len(params) // 2
    for l in range(L):
        params[f"W{l + 1}"] -= lr * grads[f"dW{l + 1}"]
        params[f"b{l + 1}"] -= lr * grads[f"db{l + 1}"]
    return params

X = np.random.randn(5, 40)
Y = (np.sum(X, axis=0, keepdims=True) > 0).astype(float)
params = init_params([5, 4, 3, 1])
costs: List[float] = []
for i in range(300):
    AL, caches = forward(X, params)
    if i % 100 == 0:
        costs.append(round(cost(AL, Y), 6))
    grads = backward(AL, Y, caches)
    params = update(params, grads, 0.5)
predictions = (AL > 0.5).astype(int)
accuracy = float(np.mean(predictions == Y))
best: Optional[float] = min(costs) if costs else None
print(costs, accuracy, best, predictions.shape, AL.shape, math.isfinite(costs[-1]))
