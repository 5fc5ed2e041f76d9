# sys.exit with a status
import sys
import numpy as np

print(np.arange(3))
sys.exit(3)
