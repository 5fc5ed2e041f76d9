import time
t0 = time.perf_counter()
s = sum(range(1000))
elapsed = time.perf_counter() - t0
print(s, elapsed >= 0, type(elapsed).__name__)
