#!/usr/bin/env python3
# Generates the printing goldens replayed by test/engine/print_golden.test.ts, with python3 +
# NumPy 2.4.6 as the oracle. Writes three compact JSONL files to test/engine/print_golden/:
#   numpy_tests.jsonl  - every array NumPy's own test_arrayprint.py prints through
#                        _array2string (captured by running that test module under pytest with a
#                        recording wrapper), with the body, repr and str under the options in force
#   arrays.jsonl       - seeded random arrays (0-d .. 4-D, empty, summarised) of every dtype under
#                        several print options, plus NumPy scalar str/repr
#   python.jsonl       - Python float repr/str, format specs (float/int/str) and % formatting
# Arrays are stored as dtype + shape + little-endian hex bytes; summarised arrays store only the
# elements that survive summarisation ("kept"), which is all NumPy reads.
# Usage: python3 scripts/golden/print_cases.py   (deterministic; seed fixed)
import json
import os
import random
import struct
import sys

import numpy as np
from numpy._core import arrayprint

assert np.__version__ == '2.4.6', np.__version__

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'test', 'engine', 'print_golden')
SUPPORTED = {'bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
             'float16', 'float32', 'float64', 'complex64', 'complex128'}
DEFAULTS = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False,
                nanstr='nan', infstr='inf', sign='-', floatmode='maxprec', legacy=False)
OPTION_KEYS = list(DEFAULTS)


def encode_array(a, opts):
    """dtype/shape/hex; only the kept (edge) elements when NumPy would summarise."""
    a = np.array(a, order='C', copy=True)
    rec = {'dtype': a.dtype.name, 'shape': list(a.shape)}
    threshold = opts.get('threshold', 1000)
    if a.size > threshold and a.ndim > 0:
        kept = arrayprint._leading_trailing(a, opts.get('edgeitems', 3))
        rec['kept'] = 1
        rec['hex'] = np.ascontiguousarray(kept).astype(a.dtype.newbyteorder('<')).tobytes().hex()
    else:
        rec['hex'] = a.astype(a.dtype.newbyteorder('<')).tobytes().hex()
    return rec


# user formatters the goldens use, by name (the TS test defines the same callbacks)
NAMED_FORMATTERS = {
    'float2': {'float_kind': '{:.2f}'.format},
    'hexint': {'int': hex},
    'strtwoline': {'all': lambda x: str(x) + '\n~'},
    'yesno': {'bool': lambda x: 'yes' if x else 'no', 'int_kind': lambda x: f'<{x}>'},
}


def opts_diff(opts):
    out = {}
    if opts.get('formatter'):
        out['formatter'] = opts['formatter']
    for k in OPTION_KEYS:
        v = opts[k]
        if v != DEFAULTS[k]:
            out[k] = v if not (isinstance(v, float) and v == float('inf')) else 'inf'
    return out


def printoptions_kwargs(opts):
    kw = {k: opts[k] for k in OPTION_KEYS}
    if opts.get('formatter'):
        kw['formatter'] = NAMED_FORMATTERS[opts['formatter']]
    return kw


def outputs(a, opts):
    with np.printoptions(**printoptions_kwargs(opts)):
        return repr(a), str(a)


# ------------------------------------------------------------------------------------------
# (a) NumPy's own test_arrayprint.py, captured through _array2string

def capture_numpy_tests():
    import pytest
    captured = []
    original = arrayprint._array2string

    def recording(a, options, separator=' ', prefix=''):
        result = original(a, options, separator, prefix)
        try:
            ok = (type(a) is np.ndarray and a.dtype.name in SUPPORTED and a.dtype.isnative
                  and options.get('formatter') is None and options.get('legacy') == sys.maxsize
                  and options.get('override_repr') is None and a.size <= 200000)
            if ok:
                captured.append((a.copy(), dict(options), separator, prefix, result))
        except Exception:
            pass
        return result

    float_calls = []

    def recording_float(name, fn):
        def wrapper(x, *args, **kwargs):
            result = None
            try:
                result = fn(x, *args, **kwargs)
                return result
            finally:
                value = np.asarray(x)
                if value.dtype.name in ('float16', 'float32', 'float64') and not args:
                    float_calls.append((name, value.astype(value.dtype.newbyteorder('<')), dict(kwargs), result))
        return wrapper

    originals = (np.format_float_positional, np.format_float_scientific)
    arrayprint._array2string = recording
    np.format_float_positional = recording_float('positional', originals[0])
    np.format_float_scientific = recording_float('scientific', originals[1])
    tests_dir = os.path.join(os.path.dirname(np.__file__), '_core', 'tests')
    try:
        pytest.main([os.path.join(tests_dir, 'test_arrayprint.py'), os.path.join(tests_dir, 'test_scalarprint.py'),
                     '-q', '-p', 'no:cacheprovider', '--no-header', '-o', 'addopts='])
    finally:
        arrayprint._array2string = original
        np.format_float_positional, np.format_float_scientific = originals
    lines = []
    seen = set()
    for a, options, sep, prefix, body in captured:
        opts = {k: options[k] for k in OPTION_KEYS if k != 'legacy'}
        opts['legacy'] = False
        if not isinstance(opts['threshold'], (int, float)) or isinstance(opts['threshold'], bool):
            continue
        key = (a.dtype.name, a.shape, a.tobytes(), json.dumps(opts_diff(opts), sort_keys=True), sep, prefix)
        if key in seen:
            continue
        seen.add(key)
        rec = {'a': encode_array(a, opts), 'o': opts_diff(opts), 'sep': sep, 'prefix': prefix, 'body': body}
        try:
            rec['repr'], rec['str'] = outputs(a, opts)
        except Exception:
            continue
        lines.append(rec)
    seen = set()
    for name, value, kwargs, result in float_calls:
        if result is None:
            continue
        key = (name, value.dtype.name, value.tobytes(), json.dumps(kwargs, sort_keys=True))
        if key in seen:
            continue
        seen.add(key)
        lines.append({'ff': name, 'x': {'dtype': value.dtype.name, 'hex': value.tobytes().hex()}, 'kw': kwargs, 'out': result})
    # invalid set_printoptions arguments
    for kw in ({'sign': 'x'}, {'floatmode': 'x'}, {'threshold': float('nan')}, {'precision': 1.5}):
        def attempt():
            try:
                np.set_printoptions(**kw)
            finally:
                np.set_printoptions(**{k: DEFAULTS[k] for k in OPTION_KEYS})
        rec = run(attempt)
        lines.append({'setopt': {k: ('nan' if isinstance(v, float) and v != v else v) for k, v in kw.items()}, **rec})
    # the scalar values test_scalarprint.py prints with str()/repr()
    values = [0.0, -0.0, 1, -1, np.inf, -np.inf, np.nan, 1.12345678901234567890, 0.0112345678901234567890,
              1e-5, 1e-4, 1e15, 1e16, -0.000099, 0.0001, 999, -1000, 0.000099, -0.000100001, 999999, -1000000, 65504]
    for dtype in (np.float16, np.float32, np.float64):
        for v in values:
            with np.errstate(all='ignore'):
                x = dtype(v)
            lines.append({'scalar': {'dtype': x.dtype.name, 'hex': np.asarray(x).astype(x.dtype.newbyteorder('<')).tobytes().hex()},
                          'repr': repr(x), 'str': str(x)})
    return lines


# ------------------------------------------------------------------------------------------
# (b) random arrays and scalars

INT_DTYPES = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64']
FLOAT_DTYPES = ['float16', 'float32', 'float64']

OPTION_VARIANTS = [
    {}, {}, {}, {},
    {'precision': 3}, {'precision': 0}, {'precision': 12}, {'precision': None},
    {'suppress': True}, {'suppress': True, 'precision': 4},
    {'floatmode': 'fixed'}, {'floatmode': 'unique'}, {'floatmode': 'maxprec_equal'},
    {'floatmode': 'fixed', 'precision': 3}, {'floatmode': 'maxprec_equal', 'precision': 4},
    {'sign': '+'}, {'sign': ' '}, {'sign': '+', 'floatmode': 'fixed'},
    {'linewidth': 40}, {'linewidth': 120}, {'linewidth': 20},
    {'threshold': 20, 'edgeitems': 2}, {'threshold': 5, 'edgeitems': 1}, {'threshold': 50, 'edgeitems': 4},
    {'nanstr': 'NaN', 'infstr': 'Inf'}, {'nanstr': 'missing', 'infstr': '∞'},
    {'threshold': 3, 'edgeitems': 0}, {'linewidth': 5}, {'threshold': 0, 'edgeitems': 1},
    {'sign': ' ', 'suppress': True, 'linewidth': 30},
    {'formatter': 'float2'}, {'formatter': 'hexint'}, {'formatter': 'strtwoline'}, {'formatter': 'yesno'},
    {'formatter': 'strtwoline', 'linewidth': 30},
    {'legacy': '1.25'}, {'legacy': '2.1'}, {'legacy': '2.2'}, {'legacy': '1.21', 'threshold': 20},
]


def random_float_values(rng, n, dtype):
    style = rng.choice(['unit', 'tiny', 'small', 'large', 'huge', 'ints', 'mixed', 'mixed', 'round', 'bits'])
    if style == 'unit':
        v = rng.standard_normal(n)
    elif style == 'tiny':
        v = rng.standard_normal(n) * 10.0 ** rng.integers(-300, -5)
    elif style == 'small':
        v = rng.standard_normal(n) * 10.0 ** rng.integers(-6, 0)
    elif style == 'large':
        v = rng.standard_normal(n) * 10.0 ** rng.integers(3, 12)
    elif style == 'huge':
        v = rng.standard_normal(n) * 10.0 ** rng.integers(12, 300)
    elif style == 'ints':
        v = rng.integers(-1000, 1000, n).astype(float)
    elif style == 'round':
        v = np.round(rng.standard_normal(n) * 100, int(rng.integers(0, 4)))
    elif style == 'bits':
        raw = rng.integers(0, 2 ** 63, n, dtype=np.int64).view(np.float64)
        v = np.where(np.isfinite(raw), raw, 1.5)
    else:
        v = rng.standard_normal(n) * 10.0 ** rng.integers(-8, 9, n)
    with np.errstate(all='ignore'):
        v = v.astype(dtype)
    if rng.random() < 0.3 and n > 0:
        k = int(rng.integers(1, max(2, n // 4 + 1)))
        idx = rng.integers(0, n, k)
        specials = np.array([np.nan, np.inf, -np.inf, -0.0, 0.0], dtype=dtype)
        v[idx] = specials[rng.integers(0, len(specials), k)]
    return v


def random_int_values(rng, n, dtype):
    info = np.iinfo(dtype)
    style = rng.choice(['small', 'full', 'limits', 'pos'])
    if style == 'small':
        lo, hi = max(info.min, -100), min(info.max, 100)
        return rng.integers(lo, hi, n, endpoint=True).astype(dtype)
    if style == 'pos':
        return rng.integers(0, min(info.max, 10 ** int(rng.integers(1, 6))), n, endpoint=True).astype(dtype)
    if style == 'full':
        return rng.integers(info.min, info.max, n, endpoint=True, dtype=dtype)
    v = rng.integers(info.min, info.max, n, endpoint=True, dtype=dtype)
    edges = np.array([info.min, info.max, info.min + 1, info.max - 1, 0], dtype=dtype)
    if n > 0:
        k = int(rng.integers(1, n + 1))
        v[rng.integers(0, n, k)] = edges[rng.integers(0, len(edges), k)]
    return v


def random_shape(rng):
    kind = rng.choice(['0d', '1d', '1d', '2d', '2d', '3d', '4d', 'empty', 'long'])
    if kind == '0d':
        return ()
    if kind == '1d':
        return (int(rng.integers(1, 16)),)
    if kind == '2d':
        return (int(rng.integers(1, 6)), int(rng.integers(1, 9)))
    if kind == '3d':
        return tuple(int(x) for x in rng.integers(1, 4, 3))
    if kind == '4d':
        return tuple(int(x) for x in rng.integers(1, 4, 4))
    if kind == 'empty':
        nd = int(rng.integers(1, 4))
        s = [int(x) for x in rng.integers(0, 4, nd)]
        s[int(rng.integers(0, nd))] = 0
        return tuple(s)
    return (int(rng.integers(20, 35)),)


def random_arrays():
    rng = np.random.default_rng(20261207)
    lines = []
    dtypes = ['bool'] + INT_DTYPES + FLOAT_DTYPES * 3 + ['complex128']
    for case in range(2050):
        dtype = dtypes[int(rng.integers(0, len(dtypes)))]
        big = case % 50 == 0
        if big:
            shape = [(2000,), (50, 60), (5, 20, 30), (2, 2, 100, 3), (1001,), (7, 200)][int(rng.integers(0, 6))]
        else:
            shape = random_shape(rng)
            while dtype == 'complex128' and int(np.prod(shape)) > 12:
                shape = random_shape(rng)
        n = int(np.prod(shape)) if shape else 1
        if dtype == 'bool':
            v = rng.random(n) < 0.5
        elif dtype in INT_DTYPES:
            v = random_int_values(rng, n, dtype)
        elif dtype == 'complex128':
            v = random_float_values(rng, n, 'float64') + 1j * random_float_values(rng, n, 'float64')
        else:
            v = random_float_values(rng, n, dtype)
        a = np.asarray(v).reshape(shape)
        opts = dict(DEFAULTS)
        opts.update(OPTION_VARIANTS[int(rng.integers(0, len(OPTION_VARIANTS)))])
        r, s = outputs(a, opts)
        lines.append({'a': encode_array(a, opts), 'o': opts_diff(opts), 'repr': r, 'str': s})
    # NumPy scalars
    for case in range(700):
        dtype = (['bool'] + INT_DTYPES + FLOAT_DTYPES * 4 + ['complex128', 'complex64'])[int(rng.integers(0, 22))]
        if dtype == 'bool':
            x = np.bool_(rng.random() < 0.5)
        elif dtype in INT_DTYPES:
            x = random_int_values(rng, 1, dtype)[0]
        elif dtype.startswith('complex'):
            ft = 'float64' if dtype == 'complex128' else 'float32'
            x = np.array(random_float_values(rng, 1, ft)[0] + 1j * random_float_values(rng, 1, ft)[0], dtype=dtype)[()]
        else:
            x = random_float_values(rng, 1, dtype)[0]
        legacy = [False, False, False, '1.25', '2.1', '2.2'][int(rng.integers(0, 6))]
        with np.printoptions(legacy=legacy):
            r, s = repr(x), str(x)
        rec = {'scalar': {'dtype': x.dtype.name, 'hex': np.asarray(x).astype(x.dtype.newbyteorder('<')).tobytes().hex()},
               'repr': r, 'str': s}
        if legacy:
            rec['o'] = {'legacy': legacy}
        lines.append(rec)
    return lines


# ------------------------------------------------------------------------------------------
# (c) Python formatting

def hexbits(x):
    return struct.pack('<d', x).hex()


def run(fn):
    try:
        return {'out': fn()}
    except Exception as e:  # noqa: BLE001 - we record the exception type and message
        return {'err': [type(e).__name__, str(e)]}


def random_float(r):
    style = r.randrange(8)
    if style == 0:
        return struct.unpack('<d', r.getrandbits(64).to_bytes(8, 'little'))[0]
    if style == 1:
        return r.choice([0.0, -0.0, float('inf'), float('-inf'), float('nan'), 0.5, 1.5, 2.5, 0.125, 1e16,
                         1e15, 9999999999999998.0, 1e-4, 9.999999999999999e-05, 1e-5, 5e-324, 1.7976931348623157e308,
                         0.1, 0.2, 0.3, 2.675, 1.005, 123456789.0, 1e22, 1e23, 100.0, 0.01, 999.9999])
    if style == 2:
        return round(r.uniform(-1000, 1000), r.randrange(0, 5))
    if style == 3:
        return float(r.randrange(-10 ** 6, 10 ** 6))
    if style == 4:
        return r.uniform(-1, 1) * 10.0 ** r.randrange(-30, 30)
    if style == 5:
        return r.random() * 10.0 ** r.randrange(-5, 17)
    if style == 6:
        return r.randrange(1, 20) / 8 * (-1) ** r.randrange(2)
    return r.gauss(0, 1)


def random_int(r):
    style = r.randrange(5)
    if style == 0:
        return r.randrange(-100, 100)
    if style == 1:
        return r.randrange(-10 ** 12, 10 ** 12)
    if style == 2:
        return r.choice([0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 2 ** 100, -(3 ** 50), 255, 65, 1234567])
    if style == 3:
        return r.randrange(-2 ** 70, 2 ** 70)
    return r.randrange(0, 100000)


def random_spec(r, kind):
    fill_align = r.choice(['', '', '', '<', '>', '^', '=', '*<', '*>', '*^', '0=', '_>', 'x^'])
    sign = r.choice(['', '', '+', '-', ' '])
    z = 'z' if kind == 'float' and r.random() < 0.08 else ''
    alt = '#' if r.random() < 0.15 else ''
    zero = '0' if r.random() < 0.2 else ''
    width = str(r.randrange(1, 25)) if r.random() < 0.5 else ''
    grouping = r.choice(['', '', '', '', ',', '_'])
    if kind == 'float':
        prec = '.' + str(r.choice([0, 1, 2, 3, 4, 6, 10, 17, 20])) if r.random() < 0.6 else ''
        typ = r.choice(['', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'f', 'e', 'g'])
    elif kind == 'int':
        prec = ''
        typ = r.choice(['', 'd', 'b', 'o', 'x', 'X', 'd', 'e', 'f', 'g', '%', 'c'])
    else:
        prec = '.' + str(r.randrange(0, 6)) if r.random() < 0.3 else ''
        typ = r.choice(['', 's'])
        sign = '' if r.random() < 0.9 else sign
        grouping = '' if r.random() < 0.9 else grouping
    return fill_align + sign + z + alt + zero + width + grouping + prec + typ


def python_cases():
    r = random.Random(4242)
    lines = []
    for _ in range(1800):
        x = random_float(r)
        lines.append({'k': 'repr', 'x': hexbits(x), 'out': repr(x)})
    for _ in range(1700):
        x = random_float(r)
        spec = random_spec(r, 'float')
        lines.append({'k': 'fmt', 't': 'float', 'x': hexbits(x), 'spec': spec, **run(lambda: format(x, spec))})
    for _ in range(1200):
        n = random_int(r)
        spec = random_spec(r, 'int')
        if spec.endswith('c'):
            n = r.randrange(32, 1000)
        lines.append({'k': 'fmt', 't': 'int', 'n': str(n), 'spec': spec, **run(lambda: format(n, spec))})
    words = ['', 'a', 'abc', 'hello world', 'ünïcode', 'x' * 30]
    for _ in range(400):
        s = r.choice(words)
        spec = random_spec(r, 'str')
        lines.append({'k': 'fmt', 't': 'str', 's': s, 'spec': spec, **run(lambda: format(s, spec))})
    # complex repr
    for _ in range(300):
        re_, im = random_float(r), random_float(r)
        if r.random() < 0.2:
            re_ = 0.0
        lines.append({'k': 'complex', 're': hexbits(re_), 'im': hexbits(im), 'out': repr(complex(re_, im))})
    # format(complex, spec)
    for _ in range(400):
        re_, im = random_float(r), random_float(r)
        if r.random() < 0.2:
            re_ = 0.0
        spec = r.choice(['', '', '.2f', '.3', 'g', 'e', '>24', '^30.4g', '+.1e', '010', '=12', '%', ',.2f', '#.0f',
                         'z.1f', ' .3G', '*<28', '.0', 'n', 'F'])
        lines.append({'k': 'cfmt', 're': hexbits(re_), 'im': hexbits(im), 'spec': spec,
                      **run(lambda: format(complex(re_, im), spec))})
    # round(x, n) and round(x)
    for _ in range(600):
        x = random_float(r)
        nd = r.choice([None, 0, 1, 2, 3, 5, 10, 15, 20, -1, -2, -5, 400, -400])
        item = {'k': 'round', 'x': hexbits(x), 'nd': nd}
        if nd is None:
            item.update(run(lambda: str(round(x))))
        else:
            item.update(run(lambda: hexbits(round(x, nd))))
        lines.append(item)
    # CPython's 4300-digit limit on int -> decimal str
    for n, specs in ((10 ** 4300 - 1, ('',)), (-(10 ** 4300 - 1), ('',)), (10 ** 4300, ('', 'd', ',')), (-(10 ** 4300), ('',))):
        for spec in specs:
            lines.append({'k': 'fmt', 't': 'int', 'n': hex(n), 'spec': spec, **run(lambda: format(n, spec))})
    lines.append({'k': 'pct', 'tpl': '%d', 'args': [{'t': 'int', 'n': hex(10 ** 4300)}], **run(lambda: '%d' % 10 ** 4300)})
    # bool format
    for spec in ['', '>6', 'd', '^7', '05', '+', 'x', '#b', '<3']:
        for b in (True, False):
            lines.append({'k': 'fmt', 't': 'bool', 'b': b, 'spec': spec, **run(lambda: format(b, spec))})
    # % formatting
    conversions = ['d', 'i', 'f', 'e', 'g', 'E', 'G', 'F', 's', 'r', 'x', 'o', 'X', 'c']
    for _ in range(1200):
        conv = r.choice(conversions)
        flags = ''.join(r.sample('-+ #0', r.randrange(0, 3)))
        width = str(r.randrange(1, 16)) if r.random() < 0.5 else ''
        prec = '.' + str(r.randrange(0, 12)) if r.random() < 0.5 else ''
        tpl = 'v=%' + flags + width + prec + conv + '|'
        kind = r.choice(['float', 'int', 'int', 'str', 'bool'])
        if kind == 'float':
            arg = {'t': 'float', 'x': hexbits(random_float(r))}
            val = struct.unpack('<d', bytes.fromhex(arg['x']))[0]
        elif kind == 'int':
            val = random_int(r) if conv != 'c' else r.randrange(32, 500)
            arg = {'t': 'int', 'n': str(val)}
        elif kind == 'bool':
            val = r.random() < 0.5
            arg = {'t': 'bool', 'b': val}
        else:
            val = r.choice(['a', 'xyz', "it's", ''])
            arg = {'t': 'str', 's': val}
        lines.append({'k': 'pct', 'tpl': tpl, 'args': [arg], **run(lambda: tpl % (val,))})
    # multi-argument templates and argument-count errors
    templates = ['%s and %s', '%d%%', '%5.1f|%-8s|%+d', '%(a)s', '%s', '%.3f %.3e %.3g', '%*d', '%-*.*f']
    for _ in range(200):
        tpl = r.choice(templates)
        nargs = r.randrange(0, 4)
        args, vals = [], []
        for _i in range(nargs):
            v = r.choice([r.randrange(-50, 50), random_float(r)])
            if isinstance(v, float):
                args.append({'t': 'float', 'x': hexbits(v)})
            else:
                args.append({'t': 'int', 'n': str(v)})
            vals.append(v)
        lines.append({'k': 'pct', 'tpl': tpl, 'args': args, 'tuple': 1, **run(lambda: tpl % tuple(vals))})
    # special values through every float conversion and flag
    specials = [float('inf'), float('-inf'), float('nan'), -0.0, 0.5, 2.5, 1234.5678, -1e-7, 1e22, 123456789.0]
    for x in specials:
        for tpl in ['%010.2f', '%-10e|', '%+g', '% .3G', '%#.0f', '%#g', '%012.4E', '%.0e', '%F', '%5.1f%%', '%d', '%r', '%s']:
            lines.append({'k': 'pct', 'tpl': tpl, 'args': [{'t': 'float', 'x': hexbits(x)}], **run(lambda: tpl % (x,))})
        for spec in ['010.2f', '<10e', '+g', ' .3G', '#.0f', '#g', '012,.4E', '.0e', 'F', '5.1%', 'z.0f', '^+12,.1f', '=+10']:
            lines.append({'k': 'fmt', 't': 'float', 'x': hexbits(x), 'spec': spec, **run(lambda: format(x, spec))})
    for tpl in ('%f', '%.2e', '%g', '%d', '%x'):
        lines.append({'k': 'pct', 'tpl': tpl, 'args': [{'t': 'int', 'n': str(10 ** 400)}], **run(lambda: tpl % (10 ** 400,))})
    # mapping operands: '%(name)s'
    mapping_templates = ['%(a)s|%(b).2f', '%(b)+08.3e and %(a)r', '%(a)d%%', '%(c)s', '%(a)s %(a)s', '%(b)x']
    for _ in range(60):
        tpl = r.choice(mapping_templates)
        a, b = r.randrange(-500, 500), random_float(r)
        args = {'a': {'t': 'int', 'n': str(a)}, 'b': {'t': 'float', 'x': hexbits(b)}}
        lines.append({'k': 'pct', 'tpl': tpl, 'map': args, **run(lambda: tpl % {'a': a, 'b': b})})
    return lines


def write(name, lines):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False, separators=(',', ':')) + '\n')
    print(f'{path}: {len(lines)} cases, {os.path.getsize(path)} bytes')


if __name__ == '__main__':
    write('python.jsonl', python_cases())
    write('arrays.jsonl', random_arrays())
    write('numpy_tests.jsonl', capture_numpy_tests())
