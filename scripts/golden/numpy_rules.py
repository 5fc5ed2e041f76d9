#!/usr/bin/env python3
# Generates test/numpy/golden/dtype_rules.jsonl and shape_rules.jsonl: NumPy 2.4.6's verdict on shapes and dtypes for
# hand-chosen and seeded-random cases of every rule in src/numpy (broadcasting, ufunc dtypes
# with NEP 50 scalars, in-place/out= casting, reductions, matmul family, linalg, reshape,
# transpose family, concatenate/stack/split, indexing and assignment, einsum, where/clip/tile/
# repeat/diag, promotion and casting tables). Each case runs the real operation on small
# arrays and records the result shape and dtype, or the exception class name and message.
# Usage: python3 scripts/golden/numpy_rules.py   (deterministic; rewrites both files)
# NUMPY_RULES_SEED=k draws other random cases: a way to hunt for mismatches; commit only the default.
import json
import os
import random
import warnings

import numpy as np

assert np.__version__ == '2.4.6', np.__version__
warnings.simplefilter('ignore')
GOLDEN_DIR = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'numpy', 'golden')
DTYPE_OPS = {'promote', 'can_cast', 'result_type', 'ufunc', 'inplace', 'sizestr'}
rng = random.Random(int(os.environ.get('NUMPY_RULES_SEED', '20260407')))
cases = []

DTYPES = ['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
          'float16', 'float32', 'float64', 'complex64', 'complex128']


def run(case, fn):
    try:
        r = fn()
        if isinstance(r, (list, tuple)) and all(isinstance(x, np.ndarray) for x in r):
            case['r'] = [list(x.shape) for x in r]
        elif isinstance(r, np.ndarray) or isinstance(r, np.generic):
            case['r'] = [list(np.shape(r)), str(r.dtype)]
        else:
            case['r'] = r
    except Exception as e:  # noqa: BLE001 - the exception is the data
        case['e'] = [type(e).__name__, str(e)]
    cases.append(case)


def arr(shape, dtype='float64'):
    return np.zeros(shape, dtype=dtype)


def operand(spec):
    # [shape, dtype] is an array; {"w": kind, "v": value} a Python scalar
    if isinstance(spec, dict):
        return {'bool': bool, 'int': int, 'float': float, 'complex': complex}[spec['w']](spec['v'])
    return arr(spec[0], spec[1])


def rand_shape(maxnd=4, maxdim=5):
    return [rng.choice([0, 1, 1, 2, 3, 4, 5][: maxdim + 2]) if rng.random() < 0.1 else rng.randint(1, maxdim)
            for _ in range(rng.randint(0, maxnd))]


def compatible_with(shape):
    # A shape that usually broadcasts with `shape`: drop leading dims, set some to 1, rarely change one.
    s = list(shape[rng.randint(0, len(shape)):]) if shape and rng.random() < 0.4 else list(shape)
    s = [1 if rng.random() < 0.3 else d for d in s]
    if s and rng.random() < 0.25:
        i = rng.randrange(len(s))
        s[i] = rng.randint(0, 5)
    if rng.random() < 0.15:
        s = [rng.randint(1, 3)] + s
    return s


# ------------------------------------------------------------------ dtype tables
for a in DTYPES:
    for b in DTYPES:
        run({'op': 'promote', 'a': a, 'b': b}, lambda: str(np.promote_types(a, b)))
        for casting in ['safe', 'same_kind', 'equiv', 'unsafe']:
            run({'op': 'can_cast', 'a': a, 'b': b, 'casting': casting}, lambda: bool(np.can_cast(a, b, casting)))

WEAKS = [{'w': 'int', 'v': 1}, {'w': 'float', 'v': 1.5}, {'w': 'complex', 'v': 1.0}, {'w': 'bool', 'v': True},
         {'w': 'int', 'v': 1000}, {'w': 'int', 'v': -1}, {'w': 'int', 'v': 2 ** 40}]
for a in DTYPES:
    for w in WEAKS[:4]:
        run({'op': 'result_type', 'ops': [a, w]}, lambda: str(np.result_type(np.zeros(1, a), operand(w))))
for _ in range(300):
    ops = [rng.choice(DTYPES) for _k in range(rng.randint(3, 4))]
    if rng.random() < 0.3:
        ops.append(rng.choice(WEAKS[:4]))
    run({'op': 'result_type', 'ops': ops}, lambda: str(np.result_type(*[np.zeros(1, o) if isinstance(o, str) else operand(o) for o in ops])))
for w1 in WEAKS[:4]:
    for w2 in WEAKS[:4]:
        run({'op': 'result_type', 'ops': [w1, w2]}, lambda: str(np.result_type(operand(w1), operand(w2))))

# ------------------------------------------------------------------ ufunc dtypes
BINARY = ['add', 'subtract', 'multiply', 'divide', 'floor_divide', 'remainder', 'power', 'maximum', 'minimum',
          'greater', 'less_equal', 'equal', 'not_equal', 'logical_and', 'logical_xor', 'bitwise_and', 'bitwise_or',
          'left_shift', 'arctan2', 'hypot', 'fmax', 'copysign', 'fmod', 'float_power', 'logaddexp', 'gcd',
          'heaviside', 'nextafter']
UNARY = ['negative', 'positive', 'absolute', 'sqrt', 'exp', 'log', 'sin', 'tanh', 'arctan', 'floor', 'ceil', 'rint',
         'trunc', 'sign', 'isnan', 'isinf', 'isfinite', 'invert', 'logical_not', 'square', 'reciprocal', 'cbrt',
         'exp2', 'log1p', 'signbit', 'conjugate', 'deg2rad', 'spacing', 'fabs']
for u in UNARY:
    for a in DTYPES:
        run({'op': 'ufunc', 'name': u, 'args': [[[2], a]]}, lambda: getattr(np, u)(arr([2], a)))
    for w in WEAKS[:4]:
        run({'op': 'ufunc', 'name': u, 'args': [w]}, lambda: getattr(np, u)(operand(w)))
for u in ['add', 'divide', 'subtract', 'power', 'greater', 'bitwise_and', 'arctan2', 'floor_divide', 'maximum']:
    for a in DTYPES:
        for b in DTYPES:
            run({'op': 'ufunc', 'name': u, 'args': [[[2], a], [[2], b]]}, lambda: getattr(np, u)(arr([2], a), arr([2], b)))
for u in BINARY:
    for a in DTYPES:
        for w in WEAKS:
            if u in ('power', 'left_shift') and w.get('v') == -1:
                continue
            args = [[[2], a], w] if rng.random() < 0.7 else [w, [[2], a]]
            run({'op': 'ufunc', 'name': u, 'args': args}, lambda: getattr(np, u)(*[operand(x) for x in args]))
for _ in range(500):
    u = rng.choice(BINARY)
    sa = rand_shape()
    sb = compatible_with(sa) if rng.random() < 0.8 else rand_shape()
    args = [[sa, rng.choice(DTYPES)], [sb, rng.choice(DTYPES)]]
    run({'op': 'ufunc', 'name': u, 'args': args}, lambda: getattr(np, u)(*[operand(x) for x in args]))
for u in ['true_divide', 'abs', 'mod', 'pow', 'conj', 'bitwise_not', 'atan2']:
    run({'op': 'ufunc', 'name': u, 'args': [[[3], 'int32']] * getattr(np, u).nin}, lambda: getattr(np, u)(*[arr([3], 'int32')] * getattr(np, u).nin))
run({'op': 'ufunc', 'name': 'add', 'args': [[[3], 'int32'], [[3], 'float32']], 'dtype': 'float64'}, lambda: np.add(arr([3], 'int32'), arr([3], 'float32'), dtype='float64'))
run({'op': 'ufunc', 'name': 'add', 'args': [[[3], 'float64'], [[3], 'float64']], 'dtype': 'int64'}, lambda: np.add(arr([3]), arr([3]), dtype='int64'))
run({'op': 'ufunc', 'name': 'multiply', 'args': [[[3], 'int8'], [[3], 'int8']], 'dtype': 'float32'}, lambda: np.multiply(arr([3], 'int8'), arr([3], 'int8'), dtype='float32'))

for a in DTYPES:
    for shape in ([3], [0], [2, 0], []):
        for v in (-1, -2, 2):
            args = [[shape, a], {'w': 'int', 'v': v}]
            run({'op': 'ufunc', 'name': 'power', 'args': args}, lambda: np.power(*[operand(x) for x in args]))

# ------------------------------------------------------------------ in-place and out=
OPS = {'+': 'add', '-': 'subtract', '*': 'multiply', '/': 'divide', '//': 'floor_divide', '%': 'remainder',
       '**': 'power', '&': 'bitwise_and', '|': 'bitwise_or', '<<': 'left_shift'}


def inplace(op, a, b):
    x = operand(a)
    y = operand(b)
    if op == '+': x += y
    elif op == '-': x -= y
    elif op == '*': x *= y
    elif op == '/': x /= y
    elif op == '//': x //= y
    elif op == '%': x %= y
    elif op == '**': x **= y
    elif op == '&': x &= y
    elif op == '|': x |= y
    elif op == '<<': x <<= y
    return x


for _ in range(400):
    op = rng.choice(list(OPS))
    sa = rand_shape()
    if rng.random() < 0.5:
        b = [compatible_with(sa), rng.choice(DTYPES)]
    else:
        b = rng.choice(WEAKS[:4])
    a = [sa, rng.choice(DTYPES)]
    run({'op': 'inplace', 'name': OPS[op], 'args': [a, b]}, lambda: inplace(op, a, b))
for _ in range(150):
    u = rng.choice(['add', 'multiply', 'divide', 'maximum', 'greater'])
    sa = rand_shape(3)
    sb = compatible_with(sa)
    try:
        full = list(np.broadcast_shapes(tuple(sa), tuple(sb)))
    except ValueError:
        full = sa
    so = full if rng.random() < 0.6 else compatible_with(full)
    args = [[sa, rng.choice(DTYPES)], [sb, rng.choice(DTYPES)]]
    out = [so, rng.choice(DTYPES)]
    run({'op': 'ufunc', 'name': u, 'args': args, 'out': out}, lambda: getattr(np, u)(*[operand(x) for x in args], out=operand(out)))

# ------------------------------------------------------------------ broadcasting
for _ in range(250):
    shapes = [rand_shape()]
    for _k in range(rng.randint(1, 3)):
        shapes.append(compatible_with(rng.choice(shapes)))
    run({'op': 'broadcast_shapes', 'shapes': shapes}, lambda: list(np.broadcast_shapes(*[tuple(s) for s in shapes])))
for _ in range(150):
    s = rand_shape(3)
    t = compatible_with(s) if rng.random() < 0.3 else [rng.randint(1, 3)] * rng.randint(0, 1) + [d if rng.random() < 0.7 else rng.randint(0, 4) for d in s]
    if rng.random() < 0.1:
        t = [-1] + t
    run({'op': 'broadcast_to', 'shape': s, 'target': t}, lambda: np.broadcast_to(arr(s), tuple(t)))

# ------------------------------------------------------------------ reductions
REDUCTIONS = ['sum', 'prod', 'mean', 'std', 'var', 'max', 'min', 'argmax', 'argmin', 'all', 'any', 'cumsum',
              'cumprod', 'nansum', 'nanmean', 'nanmax', 'median', 'ptp', 'count_nonzero', 'average', 'nanargmin',
              'nancumsum', 'nanstd']


def reduce_call(name, a, axis, keepdims):
    f = getattr(np, name)
    kw = {}
    if axis != 'none':
        kw['axis'] = tuple(axis) if isinstance(axis, list) else axis
    if keepdims:
        kw['keepdims'] = True
    r = f(a, **kw)
    if name == 'count_nonzero' and not isinstance(r, np.ndarray):
        return [[], 'int']
    return np.asarray(r) if not isinstance(r, np.ndarray) else r


for name in REDUCTIONS:
    for dt in DTYPES:
        run({'op': 'reduce', 'name': name, 'a': [[2, 3], dt], 'axis': 'none', 'keepdims': False}, lambda: reduce_call(name, arr([2, 3], dt), 'none', False))
for _ in range(700):
    name = rng.choice(REDUCTIONS)
    s = rand_shape()
    nd = len(s)
    r = rng.random()
    if r < 0.15:
        axis = 'none'
    elif r < 0.65:
        axis = rng.randint(-nd - 1, nd)
    else:
        axis = [rng.randint(-nd - 1, nd) for _k in range(rng.randint(0, 3))]
    keepdims = rng.random() < 0.3 and name not in ('count_nonzero',)
    dt = rng.choice(DTYPES)
    run({'op': 'reduce', 'name': name, 'a': [s, dt], 'axis': axis, 'keepdims': keepdims}, lambda: reduce_call(name, arr(s, dt), axis, keepdims))

# ------------------------------------------------------------------ products
for _ in range(350):
    name = rng.choice(['matmul', 'dot', 'inner', 'outer', 'vdot', 'tensordot'])
    sa = rand_shape(4, 4)
    if rng.random() < 0.7 and sa:
        k = sa[-1]
        sb = [d for d in compatible_with(sa[:-2])] + [k if rng.random() < 0.8 else rng.randint(1, 4)] + ([rng.randint(1, 4)] if rng.random() < 0.7 else [])
    else:
        sb = rand_shape(4, 4)
    da, db = rng.choice(DTYPES), rng.choice(DTYPES)
    case = {'op': name, 'a': [sa, da], 'b': [sb, db]}
    if name == 'tensordot':
        r = rng.random()
        if r < 0.4:
            axes = rng.randint(0, 2)
        else:
            n = rng.randint(1, 2)
            axes = [[rng.randint(-2, 2) for _k in range(n)], [rng.randint(-2, 2) for _k in range(n if rng.random() < 0.9 else n + 1)]]
        case['axes'] = axes
        run(case, lambda: np.tensordot(arr(sa, da), arr(sb, db), axes=axes))
    else:
        run(case, lambda: getattr(np, name)(arr(sa, da), arr(sb, db)))
for _ in range(60):
    sa = rand_shape(3, 4)
    sb = rand_shape(3, 4)
    try:
        full = list(np.matmul(arr(sa), arr(sb)).shape)
    except Exception:  # noqa: BLE001
        continue
    so = full if rng.random() < 0.5 else compatible_with(full)
    core = (1 if len(sa) > 1 else 0) + (1 if len(sb) > 1 else 0)
    if len(so) < core:
        continue  # an out= with fewer dims than the result's core changes which dims are core: not modelled
    run({'op': 'matmul', 'a': [sa, 'float64'], 'b': [sb, 'float64'], 'out': so}, lambda: np.matmul(arr(sa), arr(sb), out=arr(so)))

# ------------------------------------------------------------------ linalg
def square(shape, dt):
    a = np.zeros(shape, dtype=dt)
    if len(shape) >= 2 and shape[-1] == shape[-2]:
        a[...] = np.eye(shape[-1], dtype=dt) if dt != 'bool' else np.eye(shape[-1], dtype=bool)
    return a


for _ in range(200):
    name = rng.choice(['inv', 'det', 'solve', 'pinv', 'eigvals', 'norm', 'slogdet'])
    s = rand_shape(4, 3)
    if rng.random() < 0.6 and len(s) >= 2:
        s[-1] = s[-2]
    s = [max(d, 1) for d in s]
    dt = rng.choice(['int64', 'float64', 'float32', 'complex128', 'bool', 'float16', 'int8'])
    case = {'op': 'linalg', 'name': name, 'a': [s, dt]}
    if name == 'solve':
        if rng.random() < 0.5:
            b = [s[-1] if s else 2]
        else:
            b = compatible_with(s[:-2]) + [s[-1] if s and rng.random() < 0.85 else rng.randint(1, 4), rng.randint(1, 3)]
        bdt = rng.choice(['int64', 'float64', 'float32', 'complex64', 'complex128', 'bool', 'int8'])
        case['b'] = [b, bdt]
        run(case, lambda: np.linalg.solve(square(s, dt), arr(b, bdt)))
    elif name == 'norm':
        axis = None if rng.random() < 0.4 else rng.randint(-len(s) - 1, len(s)) if rng.random() < 0.5 else [rng.randint(-2, 2) for _k in range(rng.randint(1, 3))]
        keepdims = rng.random() < 0.3
        ordg = rng.random() < 0.3
        case.update({'axis': axis, 'keepdims': keepdims, 'ord': ordg})
        if ordg:
            axis = None
            case['axis'] = None
        run(case, lambda: np.asarray(np.linalg.norm(square(s, dt), ord=2 if ordg else None, axis=tuple(axis) if isinstance(axis, list) else axis, keepdims=keepdims)))
    elif name == 'slogdet':
        run(case, lambda: np.linalg.slogdet(square(s, dt))[1])
    else:
        run(case, lambda: np.asarray(getattr(np.linalg, name)(square(s, dt))))

# more decompositions: shapes of every result
for _ in range(120):
    name = rng.choice(['eig', 'eigh', 'svd', 'svd_reduced', 'svd_s', 'qr', 'matrix_power', 'matrix_rank'])
    s_ = rand_shape(4, 4)
    if rng.random() < 0.6 and len(s_) >= 2:
        s_[-1] = s_[-2]
    s_ = [max(d, 1) for d in s_]
    def decomp():
        a = square(s_, 'float64')
        if name == 'svd':
            return list(np.linalg.svd(a))
        if name == 'svd_reduced':
            return list(np.linalg.svd(a, full_matrices=False))
        if name == 'svd_s':
            return [np.linalg.svd(a, compute_uv=False)]
        if name in ('eig', 'eigh', 'qr'):
            return list(getattr(np.linalg, name)(a))
        if name == 'matrix_power':
            return [np.linalg.matrix_power(a, 2)]
        return [np.asarray(np.linalg.matrix_rank(a))]
    run({'op': 'decomp', 'name': name, 'shape': s_}, decomp)

# ------------------------------------------------------------------ reshape and axes
for _ in range(300):
    s = rand_shape(4, 4)
    size = int(np.prod(s))
    r = rng.random()
    if r < 0.5:
        # factor the size, maybe with an unknown
        t = []
        rest = size
        while rest > 1 and len(t) < 4:
            f = rng.choice([d for d in range(1, rest + 1) if rest % d == 0])
            t.append(f)
            rest //= f
        if rest != 1:
            t.append(rest)
        if t and rng.random() < 0.5:
            t[rng.randrange(len(t))] = -1
        if rng.random() < 0.2:
            t.append(1)
    else:
        t = [rng.choice([-1, 1, 2, 3, 4, 6, 0]) for _k in range(rng.randint(0, 3))]
    run({'op': 'reshape', 'shape': s, 'new': t}, lambda: arr(s).reshape(tuple(t)))
for _ in range(120):
    s = rand_shape(4, 4)
    nd = len(s)
    if rng.random() < 0.25:
        axes = None
    else:
        axes = list(range(nd))
        rng.shuffle(axes)
        axes = [a - nd if rng.random() < 0.3 else a for a in axes]
        if rng.random() < 0.3 and axes:
            axes[rng.randrange(len(axes))] = rng.randint(-nd - 1, nd)
        if rng.random() < 0.1:
            axes = axes[:-1]
    run({'op': 'transpose', 'shape': s, 'axes': axes}, lambda: np.transpose(arr(s), axes))
for _ in range(80):
    s = rand_shape(4, 4)
    nd = len(s)
    a1, a2 = rng.randint(-nd - 1, nd), rng.randint(-nd - 1, nd)
    run({'op': 'swapaxes', 'shape': s, 'a1': a1, 'a2': a2}, lambda: np.swapaxes(arr(s), a1, a2))
for _ in range(100):
    s = rand_shape(4, 4)
    nd = len(s)
    k = rng.randint(1, 2)
    src = [rng.randint(-nd, nd - 1) if nd else 0 for _k in range(k)]
    dst = [rng.randint(-nd, nd - 1) if nd else 0 for _k in range(k if rng.random() < 0.9 else k + 1)]
    if rng.random() < 0.5 and k == 1:
        src, dst = src[0], dst[0]
    run({'op': 'moveaxis', 'shape': s, 'src': src, 'dst': dst}, lambda: np.moveaxis(arr(s), src, dst))
for _ in range(120):
    s = [rng.choice([1, 1, 2, 3]) for _k in range(rng.randint(0, 4))]
    nd = len(s)
    r = rng.random()
    axis = None if r < 0.3 else rng.randint(-nd - 1, nd) if r < 0.7 else [rng.randint(-nd, nd) for _k in range(rng.randint(1, 2))]
    run({'op': 'squeeze', 'shape': s, 'axis': axis}, lambda: np.squeeze(arr(s), tuple(axis) if isinstance(axis, list) else axis))
for _ in range(100):
    s = rand_shape(3, 4)
    nd = len(s)
    axis = rng.randint(-nd - 2, nd + 1) if rng.random() < 0.6 else [rng.randint(-nd - 2, nd + 1) for _k in range(rng.randint(1, 3))]
    run({'op': 'expand_dims', 'shape': s, 'axis': axis}, lambda: np.expand_dims(arr(s), tuple(axis) if isinstance(axis, list) else axis))
for _ in range(50):
    s = rand_shape(3, 4)
    nd = len(s)
    axis = None if rng.random() < 0.3 else rng.randint(-nd - 1, nd) if rng.random() < 0.6 else [rng.randint(-nd - 1, nd) for _k in range(2)]
    run({'op': 'flip', 'shape': s, 'axis': axis}, lambda: np.flip(arr(s), tuple(axis) if isinstance(axis, list) else axis))

# ------------------------------------------------------------------ join and split
for _ in range(350):
    name = rng.choice(['concatenate', 'concatenate', 'stack', 'vstack', 'hstack', 'dstack', 'column_stack'])
    s = rand_shape(3, 4)
    shapes = [s]
    for _k in range(rng.randint(0, 2)):
        t = list(s)
        if t and rng.random() < 0.6:
            i = rng.randrange(len(t))
            t[i] = rng.randint(0, 4)
        if rng.random() < 0.1:
            t = t[1:]
        shapes.append(t)
    case = {'op': name, 'shapes': shapes}
    if name in ('concatenate', 'stack'):
        nd = len(s)
        case['axis'] = None if name == 'concatenate' and rng.random() < 0.1 else rng.randint(-nd - 1, nd + (1 if name == 'stack' else 0))
        run(case, lambda: getattr(np, name)([arr(x) for x in shapes], axis=case['axis']))
    else:
        run(case, lambda: getattr(np, name)([arr(x) for x in shapes]))
for _ in range(200):
    name = rng.choice(['split', 'array_split'])
    s = [rng.randint(0, 7) for _k in range(rng.randint(1, 3))]
    nd = len(s)
    axis = rng.randint(-nd - 1, nd) if rng.random() < 0.4 else 0
    spec = rng.randint(1, 4) if rng.random() < 0.6 else sorted(rng.randint(-2, 8) for _k in range(rng.randint(0, 3)))
    if rng.random() < 0.03:
        spec = 0
    run({'op': name, 'shape': s, 'spec': spec, 'axis': axis}, lambda: getattr(np, name)(arr(s), spec, axis=axis))

# ------------------------------------------------------------------ indexing
def build_index(items):
    out = []
    for it in items:
        if 'i' in it:
            out.append(it['i'])
        elif 's' in it:
            out.append(slice(*it['s']))
        elif 'n' in it:
            out.append(None)
        elif 'e' in it:
            out.append(Ellipsis)
        elif 'b' in it:
            out.append(it['b'])
        elif 'ia' in it:
            out.append(np.array(it['v'], dtype=np.intp).reshape(it['ia']))
        elif 'ba' in it:
            out.append(np.array(it['v'], dtype=bool).reshape(it['ba']))
        elif 'f' in it:
            out.append(float(it['f']))
    return tuple(out)


def rand_item(dimsize, allow_adv=True):
    r = rng.random()
    if r < 0.25:
        return {'i': rng.randint(-dimsize - 1, dimsize) if dimsize else rng.randint(-1, 1)}, 1
    if r < 0.55:
        def b():
            return None if rng.random() < 0.35 else rng.randint(-dimsize - 2, dimsize + 2)
        step = None if rng.random() < 0.5 else rng.choice([1, 2, 3, -1, -2])
        return {'s': [b(), b(), step]}, 1
    if r < 0.62:
        return {'n': 1}, 0
    if r < 0.67:
        return {'e': 1}, 0
    if not allow_adv:
        return {'s': [None, None, None]}, 1
    if r < 0.85:
        shp = [rng.randint(1, 3) for _k in range(rng.randint(0, 2))]
        n = int(np.prod(shp))
        return {'ia': shp, 'v': [rng.randint(-dimsize, max(dimsize - 1, 0)) if rng.random() < 0.95 else dimsize + 1 for _k in range(n)]}, 1
    if r < 0.97:
        return 'mask', 1
    return {'b': rng.random() < 0.7}, 0


for _ in range(900):
    s = rand_shape(4, 4)
    items = []
    axis = 0
    for _k in range(rng.randint(1, 4)):
        dimsize = s[axis] if axis < len(s) else 3
        it, used = rand_item(dimsize)
        if it == 'mask':
            k = rng.randint(1, max(1, min(2, len(s) - axis))) if axis < len(s) else 1
            mshape = [d if rng.random() < 0.9 else d + 1 for d in s[axis:axis + k]] or [2]
            n = int(np.prod(mshape))
            it = {'ba': mshape, 'v': [rng.random() < 0.5 for _j in range(n)]}
            used = len(mshape)
        items.append(it)
        axis += used
    if rng.random() < 0.02:
        items.append({'f': 1.0})
    case = {'op': 'index', 'shape': s, 'items': items}
    run(case, lambda: arr(s)[build_index(items)])
for _ in range(250):
    s = rand_shape(3, 4)
    items = []
    axis = 0
    for _k in range(rng.randint(1, 3)):
        dimsize = s[axis] if axis < len(s) else 3
        it, used = rand_item(dimsize)
        if it == 'mask':
            mshape = s[axis:axis + 1] or [2]
            it = {'ba': mshape, 'v': [rng.random() < 0.5 for _j in range(int(np.prod(mshape)))]}
        items.append(it)
        axis += used
    try:
        target = list(arr(s)[build_index(items)].shape)
    except Exception:  # noqa: BLE001
        continue
    v = compatible_with(target) if rng.random() < 0.7 else rand_shape(2, 3)

    def setit():
        x = arr(s)
        x[build_index(items)] = arr(v)
        return list(target)
    run({'op': 'setitem', 'shape': s, 'items': items, 'value': v}, setit)

# ------------------------------------------------------------------ einsum
EINSUM = [('ij,jk->ik', 2), ('ij,jk', 2), ('ii->i', 1), ('ii', 1), ('ij->ji', 1), ('ij->', 1), ('i,i->', 2),
          ('i,j->ij', 2), ('ijk,jk->ik', 2), ('...ij,...jk->...ik', 2), ('bij,bjk->bik', 2), ('ij,ij->', 2),
          ('ij->ik', 1), ('ij->jj', 1), ('ba', 1), ('ij', 2), ('i...->...', 1), ('ij,kj->ik', 2), ('...i,...i', 2)]
for _ in range(250):
    sub, n = rng.choice(EINSUM)
    shapes = []
    sizes = {c: rng.randint(1, 4) for c in 'abijk'}
    for t in sub.split('->')[0].split(',')[:n]:
        letters = t.replace('...', '')
        shp = [sizes[c] if rng.random() < 0.85 else rng.randint(1, 4) for c in letters]
        if '...' in t:
            shp = [rng.randint(1, 3) for _k in range(rng.randint(0, 2))] + shp
        if rng.random() < 0.05:
            shp = shp + [2]
        shapes.append(shp)
    if rng.random() < 0.03:
        shapes.append([2])
    # keep one size per label across operands most of the time
    run({'op': 'einsum', 'sub': sub, 'shapes': shapes}, lambda: np.einsum(sub, *[arr(x) for x in shapes]))
for sub, shapes in [('ij,jk->ik', [[2, 3], [3, 4]]), ('ij,jk->ik', [[2, 3], [4, 5]]), ('ij,ij->', [[2, 3], [2, 4]]),
                    ('ii->i', [[2, 3]]), ('ijk,jk->ik', [[2, 3], [3, 5]]), ('ij->ik', [[2, 3]]), ('ij,jk->ik', [[2, 1], [3, 4]]),
                    ('bij,bjk->bik', [[2, 3, 4], [5, 4, 2]]), ('...ij,...jk->...ik', [[7, 2, 3], [3, 5]]), ('i,i', [[3], [4]])]:
    run({'op': 'einsum', 'sub': sub, 'shapes': shapes}, lambda: np.einsum(sub, *[arr(x) for x in shapes]))

# ------------------------------------------------------------------ where, clip, tile, repeat, diag
for _ in range(120):
    sc = rand_shape(3)
    sx = compatible_with(sc)
    sy = compatible_with(sc)
    dx, dy = rng.choice(DTYPES), rng.choice(DTYPES)
    run({'op': 'where', 'c': sc, 'x': [sx, dx], 'y': [sy, dy]}, lambda: np.where(arr(sc, bool), arr(sx, dx), arr(sy, dy)))
for _ in range(80):
    sa = rand_shape(3)
    lo = compatible_with(sa)
    hi = compatible_with(sa)
    da, dl, dh = rng.choice(DTYPES[1:]), rng.choice(DTYPES[1:12]), rng.choice(DTYPES[1:12])
    run({'op': 'clip', 'a': [sa, da], 'lo': [lo, dl], 'hi': [hi, dh]}, lambda: np.clip(arr(sa, da), arr(lo, dl), arr(hi, dh)))
for _ in range(80):
    s = rand_shape(3)
    reps = rng.randint(0, 3) if rng.random() < 0.3 else [rng.randint(0, 3) for _k in range(rng.randint(1, 4))]
    run({'op': 'tile', 'shape': s, 'reps': reps}, lambda: np.tile(arr(s), reps))
for _ in range(100):
    s = rand_shape(3)
    nd = len(s)
    axis = None if rng.random() < 0.3 else rng.randint(-nd - 1, nd)
    n = int(np.prod(s)) if axis is None else (s[axis] if -nd <= axis < nd else 2)
    reps = rng.randint(0, 3) if rng.random() < 0.5 else [rng.randint(0, 3) for _k in range(n if rng.random() < 0.8 else rng.choice([1, n + 1]))]
    run({'op': 'repeat', 'shape': s, 'reps': reps, 'axis': axis}, lambda: np.repeat(arr(s), reps, axis=axis))
for _ in range(40):
    s = rand_shape(3)
    k = rng.randint(-2, 2)
    run({'op': 'diag', 'shape': s, 'k': k}, lambda: np.diag(arr(s), k))

# ------------------------------------------------------------------ where/clip with Python scalars
for _ in range(120):
    sc = rand_shape(2)
    x = [compatible_with(sc), rng.choice(DTYPES)] if rng.random() < 0.6 else rng.choice(WEAKS)
    y = [compatible_with(sc), rng.choice(DTYPES)] if rng.random() < 0.4 else rng.choice(WEAKS)
    run({'op': 'where', 'c': sc, 'x': x, 'y': y}, lambda: np.where(arr(sc, bool), operand(x), operand(y)))
for _ in range(120):
    sa = rand_shape(2)
    a = [sa, rng.choice(DTYPES[1:12])]
    lo = rng.choice(WEAKS[:2] + WEAKS[4:]) if rng.random() < 0.7 else [compatible_with(sa), rng.choice(DTYPES[1:12])]
    hi = rng.choice(WEAKS[:2] + WEAKS[4:]) if rng.random() < 0.7 else [compatible_with(sa), rng.choice(DTYPES[1:12])]
    run({'op': 'clip', 'a': a, 'lo': lo, 'hi': hi}, lambda: np.clip(operand(a), operand(lo), operand(hi)))

for dt, lo, hi in [('int8', -128, 127), ('int8', -129, 128), ('int8', -127, 126), ('int8', 200, 5), ('int8', 1, -200),
                   ('uint8', 0, 255), ('uint8', -1, 256), ('uint8', 1, -1), ('int64', -2 ** 63, 2 ** 63 - 1), ('uint64', 0, 2 ** 64),
                   ('int16', None, 40000), ('int16', -40000, None), ('float32', -10 ** 40, 10 ** 40), ('int32', 2 ** 40, None)]:
    for shape in ([3], [2, 3]):
        a = [shape, dt]
        lo_ = None if lo is None else {'w': 'int', 'v': lo}
        hi_ = None if hi is None else {'w': 'int', 'v': hi}
        if lo is None and hi is None:
            continue
        run({'op': 'clip', 'a': a, 'lo': lo_, 'hi': hi_}, lambda: np.clip(operand(a), None if lo_ is None else operand(lo_), None if hi_ is None else operand(hi_)))
        lo2 = [[4], 'int8']
        run({'op': 'clip', 'a': a, 'lo': lo2, 'hi': hi_}, lambda: np.clip(operand(a), operand(lo2), None if hi_ is None else operand(hi_)))

# ------------------------------------------------------------------ creation and astype
for _ in range(120):
    n = rng.randint(1, 3)
    vals = [rng.choice([rng.randint(-5, 12), round(rng.uniform(-5, 12), 2), 0]) for _k in range(n)]
    args = [{'w': 'float' if isinstance(v, float) else 'int', 'v': v} for v in vals]
    run({'op': 'arange', 'args': args}, lambda: np.arange(*vals))
for a in DTYPES:
    for b in DTYPES:
        casting = rng.choice(['safe', 'same_kind', 'unsafe', 'no'])
        run({'op': 'astype', 'a': a, 'b': b, 'casting': casting}, lambda: str(arr([2], a).astype(b, casting=casting).dtype))
for shape in [[2, -1], [-3], [0, 4], [3, 0, -2]]:
    run({'op': 'zeros', 'shape': shape}, lambda: np.zeros(tuple(shape)))

# ------------------------------------------------------------------ dtypes of common non-ufunc functions
FUNCS = {
    'sort': lambda a: np.sort(a), 'unique': lambda a: np.unique(a), 'flip': lambda a: np.flip(a), 'copy': lambda a: np.copy(a),
    'ravel': lambda a: np.ravel(a), 'transpose': lambda a: np.transpose(a), 'diff': lambda a: np.diff(a), 'round': lambda a: np.round(a),
    'argsort': lambda a: np.argsort(a), 'nonzero': lambda a: np.nonzero(a)[0], 'flatnonzero': lambda a: np.flatnonzero(a),
    'argwhere': lambda a: np.argwhere(a), 'searchsorted': lambda a: np.searchsorted(np.sort(a), a), 'trace': lambda a: np.asarray(np.trace(a.reshape(1, -1))),
    'isclose': lambda a: np.isclose(a, a), 'median': lambda a: np.asarray(np.median(a)), 'percentile': lambda a: np.asarray(np.percentile(a, 50)),
    'quantile': lambda a: np.asarray(np.quantile(a, 0.5)),
}
for fname, f in FUNCS.items():
    for dt in DTYPES:
        run({'op': 'function_dtype', 'name': fname, 'dtype': dt}, lambda: str(f(arr([3], dt)).dtype))

# ------------------------------------------------------------------ cross, kron, diff, take, sort/roll axes, append
for _ in range(60):
    sa = rand_shape(2, 3) + [rng.choice([2, 3, 3, 4])]
    sb = compatible_with(sa[:-1]) + [rng.choice([2, 3, 3])] if rng.random() < 0.9 else []
    run({'op': 'cross', 'a': sa, 'b': sb}, lambda: np.cross(arr(sa), arr(sb)))
for _ in range(30):
    sa, sb = rand_shape(3), rand_shape(3)
    run({'op': 'kron', 'a': sa, 'b': sb}, lambda: np.kron(arr(sa), arr(sb)))
for _ in range(60):
    s_ = rand_shape(3)
    nn = rng.choice([0, 1, 1, 2, 5, -1])
    ax = rng.randint(-len(s_) - 1, len(s_))
    run({'op': 'diff', 'shape': s_, 'n': nn, 'axis': ax}, lambda: np.diff(arr(s_), n=nn, axis=ax))
for _ in range(80):
    s_ = rand_shape(3)
    ind = [rng.randint(1, 3) for _k in range(rng.randint(0, 2))]
    vals = [rng.randint(-8, 8) for _k in range(int(np.prod(ind)))]
    ax = None if rng.random() < 0.4 else rng.randint(-len(s_) - 1, len(s_))
    run({'op': 'take', 'shape': s_, 'ind': ind, 'v': vals, 'axis': ax}, lambda: np.take(arr(s_), np.array(vals, dtype=np.intp).reshape(ind), axis=ax))
for _ in range(60):
    s_ = rand_shape(3)
    fname = rng.choice(['sort', 'argsort', 'roll'])
    ax = None if rng.random() < 0.2 else rng.randint(-len(s_) - 1, len(s_))
    fn = {'sort': lambda: np.sort(arr(s_), axis=ax), 'argsort': lambda: np.argsort(arr(s_), axis=ax), 'roll': lambda: np.roll(arr(s_), 1, axis=ax)}[fname]
    run({'op': 'along_axis', 'name': fname, 'shape': s_, 'axis': ax}, fn)
for _ in range(40):
    sa = rand_shape(3)
    sb = compatible_with(sa)
    ax = None if rng.random() < 0.4 else rng.randint(-len(sa) - 1, len(sa))
    run({'op': 'append', 'a': sa, 'b': sb, 'axis': ax}, lambda: np.append(arr(sa), arr(sb), axis=ax))

# ------------------------------------------------------------------ dtype of joined arrays
for _ in range(150):
    name = rng.choice(['concatenate', 'stack', 'vstack', 'hstack'])
    dts = [rng.choice(DTYPES) for _k in range(rng.randint(1, 3))]
    c = {'op': 'join_dtype', 'name': name, 'dtypes': dts}
    kw = {}
    if rng.random() < 0.4:
        c['dtype'] = kw['dtype'] = rng.choice(DTYPES)
        if rng.random() < 0.5:
            c['casting'] = kw['casting'] = rng.choice(['no', 'equiv', 'safe', 'same_kind', 'unsafe'])
    run(c, lambda: str(getattr(np, name)([arr([2], d) for d in dts], **kw).dtype))

# ------------------------------------------------------------------ hand-chosen cases (messages users meet)
HAND = [
    ('ufunc', {'name': 'add', 'args': [[[2, 3], 'float64'], [[4, 3], 'float64']]}),
    ('ufunc', {'name': 'add', 'args': [[[3], 'float64'], [[3], 'float64']], 'out': [[4], 'float64']}),
    ('inplace', {'name': 'add', 'args': [[[3, 1], 'float64'], [[3, 4], 'float64']]}),
    ('inplace', {'name': 'add', 'args': [[[3], 'int64'], {'w': 'float', 'v': 1.5}]}),
    ('inplace', {'name': 'divide', 'args': [[[3], 'int64'], {'w': 'int', 'v': 2}]}),
    ('ufunc', {'name': 'add', 'args': [[[3], 'int8'], {'w': 'int', 'v': 1000}]}),
    ('ufunc', {'name': 'less', 'args': [[[3], 'uint8'], {'w': 'int', 'v': -1}]}),
    ('ufunc', {'name': 'divide', 'args': [[[3], 'int64'], [[3], 'int64']]}),
    ('ufunc', {'name': 'sqrt', 'args': [[[3], 'int64']]}),
    ('ufunc', {'name': 'sqrt', 'args': [[[3], 'float16']]}),
    ('matmul', {'a': [[2, 3], 'float64'], 'b': [[4, 2], 'float64']}),
    ('matmul', {'a': [[5, 2, 3], 'float64'], 'b': [[3, 4], 'float64']}),
    ('matmul', {'a': [[3], 'float64'], 'b': [[3], 'float64']}),
    ('dot', {'a': [[2, 3], 'float64'], 'b': [[4, 5], 'float64']}),
    ('dot', {'a': [[2, 3], 'int64'], 'b': [[3], 'float32']}),
    ('reshape', {'shape': [6], 'new': [4]}),
    ('reshape', {'shape': [2, 3], 'new': [-1, -1]}),
    ('reshape', {'shape': [2, 3], 'new': [3, -1]}),
    ('transpose', {'shape': [2, 3, 4], 'axes': [0, 1]}),
    ('squeeze', {'shape': [3, 1], 'axis': 0}),
    ('concatenate', {'shapes': [[2, 3], [2, 4]], 'axis': 0}),
    ('concatenate', {'shapes': [[2, 3], [3]], 'axis': 0}),
    ('stack', {'shapes': [[3], [4]], 'axis': 0}),
    ('split', {'shape': [7], 'spec': 2, 'axis': 0}),
    ('reduce', {'name': 'sum', 'a': [[2, 2], 'float64'], 'axis': [0, 0], 'keepdims': False}),
    ('reduce', {'name': 'sum', 'a': [[2, 2], 'float64'], 'axis': 2, 'keepdims': False}),
    ('reduce', {'name': 'max', 'a': [[0, 3], 'float64'], 'axis': 0, 'keepdims': False}),
    ('reduce', {'name': 'max', 'a': [[0, 3], 'float64'], 'axis': 1, 'keepdims': False}),
    ('reduce', {'name': 'argmax', 'a': [[0], 'float64'], 'axis': 'none', 'keepdims': False}),
    ('reduce', {'name': 'mean', 'a': [[3, 4], 'int32'], 'axis': 1, 'keepdims': True}),
    ('linalg', {'name': 'inv', 'a': [[2, 3], 'float64']}),
    ('linalg', {'name': 'solve', 'a': [[3, 3], 'float64'], 'b': [[4], 'float64']}),
    ('index', {'shape': [2, 3], 'items': [{'i': 0}, {'i': 0}, {'i': 0}]}),
    ('index', {'shape': [3], 'items': [{'i': 5}]}),
    ('index', {'shape': [3, 4], 'items': [{'ba': [4], 'v': [True, False, True, True]}]}),
    ('index', {'shape': [3, 4], 'items': [{'s': [None, None, None]}, {'n': 1}]}),
    ('index', {'shape': [3, 4], 'items': [{'e': 1}, {'i': 0}]}),
    ('index', {'shape': [3, 4, 5], 'items': [{'i': 0}, {'s': [None, None, None]}, {'ia': [2], 'v': [1, 2]}]}),
    ('index', {'shape': [3, 4, 5], 'items': [{'s': [None, None, None]}, {'ia': [2], 'v': [1, 2]}, {'ia': [2], 'v': [0, 1]}]}),
    ('index', {'shape': [3, 4, 5], 'items': [{'ia': [2], 'v': [1, 2]}, {'s': [None, None, None]}, {'ia': [2], 'v': [0, 1]}]}),
    ('index', {'shape': [10, 10], 'items': [{'ia': [7], 'v': [0, 1, 2, 3, 4, 5, 9]}]}),
    ('index', {'shape': [5], 'items': [{'s': [None, None, -1]}]}),
    ('index', {'shape': [5], 'items': [{'s': [4, 0, -2]}]}),
    ('index', {'shape': [5, 4], 'items': [{'s': [1, None, 2]}, {'s': [None, -1, None]}]}),
    ('setitem', {'shape': [3, 4], 'items': [{'s': [0, 2, None]}], 'value': [3]}),
    ('einsum', {'sub': 'ij,jk->ik', 'shapes': [[2, 3], [4, 5]]}),
    ('broadcast_to', {'shape': [3], 'target': [4, 2]}),
    ('broadcast_shapes', {'shapes': [[2, 3], [4, 3]]}),
]
for op, c in HAND:
    c = dict(op=op, **c)
    if op == 'ufunc':
        run(c, lambda: getattr(np, c['name'])(*[operand(x) for x in c['args']], **({'out': operand(c['out'])} if 'out' in c else {})))
    elif op == 'inplace':
        run(c, lambda: inplace({v: k for k, v in OPS.items()}[c['name']], c['args'][0], c['args'][1]))
    elif op in ('matmul', 'dot'):
        run(c, lambda: getattr(np, op)(arr(*c['a']), arr(*c['b'])))
    elif op == 'reshape':
        run(c, lambda: arr(c['shape']).reshape(tuple(c['new'])))
    elif op == 'transpose':
        run(c, lambda: np.transpose(arr(c['shape']), c['axes']))
    elif op == 'squeeze':
        run(c, lambda: np.squeeze(arr(c['shape']), c['axis']))
    elif op in ('concatenate', 'stack'):
        run(c, lambda: getattr(np, op)([arr(x) for x in c['shapes']], axis=c['axis']))
    elif op == 'split':
        run(c, lambda: np.split(arr(c['shape']), c['spec'], axis=c['axis']))
    elif op == 'reduce':
        run(c, lambda: reduce_call(c['name'], arr(*c['a']), c['axis'], c['keepdims']))
    elif op == 'linalg':
        run(c, lambda: np.asarray(getattr(np.linalg, c['name'])(*([square(*c['a'])] + ([arr(*c['b'])] if 'b' in c else [])))))
    elif op == 'index':
        run(c, lambda: arr(c['shape'])[build_index(c['items'])])
    elif op == 'setitem':
        def setit2():
            x = arr(c['shape'])
            x[build_index(c['items'])] = arr(c['value'])
            return list(x[build_index(c['items'])].shape)
        run(c, setit2)
    elif op == 'einsum':
        run(c, lambda: np.einsum(c['sub'], *[arr(x) for x in c['shapes']]))
    elif op == 'broadcast_to':
        run(c, lambda: np.broadcast_to(arr(c['shape']), tuple(c['target'])))
    elif op == 'broadcast_shapes':
        run(c, lambda: list(np.broadcast_shapes(*[tuple(x) for x in c['shapes']])))

# reductions with dtype=
for _ in range(120):
    name = rng.choice(['sum', 'prod', 'mean', 'std', 'var', 'cumsum', 'nansum', 'average'])
    s = rand_shape(3, 4)
    dt = rng.choice(DTYPES)
    dta = rng.choice(DTYPES[1:])
    axis = rng.choice(['none', 0, -1]) if s else 'none'
    c = {'op': 'reduce', 'name': name, 'a': [s, dt], 'axis': axis, 'keepdims': False, 'dtype': dta}
    if name == 'average':
        run(c, lambda: np.asarray(np.average(arr(s, dt), axis=None if axis == 'none' else axis)).astype(dta))
        cases.pop()
        continue
    run(c, lambda: np.asarray(getattr(np, name)(arr(s, dt), axis=None if axis == 'none' else axis, dtype=dta)))

# ------------------------------------------------------------------ allocation cap and shape unpacking
# Sizes far beyond any machine, so the real allocation fails with NumPy's own MemoryError.
for shape, dt in [((10 ** 6, 10 ** 6), 'float64'), ((10 ** 7, 10 ** 6), 'int32'), ((2 ** 40, 4), 'uint8'),
                  ((10 ** 7, 10 ** 6), 'complex128'), ((3 * 10 ** 13,), 'bool'), ((10 ** 8, 10 ** 5, 3), 'float32'),
                  ((10 ** 10, 10 ** 10), 'float64'), ((2 ** 62,), 'int16'), ((2 ** 63,), 'uint8'), ((10 ** 19, 0), 'float64'),
                  ((2, -3), 'float64'), ((2 ** 61, 4), 'bool')]:
    run({'op': 'alloc', 'shape': list(shape), 'dtype': dt}, lambda: np.empty(shape, dt))
for ndim in range(0, 4):
    for targets in range(1, 4):
        for starred in (False, True):
            names = ['a'] * (targets - 1) + ['*r' if starred else 'a']
            src = ', '.join(names) + (',' if targets == 1 else '') + ' = t'
            def unpack():
                exec(src, {'t': tuple(range(ndim))})
                return True
            run({'op': 'unpack', 'ndim': ndim, 'targets': targets, 'starred': starred}, unpack)

# ------------------------------------------------------------------ allocation error text
from numpy._core._exceptions import _ArrayMemoryError  # noqa: E402
for nbytes in [0, 1, 100, 1023, 1024, 1536, 10 ** 6, 2 ** 20 - 1, 10 ** 9, 8 * 10 ** 12, 2 ** 40, 10 ** 18, 2 ** 62 + 5, 1048575 * 1024]:
    run({'op': 'sizestr', 'n': nbytes}, lambda: _ArrayMemoryError._size_to_string(nbytes))

os.makedirs(GOLDEN_DIR, exist_ok=True)
for name, keep in [('dtype_rules.jsonl', lambda c: c['op'] in DTYPE_OPS), ('shape_rules.jsonl', lambda c: c['op'] not in DTYPE_OPS)]:
    path = os.path.join(GOLDEN_DIR, name)
    chosen = [c for c in cases if keep(c)]
    with open(path, 'w') as f:
        for c in chosen:
            f.write(json.dumps(c, separators=(',', ':')) + '\n')
    print(len(chosen), 'cases ->', os.path.relpath(path), os.path.getsize(path), 'bytes')
