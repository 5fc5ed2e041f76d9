#!/usr/bin/env python3
"""Golden cases for the engine's decompositions (src/engine/decomp.ts) and API-coverage extras
(src/engine/extras.ts), from NumPy 2.4.6. Writes test/engine/golden/extras_cases.jsonl: one JSON
object per line {op, args, kw, r | e, chk}. Arrays are {"a": nested list, "d": dtype}; non-finite
floats are the strings "nan"/"inf"/"-inf"; results are {"d", "s", "v"} (flat values), tuples
{"t": [...]}, Python scalars {"py": v}. `chk` names how test/engine/extras_golden.test.ts compares:
exact, ulp (2 ulps), rel (1e-12 of the largest |value|), sign (columns up to sign, only when the
singular/eigen values are distinct), or the op's own property check.

Run: python3 scripts/golden/engine_extras.py
"""
import json, math, os
import numpy as np

assert np.__version__ == '2.4.6', np.__version__
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engine', 'golden', 'extras_cases.jsonl')
rng = np.random.default_rng(20261207)
cases = []


def fval(x):
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    x = float(x)
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return x


def nested(a):
    if a.ndim == 0:
        return fval(a[()])
    return [nested(x) for x in a]


def arg(a, dtype=None):
    a = np.asarray(a, dtype=dtype)
    return {'a': nested(a), 'd': str(a.dtype), 's': list(a.shape)}


def res(r):
    if isinstance(r, tuple) and all(isinstance(x, int) for x in r):
        return {'py': list(r)}
    if isinstance(r, tuple) or (isinstance(r, list) and r and isinstance(r[0], np.ndarray)):
        return {'t': [res(x) for x in r]}
    if isinstance(r, np.ndarray) or isinstance(r, np.generic):
        a = np.asarray(r)
        return {'d': str(a.dtype), 's': list(a.shape), 'v': [fval(x) for x in a.ravel()], 'sc': isinstance(r, np.generic)}
    if isinstance(r, (int, float, bool)):
        return {'py': fval(r)}
    if r is None:
        return {'py': None}
    raise TypeError(type(r))


def enc(x):
    """An argument: arrays as {a, d, s}, Python floats as {f} (so 1.0 stays a float), sequences itemwise."""
    if isinstance(x, np.ndarray):
        return arg(x)
    if isinstance(x, float):
        return {'f': fval(x)}
    if isinstance(x, (list, tuple)):
        return [enc(y) for y in x]
    return x


def case(op, f, args, kw=None, chk='exact', **extra):
    kw = kw or {}
    c = {'op': op, 'args': [enc(x) for x in args], 'kw': {k: enc(v) for k, v in kw.items()}, 'chk': chk}
    c.update(extra)
    try:
        r = f(*args, **kw)
        c['r'] = res(r)
    except Exception as e:  # NumPy's error is the expectation
        c['e'] = [type(e).__name__, str(e)]
    cases.append(c)


def distinct(vals):
    v = np.sort(np.abs(np.asarray(vals, dtype=float)))[::-1]
    scale = max(v.max(), 1.0) if v.size else 1.0
    return bool(v.size < 2 or np.min(np.abs(np.diff(np.sort(np.asarray(vals, float))))) > 1e-6 * scale)


def rmat(m, n, ints=False, dtype='float64'):
    if ints:
        return rng.integers(-5, 6, size=(m, n)).astype(dtype)
    return np.round(rng.standard_normal((m, n)), 3).astype(dtype)


# ---------------------------------------------------------------- decompositions
shapes = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (3, 2), (2, 3), (6, 3), (3, 6), (8, 8), (10, 4), (4, 10), (12, 12)]
for (m, n) in shapes:
    for ints in (False, True):
        A = rmat(m, n, ints)
        s = np.linalg.svd(A, compute_uv=False)
        sd = bool(distinct(s) and s.min() > 1e-8)
        for full in (True, False):
            case('svd', np.linalg.svd, [A], {'full_matrices': full}, chk='svd', uniq=sd)
        case('svd', np.linalg.svd, [A], {'compute_uv': False}, chk='rel')
        case('qr', np.linalg.qr, [A], chk='rel' if np.linalg.matrix_rank(A) == min(m, n) else 'qr')
        case('qr', np.linalg.qr, [A], {'mode': 'complete'}, chk='qr')
        case('qr', np.linalg.qr, [A], {'mode': 'r'}, chk='rel' if np.linalg.matrix_rank(A) == min(m, n) else 'absrel')
        case('pinv', np.linalg.pinv, [A], chk='rel9')
        case('matrix_rank', np.linalg.matrix_rank, [A])
        b = rmat(m, 1, ints)[:, 0]
        case('lstsq', np.linalg.lstsq, [A, b], {'rcond': None}, chk='lstsq')
        B = rmat(m, 2, ints)
        case('lstsq', np.linalg.lstsq, [A, B], {'rcond': None}, chk='lstsq')
        if m == n:
            S = A + A.T
            w = np.linalg.eigvalsh(S)
            case('eigh', np.linalg.eigh, [S], chk='eigh', uniq=distinct(w))
            case('eigh', np.linalg.eigh, [A], {'UPLO': 'U'}, chk='eigh', uniq=distinct(np.linalg.eigvalsh(A, UPLO='U')))
            case('eigvalsh', np.linalg.eigvalsh, [S], chk='rel')
            P = A @ A.T + n * np.eye(n)
            case('cholesky', np.linalg.cholesky, [P], chk='rel')
            case('cholesky', np.linalg.cholesky, [P], {'upper': True}, chk='rel')
            case('slogdet', np.linalg.slogdet, [A], chk='rel')
            if ints:
                for p in (0, 1, 2, 3, 5, 8):
                    case('matrix_power', np.linalg.matrix_power, [A.astype(np.int64), p])
# rank-deficient, special and stacked inputs
R = np.array([[1., 2, 3], [2, 4, 6], [1, 0, 1]])
for f, kw, chk in [(np.linalg.svd, {}, 'svd'), (np.linalg.pinv, {}, 'rel9'), (np.linalg.matrix_rank, {}, 'exact')]:
    case(f.__name__, f, [R], kw, chk=chk, uniq=False)
case('lstsq', np.linalg.lstsq, [R, np.array([1., 2, 3])], {'rcond': None}, chk='lstsq')
case('svd', np.linalg.svd, [np.eye(3)], chk='svd', uniq=False)
case('svd', np.linalg.svd, [np.zeros((2, 3))], chk='svd', uniq=False)
case('matrix_rank', np.linalg.matrix_rank, [np.zeros((3, 3))])
case('matrix_rank', np.linalg.matrix_rank, [np.ones(3)])
case('matrix_rank', np.linalg.matrix_rank, [np.eye(4)])
case('eigh', np.linalg.eigh, [np.eye(3)], chk='eigh', uniq=False)
case('eigh', np.linalg.eigh, [np.array([[2., 1], [1, 2]])], chk='eigh', uniq=True)
case('cholesky', np.linalg.cholesky, [np.array([[1., 2], [2, 1]])])
case('cholesky', np.linalg.cholesky, [np.ones((2, 3))])
case('eigh', np.linalg.eigh, [np.ones((2, 3))])
case('svd', np.linalg.svd, [np.ones(3)])
case('qr', np.linalg.qr, [np.ones(3)])
case('lstsq', np.linalg.lstsq, [np.ones((3, 2)), np.ones(4)], {'rcond': None})
St = np.round(rng.standard_normal((2, 3, 3)), 3)
case('svd', np.linalg.svd, [St], {'compute_uv': False}, chk='rel')
case('eigvalsh', np.linalg.eigvalsh, [St + St.transpose(0, 2, 1)], chk='rel')
case('pinv', np.linalg.pinv, [St], chk='rel9')
case('matrix_rank', np.linalg.matrix_rank, [St])
case('qr', np.linalg.qr, [St], chk='rel')
case('cholesky', np.linalg.cholesky, [St @ St.transpose(0, 2, 1) + 3 * np.eye(3)], chk='rel')
case('svd', np.linalg.svd, [rmat(3, 3, dtype='float32')], {'compute_uv': False}, chk='rel5')
case('qr', np.linalg.qr, [rmat(3, 2, dtype='float32')], chk='rel5')
case('svd', np.linalg.svd, [np.array([[1, 2], [3, 4]])], chk='svd', uniq=True)

# ---------------------------------------------------------------- extras
for x, kw in [([0, 1, 1, 3], {}), ([0, 1, 1, 3], {'minlength': 5}), ([], {}), ([], {'minlength': 3}), ([2, 2, 0], {'minlength': 1}),
              ([0, 1, 1, 3], {'weights': np.array([0.5, 1.0, 0.25, 2.0])}), ([-1, 2], {}), ([1, 2], {'minlength': -1}),
              ([1, 2], {'weights': np.array([1., 2, 3])}), ([[1, 2]], {}), ([3, 1, 4, 1, 5, 9, 2, 6], {}), ([True, False, True], {})]:
    case('bincount', np.bincount, [np.array(x, dtype=np.int64 if not x or not isinstance(x[0], bool) else bool)], kw)
for _ in range(12):
    case('bincount', np.bincount, [rng.integers(0, 10, size=int(rng.integers(1, 30)))])

hist_inputs = [np.array([1, 2, 1]), np.array([0.5, 1.5, 2.5, 3.5, 1.0]), np.round(rng.standard_normal(50), 3), np.arange(10), np.array([3.0]), np.array([]), np.array([1, 2, 2, 3, 3, 3], dtype=np.int32)]
for a in hist_inputs:
    for kw in [{}, {'bins': 3}, {'bins': 4, 'range': (0, 4)}, {'bins': np.array([0, 1, 2, 3])}, {'bins': 5, 'density': True}, {'bins': 3, 'weights': np.ones_like(a, dtype=float) * 0.5}]:
        case('histogram', np.histogram, [a], kw, chk='exact')
for kw in [{'bins': np.array([2, 1])}, {'range': (3, 1)}, {'bins': 0}, {'bins': 3, 'range': (0, float('inf'))}]:
    case('histogram', np.histogram, [np.array([1, 2])], kw)
case('histogram', np.histogram, [np.array([1.0, float('nan')])])

for a, v in [([1, 2, 3], [0, 1, 0.5]), ([1, 2, 3, 4, 5], [1, 1, 1]), ([1, 2], [1, 2, 3, 4]), ([3], [2]), ([1, 2, 3, 4], [1, -1]), ([1., 2, 3, 4, 5, 6], [0.25, 0.5, 0.25])]:
    for mode in ('full', 'same', 'valid'):
        case('convolve', np.convolve, [np.array(a), np.array(v)], {'mode': mode}, chk='ulp')
        case('correlate', np.correlate, [np.array(a), np.array(v)], {'mode': mode}, chk='ulp')
for _ in range(8):
    a = np.round(rng.standard_normal(int(rng.integers(1, 12))), 3)
    v = np.round(rng.standard_normal(int(rng.integers(1, 6))), 3)
    case('convolve', np.convolve, [a, v], {'mode': str(rng.choice(['full', 'same', 'valid']))}, chk='ulp')
case('convolve', np.convolve, [np.array([]), np.array([1.])])
case('convolve', np.convolve, [np.array([1.]), np.array([])])
case('convolve', np.convolve, [np.array([1.]), np.array([1.])], {'mode': 'x'})

A2 = np.arange(6).reshape(2, 3)
for a, obj, vals, kw in [([1, 2, 3], 1, 9, {}), ([1, 2, 3], [0, 2], [7, 8], {}), ([1, 2, 3], 3, [5, 6], {}), ([1, 2, 3], -1, 0, {}), ([1, 2, 3], 5, 0, {}),
                         (A2, 1, 9, {'axis': 0}), (A2, 1, [7, 8], {'axis': 1}), (A2, [1], [[7], [8]], {'axis': 1}), (A2, 1, 5, {}), (A2, [0, 0], [1, 2], {'axis': 1}),
                         ([1.5, 2.5], 0, 7, {}), ([1, 2, 3], 1, 2.7, {}), (A2, 1, [1, 2], {'axis': 1})]:
    case('insert', np.insert, [np.array(a), np.array(obj), np.array(vals)], kw, scalar=isinstance(obj, int))
for a, obj, kw in [([1, 2, 3, 4], 1, {}), ([1, 2, 3, 4], [0, 2], {}), ([1, 2, 3, 4], -1, {}), ([1, 2], 5, {}), (A2, 0, {'axis': 0}), (A2, [0, 2], {'axis': 1}),
                   (A2, 1, {}), ([1, 2, 3], np.array([True, False, True]), {}), ([1, 2, 3], [], {})]:
    case('delete', np.delete, [np.array(a), np.array(obj, dtype=np.int64) if not isinstance(obj, np.ndarray) else obj], kw)

X = np.array([[10, 30, 20], [60, 40, 50]])
for idx, axis in [(np.argsort(X, axis=1), 1), (np.argsort(X, axis=0), 0), (np.array([[0], [2]]), 1), (np.array([[1, 0, 1]]), 0), (np.array([0, 5]), None),
                  (np.array([1, 0]), 1), (np.array([[3]]), 1), (np.array([[0, 2]]), -1)]:
    case('take_along_axis', np.take_along_axis, [X, idx], {'axis': axis})


def put_along(arr, idx, vals, axis):
    arr = arr.copy()
    np.put_along_axis(arr, idx, vals, axis)
    return arr


for idx, vals, axis in [(np.array([[0], [2]]), np.array(99), 1), (np.array([[1, 0, 1]]), np.array([[-1, -2, -3]]), 0), (np.array([[0, 1], [2, 2]]), np.array(7), 1)]:
    case('put_along_axis', put_along, [X, idx, vals, axis])


def fill_diag(a, val, wrap=False):
    a = a.copy()
    np.fill_diagonal(a, val, wrap=wrap)
    return a


for a, val, w in [(np.zeros((3, 3)), np.array(5), False), (np.zeros((5, 3), dtype=int), np.array(4), False), (np.zeros((5, 3), dtype=int), np.array(4), True),
                  (np.zeros((3, 3, 3)), np.array(1), False), (np.zeros((3, 4)), np.array([1, 2]), False), (np.zeros((4, 4), dtype=np.int8), np.array(2.7), False),
                  (np.zeros(3), np.array(1), False), (np.zeros((2, 3, 2)), np.array(1), False), (np.zeros((7, 3)), np.array([1, 2]), True)]:
    case('fill_diagonal', fill_diag, [a, val], {'wrap': w})

for args, kw in [((0, 2, 3), {}), ((0, 3, 4), {'base': 2.0}), ((1, 2), {'num': 5, 'endpoint': False}), ((-1, 1, 5), {}), ((0, 1, 4), {'dtype': 'float32'}), ((2, 3, 4), {'base': 3})]:
    case('logspace', np.logspace, list(args), kw, chk='ulp')

xs = np.array([0., 1, 2, 3, 4])
for y, deg in [(np.array([1., 3, 5, 7, 9]), 1), (np.array([1., 2, 5, 10, 17]), 2), (np.round(rng.standard_normal(5), 3), 3), (np.round(rng.standard_normal(5), 3), 1), (np.array([1, 2, 3, 4, 5]), 0), (np.array([[1., 2], [2, 3], [3, 5], [4, 4], [5, 6]]), 1)]:
    case('polyfit', np.polyfit, [xs, y, deg], chk='rel9')
case('polyfit', np.polyfit, [xs, np.ones(4), 1])
case('polyfit', np.polyfit, [xs, np.ones(5), -1])
for p, x in [(np.array([3., 0, 1]), np.array(5.)), (np.array([1, 2, 3]), np.array([0, 1, 2])), (np.array([1., -2.5, 0.5]), np.array([0.5, 1.5])), (np.array([2, 1]), np.array([[1, 2], [3, 4]])), (np.array([1.5]), np.array([1, 2]))]:
    case('polyval', np.polyval, [p, x], chk='exact')

for args in [([0, 1], [2, 3]), ([1, 2, 3],), ([True, False, True], [0, 1]), ([0], [1], [2, 3]), ([[1]],)]:
    case('ix_', np.ix_, [np.array(a) for a in args])
for shapes_ in [((2, 1), (3,)), ((1, 4), (3, 1), (4,)), ((2,), (3,)), ((), (5,)), ((0, 1), (3,)), ((6, 7), (5, 6, 1), (7,), (5, 1, 7))]:
    case('broadcast_shapes', lambda *s: np.broadcast_shapes(*s), [list(s) for s in shapes_])


def at(name, a, idx, b):
    a = a.copy()
    f = getattr(np, name)
    if b is None:
        f.at(a, idx, )
    else:
        f.at(a, idx, b)
    return a


for name, a, idx, b in [('add', np.zeros(4), np.array([0, 1, 1, 3]), 1.0), ('add', np.zeros(4, dtype=int), np.array([0, 1, 1, 3]), np.array([1, 2, 3, 4])),
                        ('multiply', np.ones(3), np.array([2, 2]), 3.0), ('subtract', np.arange(5), np.array([0, 0, 4]), 1), ('maximum', np.zeros(3), np.array([1, 1]), np.array([5., 3.])),
                        ('negative', np.arange(4.), np.array([1, 1]), None), ('add', np.zeros(3, dtype=int), np.array([0]), 1.5)]:
    case('at', at, [name, a, idx, b])

for d in ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']:
    i = np.iinfo(d)
    cases.append({'op': 'iinfo', 'args': [d], 'kw': {}, 'chk': 'exact', 'r': {'py': [i.bits, str(i.min), str(i.max), i.kind]}})
for d in ['float32', 'float64']:
    f = np.finfo(d)
    cases.append({'op': 'finfo', 'args': [d], 'kw': {}, 'chk': 'exact', 'r': {'py': [f.bits, float(f.eps), float(f.epsneg), float(f.max), float(f.min), float(f.tiny), float(f.smallest_normal), float(f.smallest_subnormal), float(f.resolution), f.precision, f.maxexp, f.minexp, f.nmant, f.nexp, f.machep, f.negep]}})

# ---------------------------------------------------------------- second batch
V = np.array([1, 4, 2, 8, 6, 9, 1, 4])
M = np.array([[1, 5, 2], [8, 3, 9], [4, 7, 6]])
for args, kw in [((V,), {}), ((V,), {'n': 2}), ((M,), {'axis': 0}), ((M,), {}), ((np.array([1.5, 0.5, 4.0]),), {}), ((np.array([True, False, False, True]),), {}),
                 ((V,), {'prepend': np.array(0)}), ((V,), {'append': np.array([0, 0])}), ((V,), {'n': -1}), ((np.array(3),), {}), ((V.astype(np.uint8),), {}), ((M,), {'n': 3, 'axis': 1})]:
    case('diff', np.diff, list(args), kw)
for args, kw in [((V, 2), {}), ((V, -3), {}), ((M, 1), {}), ((M, 1), {'axis': 0}), ((M, (1, -1)), {'axis': (0, 1)}), ((M, 4), {'axis': 1}), ((np.arange(6.).reshape(2, 3), 1), {'axis': -1})]:
    case('roll', np.roll, list(args), kw)
for args, kw in [((np.arange(3), np.arange(2)), {}), ((np.arange(3), np.arange(2)), {'indexing': 'ij'}), ((np.array([1., 2]), np.array([3, 4, 5]), np.array([6, 7])), {}),
                 ((np.arange(3), np.arange(2)), {'sparse': True}), ((np.arange(3),), {})]:
    case('meshgrid', lambda *a, **k: tuple(np.meshgrid(*a, **k)), list(args), kw)
xp = np.array([1., 2, 3, 5]); fp = np.array([3., 2, 0, 1])
for x, kw in [(np.array(2.5), {}), (np.array([0., 1, 1.5, 2.2, 3, 4.9, 5, 6, float('nan')]), {}), (np.array([0., 7]), {'left': -1.0, 'right': 9.0}), (np.linspace(0, 6, 13), {})]:
    case('interp', np.interp, [x, xp, fp], kw)
case('interp', np.interp, [np.array([1.]), np.array([1., 2]), np.array([1., 2, 3])])
for args, kw in [((np.array([1, 2]), np.array([3.5])), {}), ((M, np.array([[0, 0, 0]])), {'axis': 0}), ((M, np.array([[0], [0], [0]])), {'axis': 1}), ((M, np.array([7, 8])), {})]:
    case('append', np.append, list(args), kw)
for a, w, kw in [(np.array([1, 2, 3]), [[2, 1]], {}), (M, [[1, 1]], {}), (M, [[1, 0], [0, 2]], {'constant_values': 9}), (np.array([1., 2]), [[1, 2]], {'mode': 'edge'}), (M, [[1, 1]], {'mode': 'wrap'}), (np.array([1, 2, 3]), [[0, 4]], {'mode': 'wrap'}), (np.array([1., 2]), [[2, 2]], {'constant_values': 0.5})]:
    case('pad', np.pad, [a, w], kw)
X3 = np.round(rng.standard_normal((3, 6)), 3)
for args, kw in [((X3,), {}), ((X3,), {'bias': True}), ((X3.T,), {'rowvar': False}), ((X3[0], X3[1]), {}), ((X3[0],), {}), ((np.array([[1, 2, 3], [2, 4, 7]]),), {'ddof': 0})]:
    case('cov', np.cov, list(args), kw, chk='rel')
    case('corrcoef', np.corrcoef, list(args), {k: v for k, v in kw.items() if k == 'rowvar'}, chk='rel')
S1 = np.array([5, 1, 3, 3, 7]); S2 = np.array([3, 4, 5, 5])
for f, nm in [(np.union1d, 'union1d'), (np.intersect1d, 'intersect1d'), (np.setdiff1d, 'setdiff1d')]:
    case(nm, f, [S1, S2])
    case(nm, f, [S1.astype(float), S2])
case('isin', np.isin, [S1, S2]); case('isin', np.isin, [M, S2], {'invert': True}); case('isin', np.isin, [np.array([1.0, 2.5]), np.array([1, 2])])
for idx, shp in [(np.array(4), (2, 3)), (np.array([0, 5, 3]), (2, 3)), (np.array([7, 22]), (2, 3, 4)), (np.array(10), (2, 3))]:
    case('unravel_index', np.unravel_index, [idx, shp])
for args in [(3,), (3, 1), (3, -1), (2, 0, 4), (4, 0, 2)]:
    case('tril_indices', np.tril_indices, list(args)); case('triu_indices', np.triu_indices, list(args))
for x, bins, kw in [(np.array([-2.5, -0.1, 0.3, 1.7]), np.array([-1, 0, 1]), {}), (np.array([0., 1, 2, 3]), np.array([0., 1, 2]), {'right': True}), (np.array([0., 1, 2, 3]), np.array([2., 1, 0]), {}),
                    (np.array([0., 1, 2, 3]), np.array([2., 1, 0]), {'right': True}), (np.array(1.5), np.array([1., 2]), {}), (np.array([1, 2]), np.array([1, 3, 2]), {})]:
    case('digitize', np.digitize, [x, bins], kw)
SC = np.array([[0.1, 0.5, 0.2, 0.9, 0.3], [0.8, 0.1, 0.7, 0.2, 0.4]])
for a, k, kw in [(SC, -2, {'axis': 1}), (SC, 1, {'axis': 0}), (np.array([7, 1, 5, 3, 9, 2]), 2, {}), (np.array([7, 1, 5, 3, 9, 2]), 9, {}), (SC, 3, {'axis': None})]:
    case('partition', np.partition, [a, k], kw, chk='partition', kth=k)
    case('argpartition', np.argpartition, [a, k], kw, chk='partition', kth=k)
case('flatnonzero', np.flatnonzero, [np.array([[0, 1], [2, 0]])])
for a, s in [(np.array([1, 2, 3]), (2, 4)), (M, (2, 2)), (np.array([]), (2,)), (np.array([1.5, 2]), (5,))]:
    case('resize', np.resize, [a, s])
for x, kw in [(np.array([1, 2, 3]), {}), (np.array([1., 2, 3, 5]), {'N': 3}), (np.array([2, 3]), {'increasing': True}), (np.array([0., 1, 2, 3, 4]), {'N': 3})]:
    case('vander', np.vander, [x], kw)
for a, b in [(np.array([1, 0, 0]), np.array([0, 1, 0])), (np.array([1., 2, 3]), np.array([4., 5, 6])), (np.array([[1, 2, 3], [4, 5, 6]]), np.array([7, 8, 9])), (np.array([1, 2]), np.array([3, 4])), (np.array([1, 2]), np.array([3, 4, 5]))]:
    case('cross', np.cross, [a, b])
for a, b in [(np.eye(2), np.array([[1, 2], [3, 4]])), (np.array([1, 10]), np.array([1, 2, 3])), (np.array([[1, 2]]), np.array([[1], [1]]))]:
    case('kron', np.kron, [a, b])

# ---------------------------------------------------------------- third batch
for args, kw in [((1, 1000, 4), {}), ((1, 256, 9), {}), ((-1, -1000, 4), {}), ((2, 3, 5), {'endpoint': False}), ((0, 10), {}), ((1, 2, 1), {})]:
    case('geomspace', np.geomspace, list(args), kw, chk='ulp')
Yt = np.array([[1., 2, 4], [3, 5, 6]])
for args, kw in [((np.array([1, 2, 3]),), {}), ((Yt,), {}), ((Yt,), {'axis': 0}), ((np.array([1., 4, 9]),), {'x': np.array([0., 1, 3])}), ((np.array([1., 4, 9]),), {'dx': 0.5}), ((Yt,), {'x': np.array([0., 2, 3])})]:
    case('trapezoid', np.trapezoid, list(args), kw)
G = np.array([[1., 2, 6], [3, 4, 5], [2, 8, 1]])
for args, kw in [((np.array([1, 2, 4, 7, 11]),), {}), ((np.array([1., 2, 4, 7, 11]), 2.0), {}), ((np.array([1., 2, 4, 7, 11]), np.array([0., 1, 1.5, 3.5, 4])), {}), ((G,), {}), ((G,), {'axis': 1}),
                 ((np.array([1., 2, 4, 7, 11]),), {'edge_order': 2}), ((np.array([1., 2]),), {'edge_order': 2}), ((np.array([1., 2, 4, 7]), np.array([0., 2, 4, 6])), {})]:
    case('gradient', lambda *a, **k: (lambda r: tuple(r) if isinstance(r, (list, tuple)) else (r,))(np.gradient(*a, **k)), list(args), kw)
xs5 = np.arange(6)
for conds, choices, kw in [([xs5 < 2, xs5 > 3], [xs5, xs5 ** 2], {}), ([xs5 < 2, xs5 > 3], [xs5, xs5 * 1.5], {'default': -1}), ([xs5 > 10], [xs5], {})]:
    case('select', lambda c, ch, **k: np.select(c, ch, **k), [conds, choices], kw)
for keys in [[np.array([1, 5, 1, 4, 3, 4, 4]), np.array([9, 4, 0, 4, 0, 2, 1])], [np.array([3, 1, 2])], [np.array([1., 0, 1]), np.array([0, 0, 0])]]:
    case('lexsort', lambda ks: np.lexsort(ks), [keys])
for k in (1, 2, 3, 4, -1):
    case('rot90', np.rot90, [M, k])
case('rot90', np.rot90, [np.arange(8).reshape(2, 2, 2), 1], {'axes': (1, 2)})
case('indices', np.indices, [(2, 3)]); case('indices', np.indices, [(2,)])
case('diag_indices', np.diag_indices, [3]); case('diag_indices', np.diag_indices, [2, 3])
for mi, dims in [((np.array(1), np.array(2)), (2, 3)), ((np.array([0, 1, 1]), np.array([2, 0, 1])), (2, 3)), ((np.array(1), np.array(5)), (2, 3))]:
    case('ravel_multi_index', lambda m, d: np.ravel_multi_index(tuple(m), d), [list(mi), dims])
for a, b in [([1, 2], [[1, 2], [1, 2]]), ([1, 2], [[1, 2], [1, 3]]), ([1, 2], [1, 2, 3])]:
    case('array_equiv', np.array_equiv, [np.array(a), np.array(b)])
for a, kw in [(np.array([1, 2, 4, 7, 0]), {}), (np.array([[1, 2], [4, 7]]), {'to_begin': np.array(-99), 'to_end': np.array([88, 99])}), (np.array([1.5, 0.5]), {'to_end': np.array([3])})]:
    case('ediff1d', np.ediff1d, [a], kw)


def put_copy(a, ind, v):
    a = a.copy()
    np.put(a, ind, v)
    return a


for a, ind, v in [(np.arange(6), np.array([0, 2]), np.array([-44, -55])), (np.arange(6).reshape(2, 3), np.array([5, -1, 0]), np.array([9])), (np.zeros(4), np.array([1, 2, 3]), np.array([1.5, 2.5])), (np.arange(3), np.array([7]), np.array([1]))]:
    case('put', put_copy, [a, ind, v])
for cond, a, kw in [(np.array([0, 1]), np.array([[1, 2], [3, 4], [5, 6]]), {'axis': 0}), (np.array([False, True]), np.array([[1, 2], [3, 4], [5, 6]]), {'axis': 1}), (np.array([False, True, True]), np.array([[1, 2], [3, 4]]), {})]:
    case('compress', np.compress, [cond, a], kw)
case('extract', np.extract, [np.arange(12).reshape(3, 4) % 3 == 0, np.arange(12).reshape(3, 4)])

# ---------------------------------------------------------------- histogram bin estimators
HA = np.round(rng.standard_normal(200), 3)
for a in [HA, np.arange(20), np.array([1., 1, 1, 2]), np.array([5.0]), HA[:7]]:
    for est in ['auto', 'fd', 'sturges', 'sqrt', 'rice', 'scott']:
        case('histogram', np.histogram, [a], {'bins': est}, chk='exact')
case('histogram', np.histogram, [HA], {'bins': 'auto', 'range': (-1, 1)}, chk='exact')
case('histogram', np.histogram, [HA], {'bins': 'nope'})
case('histogram', np.histogram, [HA], {'bins': 'auto', 'weights': np.ones(200)})

with open(OUT, 'w') as fh:
    for c in cases:
        fh.write(json.dumps(c, separators=(',', ':')) + '\n')
print(len(cases), 'cases,', os.path.getsize(OUT), 'bytes ->', os.path.relpath(OUT))
