import math
for f, x in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.exp, 1000)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
