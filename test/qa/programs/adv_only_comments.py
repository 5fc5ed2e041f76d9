# nothing here but comments
# import numpy as np
