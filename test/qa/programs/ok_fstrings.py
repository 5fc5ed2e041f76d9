# Formatting results with f-strings and %
import numpy as np

vals = np.array([0.123456, 12.5, 1000.0, -3.14159])
for v in vals:
    print(f"{v:.4f} | {v:10.2f} | {v:e} | {v:g}")
print("%.3f %5.1f %d" % (vals[0], vals[1], 7))
loss = np.float32(0.69314718)
print(f"loss={loss}")
print(f"loss={loss:.3f}")
print("loss=%s" % loss)
total = np.int64(42)
print(f"{total:05d}", "%x" % total)
print(f"{vals.mean()=:.2f}")
print("{:.2%}".format(0.8765))
print(str(vals[0]), repr(vals[0]))
