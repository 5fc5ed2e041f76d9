try:
    import torch
except ModuleNotFoundError as e:
    print(type(e).__name__, e.args[0].split(' (')[0])
try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, 'cannot import', 'nothing' in str(e))
print('done')
