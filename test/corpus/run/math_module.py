import math
print(math.sqrt(16), math.sqrt(2), math.pi, math.e, math.tau, math.inf, -math.inf, math.floor(2.7), math.ceil(2.1), math.trunc(-2.7))
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log2(8), math.log10(1000), math.log1p(0), math.expm1(0))
print(math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.fabs(-2))
print(math.factorial(10), math.gcd(12, 18), math.lcm(4, 6), math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float('nan')), math.isinf(math.inf), math.isfinite(1.0), math.fsum([0.1] * 10), math.copysign(3, -0.0))
