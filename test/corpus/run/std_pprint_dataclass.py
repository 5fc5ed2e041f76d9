# pprint of dataclass configs and SimpleNamespace too long for one line (one field per line), nested dataclasses
from dataclasses import dataclass, field
from pprint import pprint, pformat
from types import SimpleNamespace
@dataclass
class Optim:
    name: str = "adam"
    lr: float = 0.001
    betas: tuple = (0.9, 0.999)
@dataclass
class Config:
    layers: list = field(default_factory=lambda: [784, 512, 256, 128, 64, 10])
    optim: Optim = field(default_factory=Optim)
    tags: dict = field(default_factory=lambda: {"dataset": "mnist", "augment": True, "notes": "baseline run"})
    secret: str = field(default="x", repr=False)
pprint(Config())
pprint(Config(), width=40)
print(pformat(Optim()))
pprint(SimpleNamespace(alpha=list(range(20)), beta="a fairly long string value here", gamma={"k": [1, 2, 3]}))
pprint([Optim(), Optim("sgd", 0.1)], width=30)
