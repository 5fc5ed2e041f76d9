# String forms the fast tokenizer must get right: nested f-strings, raw, bytes, triple quotes
import numpy as np

arr = np.arange(6).reshape(2, 3)
name = "w"
print(f"{name!r:>6}|{arr.shape}|{arr.sum():,}|{arr.mean():.2e}|{{literal}}")
print(f"{'nested ' + f'{arr.ndim}'}", f'{arr[0, 1]}', rf"\d{arr.size}", r"raw\t")
width = 8
print(f"{arr.max():{width}.3f}|{arr.dtype!s:^10}|{arr.size=}")
doc = """Line with 'single' and "double" quotes
and a {brace} and a backslash \\ end"""
print(doc, len(doc))
msg = ("implicit " "concatenation " f"with {arr.size} " 'parts')
print(msg)
val = 0x1F + 0o17 + 0b101 + 1_000 + 1e-3 + 2.5j.imag
print(val, f"{val:_}", 1_000_000.5)
path = 'C:\\data\\train.csv'
print(path, len(path), "tab\there", 'it\'s')
