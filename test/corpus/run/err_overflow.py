import math
print(math.exp(710))
