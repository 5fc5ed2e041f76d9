# Tabs for indentation (some editors still insert them)
import numpy as np

def forward(x, w):
	z = x @ w
	if z.sum() > 0:
		return np.tanh(z)
	return z

class Net:
	def __init__(self):
		self.w = np.ones((3, 2))

	def run(self, x):
		for i in range(2):
			x = x * 1
		return forward(x, self.w)

x_in = np.ones((4, 3))
result = Net().run(x_in)
print(result.shape, result[0])
