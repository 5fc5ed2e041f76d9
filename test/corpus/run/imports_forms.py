import math as m
from math import sqrt, pi as PI
import numpy
import numpy as np
from numpy import array, zeros
from numpy.linalg import norm
import numpy.random
print(m.sqrt(4), sqrt(9), PI, numpy.arange(3), np.ones(2), array([1, 2]), zeros(2), norm(np.array([3.0, 4.0])), numpy.random.rand(0).shape)
