# Assignment to a function call inside a loop body
import numpy as np

losses = []
for epoch in range(3):
    loss = np.float64(epoch) / 2
    losses.append(loss)
    np.mean(losses) = loss
print(losses)
