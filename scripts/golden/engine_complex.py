#!/usr/bin/env python3
# Golden corpus for complex64/complex128 support (src/engine/complex.ts, complex-math.ts and the
# interpreter's complex bindings), written to test/engine/golden/complex.json and replayed by
# test/engine/complex.test.ts without Python:
#   - "programs": small Python programs run by python3 + NumPy 2.4.6 (stdout, stderr, exit
#     status recorded); the test runs each through the interpreter and compares the text;
#   - "values": float64 parts of NumPy's results on random complex inputs for the element
#     formulas (multiply, divide, abs, exp, log, sqrt, power, square, reciprocal) and pairwise
#     sums of many lengths; the test compares the engine's results bit for bit.
# Usage: python3 scripts/golden/engine_complex.py
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

assert np.__version__ == '2.4.6', np.__version__

PROGRAMS = {
    'python_scalars': r'''
z = 3 - 4j
print(1j, 2 + 3j, complex(1, 2), complex(1), complex(), -1j, 0j)
print(z.real, z.imag, z.conjugate(), abs(z), repr(-0.0 - 1j))
print((1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), 1j ** 2, (1 + 1j) ** 3, (2 + 0j) ** 0.5)
print(z == 3 - 4j, z != 1, type(z).__name__, isinstance(z, complex))
''',
    'array_creation': r'''
import numpy as np
a = np.array([1 + 2j, 3 - 4j])
print(a, a.dtype, a.shape, a.itemsize, a.nbytes)
print(np.array([1, 2j, 3.5]), np.array([[1, 1j], [2, -1j]]).dtype)
print(np.array([1.5, 2], dtype=complex), np.array([1, 2], dtype=np.complex64))
print(np.zeros(3, dtype=np.complex64), np.ones((2, 2), complex), np.full(2, 1 + 1j), np.empty(0, dtype=complex))
print(np.array(1j).dtype, np.array(1j).ndim, np.asarray([1j]).dtype)
print(np.arange(3) * 1j, np.linspace(0, 1, 3) + 0j)
print(np.dtype(complex), np.dtype('complex64'), np.dtype('c16'), np.dtype('D').name, np.dtype(np.complex128).char, np.dtype('F').str)
print(np.complex128, np.complex64, np.cdouble is np.complex128, np.csingle is np.complex64)
''',
    'scalar_repr': r'''
import numpy as np
a = np.array([1 + 2j, -0.5j, 3.25 + 0j])
print(repr(a[0]), repr(a[1]), repr(a[2]), a[0], a[1], a[2])
print(repr(np.complex128(1 + 2j)), repr(np.complex64(1.1 + 2.2j)), np.complex64(1.1 + 2.2j))
print(repr(np.complex128(1j)), repr(np.complex128(-0.0 - 1j)), repr(np.complex128(complex('nan+infj'))))
print(repr(np.complex128(1e20 + 1e-20j)), np.complex128(1e20 + 1e-20j), repr(np.complex128()), np.complex64(3))
print(type(a[0]).__name__, isinstance(a[0], complex), isinstance(a[0], np.complexfloating), isinstance(a[0], np.inexact))
print(a[0].real, a[0].imag, repr(a[0].real), repr(a[1].imag), a[0].dtype)
''',
    'printing': r'''
import numpy as np
z = np.array([[1 + 1j, 2.5 - 3j, -1j], [0, 1e-3 + 1e3j, -2]])
print(z)
print(repr(z))
print(repr(z.astype(np.complex64)))
print(np.array([np.nan + 1j, np.inf - np.inf * 1j, 1 + np.nan * 1j]))
print(np.array([1e-10 + 1j, 1e10 - 1j]))
print(np.array([0.1 + 0.2j, 1 / 3 + 2j / 3]))
print(np.arange(2000) * (1 + 1j))
print(repr(np.array(2 - 3j)), np.array(2 - 3j), repr(np.zeros((2, 0), complex)))
with np.printoptions(precision=3):
    print(np.array([np.pi + np.e * 1j, 1 / 7 - 1j / 3]))
np.set_printoptions(suppress=True)
print(np.array([1e-9 + 1j, 1 + 1e-9j]))
''',
    'arithmetic': r'''
import numpy as np
a = np.array([1 + 2j, -3 + 0.5j, 2j])
b = np.array([0.5 - 1j, 4 + 4j, -1 + 0j])
print(a + b, a - b, a * b, a / b)
print(a + 1, 2 * a, a - 0.5, 1 / a, -a, +a)
print(a ** 2, a ** 3, a ** -1, a ** 0.5, a ** 2.0, a ** b, 2 ** a)
print(np.arange(3).reshape(3, 1) * 1j + np.arange(4))
print((np.ones(2, np.float32) * 1j).dtype, (np.ones(2, np.int8) * 1j).dtype, (np.ones(2, np.complex64) + np.ones(2)).dtype)
print((np.ones(2, np.complex64) * 2.5).dtype, (np.ones(2, np.complex64) + 1j).dtype, (np.arange(2) + np.complex64(1j)).dtype)
c = a.copy(); c += 1; c *= 1j; c /= 2
print(c)
f = np.zeros(2, np.complex64); f += np.array([1.1, 2.2])
print(f, f.dtype)
''',
    'ufuncs': r'''
import numpy as np
z = np.array([1 + 1j, 2 - 3j, -1j, -4 + 0j, 0j])
print(np.abs(z), np.absolute(z), abs(z))
print(np.conj(z), np.conjugate(z), z.conj(), z.conjugate())
print(np.real(z), np.imag(z), z.real, z.imag)
print(np.angle(z), np.angle(z, deg=True))
print(np.exp(z), np.log(z[:4]), np.sqrt(z))
print(np.square(z), np.reciprocal(z[:4]), np.sign(z))
print(np.isnan(z), np.isinf(z), np.isfinite(z))
print(np.log10(z[:4]), np.log2(z[:4]), np.exp2(z))
print(np.sqrt(np.array([-4 + 0j, -1 - 0j, 4])), np.sqrt(-4 + 0j))
print(np.exp(1j * np.pi), np.exp(2j * np.pi * np.arange(8) / 8))
''',
    'reductions': r'''
import numpy as np
z = np.array([[1 + 1j, 2 - 3j, -1j], [0.5, 2j, -2 + 1j]])
print(z.sum(), z.mean(), z.prod(), np.sum(z), np.mean(z), np.prod(z))
print(z.sum(axis=0), z.sum(axis=1), z.mean(axis=0), z.mean(axis=1), z.prod(axis=1))
print(z.sum(keepdims=True), np.sum(z, axis=-1, keepdims=True))
w = np.exp(1j * np.linspace(0, 7, 1001))
print(w.sum(), w.mean(), w[::3].sum(), w.reshape(7, 143).sum(axis=0)[:3], w.reshape(7, 143).sum(axis=1))
print(w.astype(np.complex64).sum(), w.astype(np.complex64).mean())
print(np.sum(np.arange(5) * 1j), np.arange(6).reshape(2, 3).sum(axis=0) + 0j)
print(np.max(z[0]), np.min(z[1]))
''',
    'round': r'''
import numpy as np
z = np.exp(1j * np.linspace(0, 3, 7))
print(np.round(z, 2), z.round(3), np.around(z, 1), np.round(z))
print(np.exp(1j * np.pi).round(10), np.round(np.complex128(1.23456 - 6.54321j), 2))
print(np.round(np.array([123.456 + 987.654j]), -1), np.round(z.astype(np.complex64), 4))
''',
    'casting': r'''
import numpy as np
x = np.array([1.5, -2.0, 3.0])
print(x.astype(complex), x.astype(np.complex64), np.array([1, 2], np.int64).astype(complex))
z = np.array([1.7 + 2j, -2.5 - 1j, 3j])
print(z.astype(bool), z.astype(np.complex64), z.astype(np.complex64).astype(complex))
print(z.astype(float))
print(z.astype(int))
print(np.iscomplexobj(z), np.iscomplexobj(x), np.isrealobj(z), np.isrealobj(x), np.iscomplexobj(1j), np.iscomplexobj([1, 2]))
print(np.iscomplex(z), np.isreal(z), np.iscomplex(x), np.isreal(x), np.isreal(1 + 0j))
print(z.tolist(), z[0].item(), type(z.tolist()[0]).__name__, complex(z[1]))
''',
    'indexing': r'''
import numpy as np
z = np.array([1 + 1j, 2 - 3j, -1j, 4])
print(z[0], z[1:], z[::-1], z[z.real > 0], z[[0, 2]], z[np.abs(z) > 2])
z[0] = 5
z[1] = 1j
z[2:] = [7 - 7j, 8]
print(z)
z[z.imag < 0] = 0
print(z)
m = np.zeros((2, 3), dtype=complex)
m[0] = 1j
m[:, 1] = np.array([2 + 2j, 3])
print(m, m.T, m.reshape(3, 2), m.ravel())
print(np.concatenate([z, z[:2]]), np.stack([z[:2], z[2:]]), np.where(np.abs(z) > 1, z, 0))
''',
    'set_parts': r'''
import numpy as np
z = np.array([1 + 1j, 2 - 3j, -1j])
z.real = [10, 20, 30]
print(z)
z.imag = 0.5
print(z)
z.real *= 2
print(z)
y = np.zeros(3, dtype=np.complex64)
y.imag = np.arange(3)
print(y, y.dtype)
''',
    'linalg': r'''
import numpy as np
A = np.array([[1 + 1j, 2], [3j, 4 - 1j]])
B = np.array([[1, -1j], [2 + 2j, 0.5]])
print(A @ B)
print(np.dot(A, B), A @ np.array([1j, 1]))
v = np.array([1 + 2j, 3 - 1j])
print(np.dot(v, v), np.vdot(v, v), v @ v)
print(np.outer(v, v.conj()))
print(A.T, A.conj().T)
''',
    'comparisons': r'''
import numpy as np
a = np.array([1 + 1j, 2 - 3j, -1j])
b = np.array([1 + 1j, 2 + 3j, 1j])
print(a == b, a != b, a == 1 + 1j, a < b, a >= b, np.maximum(a, b))
print(np.allclose(a, a + 1e-12), np.isclose(a, b), np.array_equal(a, a.copy()))
''',
    'errors_int_dtype': r'''
import numpy as np
np.array([1 + 2j], dtype=int)
''',
    'errors_float_dtype': r'''
import numpy as np
np.array([1 + 2j], dtype=float)
''',
    'errors_floor_divide': r'''
import numpy as np
z = np.array([1 + 2j])
print(z // 2)
''',
    'errors_assign_to_float': r'''
import numpy as np
x = np.zeros(2)
x[0] = 1j
''',
    'warning_astype': r'''
import numpy as np
z = np.array([1.7 + 2j])
y = z.astype(np.float32)
print(y, y.dtype)
w = z.astype(np.int16)
print(w)
''',
    'sorting_sets': r'''
import numpy as np
z = np.array([3 - 1j, 1 + 2j, -1j, 2 + 0j, 1 - 2j, 3 - 1j, complex(1, np.nan), complex(np.nan, 0)])
print(np.sort(z), np.unique(z[:6]), np.argsort(z[:6], kind='stable'))
u, c = np.unique(z[:6], return_counts=True)
print(u, c)
print(np.sort(np.array([[2j, 1], [0.5 + 0.5j, 0.5]]), axis=0))
print(repr(np.real_if_close(np.array([1 + 1e-15j, 2]))), repr(np.real_if_close(np.array([1 + 1e-3j]))), repr(np.sort_complex(np.array([3, 1, 2]))), repr(np.sort_complex(np.array([3, 1], dtype=np.int8))))
''',
    'cumulative_stats': r'''
import numpy as np
z = np.array([3 - 1j, 1 + 2j, -1j, 2 + 0j])
print(np.cumsum(z), np.cumprod(z), z.cumsum(), np.cumsum(z.reshape(2, 2), axis=0))
print(np.var(z), np.std(z), z.var(ddof=1), np.std(z.reshape(2, 2), axis=1))
print(np.linalg.norm(z), np.linalg.norm(z, 1), np.linalg.norm(z, np.inf), np.linalg.norm(z.reshape(2, 2), axis=0))
w = np.exp(1j * np.linspace(0, 5, 50)) * np.linspace(1, 2, 50)
print(w.var(), w.std(), np.linalg.norm(w), w.cumsum()[-3:], w[:10].cumprod()[-1])
print(z.astype(str), z.astype(np.complex64).astype(str))
''',
    'trig': r'''
import numpy as np
z = np.array([3 - 1j, 1 + 2j, -1j, 2 + 0j, 0.5 + 0.25j])
print(np.sin(z), np.cos(z), np.tan(z))
print(np.sinh(z), np.cosh(z), np.tanh(z))
''',
    'formatting_hash': r'''
import numpy as np
z = 1.5 - 2.25j
print(f"{z}", f"{z:.2f}", "{:.3f}".format(z), str(z), format(z, ''), f"{z!r}", f"{z:>14.1f}|")
a = np.array([1 + 2j, 3.5 - 1j])
print(f"{a[0]}", f"{a[0]:.1f}", str(a[0]), "%s" % a[0])
print(np.linspace(0, 1j, 3), np.linspace(1 + 1j, 2 - 2j, 4, endpoint=False))
print(hash(1 + 0j) == hash(1), 1j in {1j: 1}, (1 + 0j) == 1, {2 + 0j: 'a'}[2])
print(sum([1j, 2j]), abs(a), max(abs(a)), round(abs(a[0]), 3), -z, +z, z ** 0.5, 2 ** (3 + 4j))
''',
    'argreduce_conversions': r'''
import numpy as np
z = np.array([3 - 1j, 1 + 2j, -1j, 2 + 0j, 3 + 1j])
print(z.max(), z.min(), np.argmax(z), np.argmin(z), np.median(z), np.abs(z.astype(np.complex64)))
print(float(z[0]))
print(int(z[3]), bool(z[2]), complex(z[1]))
try:
    np.percentile(z, 50)
except TypeError as e:
    print('TypeError', e)
''',
    'fp_warnings': r'''
import numpy as np
a = np.array([1 + 1j, 1 + 0j, 0j, 2j])
print(a / 0)
print(np.log(np.array([0j, 1j])))
print(np.exp(np.array([1000 + 1j, 1 + 1j])))
print(np.array([1e308 + 1e308j]) * 10)
with np.errstate(all='ignore'):
    print(a / 0)
print(np.reciprocal(np.array([0j])))
''',
    'scalar_math': r'''
import numpy as np
rng = np.random.default_rng(7)
z = rng.standard_normal(6) + 1j * rng.standard_normal(6)
w = rng.standard_normal(6) + 1j * rng.standard_normal(6)
print([repr(z[k] * w[k]) for k in range(6)])
print([repr(np.multiply(z[k], w[k])) for k in range(6)])
print([repr(abs(z[k])) for k in range(6)], [repr(np.abs(z[k])) for k in range(6)])
print([repr(z[k] ** 2) for k in range(3)], [repr(z[k] * (0.3 + 0.1j)) for k in range(3)], [repr((0.3 + 0.1j) * z[k]) for k in range(3)])
print(repr(z * w), repr(np.abs(z)))
''',
    'fft_helpers': r'''
import numpy as np
from numpy.fft import fftfreq, fftshift
print(np.fft.fftfreq(8), np.fft.fftfreq(7, d=0.1), np.fft.rfftfreq(9, 0.5), fftfreq(4, 2))
x = np.arange(10).reshape(2, 5)
print(fftshift(np.arange(7)), np.fft.ifftshift(np.arange(7)), np.fft.fftshift(x), np.fft.fftshift(x, axes=1), np.fft.ifftshift(x, axes=(0,)))
print(np.fft.fftshift(np.fft.fftfreq(6, 1/6)))
''',
    'fft_learner': r'''
import numpy as np
t = np.arange(32) / 32
signal = np.sin(2 * np.pi * 4 * t) + 0.5 * np.cos(2 * np.pi * 9 * t)
spectrum = np.fft.fft(signal)
print(np.abs(spectrum).round(6))
print(np.fft.fftfreq(32, d=1 / 32)[np.abs(spectrum) > 1])
print(np.fft.fft(np.arange(8.0)), np.fft.ifft(np.fft.fft(np.arange(6.0))).real)
print(np.fft.fft2(np.arange(12.0).reshape(3, 4)))
print(np.fft.ifft(np.arange(4.0), norm='ortho'), np.fft.fft(np.arange(5.0), n=8), np.fft.fft(np.eye(3), axis=0))
print(np.fft.fftshift(np.fft.fft(np.ones(6))))
o = np.zeros(4, complex)
print(np.fft.fft(np.arange(4), out=o) is o, o, np.fft.fft(np.array([1, 2, 3, 4], dtype=np.int8)))
try:
    np.fft.fft(np.arange(4.0), norm='bad')
except ValueError as e:
    print(e)
''',
    'learner_roots': r'''
import numpy as np
n = 6
roots = np.exp(2j * np.pi * np.arange(n) / n)
print(roots.round(6))
print(np.abs(roots).round(12), np.angle(roots).round(4))
print(roots.sum().round(12), np.prod(roots).round(12))
print((roots ** n).round(10))
signal = np.cos(2 * np.pi * np.arange(8) / 8) + 1j * np.sin(2 * np.pi * np.arange(8) / 8)
print(signal.real.round(3), signal.imag.round(3))
''',
    'learner_quadratic': r'''
import numpy as np
a, b, c = 1.0, 2.0, 5.0
disc = np.sqrt(complex(b * b - 4 * a * c))
r1 = (-b + disc) / (2 * a)
r2 = (-b - disc) / (2 * a)
print(r1, r2, r1 * r2, r1 + r2)
coeffs = np.array([1, -2, 5], dtype=complex)
x = np.array([r1, r2])
print(np.polyval(coeffs, x))
print(np.abs(x), x.conj() * x)
''',
}


def run_programs():
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, code in PROGRAMS.items():
            path = os.path.join(tmp, name + '.py')
            with open(path, 'w') as f:
                f.write(code.lstrip('\n'))
            p = subprocess.run([sys.executable, name + '.py'], cwd=tmp, capture_output=True, text=True)
            # file names as the test gives them (python3 reports the absolute path)
            err = p.stderr.replace(tmp + os.sep, '')
            out[name] = {'code': code.lstrip('\n'), 'stdout': p.stdout, 'stderr': err, 'exit': p.returncode}
    return out


def parts(z):
    z = np.asarray(z, dtype=np.complex128).ravel()
    return [x for pair in zip(z.real.tolist(), z.imag.tolist()) for x in pair]


def run_values():
    rng = np.random.default_rng(20251208)
    n = 160
    scale = lambda: rng.standard_normal(n) * np.exp(rng.uniform(-6, 6, n))
    a = scale() + 1j * scale()
    b = scale() + 1j * scale()
    # a few exact and special values at the front
    a[:6] = [1 + 0j, -1 + 0j, 1j, 0.5 + 0.5j, 0.9 + 0.3j, 1.5 - 0.2j]
    b[:6] = [2 + 0j, 1e-300 + 1e300j, -0.0 + 3j, 3 + 4j, 1 + 1e-20j, 7 - 7j]
    small = a / np.abs(a) * rng.uniform(0.01, 3, n)  # moderate magnitudes for exp and powers
    v = {
        'a': parts(a), 'b': parts(b), 'small': parts(small),
        'multiply': parts(a * b), 'divide': parts(a / b), 'absolute': np.abs(a).tolist(),
        'square': parts(np.square(a)), 'reciprocal': parts(np.reciprocal(a)),
        'exp': parts(np.exp(small)), 'log': parts(np.log(a)), 'sqrt': parts(np.sqrt(a)),
        'power_int3': parts(small ** 3), 'power_int7': parts(np.power(small, 7)), 'power_neg5': parts(np.power(small, -5)),
        'power_complex': parts(np.power(small, small[::-1])),
        'sin': parts(np.sin(small)), 'cos': parts(np.cos(small)), 'tan': parts(np.tan(small)),
        'sinh': parts(np.sinh(small)), 'cosh': parts(np.cosh(small)), 'tanh': parts(np.tanh(small)),
        'cumprod': parts(np.cumprod(small[:40] / np.abs(small[:40]) * 1.01)),
        'hypot': np.hypot(a.real, a.imag).tolist(),
        'exp64': parts(np.exp(small.astype(np.complex64))), 'sqrt64': parts(np.sqrt(small.astype(np.complex64))),
        'power64': parts(small.astype(np.complex64) ** 3), 'divide64': parts(small.astype(np.complex64) / small[::-1].astype(np.complex64)),
        'mean64': parts(np.array([small.astype(np.complex64).mean()])),
        'log64': parts(np.log(a.astype(np.complex64))),
        'multiply64': parts(small.astype(np.complex64) * small[::-1].astype(np.complex64)),
        'absolute64': np.abs(small.astype(np.complex64)).astype(np.float64).tolist(),
    }
    sums = {}
    long = np.exp(1j * rng.uniform(0, 6.3, 3000)) * rng.uniform(0.5, 2, 3000)
    v['long'] = parts(long)
    for m in [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 63, 64, 65, 66, 100, 127, 128, 129, 130, 200, 257, 513, 1000, 3000]:
        sums[str(m)] = parts(long[:m].sum())
    v['sums'] = sums
    fft = {}
    for m in [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 21, 24, 25, 27, 32, 35, 49, 60, 64, 100, 128]:
        z = rng.standard_normal(m) + 1j * rng.standard_normal(m)
        fft[str(m)] = {'z': parts(z), 'fft': parts(np.fft.fft(z)), 'ifft': parts(np.fft.ifft(z))}
    v['fft'] = fft
    v['sum_strided'] = parts(long[::3].sum())
    v['sum64'] = parts(long.astype(np.complex64).sum())
    return v


def main():
    data = {'numpy': np.__version__, 'programs': run_programs(), 'values': run_values()}
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engine', 'golden', 'complex.json')
    with open(out, 'w') as f:
        json.dump(data, f, separators=(',', ':'))
    print('wrote', os.path.normpath(out), os.path.getsize(out), 'bytes,', len(data['programs']), 'programs')


if __name__ == '__main__':
    main()
