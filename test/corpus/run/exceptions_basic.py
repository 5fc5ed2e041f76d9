def risky(x):
    if x < 0:
        raise ValueError(f'negative: {x}')
    return x ** 0.5
for v in [4, -1]:
    try:
        print(risky(v))
    except ValueError as e:
        print('caught', e, repr(e), e.args)
    else:
        print('no error')
    finally:
        print('finally', v)
try:
    [][0]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    1 / 0
except Exception as e:
    print(type(e).__name__, e)
