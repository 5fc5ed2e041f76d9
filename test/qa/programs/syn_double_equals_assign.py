# assignment typed as x = = 1
import numpy as np

lr = = 0.01
