import numpy as np
params = {'W1': np.zeros((784, 128)), 'b1': np.zeros(128), 'W2': np.zeros((128, 10)), 'b2': np.zeros(10)}
total = 0
for name, p in params.items():
    print(f'{name:>3}: {str(p.shape):>12} {p.size:>7,}')
    total += p.size
print('total', total, f'{total * 4 / 1024:.1f} KiB')
