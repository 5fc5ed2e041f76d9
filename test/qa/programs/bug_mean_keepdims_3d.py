# Bug: per-image mean over (H, W) without keepdims, then subtract
import numpy as np

imgs = np.ones((4, 8, 8))
m = imgs.mean(axis=(1, 2))
print(m.shape)
centered = imgs - m
print(centered.shape)
