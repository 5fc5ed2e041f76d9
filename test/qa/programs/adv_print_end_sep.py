# print keyword arguments and flushes
import sys
import numpy as np
print(1, 2, 3, sep="-", end="!\n")
print(np.arange(3), end="")
print()
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
print("a", "b", sep="")
