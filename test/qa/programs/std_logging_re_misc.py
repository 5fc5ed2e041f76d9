# Small stdlib helpers in training scripts: logging (stderr), re, operator, enum, pprint, datetime
import logging
import re
import operator
from enum import Enum
from pprint import pprint
import numpy as np

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("train")
log.info("start %d", 3)
class Phase(Enum):
    TRAIN = 1
    EVAL = 2
print(Phase.TRAIN, Phase(2).name, [p.value for p in Phase])
m = re.match(r"layer(\d+)\.(weight|bias)", "layer12.weight")
print(m.group(1), m.group(2), re.sub(r"\s+", " ", "a   b\tc"), re.findall(r"\d+", "e10 b32"))
print(sorted([(1, "b"), (0, "a")], key=operator.itemgetter(0)), operator.mul(3, 4))
pprint({"W": np.ones(2).tolist(), "lr": 0.1, "layers": list(range(12))}, width=40)
