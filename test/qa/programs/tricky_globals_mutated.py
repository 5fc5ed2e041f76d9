# Module arrays mutated by functions
import numpy as np

weights = np.zeros((3, 2))

def update(delta):
    global weights
    weights = weights + delta

update(np.ones((3, 2)))
update(1.0)
print(weights)
state = {"h": np.zeros(4)}
def step(x):
    state["h"] = np.tanh(state["h"] + x)
step(np.ones(4))
print(state["h"].round(3))
