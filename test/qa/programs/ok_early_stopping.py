# Early stopping with a patience counter
import numpy as np

val_losses = np.array([0.9, 0.7, 0.6, 0.62, 0.61, 0.65, 0.5, 0.7, 0.72, 0.8])
best = np.inf
patience, wait = 2, 0
for epoch, loss in enumerate(val_losses):
    if loss < best:
        best = loss
        wait = 0
        print(f"epoch {epoch}: improved to {loss:.2f}")
    else:
        wait += 1
        if wait > patience:
            print(f"stopping at epoch {epoch}, best {best}")
            break
else:
    print("finished all epochs")
