#!/usr/bin/env python3
# Generates test/engine/npymath-golden.json with real NumPy (2.4.6) on x86-64: inputs and results
# of the ufuncs whose loops src/engine/npymath.ts (NumPy's own SIMD algorithms) and glibc's sin/cos
# reproduce, as hex bit patterns (8 hex digits per float32, 16 per float64, concatenated without
# separators). Inputs mix random bit patterns, the ranges users hit, thresholds, subnormals and
# specials. The script also asserts that NumPy gives the same bits for every prefix length 1..33
# and for strided views (SIMD body, masked tail and gather paths agree), so the test can replay any
# layout against these elementwise results.
# Usage: python3 scripts/golden/engine_npymath.py
import json
import os
import warnings

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engine', 'npymath-golden.json')
N = 1300


def f32_inputs(rng, lo, hi, extra):
    bits = rng.integers(0, 2**32, N // 5, dtype=np.uint64).astype(np.uint32).view(np.float32)
    wide = rng.uniform(lo, hi, N // 5).astype(np.float32)
    small = rng.uniform(-10, 10, N // 5).astype(np.float32)
    unit = rng.uniform(0, 2, N // 5).astype(np.float32)
    specials = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, -np.nan, 1e-45, -1e-45, 1.17549435e-38,
                         1.1754942e-38, 3.4028235e38, -3.4028235e38, 1.0, -1.0, 0.5, 2.0] + extra, dtype=np.float32)
    rest = N - len(bits) - len(wide) - len(small) - len(unit) - len(specials)
    logs = np.exp(rng.uniform(-103, 88, rest)).astype(np.float32)
    return np.concatenate([bits, wide, small, unit, specials, logs])


def f64_inputs(rng, lo, hi, extra):
    bits = rng.integers(0, 2**64, N // 5, dtype=np.uint64).view(np.float64)
    wide = rng.uniform(lo, hi, N // 5)
    small = rng.uniform(-10, 10, N // 5)
    unit = rng.uniform(0, 2, N // 5)
    specials = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
                         1.7976931348623157e308, 1.0, -1.0, 0.5, 2.0, np.pi, -np.pi / 2] + extra)
    rest = N - len(bits) - len(wide) - len(small) - len(unit) - len(specials)
    logs = np.exp(rng.uniform(-700, 700, rest))
    return np.concatenate([bits, wide, small, unit, specials, logs])


def check_layouts(f, x):
    full = f(x).view(np.uint32 if x.dtype == np.float32 else np.uint64)
    for n in range(1, 34):
        got = f(x[:n]).view(full.dtype)
        assert (got == full[:n]).all(), (f.__name__, n)
    # NumPy's SVML loops (float64 exp/expm1/log/log10/log1p, float32 log10/log2) run only for non-negative strides;
    # 1-D x[::-1] or out=o[::-1] falls back to glibc's exp/log/... (the 'reversed' cases below)
    svml = (x.dtype == np.float64 and f.__name__ in ('exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sinh', 'cosh', 'arctan', 'tan', 'exp2')) or (x.dtype == np.float32 and f.__name__ in ('log10', 'log2', 'sinh', 'cosh', 'arctan', 'expm1', 'log1p', 'tan', 'exp2'))
    for step in (2, 3) if svml else (2, 3, -1):
        got = f(x[::step]).view(full.dtype)
        assert (got == full[::step]).all(), (f.__name__, step)
    # in place (NumPy treats an exactly overlapping out= as no overlap)
    inplace = x.copy()
    f(inplace, out=inplace)
    assert (inplace.view(full.dtype) == full).all(), f.__name__
    # strided output
    out = np.empty(2 * len(x), x.dtype)
    f(x, out=out[::2])
    assert (out[::2].view(full.dtype) == full).all(), f.__name__


def main():
    assert np.__version__ == '2.4.6', np.__version__
    rng = np.random.default_rng(20261207)
    cases = {}
    specs = [
        ('exp', 'float32', f32_inputs(rng, -110, 95, [88.72283935546875, 88.7228317, -103.97208404541015625, -103.972076, -87.33654, -87.3365479, 1e-8, -1e-8])),
        ('log', 'float32', f32_inputs(rng, -5, 1e6, [0.70710677, 0.7071068, 1.0000001, 0.99999994, 1e-40, 5.877472e-39])),
        ('log10', 'float32', f32_inputs(rng, -5, 1e6, [1.5, 1.4999999, 0.75, 0.74999994, 10.0, 100.0, 1e-40, 1e-45, 3.4028235e38])),
        ('log2', 'float32', f32_inputs(rng, -5, 1e6, [1.5, 1.4999999, 0.75, 0.74999994, 2.0, 1024.0, 1e-40, 1e-45, 3.4028235e38])),
        ('tanh', 'float32', f32_inputs(rng, -12, 12, [9.0, -9.0, 9.01, 1.7014118e38, 1.7014120e38, 1e-30, 0.0234375, 0.02343749])),
        ('sin', 'float32', f32_inputs(rng, -117435, 117435, [117435.992, -117435.992, 0.7853982, 2.3561945, 1e-30, 1e-45, 56662.5546875, 113079.28125])),
        ('cos', 'float32', f32_inputs(rng, -71476, 71476, [71476.0625, -71476.0625, 0.7853982, 2.3561945, 1e-30, 1e-45, 56662.5546875, 11052.9091796875])),
        ('sinh', 'float32', f32_inputs(rng, -95, 95, [87.33653, 87.336533, 87.33654, 89.41599, 89.416, -89.5, 88.0, 1e-30, 0.0108, -0.0108, 1e-45])),
        ('cosh', 'float32', f32_inputs(rng, -95, 95, [87.33653, 87.336533, 87.33654, 89.41599, 89.416, -89.5, 88.0, 1e-30, 0.0108, 0.0217, 1e-45])),
        ('arctan', 'float32', f32_inputs(rng, -12, 12, [7.75, 7.7499995, 7.625, 7.6249995, 0.125, 4294967296.0, 8.5e9, 1e-40, -1e-45, 1e30])),
        ('expm1', 'float32', f32_inputs(rng, -110, 90, [86.64, 86.6434, 86.6435, 88.72283, 88.72284, -3e38, -104.0, -87.5, 1e-30, -1e-30, 1e-45, 0.0108, -0.0108])),
        ('log1p', 'float32', f32_inputs(rng, -1, 1e6, [-1.0, -0.99999994, -0.5, 1e-30, -1e-30, 1e-45, 1.7014118e38, 3.4028235e38, 0.41421354, -0.33333334])),
        ('tan', 'float32', f32_inputs(rng, -8256, 8256, [8256.0, -8256.0, 1.5707964, -1.5707964, 0.04908739, 0.049087387, 4.712389, 1e-30, 1e-45, 100.0])),
        ('exp2', 'float32', f32_inputs(rng, -155, 130, [126.0, 126.00001, 127.99999, 128.0, 128.00002, -126.0, -126.00001, -149.5, -149.6, -150.0, -150.1, -0.0625, -1e-30, 0.5])),
        ('tanh', 'float64', f64_inputs(rng, -25, 25, [19.0, -19.0, 20.0, 1e-300, 0.109375, 0.10937499999999999, 2.0**511, 2.0**512, -2.0**513])),
        ('exp', 'float64', f64_inputs(rng, -750, 712, [707.7032713517042, 707.7032713517041, -707.7032713517042, 709.782712893384, 709.7827128933841, -708.3964185322641, -708.39641853226, -745.1332191019411, -745.1332191019412, -720.5, 1e-300, -1e-17, 0.0108304246962234])),
        ('log', 'float64', f64_inputs(rng, -1, 1e12, [1.0 + 2.0**-52, 1.0 - 2.0**-53, 0.75, 0.7499999999999999, 1.03125, 1.0478515625, 1e-310, 5e-324, -0.0, 2.0**1023, 1.4142135623730951])),
        ('sinh', 'float64', f64_inputs(rng, -720, 720, [669.7749, 669.775, 680.0, -700.5, 710.4758600739439, 710.475860073944, -710.4758600739439, 21.487562597358306, 0.0217, 0.065, 0.0433, 1e-300, -1e-300, 2.0**-30])),
        ('cosh', 'float64', f64_inputs(rng, -720, 720, [707.6997, 707.70, -709.0, 710.4758600739439, 710.475860073944, -710.4758600739439, 0.0217, 0.065, 1e-300, -1e-300, 2.0**-30, 700.0])),
        ('arctan', 'float64', f64_inputs(rng, -12, 12, [7.875, 7.874999999999999, 8.0, 7.999999999999999, -7.9, 0.125, 0.12499999999999999, 2.0**128, 2.0**129, 1e-300, -1e-310, 1e300])),
        ('tan', 'float64', f64_inputs(rng, -65536, 65536, [65536.0, -65536.0, np.pi / 2, -np.pi / 2, np.pi / 4, 3 * np.pi / 2, 0.19634954084936207, 0.1963495408493621, 1e-300, 1e-9, 100.0])),
        ('exp2', 'float64', f64_inputs(rng, -1080, 1025, [1022.0, 1021.9995117187499, 1023.999, 1024.0, -1022.0, -1022.5, -1074.5, -1075.0, -1075.1, -1e-17, -0.0625, -0.06249999999999999, 0.5, 1e-300])),
        ('log2', 'float64', f64_inputs(rng, -1, 1e12, [2.0, 1024.0, 0.5, 0.75, 0.7499999999999999, 1.0 + 2.0**-52, 1.0 - 2.0**-53, 1e-310, 5e-324, 2.0**1023, 3.0])),
        ('log10', 'float64', f64_inputs(rng, -1, 1e12, [10.0, 100.0, 1e-300, 0.75, 1.0 + 2.0**-52, 1e-310, 5e-324, 2.0**1023])),
        ('log1p', 'float64', f64_inputs(rng, -1, 1e6, [-1.0, -0.9999999999999999, -0.5, 1e-300, -1e-300, 5e-324, 1e-17, -1e-17, 2.0**1023, -0.0])),
        ('expm1', 'float64', f64_inputs(rng, -800, 712, [707.7032713517042, 707.70327135170, 709.78, -745.2, -1e300, -1.7e308, 1e-300, -1e-300, 1e-17, -0.0, 0.5, -0.5])),
        ('sin', 'float64', f64_inputs(rng, -1e5, 1e5, [1e8, -1e8, 105414349.0, 2.426, 0.855469, 1e-9])),
        ('cos', 'float64', f64_inputs(rng, -1e5, 1e5, [1e8, -1e8, 105414349.0, 2.426, 0.855469, 1e-9])),
    ]
    with np.errstate(all='ignore'):
        for name, dt, x in specs:
            x = x.astype(dt)
            if name in ('sin', 'cos') and dt == 'float32':
                # past 117435.992 (sin) / 71476.0625 (cos) NumPy calls glibc's sinf/cosf, whose
                # large-argument reduction npymath.ts does not port (float32 of Math.sin/cos there)
                x = x[~(np.abs(x) > (117435.992 if name == 'sin' else 71476.0625))]
            if name == 'tan' and dt == 'float64':
                x = x[~(np.abs(x) > 65536)]  # likewise past 65536
            if name == 'tan' and dt == 'float32':
                # past |x| = 8256 SVML reduces by a multi-word 2/pi, which npymath.ts does not port
                x = x[~(np.abs(x) > 8256)]
            if name in ('sin', 'cos') and dt == 'float64':
                # glibc reduces |x| >= 105414350 with its multi-precision __branred, which
                # src/engine/random/glibc-sincos.ts does not port (Math.sin/cos there)
                x = x[~(np.abs(x) >= 105414350)]
            f = getattr(np, name)
            check_layouts(f, x)
            y = f(x)
            ut = np.uint32 if dt == 'float32' else np.uint64
            w = 8 if dt == 'float32' else 16
            cases[f'{name}:{dt}'] = {
                'x': ''.join(format(int(v), f'0{w}x') for v in x.view(ut)),
                'y': ''.join(format(int(v), f'0{w}x') for v in y.view(ut)),
            }
    # 1-D loops with a negative stride: NumPy calls libm instead of SVML; glibc's exp and log are
    # ported (x >= -500 for exp: below, the port's special case still differs in rare last bits)
    reversed_cases = {}
    with np.errstate(all='ignore'):
        for name, x in [('exp', np.concatenate([rng.uniform(-500, 709, 500), rng.uniform(-2, 2, 300), np.exp(rng.uniform(-700, 6, 200))])),
                        ('log', np.concatenate([np.exp(rng.uniform(-740, 709, 600)), rng.uniform(0, 3, 300), [0.0, 1.0, np.inf, 5e-324, 1e-310]]))]:
            y = getattr(np, name)(x[::-1])[::-1]
            reversed_cases[f'{name}:float64'] = {
                'x': ''.join(format(int(v), '016x') for v in x.view(np.uint64)),
                'y': ''.join(format(int(v), '016x') for v in y.view(np.uint64)),
            }
    # RuntimeWarnings of small float32 arrays at the thresholds (np.errstate default: warn)
    warn_cases = []
    for name, vals in [('exp', [88.72283935546875, 1.0]), ('exp', [88.7228317, -200.0, np.nan]),
                       ('exp', [np.inf, -np.inf]), ('log', [0.0, 1.0]), ('log', [-0.0]), ('log', [-1.0, 2.0]),
                       ('log', [np.nan, np.inf, 1e-45]), ('sin', [np.inf]), ('cos', [1.0])]:
        dt = 'float64' if name in ('sin', 'cos') else 'float32'
        with warnings.catch_warnings(record=True) as rec:
            warnings.simplefilter('always')
            getattr(np, name)(np.array(vals, dtype=dt))
        warn_cases.append({'f': name, 'dtype': dt, 'x': [repr(float(v)) for v in vals], 'warnings': [str(w.message) for w in rec]})
    with open(OUT, 'w') as fh:
        json.dump({'numpy': np.__version__, 'cases': cases, 'reversed': reversed_cases, 'warnings': warn_cases}, fh, separators=(',', ':'))
        fh.write('\n')


if __name__ == '__main__':
    main()
