# BOM and CRLF and tabs and Cyrillic together
import numpy as np

def слой(x):
	выход = np.maximum(x, 0)
	return выход

вход = np.array([-1.0, 2.0, -3.0]); результат = слой(вход)
print(результат, результат.shape)
