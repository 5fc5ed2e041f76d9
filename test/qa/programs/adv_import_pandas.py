# Unsupported import: pandas
import numpy as np
print(np.arange(3))
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
print(df)
