# A training loop that only uses elementwise ops and sums (no matmul, no transcendental):
# linear regression by gradient descent on a big dataset, full-precision prints
import numpy as np

rng = np.random.default_rng(1)
x = rng.uniform(0, 10, size=5000)
y = 3.0 * x + 2.0 + rng.standard_normal(5000)
w, b = 0.0, 0.0
lr = 0.01
for i in range(400):
    pred = w * x + b
    err = pred - y
    loss = (err * err).mean()
    gw = 2 * (err * x).mean()
    gb = 2 * err.mean()
    w -= lr * gw
    b -= lr * gb
    if i % 80 == 0:
        print(i, repr(loss), repr(w), repr(b))
print(repr(w), repr(b))
xf = x.astype(np.float32); yf = y.astype(np.float32)
wf = np.float32(0); bf = np.float32(0)
for i in range(100):
    e = wf * xf + bf - yf
    wf = wf - np.float32(0.01) * 2 * (e * xf).mean()
    bf = bf - np.float32(0.01) * 2 * e.mean()
print(repr(wf), repr(bf), e.dtype)
