# Errors raised inside comprehensions and generator expressions: CPython 3.11 frames (<listcomp>, <genexpr>)
import numpy as np

layers = [np.ones((4, 3)), np.ones((3, 2)), np.ones((3, 2))]
x = np.ones((5, 4))
outs = [np.log(w[:1, :1] * 0) for w in layers[:1]]
total = sum(float(np.sqrt(v)) for v in (-1.0, 4.0))
print(outs, total)
def forward(x):
    return [x := x @ w for w in layers]
shapes = [o.shape for o in forward(x)]
print(shapes)
