# Unicode identifiers and strings
import numpy as np

μ = np.array([1.0, 2.0]).mean()
σ = 0.5
print(f"μ={μ}, σ={σ}")
print("naïve café ✓", len("naïve"))
print(np.array(["ä", "bb"]))
