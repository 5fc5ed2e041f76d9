# Custom warnings from a small training library: stacklevel, categories, dedup by text, records
import warnings
import numpy as np

class Trainer:
    def __init__(self, lr):
        if lr > 1:
            warnings.warn(f"learning rate {lr} is large", UserWarning, stacklevel=2)
        self.lr = lr

    def step(self, grad):
        if not np.all(np.isfinite(grad)):
            warnings.warn("non-finite gradient, skipping step", RuntimeWarning)
            return False
        return True

def deprecated_api():
    warnings.warn("use Trainer.step", DeprecationWarning, stacklevel=2)
    warnings.warn("use Trainer.step (future)", FutureWarning, stacklevel=2)

t = Trainer(5)
t2 = Trainer(5)
for g in (np.array([1.0]), np.array([np.nan]), np.array([np.inf])):
    print(t.step(g))
for epoch in range(3):
    warnings.warn(f"epoch {epoch}: loss plateau")
deprecated_api()
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    Trainer(10)
    np.log(np.zeros(2))
    for r in rec:
        print(r.category.__name__, r.lineno, str(r.message), r.filename.endswith("warn_stacklevel_custom.py"))
class MyWarning(UserWarning):
    pass
warnings.warn("custom class", MyWarning)
warnings.warn(MyWarning("instance message"))
print("done")
