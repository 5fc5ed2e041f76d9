# Newton's method with a while loop
import numpy as np

x = np.array([2.0, 10.0, 0.5])
target = x.copy()
guess = np.ones_like(x)
it = 0
while np.max(np.abs(guess ** 2 - target)) > 1e-12 and it < 50:
    guess = 0.5 * (guess + target / guess)
    it += 1
print(it, guess)
print(np.sqrt(target))
print(np.allclose(guess, np.sqrt(target)))
