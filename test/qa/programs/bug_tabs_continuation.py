# Tabs, a continuation line and a shape bug inside a function (line 6 raises)
import numpy as np

def forward(x, w):
	h = x * 2 + \
		x @ w
	return h

print(forward(np.ones((3, 4)), np.ones((3, 4))))
