#!/usr/bin/env python3
# Generates the engine's golden corpus with real NumPy (2.4.6): thousands of cases across
# creation, casting, ufuncs, reductions, shape ops, indexing, linear algebra, sorting and errors,
# over random shapes and dtypes. Inputs are stored as recipes (seed, dtype, shape, value kind,
# view transform) that test/engine/golden.ts regenerates bit for bit with the same splitmix64
# stream; outputs are stored as dtype + shape + base64 of the raw little-endian bytes, or as the
# exception type and message. Writes test/engine/golden/engine_<topic>.jsonl (one case a line).
# Usage: python3 scripts/golden/engine_values.py
import base64
import json
import os
import random
import sys
import warnings

import numpy as np

warnings.simplefilter('ignore')
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engine', 'golden')
M64 = (1 << 64) - 1

DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64']
INTS = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']
FLOATS = ['float32', 'float64']


def splitmix(seed):
    state = seed & M64
    while True:
        state = (state + 0x9E3779B97F4A7C15) & M64
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        yield z ^ (z >> 31)


SPECIALS = [float('nan'), float('inf'), float('-inf'), 0.0, -0.0]


def gen_values(seed, dtype, n, kind):
    """Mirror of genValues in test/engine/golden.ts: exact, language-independent values."""
    rng = splitmix(seed)
    out = []
    info = np.iinfo(dtype) if dtype in INTS else None
    for _ in range(n):
        u = next(rng)
        if dtype == 'bool':
            out.append(bool(u & 1))
        elif kind == 'iw' and info is not None:
            bits = info.bits
            v = u & ((1 << bits) - 1)
            if info.min < 0 and v >= 1 << (bits - 1):
                v -= 1 << bits
            out.append(v)
        elif kind in ('i', 'iw'):
            v = (u % 21) - 10
            if dtype.startswith('uint'):
                v = u % 21
            out.append(float(v) if dtype in FLOATS else v)
        elif kind == 'pos':
            out.append(((u >> 11) / 2.0**53) * 8.0 + 0.0009765625)
        elif kind == 'fz' and u % 7 == 0:
            out.append(SPECIALS[(u >> 3) % 5])
        else:
            out.append(((u >> 11) / 2.0**53 - 0.5) * 8.0)
    return out


def make(recipe):
    seed, dtype, shape, kind, view = recipe
    gshape = list(shape)
    if view == 's2' and gshape:
        gshape[0] = gshape[0] * 2
    n = int(np.prod(gshape)) if gshape else 1
    vals = gen_values(seed, dtype, n, kind)
    if dtype in FLOATS or dtype == 'bool':
        a = np.array(vals, dtype=dtype)
    else:
        a = np.array(vals, dtype=object).astype(dtype)
    a = a.reshape(gshape)
    if view == 'T':
        a = a.T
    elif view == 's2' and gshape:
        a = a[::2]
    elif view == 'rev' and gshape:
        a = a[::-1]
    return a


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed * 1000

    def arr(self, dtype=None, shape=None, kind=None, view=None, ndim=None):
        r = self.r
        dtype = dtype or r.choice(DTYPES)
        if shape is None:
            nd = ndim if ndim is not None else r.choice([0, 1, 1, 2, 2, 2, 3])
            shape = [r.choice([1, 2, 3, 4, 5]) for _ in range(nd)]
        if kind is None:
            kind = 'fz' if dtype in FLOATS and r.random() < 0.2 else ('f' if dtype in FLOATS else ('iw' if r.random() < 0.3 else 'i'))
        if view is None:
            view = r.choice([None, None, None, 'T', 's2', 'rev']) if shape else None
        self.seed += 1
        return {'g': [self.seed, dtype, list(shape), kind, view]}


def dec(x):
    """Decodes an encoded argument into a Python/NumPy value."""
    if isinstance(x, dict):
        if 'g' in x:
            return make(x['g'])
        if 'i' in x:
            return int(x['i'])
        if 'f' in x:
            return float(x['f'])
        if 'sl' in x:
            return slice(*x['sl'])
        if 'tuple' in x:
            return tuple(dec(v) for v in x['tuple'])
        if 'list' in x:
            return [dec(v) for v in x['list']]
        if 'np' in x:
            return np.array([dec(v) for v in x['np']], dtype=x.get('dt'))
        if 's' in x:  # a Python str operand (the engine takes it as a 0-d str array)
            return x['s']
        return {k: dec(v) for k, v in x.items()}
    if isinstance(x, list):
        return [dec(v) for v in x]
    if x == '...':
        return Ellipsis
    return x


def pyint(v):
    return {'i': str(v)}


def pyfloat(v):
    return {'f': repr(float(v))}


def enc_result(r):
    if isinstance(r, (list, tuple)) and not isinstance(r, np.ndarray):
        return {'seq': [enc_result(x) for x in r]}
    if isinstance(r, np.generic):
        pass
    elif isinstance(r, bool):
        return {'py': 'bool', 'v': r}
    elif isinstance(r, int):
        return {'py': 'int', 'v': str(r)}
    elif isinstance(r, float):
        return {'py': 'float', 'v': repr(r)}
    elif isinstance(r, str) and not isinstance(r, np.str_):
        return {'py': 'str', 'v': r}
    scalar = isinstance(r, np.generic)
    a = np.asarray(r)
    if a.dtype.kind == 'U':  # str arrays: the engine's dtype name 'U<n>' and the strings
        out = {'d': 'U%d' % (a.dtype.itemsize // 4), 's': list(a.shape), 'u': a.ravel().tolist()}
        if scalar:
            out['sc'] = 1
        return out
    if a.dtype.name not in DTYPES and a.dtype.name != 'float16':
        raise TypeError('unsupported result dtype ' + a.dtype.name)
    a = np.array(a, order='C', copy=True)
    out = {'d': a.dtype.name, 's': list(a.shape), 'b': base64.b64encode(a.tobytes()).decode()}
    if scalar:
        out['sc'] = 1
    return out


def run(op, args, kw):
    fn = OPS[op]
    return fn(*[dec(a) for a in args], **{k: dec(v) for k, v in kw.items()})


def _setitem(a, idx, v):
    a = a.copy() if not a.flags.writeable else a
    a[idx] = v
    return a


def _inplace(name, a, b):
    a = a.copy()
    getattr(np, name)(a, b, out=a)
    return a


OPS = {
    'array': lambda src, dtype=None: np.array(eval(src), dtype=dtype),
    'arange': lambda *a, dtype=None: np.arange(*a, dtype=dtype),
    'linspace': lambda a, b, num=50, endpoint=True, dtype=None: np.linspace(a, b, num, endpoint=endpoint, dtype=dtype),
    'eye': lambda n, m=None, k=0, dtype='float64': np.eye(n, m, k, dtype=dtype),
    'full': lambda shape, v, dtype=None: np.full(shape, v, dtype=dtype),
    'zeros': lambda shape, dtype='float64': np.zeros(shape, dtype=dtype),
    'ones': lambda shape, dtype='float64': np.ones(shape, dtype=dtype),
    'astype': lambda a, dtype: a.astype(dtype),
    'diag': lambda a, k=0: np.diag(a, k),
    'copy': lambda a: a.copy(),
    'tolist': lambda a: a.tolist(),
    'str': lambda a: str(a),
    'repr': lambda a: repr(a),
    'item': lambda a: a.item(),
    'ufunc2': lambda name, a, b: getattr(np, name)(a, b),
    'ufunc1': lambda name, a: getattr(np, name)(a),
    'inplace': _inplace,
    'reduce': lambda name, a, **kw: getattr(np, name)(a, **kw),
    'argred': lambda name, a, axis=None, keepdims=False: getattr(np, name)(a, axis=axis, keepdims=keepdims),
    'cum': lambda name, a, axis=None, dtype=None: getattr(np, name)(a, axis=axis, dtype=dtype),
    'count_nonzero': lambda a, axis=None, keepdims=False: np.count_nonzero(a, axis=axis, keepdims=keepdims),
    'average': lambda a, axis=None, weights=None: np.average(a, axis=axis, weights=weights),
    'where': lambda c, x, y: np.where(c, x, y),
    'clip': lambda a, lo, hi: np.clip(a, lo, hi),
    'round': lambda a, decimals=0: np.round(a, decimals),
    'reshape': lambda a, shape: a.reshape(shape),
    'ravel': lambda a: a.ravel(),
    'flatten': lambda a: a.flatten(),
    'transpose': lambda a, axes=None: np.transpose(a, axes),
    'swapaxes': lambda a, x, y: np.swapaxes(a, x, y),
    'moveaxis': lambda a, s, d: np.moveaxis(a, s, d),
    'squeeze': lambda a, axis=None: np.squeeze(a, axis),
    'expand_dims': lambda a, axis: np.expand_dims(a, axis),
    'broadcast_to': lambda a, shape: np.broadcast_to(a, shape),
    'flip': lambda a, axis=None: np.flip(a, axis),
    'concatenate': lambda arrs, axis=0: np.concatenate(arrs, axis=axis),
    'stack': lambda arrs, axis=0: np.stack(arrs, axis=axis),
    'vstack': lambda arrs: np.vstack(arrs),
    'hstack': lambda arrs: np.hstack(arrs),
    'split': lambda a, spec, axis=0: np.split(a, spec, axis),
    'array_split': lambda a, spec, axis=0: np.array_split(a, spec, axis),
    'tile': lambda a, reps: np.tile(a, reps),
    'repeat': lambda a, reps, axis=None: np.repeat(a, reps, axis),
    'getitem': lambda a, idx: a[tuple(idx)],
    'setitem': lambda a, idx, v: _setitem(a, tuple(idx), v),
    'matmul': lambda a, b: np.matmul(a, b),
    'dot': lambda a, b: np.dot(a, b),
    'inner': lambda a, b: np.inner(a, b),
    'outer': lambda a, b: np.outer(a, b),
    'tensordot': lambda a, b, axes=2: np.tensordot(a, b, axes),
    'einsum': lambda s, *ops: np.einsum(s, *ops),
    'inv': lambda a: np.linalg.inv(a),
    'solve': lambda a, b: np.linalg.solve(a, b),
    'det': lambda a: np.linalg.det(a),
    'norm': lambda a, ord=None, axis=None, keepdims=False: np.linalg.norm(a, ord, axis, keepdims),
    'sort': lambda a, axis=-1: np.sort(a, axis=axis),
    'argsort': lambda a, axis=-1: np.argsort(a, axis=axis, kind='stable'),
    'unique': lambda a, **kw: np.unique(a, **kw),
    'searchsorted': lambda a, v, side='left': np.searchsorted(a, v, side),
    'matmul_exact': lambda a, b: a @ b,
    'nonzero': lambda a: np.nonzero(a),
}

BIN = ['add', 'subtract', 'multiply', 'divide', 'floor_divide', 'remainder', 'power', 'maximum', 'minimum',
       'equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'bitwise_and', 'bitwise_or',
       'bitwise_xor', 'logical_and', 'logical_or', 'logical_xor', 'fmax', 'fmin', 'fmod', 'left_shift', 'right_shift']
BIN_F = ['arctan2', 'hypot']
UN = ['negative', 'absolute', 'floor', 'ceil', 'trunc', 'sign', 'square', 'isnan', 'isinf', 'isfinite',
      'logical_not', 'invert', 'positive', 'rint']
UN_F = ['sqrt', 'exp', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'tanh', 'arctan', 'arcsin', 'sinh', 'cosh',
        'expm1', 'log1p', 'cbrt', 'deg2rad', 'rad2deg']
# results of these may differ from libm by an ulp; the replay allows TOL_ULP for them
TRANSCENDENTAL = set(UN_F + BIN_F + ['power'])


def bshape(r, shape):
    """A random shape broadcast-compatible with `shape`."""
    out = [d if r.random() < 0.6 else 1 for d in shape]
    k = r.randint(0, len(out))
    return out[k:]


def cases_creation(c):
    r = c.r
    srcs = ['[1, 2, 3]', '[1.5, 2, 3]', '[True, False]', '[[1, 2], [3, 4]]', '[[1, 2], [3]]', '[1, [2, 3]]',
            '[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]', '[]', '[[], []]', '[True, 2]', '[1, 2.5, True]', '5', '2.5',
            '[[[1], [2]], [[3], [4]]]', '[2**63]', '[-1, 2**62]', '[[1, 2], [3, 4, 5]]', '[[[1, 2]], [[3, 4]], [5, 6]]',
            '[300]', '[-1]', '[1e300, -1e300]', '[float("nan")]', '[float("inf")]']
    for s in srcs:
        yield 'array', [s], {}
        for d in ['int8', 'uint8', 'float32', 'int64', 'bool']:
            if r.random() < 0.4:
                yield 'array', [s], {'dtype': d}
    for _ in range(60):
        kind = r.random()
        if kind < 0.5:
            a = r.randint(-10, 10)
            b = a + r.randint(-3, 20)
            st = r.choice([1, 2, 3, -1, -2, 5])
            yield 'arange', [pyint(a), pyint(b), pyint(st)], ({'dtype': r.choice(DTYPES[1:])} if r.random() < 0.3 else {})
        else:
            a = r.uniform(-5, 5)
            b = a + r.uniform(-2, 10)
            st = r.choice([0.1, 0.25, 0.3, 1.5, -0.7, 0.01])
            yield 'arange', [pyfloat(a), pyfloat(b), pyfloat(st)], {}
    for _ in range(40):
        yield 'linspace', [pyfloat(r.uniform(-10, 10)), pyfloat(r.uniform(-10, 10)), r.randint(0, 12)], {'endpoint': r.random() < 0.7}
    for _ in range(15):
        yield 'linspace', [pyfloat(r.uniform(-10, 10)), pyfloat(r.uniform(-10, 10)), r.randint(2, 9)], {'dtype': r.choice(['int64', 'float32', 'int32'])}
    for _ in range(20):
        yield 'eye', [r.randint(0, 5), r.choice([None, 2, 3, 6]), r.randint(-3, 3)], {'dtype': r.choice(DTYPES)}
    for d in DTYPES:
        yield 'full', [[2, 3], pyint(r.randint(-5, 300))], {'dtype': d}
        yield 'full', [[2], pyfloat(r.uniform(-500, 500))], {'dtype': d}
        yield 'ones', [[3]], {'dtype': d}
        yield 'zeros', [[2, 2]], {'dtype': d}
    yield 'full', [[2], pyint(7)], {}
    yield 'full', [[2], pyfloat(7.5)], {}
    yield 'full', [[2], True], {}
    yield 'zeros', [[2, -1]], {}
    yield 'zeros', [[10**6, 10**6]], {}
    yield 'ones', [[10**5, 10**5, 10]], {'dtype': 'int32'}
    yield 'full', [[2**40], pyfloat(1.5)], {}
    # astype: every pair, including NaN/inf and out-of-range values
    for src in DTYPES:
        for dst in DTYPES:
            kinds = ['fz', 'f'] if src in FLOATS else (['iw', 'i'] if src != 'bool' else ['i'])
            for k in kinds:
                yield 'astype', [c.arr(src, [r.randint(1, 7)], k, None)], {'dtype': dst}
    big = [1e20, -1e20, 3e9, -3e9, 2.0**63, 2.0**64, -1.7, 300.5, -129.9, 65535.9, float('nan'), float('inf'), float('-inf')]
    for d in INTS + ['bool']:
        yield 'astype', [{'np': [pyfloat(v) for v in big]}], {'dtype': d}
    for _ in range(20):
        yield 'diag', [c.arr(None, None, None, None, r.choice([1, 2]))], {'k': r.randint(-2, 2)}
    for _ in range(20):
        yield 'tolist', [c.arr()], {}
    for _ in range(10):
        yield 'item', [c.arr(None, [1] * r.randint(0, 2))], {}
    yield 'item', [c.arr('float64', [2])], {}


def cases_ufunc(c):
    r = c.r
    for _ in range(900):
        name = r.choice(BIN + BIN_F)
        shape = [r.randint(1, 4) for _ in range(r.randint(0, 3))]
        da = r.choice(DTYPES)
        a = c.arr(da, shape)
        choice = r.random()
        if choice < 0.6:
            b = c.arr(r.choice(DTYPES) if r.random() < 0.6 else da, bshape(r, shape))
        elif choice < 0.75:
            b = pyint(r.choice([0, 1, 2, 3, -1, -3, 7, 100, 1000, 2**40]))
        elif choice < 0.9:
            b = pyfloat(r.choice([0.5, -1.5, 2.0, 0.0, 1e10, float('nan'), float('inf')]))
        else:
            b = r.choice([True, False])
        if name == 'power' and r.random() < 0.7:
            # keep integer powers small so results stay in range most of the time
            b = c.arr(r.choice(['int8', 'uint8', 'int64', 'float64']), bshape(r, shape), 'i')
        if r.random() < 0.2:
            a, b = b, a
        yield 'ufunc2', [name, a, b], {}
    for name in ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']:
        for d in ['int8', 'uint8', 'int16', 'uint32', 'int64', 'uint64', 'bool']:
            v = r.choice([1000, -1000, 2**64, -(2**63) - 1, 300])
            yield 'ufunc2', [name, c.arr(d, [3]), pyint(v)], {}
            yield 'ufunc2', [name, pyint(v), c.arr(d, [2])], {}
    for _ in range(40):
        # broadcast failures
        s1 = [r.randint(2, 5) for _ in range(r.randint(1, 3))]
        s2 = list(s1)
        k = r.randrange(len(s2))
        s2[k] = s2[k] + 1
        yield 'ufunc2', ['add', c.arr('float64', s1), c.arr('float64', s2)], {}
    for _ in range(400):
        name = r.choice(UN + UN_F)
        d = r.choice(DTYPES)
        kind = 'pos' if name in ('log', 'log2', 'log10', 'sqrt') and r.random() < 0.7 and d in FLOATS else None
        yield 'ufunc1', [name, c.arr(d, None, kind)], {}
    for _ in range(60):
        name = r.choice(['add', 'subtract', 'multiply', 'divide', 'floor_divide', 'power'])
        shape = [r.randint(1, 4) for _ in range(r.randint(1, 3))]
        yield 'inplace', [name, c.arr(r.choice(DTYPES), shape, None, 'none'), c.arr(r.choice(DTYPES), bshape(r, shape))], {}
    for _ in range(60):
        shape = [r.randint(1, 4) for _ in range(r.randint(0, 3))]
        yield 'where', [c.arr('bool', shape), c.arr(None, bshape(r, shape)), r.choice([c.arr(None, bshape(r, shape)), pyint(0), pyfloat(-1.0)])], {}
    for _ in range(50):
        a = c.arr(r.choice(DTYPES[1:]))
        lo = r.choice([pyint(-2), pyfloat(-1.5), None])
        hi = r.choice([pyint(3), pyfloat(2.5)])
        yield 'clip', [a, lo, hi], {}
    for _ in range(40):
        yield 'round', [c.arr(r.choice(FLOATS + ['int64', 'int32']), None, None)], {'decimals': r.choice([0, 1, 2, -1])}
    # float16 results (int8/uint8/bool inputs of float ufuncs, float16 arrays): computed in
    # float32 and rounded to half, as NumPy does
    for name in ['sqrt', 'exp', 'log1p', 'negative', 'absolute', 'square', 'floor', 'sin']:
        for d in ['int8', 'uint8', 'float16', 'bool']:
            yield 'ufunc1', [name, c.arr(d, [r.randint(1, 9)], 'pos' if d == 'float16' else 'i', 'none')], {}
    for name in ['add', 'subtract', 'multiply', 'divide', 'maximum', 'power', 'less', 'true_divide']:
        for d1, d2 in [('float16', 'float16'), ('float16', 'int8'), ('int8', 'int8'), ('float16', 'float32')]:
            yield 'ufunc2', [name, c.arr(d1, [4], 'pos' if d1 == 'float16' else 'i', 'none'), c.arr(d2, [2, 4], 'pos' if d2 != 'int8' else 'i', 'none')], {}
        yield 'ufunc2', [name, c.arr('float16', [3], 'f', 'none'), pyfloat(1.7)], {}
    for d in ['float64', 'float32', 'int64', 'int16', 'bool', 'uint64']:
        yield 'astype', [c.arr(d, [6], 'f' if d.startswith('float') else 'iw', 'none')], {'dtype': 'float16'}
    for d in ['float64', 'int32', 'bool']:
        yield 'astype', [c.arr('float16', [6], 'f', 'none')], {'dtype': d}
    yield 'astype', [{'np': [pyfloat(65504.0), pyfloat(65520.0), pyfloat(6e-8), pyfloat(2.9802322387695312e-08), pyfloat(1.00048828125), pyfloat(1.000732421875)]}], {'dtype': 'float16'}
    # NEP 50: a Python float compared with a float32/float16 array takes the array's dtype first
    # (so float32(0.1) == 0.1); Python ints compared with small int arrays likewise
    for name in ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal']:
        for d, vals, v in [('float32', [0.1, 0.3, 1 / 3, 0.2], 0.1), ('float32', [0.1, 0.3, 1 / 3, 0.2], 1 / 3), ('float16', [0.1, 0.3, 0.2], 0.3), ('float32', [16777217.0, 16777216.0], 16777217.0), ('int8', [1, 5, -3], 5)]:
            arr = {'np': [pyfloat(x) if isinstance(x, float) else pyint(x) for x in vals], 'dt': d}
            yield 'ufunc2', [name, arr, pyfloat(v) if isinstance(v, float) else pyint(v)], {}
            yield 'ufunc2', [name, pyfloat(v) if isinstance(v, float) else pyint(v), arr], {}
    # ties of -0.0 and 0.0: NumPy's float maximum/minimum loops return the second operand
    # (fmax/fmin mix first and second by position in NumPy's SIMD loops: not modelled, QA-40)
    for name in ['maximum', 'minimum']:
        for d in ['float64', 'float32']:
            for n in [3, 600, 1100]:
                zs = [pyfloat(-0.0 if i % 3 == 0 else 0.0) for i in range(n)]
                zt = [pyfloat(0.0 if i % 3 == 0 else -0.0) for i in range(n)]
                yield 'ufunc2', [name, {'np': zs, 'dt': d}, {'np': zt, 'dt': d}], {}
                yield 'ufunc2', [name, {'np': zt, 'dt': d}, {'np': zs, 'dt': d}], {}
            yield 'ufunc2', [name, {'np': [pyfloat(-0.0)] * 700, 'dt': d}, pyfloat(0.0)], {}
            yield 'ufunc2', [name, pyfloat(-0.0), {'np': [pyfloat(0.0)] * 700, 'dt': d}], {}


def cases_reduce(c):
    r = c.r
    names = ['sum', 'prod', 'mean', 'std', 'var', 'max', 'min', 'all', 'any', 'nansum', 'nanmean', 'nanmax',
             'nanmin', 'nanstd', 'nanvar', 'ptp', 'median', 'nanprod']
    for _ in range(900):
        name = r.choice(names)
        nd = r.choice([1, 1, 2, 2, 3])
        if r.random() < 0.15:
            shape = [r.choice([50, 130, 300, 1100]) for _ in range(min(nd, 2))]
        else:
            shape = [r.randint(1, 6) for _ in range(nd)]
        d = r.choice(DTYPES)
        a = c.arr(d, shape)
        axis = r.choice([None, None, 0, -1, 1, (0, 1), (0, -1), 2, -3])
        kw = {}
        if axis is not None:
            kw['axis'] = {'tuple': list(axis)} if isinstance(axis, tuple) else axis
        if r.random() < 0.3:
            kw['keepdims'] = True
        if name in ('std', 'var', 'nanstd', 'nanvar') and r.random() < 0.4:
            kw['ddof'] = r.choice([1, 2])
        if name in ('sum', 'prod', 'mean') and r.random() < 0.15:
            kw['dtype'] = r.choice(['float64', 'int64', 'float32'])
        yield 'reduce', [name, a], kw
    for _ in range(150):
        name = r.choice(['argmax', 'argmin', 'nanargmax', 'nanargmin'])
        shape = [r.randint(1, 5) for _ in range(r.randint(1, 3))]
        yield 'argred', [name, c.arr(r.choice(DTYPES), shape)], {'axis': r.choice([None, 0, -1, 1]), 'keepdims': r.random() < 0.2}
    for _ in range(120):
        name = r.choice(['cumsum', 'cumprod', 'nancumsum', 'nancumprod'])
        shape = [r.randint(1, 5) for _ in range(r.randint(1, 3))]
        kw = {'axis': r.choice([None, 0, -1, 1])}
        if r.random() < 0.2:
            kw['dtype'] = r.choice(['float64', 'int64'])
        yield 'cum', [name, c.arr(r.choice(DTYPES), shape)], kw
    for _ in range(50):
        shape = [r.randint(1, 5) for _ in range(r.randint(1, 3))]
        yield 'count_nonzero', [c.arr(r.choice(DTYPES), shape)], {'axis': r.choice([None, 0, -1])}
    for _ in range(50):
        shape = [r.randint(1, 5) for _ in range(r.randint(1, 3))]
        ax = r.choice([None, 0, -1])
        w = None
        if r.random() < 0.6:
            w = c.arr(r.choice(['float64', 'int64']), shape if ax is None or r.random() < 0.5 else [shape[ax]], 'pos')
        yield 'average', [c.arr(r.choice(DTYPES), shape)], {'axis': ax, 'weights': w}
    for _ in range(60):
        name = r.choice(['sum', 'prod', 'max', 'min', 'nanmax', 'nansum'])
        shape = r.choice([[0], [2, 0], [3], [2, 3]])
        ini = r.choice([pyint(5), pyfloat(-2.5), pyint(-1)])
        yield 'reduce', [name, c.arr(r.choice(['float64', 'int64', 'int32', 'float32']), shape)], {'axis': r.choice([None, -1]), 'initial': ini}
    # empty reductions
    for name in ['sum', 'prod', 'max', 'min', 'mean', 'argmax']:
        if name == 'argmax':
            yield 'argred', [name, c.arr('float64', [0, 3])], {'axis': 0}
        else:
            yield 'reduce', [name, c.arr('float64', [0, 3])], {'axis': 0}
            yield 'reduce', [name, c.arr('int32', [0])], {}
    # float16: sums are float32 pairwise per inner loop, rounded to half; mean goes through float32
    for shape, axis in [([7], None), ([300], None), ([5, 9], 0), ([5, 9], 1), ([5, 9], None), ([40, 3], 0), ([3, 200], 1), ([2, 3, 4], 2)]:
        for name in ['sum', 'mean', 'max', 'min']:
            kw = {} if axis is None else {'axis': axis}
            yield 'reduce', [name, c.arr('float16', shape, 'pos', 'none')], kw
    # axis-0 sums of C-contiguous float64 (the four-rows-at-a-time path; row counts 1..7 and large)
    for rows, cols in [(1, 9), (3, 5), (4, 6), (5, 7), (7, 3), (9, 130), (1100, 50), (50, 1100)]:
        for name in ['sum', 'mean', 'nansum']:
            yield 'reduce', [name, c.arr('float64', [rows, cols], 'f', 'none')], {'axis': 0}
    yield 'reduce', ['sum', c.arr('float64', [6, 4, 5], 'f', 'none')], {'axis': 0}
    yield 'reduce', ['sum', c.arr('float64', [6, 4, 5], 'f', 'none')], {'axis': {'tuple': [0, 1]}}
    # reversed views: NumPy's reductions walk negative strides as they are (no flip to memory order)
    for shape, axis in [([5], None), ([20], None), ([200], None), ([2000], None), ([9, 130], 0), ([50, 1100], 0), ([9, 130], 1),
                        ([6, 4, 5], 0), ([6, 4, 5], 2), ([300, 3], None)]:
        for name in ['sum', 'mean']:
            kw = {} if axis is None else {'axis': axis}
            yield 'reduce', [name, c.arr(r.choice(FLOATS), shape, 'f', 'rev')], kw


def rand_index_item(r, c, n, allow_adv):
    k = r.random()
    if k < 0.3:
        return r.randint(-n, n - 1) if n > 0 else 0
    if k < 0.7 or not allow_adv:
        vals = [r.choice([None, None, r.randint(-n - 1, n + 1)]) for _ in range(2)] + [r.choice([None, 1, 2, -1, -2, 3])]
        return {'sl': vals}
    if k < 0.85:
        return c.arr('int64', [r.randint(0, 4)], 'i', 'none') if n == 0 else {'list': [pyint(r.randint(-n, n - 1)) for _ in range(r.randint(1, 4))]}
    return c.arr('bool', [n], None, 'none')


def cases_index(c):
    r = c.r
    for _ in range(500):
        shape = [r.randint(1, 5) for _ in range(r.randint(1, 3))]
        a = c.arr(r.choice(DTYPES), shape)
        idx = []
        adv = r.random() < 0.5
        used = 0
        for k in range(len(shape)):
            if r.random() < 0.75:
                idx.append(rand_index_item(r, c, shape[k], adv))
                used += 1
            else:
                break
        if r.random() < 0.15:
            idx.insert(r.randint(0, len(idx)), None)
        if r.random() < 0.1 and len(idx) < len(shape):
            idx.insert(0, '...')
        if r.random() < 0.05:
            idx.append(0)  # maybe too many indices
        yield 'getitem', [a, idx], {}
    for _ in range(80):
        shape = [r.randint(1, 5) for _ in range(r.randint(1, 3))]
        yield 'getitem', [c.arr(r.choice(DTYPES), shape), [c.arr('bool', shape, None, 'none')]], {}
    for _ in range(40):
        k = r.randint(2, 6)
        yield 'getitem', [{'g': [c.seed, 'float64', [k, k], 'i', None]}, [c.arr('int64', [r.randint(1, 8)], 'iw', 'none')]], {}
        c.seed += 1
    for _ in range(300):
        shape = [r.randint(1, 5) for _ in range(r.randint(1, 3))]
        d = r.choice(DTYPES)
        a = c.arr(d, shape, None, 'none')
        if r.random() < 0.3:
            idx = [c.arr('bool', shape, None, 'none')]
            v = r.choice([pyint(0), pyfloat(-1.5), c.arr(d, [1])])
        else:
            idx = [rand_index_item(r, c, shape[k], r.random() < 0.5) for k in range(r.randint(1, len(shape)))]
            v = r.choice([pyint(r.randint(-3, 3)), pyfloat(2.5), c.arr(r.choice(DTYPES), [r.randint(1, 3)]), True])
        yield 'setitem', [a, idx, v], {}
    # float index arrays get NumPy's own message, whatever else the index holds (QA-12)
    for d in ['float64', 'float32']:
        fidx = c.arr(d, [3], 'i', 'none')
        yield 'getitem', [c.arr('float64', [3, 3]), [fidx]], {}
        yield 'getitem', [c.arr('float64', [3, 3]), [c.arr('int64', [3], 'i', 'none'), fidx]], {}
        yield 'setitem', [c.arr('float64', [3, 3], None, 'none'), [{'np': [{'i': '0'}, {'i': '1'}, {'i': '2'}]}, fidx], {'i': '1'}], {}
        yield 'getitem', [c.arr('int64', [4]), [{'sl': [None, None, None]}, fidx]], {}


def cases_shape(c):
    r = c.r
    for _ in range(150):
        shape = [r.randint(1, 4) for _ in range(r.randint(1, 3))]
        n = int(np.prod(shape))
        opts = [[n], [-1], [1, n], [n, 1], [-1, 1], [2, -1], [3, -1], [n + 1], [-1, -1], [1, -1, 1]]
        yield 'reshape', [c.arr(None, shape), r.choice(opts)], {}
    for _ in range(40):
        yield r.choice(['ravel', 'flatten']), [c.arr()], {}
    for _ in range(60):
        shape = [r.randint(1, 4) for _ in range(r.randint(1, 4))]
        axes = list(range(len(shape)))
        r.shuffle(axes)
        if r.random() < 0.2:
            axes = None
        if r.random() < 0.1 and axes:
            axes[0] = axes[-1]
        yield 'transpose', [c.arr(None, shape), axes], {}
    for _ in range(40):
        nd = r.randint(1, 4)
        yield 'swapaxes', [c.arr(None, [r.randint(1, 4) for _ in range(nd)]), r.randint(-nd, nd), r.randint(-nd, nd - 1)], {}
    for _ in range(40):
        nd = r.randint(1, 4)
        yield 'moveaxis', [c.arr(None, [r.randint(1, 4) for _ in range(nd)]), r.randint(-nd, nd - 1), r.randint(-nd, nd)], {}
    for _ in range(40):
        shape = [r.choice([1, 1, 2, 3]) for _ in range(r.randint(1, 4))]
        yield 'squeeze', [c.arr(None, shape), r.choice([None, 0, -1])], {}
    for _ in range(40):
        nd = r.randint(0, 3)
        yield 'expand_dims', [c.arr(None, [r.randint(1, 4) for _ in range(nd)]), r.choice([0, -1, 1, nd + 2, {'tuple': [0, 1]}])], {}
    for _ in range(40):
        shape = [r.randint(1, 4) for _ in range(r.randint(0, 2))]
        target = [r.randint(1, 3)] + [d if r.random() < 0.8 else d + 1 for d in shape]
        yield 'broadcast_to', [c.arr(None, shape), target], {}
    for _ in range(40):
        nd = r.randint(1, 3)
        yield 'flip', [c.arr(None, [r.randint(1, 4) for _ in range(nd)])], {'axis': r.choice([None, 0, -1])}
    for _ in range(120):
        op = r.choice(['concatenate', 'stack', 'vstack', 'hstack'])
        shape = [r.randint(1, 4) for _ in range(r.randint(1, 3))]
        arrs = []
        for _ in range(r.randint(1, 3)):
            s = list(shape)
            if op in ('concatenate', 'vstack', 'hstack') and r.random() < 0.5:
                ax = 0 if op != 'hstack' else min(1, len(s) - 1)
                s[ax] = r.randint(1, 4)
            if r.random() < 0.08:
                s = s + [2]
            arrs.append(c.arr(r.choice(DTYPES), s))
        kw = {'axis': r.choice([0, -1, 1])} if op in ('concatenate', 'stack') else {}
        yield op, [{'list': arrs}], kw
    for _ in range(60):
        op = r.choice(['split', 'array_split'])
        shape = [r.randint(1, 7) for _ in range(r.randint(1, 2))]
        spec = r.choice([2, 3, [1, 3], [2, -1], [0, 10]])
        yield op, [c.arr(None, shape), spec], {'axis': r.choice([0, -1])}
    for _ in range(40):
        yield 'tile', [c.arr(None, [r.randint(1, 3) for _ in range(r.randint(0, 2))]), r.choice([2, [2, 1], [1, 3], [2, 2, 1]])], {}
    for _ in range(40):
        shape = [r.randint(1, 3) for _ in range(r.randint(1, 2))]
        yield 'repeat', [c.arr(None, shape), r.choice([2, 0, [1] * shape[0], [2] + [1] * (shape[0] - 1)])], {'axis': r.choice([None, 0])}


def cases_linalg(c):
    r = c.r
    for _ in range(150):
        k = r.randint(1, 5)
        sa = r.choice([[k], [r.randint(1, 4), k], [2, r.randint(1, 3), k]])
        kb = k if r.random() < 0.9 else k + 1
        sb = r.choice([[kb], [kb, r.randint(1, 4)], [2, kb, r.randint(1, 3)], [1, kb, 2]])
        d1 = r.choice(['float64', 'float64', 'float32', 'int64', 'int32', 'bool'])
        d2 = r.choice(['float64', 'float64', 'float32', 'int64', 'int32', 'bool'])
        yield r.choice(['matmul', 'matmul', 'dot']), [c.arr(d1, sa, None, 'none'), c.arr(d2, sb, None, 'none')], {}
    for _ in range(40):
        k = r.randint(1, 4)
        yield 'inner', [c.arr('float64', [r.randint(1, 3), k]), c.arr('float64', [k if r.random() < 0.9 else k + 1])], {}
        yield 'outer', [c.arr(r.choice(['float64', 'int64']), [r.randint(1, 4)]), c.arr('float64', [r.randint(1, 4)])], {}
    for _ in range(30):
        yield 'tensordot', [c.arr('float64', [2, 3, 4]), c.arr('float64', [3, 4, 2])], {'axes': r.choice([2, {'list': [[1, 2], [0, 1]]}, 1 if r.random() < 0.3 else 2])}
    for _ in range(50):
        spec, shapes = r.choice([('ij,jk->ik', [[2, 3], [3, 4]]), ('ij->ji', [[2, 3]]), ('ii->i', [[3, 3]]), ('ii', [[3, 3]]),
                                 ('ij,ij->ij', [[2, 3], [2, 3]]), ('i,i', [[4], [4]]), ('i,j->ij', [[2], [3]]),
                                 ('bij,bjk->bik', [[2, 2, 3], [2, 3, 2]]), ('ij->', [[2, 3]]), ('ij,jk', [[2, 3], [4, 2]])])
        yield 'einsum', [spec] + [c.arr(r.choice(['float64', 'int64']), s, None, 'none') for s in shapes], {}
    for _ in range(60):
        n = r.randint(1, 5)
        shape = [n, n] if r.random() < 0.8 else [2, n, n]
        yield 'inv', [c.arr(r.choice(['float64', 'int64', 'float32']), shape, 'f' if r.random() < 0.8 else 'i', 'none')], {}
        yield 'det', [c.arr(r.choice(['float64', 'int64']), shape, 'f' if r.random() < 0.8 else 'i', 'none')], {}
        yield 'solve', [c.arr('float64', shape, None, 'none'), c.arr('float64', shape[:-1] if r.random() < 0.5 else shape, None, 'none')], {}
    yield 'inv', [c.arr('float64', [2, 3])], {}
    yield 'det', [c.arr('float64', [3])], {}
    yield 'inv', [{'np': [{'list': [pyfloat(1), pyfloat(2)]}, {'list': [pyfloat(2), pyfloat(4)]}]}], {}
    for _ in range(60):
        shape = [r.randint(1, 4) for _ in range(r.randint(1, 2))]
        ordv = r.choice([None, None, 1, 2, pyfloat(float('inf')), 'fro'])
        if ordv == 'fro' and len(shape) == 1:
            ordv = None
        yield 'norm', [c.arr(r.choice(['float64', 'int64']), shape)], {'ord': ordv, 'axis': r.choice([None, 0, -1]) if ordv in (None, 1, 2) or len(shape) == 1 else None}
    # (N,K)@(K,) float64 with K <= 3 compared bit for bit (OpenBLAS dgemv_t's FMA row tail, QA-9)
    for k in [1, 2, 3]:
        for n in [2, 3, 4, 7, 33]:
            yield 'matmul_exact', [c.arr('float64', [n, k], 'f', r.choice(['none', 's2'])), c.arr('float64', [k], 'f', 'none')], {}
    for da, shape in [('uint8', [4, 5, 3]), ('int64', [3, 2]), ('float64', [2, 4, 3]), ('int32', [2, 3, 1]), ('float32', [5, 3])]:
        yield 'matmul_exact', [c.arr(da, shape, 'pos' if da.startswith('float') else 'iw', 'none'), c.arr('float64', [shape[-1]], 'f', 'none')], {}
    rgb = {'np': [[pyfloat(0.0)] * 3, [pyfloat(210.0), pyfloat(111.0), pyfloat(172.0)], [pyfloat(0.0)] * 3]}
    yield 'matmul_exact', [rgb, {'np': [pyfloat(0.299), pyfloat(0.587), pyfloat(0.114)]}], {}


def cases_sort(c):
    r = c.r
    for _ in range(100):
        yield r.choice(['sort', 'argsort']), [c.arr(r.choice(DTYPES), None)], {'axis': r.choice([-1, 0, None])}
    for _ in range(80):
        kw = {}
        for key in ['return_index', 'return_inverse', 'return_counts']:
            if r.random() < 0.4:
                kw[key] = True
        yield 'unique', [c.arr(r.choice(DTYPES), [r.randint(0, 12)], 'i' if r.random() < 0.8 else None)], kw
    for _ in range(60):
        d = r.choice(['float64', 'int64', 'int32'])
        yield 'searchsorted', [{'sorted': c.arr(d, [r.randint(0, 8)], 'i')}, c.arr(d, [r.randint(1, 5)], 'i')], {'side': r.choice(['left', 'right'])}
    for _ in range(30):
        yield 'nonzero', [c.arr(r.choice(DTYPES), None, 'i')], {}


STR_WORDS = ['cat', 'dog', 'a', '', 'bird', 'ä', 'naïve', 'z', "it's", 'Cat', 'dogs', 'x' * 12]


def cases_strings(c):
    """Unicode (<Un) arrays: creation, comparisons, add, where, indexing, sort, unique, casts, printing."""
    r = c.r
    S = lambda s: {'s': s}

    def words(n):
        return [r.choice(STR_WORDS) for _ in range(n)]

    def sarr(n):
        return {'np': words(n)}

    lists = [['cat', 'dog'], ['a', 'bb', 'ccc'], [['a', 'bbbb'], ['cc', 'd']], ['ä', 'bb'], ["it's", 'q"'], ['x' * 30] * 5,
             ['a', {'i': '1'}, {'f': '2.5'}, True], [['cat'], ['dog'], ['emu']]]
    for l in lists:
        yield 'copy', [{'np': l}], {}
        yield 'str', [{'np': l}], {}
        yield 'repr', [{'np': l}], {}
        yield 'tolist', [{'np': l}], {}
    for dt in ['U2', 'U5', 'float64', 'int64', 'bool']:
        yield 'astype', [{'np': ['1', '22', '333']}], {'dtype': dt}
    for dt in ['U1', 'U3', 'str', 'int64', 'float64']:
        yield 'astype', [{'np': ['cat', 'dog']}], {'dtype': dt}
    for d in ['int64', 'int8', 'uint16', 'bool', 'float64']:
        yield 'astype', [c.arr(d, [4], 'i', 'none')], {'dtype': 'str'}
    for name in ['equal', 'not_equal', 'less', 'less_equal', 'greater', 'greater_equal', 'add', 'subtract', 'multiply']:
        for _ in range(4):
            n = r.randint(1, 5)
            other = r.choice([S(r.choice(STR_WORDS)), sarr(n), sarr(1), {'i': '1'}, {'f': '0.5'}, c.arr('int64', [n], 'i', 'none')])
            args = [sarr(n), other] if r.random() < 0.7 else [other, sarr(n)]
            yield 'ufunc2', [name] + args, {}
    for _ in range(12):
        n = r.randint(1, 6)
        cond = c.arr('bool', [n], None, 'none')
        x = r.choice([S('big'), sarr(n), sarr(1), {'i': '1'}])
        y = r.choice([S('small'), sarr(n), {'f': '1.5'}])
        yield 'where', [cond, x, y], {}
    for _ in range(30):
        n = r.randint(1, 6)
        a = {'np': words(n)}
        k = r.random()
        if k < 0.25:
            idx = [r.randint(-n, n - 1)]
        elif k < 0.5:
            idx = [{'sl': [r.choice([None, 1, -2]), None, r.choice([None, 2, -1])]}]
        elif k < 0.75:
            idx = [{'list': [{'i': str(r.randint(-n, n - 1))} for _ in range(r.randint(1, 4))]}]
        else:
            idx = [c.arr('bool', [n], None, 'none')]
        yield 'getitem', [a, idx], {}
    for _ in range(12):
        n = r.randint(1, 5)
        yield 'setitem', [{'np': words(n)}, [r.randint(0, n - 1)], r.choice([S('elephant'), S('ox'), {'i': '7'}, {'f': '2.5'}])], {}
    yield 'setitem', [{'np': ['cat', 'dog', 'emu']}, [c.arr('bool', [3], None, 'none')], S('z')], {}
    for _ in range(8):
        n = r.randint(1, 8)
        yield 'sort', [sarr(n)], {}
        yield 'argsort', [sarr(n)], {}
        yield 'unique', [sarr(n)], {'return_counts': True, 'return_inverse': True, 'return_index': True}
    yield 'sort', [{'np': [['b', 'a', 'c'], ['z', 'y', 'x']]}], {'axis': 0}
    yield 'concatenate', [[sarr(2), sarr(3)]], {}
    yield 'concatenate', [[sarr(2), c.arr('int64', [2], 'i', 'none')]], {}
    # reductions: NumPy's errors for arithmetic ones, truthiness for any/all, argmax/argmin by text
    m = {'np': [words(3), words(3)]}
    for name in ['sum', 'prod', 'max', 'min', 'mean', 'std', 'nanmax', 'any', 'all']:
        yield 'reduce', [name, m], {}
    for name in ['argmax', 'argmin']:
        for axis in [None, 0, 1]:
            yield 'argred', [name, m], {'axis': axis, 'keepdims': axis == 1}
    yield 'cum', ['cumsum', m], {}
    yield 'count_nonzero', [{'np': ['a', '', 'b']}], {}
    yield 'full', [[2, 3], S('ab')], {}
    yield 'zeros', [[2]], {'dtype': 'str'}
    yield 'searchsorted', [{'np': ['ant', 'cat', 'dog']}, {'np': ['cow', 'zebra', 'a']}], {}


GROUPS = {
    'creation': cases_creation,
    'ufunc': cases_ufunc,
    'reduce': cases_reduce,
    'index': cases_index,
    'shape': cases_shape,
    'linalg': cases_linalg,
    'sort': cases_sort,
    'strings': cases_strings,
}

LINALG_TOL = {'matmul', 'dot', 'inner', 'tensordot', 'einsum', 'inv', 'solve', 'det', 'norm', 'outer'}


def main():
    os.makedirs(OUT, exist_ok=True)
    total = 0
    only = sys.argv[1:]  # topic names to regenerate (default: all)
    for gi, (name, fn) in enumerate(GROUPS.items()):
        if only and name not in only:
            continue
        c = Ctx(1000 + gi)
        lines = []
        for op, args, kw in fn(c):
            # sorted() arrays for searchsorted
            args = [({'g': a['sorted']['g'], 'sorted': True} if isinstance(a, dict) and 'sorted' in a else a) for a in args]
            try:
                dargs = []
                for a in args:
                    v = dec(a)
                    if isinstance(a, dict) and a.get('sorted'):
                        v = np.sort(v)
                    dargs.append(v)
                res = OPS[op](*dargs, **{k: dec(v) for k, v in kw.items()})
                out = {'r': enc_result(res)}
                if isinstance(res, np.ndarray) and op in ('getitem', 'reshape', 'ravel', 'transpose', 'swapaxes', 'moveaxis', 'squeeze', 'expand_dims', 'broadcast_to', 'flip') and args and isinstance(dargs[0], np.ndarray):
                    out['view'] = bool(np.shares_memory(res, dargs[0]))
            except TypeError as e:
                if 'unsupported result dtype' in str(e):
                    continue
                out = {'e': [type(e).__name__, str(e)]}
            except Exception as e:  # NumPy's error: type name and message
                out = {'e': [type(e).__name__, str(e)]}
            case = {'op': op, 'a': args}
            if kw:
                case['k'] = kw
            case.update(out)
            if op in LINALG_TOL or (op in ('ufunc1', 'ufunc2') and args[0] in TRANSCENDENTAL):
                case['tol'] = 1
            lines.append(json.dumps(case, separators=(',', ':')))
        with open(os.path.join(OUT, f'engine_{name}.jsonl'), 'w') as f:
            f.write('\n'.join(lines) + '\n')
        total += len(lines)
        print(f'{name}: {len(lines)} cases', file=sys.stderr)
    print(f'total: {total} cases', file=sys.stderr)


if __name__ == '__main__':
    main()
