# float.hex / float.fromhex as CPython (normal, subnormal, signed zero, inf, nan)
for x in [0.1, 1.0, -2.5, 0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 3.0, 1e-10, 123456.789]:
    print(x.hex())
for h in ["0x1.8p1", "-0x1.999999999999ap-4", "0x10", "inf", "-Infinity", "0x.8", "1p-2", "0x1.fffffffffffffp+1023"]:
    print(float.fromhex(h))
print(float.fromhex((0.1).hex()) == 0.1)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
