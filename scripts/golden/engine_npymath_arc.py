#!/usr/bin/env python3
# Generates test/engine/npymath-arc-golden.json with real NumPy (2.4.6) on x86-64 AVX512: inputs and
# results of the ufuncs src/engine/npymath-arc.ts reproduces (SVML's arctan2, arcsin, arccos, cbrt,
# arcsinh, arccosh, arctanh paths as NumPy calls them) and tan's large-argument paths, as hex bit patterns (8 hex digits per
# float32, 16 per float64, concatenated). Inputs mix random bit patterns, the ranges users hit,
# thresholds of the SVML main paths, subnormals and specials. The script asserts NumPy gives the
# same bits for every prefix length 1..33 and for strided views, so the test can replay any layout.
# Usage: python3 scripts/golden/engine_npymath_arc.py
import json
import os

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engine', 'npymath-arc-golden.json')
N = 420


def mixed(rng, dt, lo, hi, extra, n=N):
    ut = np.uint32 if dt == np.float32 else np.uint64
    k = n // 6
    bits = rng.integers(0, 2**(8 * np.dtype(dt).itemsize), k, dtype=np.uint64).astype(ut).view(dt)
    wide = rng.uniform(lo, hi, k).astype(dt)
    small = rng.uniform(-1.5, 1.5, k).astype(dt)
    near1 = (rng.choice([-1, 1], k) * (1 + rng.choice([-1, 1], k) * np.exp(rng.uniform(-35, 0, k)))).astype(dt)
    specials = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 0.5, -0.5, 2.0], dtype=dt)
    tiny = np.array([np.finfo(dt).smallest_subnormal, np.finfo(dt).tiny, -np.finfo(dt).tiny, np.finfo(dt).max], dtype=dt)
    rest = n - 4 * k - len(specials) - len(tiny) - len(extra)
    lim = 80 if dt == np.float32 else 700
    logs = (rng.choice([-1, 1], rest) * np.exp(rng.uniform(-lim, lim, rest))).astype(dt)
    return np.concatenate([bits, wide, small, near1, specials, tiny, np.array(extra, dtype=dt), logs])


def hexes(a):
    return a.view(np.uint32 if a.dtype == np.float32 else np.uint64).astype('>u8' if a.dtype == np.float64 else '>u4').tobytes().hex()


def check_layouts(f, args):
    full = f(*args)
    bits = lambda a: a.view(np.uint32 if a.dtype == np.float32 else np.uint64)
    for n in range(1, 34):
        got = f(*[a[:n] for a in args])
        assert (bits(got) == bits(full)[:n]).all(), (f.__name__, n)
    for step in (2, 3):
        got = f(*[a[::step] for a in args])
        assert (bits(got) == bits(full)[::step]).all(), (f.__name__, step)
    out = np.empty(2 * len(args[0]), args[0].dtype)
    f(*args, out=out[::2])
    assert (bits(out[::2]) == bits(full)).all(), f.__name__
    return full


def main():
    assert np.__version__ == '2.4.6', np.__version__
    rng = np.random.default_rng(20261208)
    cases = {}
    for dt in (np.float64, np.float32):
        name = np.dtype(dt).name
        # arctan2: x and y drawn independently, plus pairs on the 7/16, 11/16, 19/16, 39/16 ratio boundaries
        y = mixed(rng, dt, -10, 10, [])
        x = mixed(rng, dt, -10, 10, [])
        rng.shuffle(x)
        base = rng.uniform(0.1, 10, 40).astype(dt)
        ratios = np.array([7 / 16, 11 / 16, 19 / 16, 39 / 16], dtype=dt)
        by = np.concatenate([base * r for r in ratios] + [np.nextafter(base * r, dt(10)) for r in ratios])
        bx = np.concatenate([base] * 8)
        zeros = np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan], dtype=dt)
        zy, zx = np.meshgrid(zeros, zeros)
        y = np.concatenate([y, by, zy.ravel()])
        x = np.concatenate([x, bx, zx.ravel()])
        with np.errstate(all='ignore'):
            out = check_layouts(np.arctan2, [y, x])
        cases[f'arctan2:{name}'] = {'y': hexes(y), 'x': hexes(x), 'out': hexes(out)}
        # arcsin/arccos: the |x| = 0.5 switch, Y = (1 - |x|)/2 below 2^-255 (|x| within 2^-254 of 1), +-1
        edges = [0.5, -0.5, np.nextafter(dt(0.5), dt(0)), np.nextafter(dt(0.5), dt(1)), 1 - 2.0**-30, -(1 - 2.0**-52), 1 - 2.0**-53, 1.0000001, -1.5, 1e-300, 5e-324]
        for f in ('arcsin', 'arccos'):
            x = mixed(rng, dt, -1, 1, edges)
            with np.errstate(all='ignore'):
                out = check_layouts(getattr(np, f), [x])
            cases[f'{f}:{name}'] = {'x': hexes(x), 'out': hexes(out)}
        # cbrt: exponents of every residue mod 3, subnormals, powers of two and cubes
        x = mixed(rng, dt, -1000, 1000, [8.0, -27.0, 0.125, 2.0**-1074 if dt == np.float64 else 2.0**-149, 3.0, 1e-40, -7e-39, 1e300 if dt == np.float64 else 1e38])
        out = check_layouts(np.cbrt, [x])
        cases[f'cbrt:{name}'] = {'x': hexes(x), 'out': hexes(out)}
        # inverse hyperbolics: their small-argument, main and huge-argument paths and domain edges
        hyper = {
            'arcsinh': (-30, 30, [0.0220947265625, np.nextafter(dt(0.0220947265625), dt(0)), 2.0**511 if dt == np.float64 else 2.0**64, 1e300 if dt == np.float64 else 1e38, -1e-20]),
            'arccosh': (0.5, 30, [1.0, np.nextafter(dt(1), dt(2)), 1.0001, 1 + 2.0**-11, 0.99, 2.0**511 if dt == np.float64 else 2.0**64, 1e300 if dt == np.float64 else 1e38]),
            'arctanh': (-1, 1, [np.nextafter(dt(1), dt(0)), -np.nextafter(dt(1), dt(0)), 1e-20, 0.5, -0.75, 1.5]),
        }
        for f, (lo, hi, extra) in hyper.items():
            x = mixed(rng, dt, lo, hi, extra)
            with np.errstate(all='ignore'):
                out = check_layouts(getattr(np, f), [x])
            cases[f'{f}:{name}'] = {'x': hexes(x), 'out': hexes(out)}
    # float32 tan past |x| 8256: SVML's multi-word 2/pi reduction (src/engine/npymath.ts tanF32Large)
    big = (rng.choice([-1, 1], N) * np.exp(rng.uniform(np.log(8256), np.log(3.4e38), N))).astype(np.float32)
    big[:6] = [8256.0, -8256.0078125, 8256.0078125, 3.4028235e38, 1e10, -123456.789]
    out = check_layouts(np.tan, [big])
    cases['tan:float32'] = {'x': hexes(big), 'out': hexes(out)}
    # float64 tan past |x| 65536.0035 (tanLarge)
    big = rng.choice([-1, 1], N) * np.exp(rng.uniform(np.log(65536), np.log(1.7e308), N))
    big[:6] = [65536.00349206588, 65536.0035, -65537.0, 1.7976931348623157e308, 1e22, 2.0**1023]
    out = check_layouts(np.tan, [big])
    cases['tan:float64'] = {'x': hexes(big), 'out': hexes(out)}
    # 1-D negative strides: NumPy calls libm (glibc 2.36's asinf/acosf/atanf/atan2f/tanf/cbrtf/atanhf/log1pf/asinhf/acoshf, cbrt/log1p/asinh/acosh/atanh) instead of SVML
    reversed_cases = {}
    for f, dt, lo, hi, extra in (('arcsin', np.float32, -1, 1, [0.975, 0.97499996, 0.5, -0.49999997, 1e-30, 2.0**-27]),
                                 ('arccos', np.float32, -1, 1, [0.975, 0.5, -0.5, -0.49999997, 1e-30, 2.0**-57]),
                                 ('cbrt', np.float32, -1000, 1000, [8.0, -27.0, 1e-40, 3.0]),
                                 ('cbrt', np.float64, -1000, 1000, [8.0, -27.0, 1e-310, 3.0, 1e300]),
                                 ('arctanh', np.float32, -1, 1, [0.5, 0.49999997, -0.75, 2.0**-28, 2.0**-29]),
                                 ('log1p', np.float32, -1, 10, [0.41421, 0.41422, -0.2929, -0.29289, 1e-30, 2.0**-29, 1e30]),
                                 ('arcsinh', np.float32, -30, 30, [2.0, 2.0000002, 16384.0, 16385.0, 2.0**-14, 1e38]),
                                 ('arccosh', np.float32, 0.5, 30, [1.0, 1.0000001, 2.0, 2.0000002, 2.0**28, 3e38]),
                                 ('arctan', np.float32, -10, 10, [0.4375, 0.43749997, 1.1875, 2.4375, 2.0**25, -2.0**25, 1e-30]),
                                 ('log1p', np.float64, -1, 10, [0.41422, 0.4142199, -0.2929, -0.29289, 1e-300, 2.0**-29, 2.0**-55, 1e300]),
                                 ('arcsinh', np.float64, -30, 30, [2.0, 2.0000000000000004, 2.0**28, 2.0**28 + 2, 2.0**-28, 1e300]),
                                 ('arccosh', np.float64, 0.5, 30, [1.0, 1.0000000000000002, 2.0, 2.0000000000000004, 2.0**28, 1e300]),
                                 ('arctanh', np.float64, -1, 1, [0.5, 0.49999999999999994, -0.75, 2.0**-28, 2.0**-29, 1e-300]),
                                 ('tan', np.float32, -200, 200, [0.7853982, 0.78539819, 0.6744, 119.99999, 120.0, 1e10, 3e38, 1e-30])):
        x = mixed(rng, dt, lo, hi, extra)
        with np.errstate(all='ignore'):
            out = getattr(np, f)(x[::-1])[::-1].copy()
            out2 = np.empty_like(x)
            getattr(np, f)(x, out=out2[::-1])
        ut = np.uint32 if dt == np.float32 else np.uint64
        assert (out2[::-1].view(ut) == out.view(ut)).all(), f
        reversed_cases[f'{f}:{np.dtype(dt).name}'] = {'x': hexes(x), 'out': hexes(out)}
    # arctan2 on float32 with a negative stride: glibc's atan2f (and atanf)
    y = mixed(rng, np.float32, -10, 10, [])
    x = mixed(rng, np.float32, -10, 10, [])
    rng.shuffle(x)
    zeros = np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 1e30, 1e-30], dtype=np.float32)
    zy, zx = np.meshgrid(zeros, zeros)
    y = np.concatenate([y, zy.ravel()])
    x = np.concatenate([x, zx.ravel()])
    with np.errstate(all='ignore'):
        out = np.arctan2(y[::-1], x[::-1])[::-1].copy()
    reversed_cases['arctan2:float32'] = {'y': hexes(y), 'x': hexes(x), 'out': hexes(out)}
    with open(OUT, 'w') as fh:
        json.dump({'numpy': np.__version__, 'cases': cases, 'reversed': reversed_cases}, fh, separators=(',', ':'))
        fh.write('\n')
    print(OUT, os.path.getsize(OUT), 'bytes', {k: len(v['out']) // (16 if k.endswith('64') else 8) for k, v in cases.items()})


if __name__ == '__main__':
    main()
