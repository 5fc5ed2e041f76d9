shape = (2, 3)
assert shape == (2, 3)
assert shape[0] == 3, f'bad batch dim: {shape}'
