import numpy as np
val_losses = [0.9, 0.7, 0.65, 0.66, 0.64, 0.645, 0.65, 0.66]
best, wait, patience = np.inf, 0, 2
for epoch, loss in enumerate(val_losses):
    if loss < best:
        best, wait = loss, 0
    else:
        wait += 1
        if wait >= patience:
            print('stop at epoch', epoch, 'best', best)
            break
print('best', best, np.argmin(val_losses))
