# A function header with no body at the end of the file
import numpy as np

def train(X, y):
