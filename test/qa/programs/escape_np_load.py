# Sandbox escape through NumPy file I/O
import numpy as np
np.save("/tmp/shapewise_qa_escape.npy", np.arange(3))
print(np.loadtxt("/etc/hostname", dtype=str))
