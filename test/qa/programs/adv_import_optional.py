# Optional import with fallback
try:
    import torch
    HAVE_TORCH = True
except ImportError:
    HAVE_TORCH = False
import numpy as np
print("torch available:", HAVE_TORCH)
print(np.ones(2))
