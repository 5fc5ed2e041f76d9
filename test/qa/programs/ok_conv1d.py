# 1-D convolution by sliding windows
import numpy as np

signal = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
kernel = np.array([0.25, 0.5, 0.25])
k = len(kernel)
out = np.array([np.dot(signal[i:i + k], kernel) for i in range(len(signal) - k + 1)])
print(out)
print(np.convolve(signal, kernel, mode='valid'))
idx = np.arange(k)[None, :] + np.arange(len(signal) - k + 1)[:, None]
print(idx)
windows = signal[idx]
print(windows @ kernel)
