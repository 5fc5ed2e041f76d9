def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
print([parse(x) for x in ['1', 'x', '3']])
try:
    try:
        {}['a']
    except KeyError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    print(e, type(e.__cause__).__name__ if hasattr(e, '__cause__') else 'n/a')
