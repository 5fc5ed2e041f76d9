def f(a, *, scale=1):
    return a * scale
print(f(2, scale=3))
f(2, 3)
