# A from-scratch training script using the standard library the way tutorials do: argparse
# defaults, logging to stderr, an Enum for the phase, copy.deepcopy for early stopping,
# lru_cache for the data loader, statistics for the epoch summary, re/pprint for the report.
import argparse
import copy
import functools
import logging
import re
import statistics
from enum import Enum
from pprint import pformat
import numpy as np

class Phase(Enum):
    TRAIN = "train"
    VAL = "val"

parser = argparse.ArgumentParser(description="tiny logistic regression")
parser.add_argument("--lr", type=float, default=0.5)
parser.add_argument("--epochs", type=int, default=6)
parser.add_argument("--patience", type=int, default=2)
parser.add_argument("--tag", default="run-01")
args = parser.parse_args()

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s: %(message)s")
log = logging.getLogger("trainer")

@functools.lru_cache(maxsize=None)
def load(split, n=64):
    log.info("loading %s (%d rows)", split, n)
    rng = np.random.default_rng(0 if split == "train" else 1)
    X = rng.standard_normal((n, 3))
    y = (X @ np.array([1.5, -2.0, 0.5]) > 0).astype(np.float64)
    return X, y

def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))

w = np.zeros(3)
best, best_loss, bad = None, np.inf, 0
history = {Phase.TRAIN: [], Phase.VAL: []}
for epoch in range(args.epochs):
    X, y = load("train")
    p = sigmoid(X @ w)
    w -= args.lr * X.T @ (p - y) / len(y)
    for phase in Phase:
        Xs, ys = load(phase.value)
        ps = np.clip(sigmoid(Xs @ w), 1e-7, 1 - 1e-7)
        loss = float(-np.mean(ys * np.log(ps) + (1 - ys) * np.log(1 - ps)))
        history[phase].append(round(loss, 4))
    val = history[Phase.VAL][-1]
    if val < best_loss:
        best_loss, best, bad = val, copy.deepcopy({"w": w, "epoch": epoch}), 0
    else:
        bad += 1
        if bad >= args.patience:
            log.warning("early stop at epoch %d", epoch)
            break
w[:] = 0
print(load.cache_info())
print("best epoch", best["epoch"], "weights", np.round(best["w"], 3), "w now", w)
print("mean/stdev val loss", round(statistics.mean(history[Phase.VAL]), 4), round(statistics.stdev(history[Phase.VAL]), 4))
m = re.fullmatch(r"(?P<name>[a-z]+)-(?P<num>\d+)", args.tag)
print(m.groupdict(), int(m["num"]) + 1)
print(pformat({p.name: h for p, h in history.items()}, width=60))
