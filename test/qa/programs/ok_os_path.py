# os.path and sys used for messages only (no file access)
import os
import sys
import numpy as np

name = os.path.join("runs", "exp1", "weights.npy")
print(name, os.path.basename(name), os.path.splitext(name)[1])
print(sys.version_info[0] >= 3)
x = np.arange(3)
sys.stdout.write(f"{x}\n")
