# Endless loop
import numpy as np

x = np.zeros(3)
i = 0
while True:
    x += 1
    i += 1
