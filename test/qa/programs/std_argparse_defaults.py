# A training script with argparse defaults, run without arguments
import argparse
import numpy as np

parser = argparse.ArgumentParser(description="train a tiny model")
parser.add_argument("--lr", type=float, default=0.1)
parser.add_argument("--epochs", type=int, default=3)
parser.add_argument("--verbose", action="store_true")
args = parser.parse_args()
w = np.zeros(2)
for epoch in range(args.epochs):
    w += args.lr
print(args.lr, args.epochs, args.verbose, w)
