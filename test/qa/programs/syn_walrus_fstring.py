# A broken f-string expression after valid walrus and match code
import numpy as np

if (n := 3) > 2:
    print(n)
match n:
    case 3:
        print("three")
value = np.pi
print(f"value: {value:.3f} and {value +}")
