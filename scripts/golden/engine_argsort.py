#!/usr/bin/env python3
"""Golden corpus for NumPy's default (unstable) argsort order, ties and NaNs included.

Writes test/engine/golden/engine_argsort.json, replayed by test/engine/argsort_order.test.ts.
Also covers np.argpartition and np.partition (kth single, several, negative), np.sort's values
where -0.0 meets 0.0, and which zero np.unique keeps.
Inputs are not stored: each case names a generator, a seed and a size, and both this script and
the test rebuild the array from a 32-bit xorshift stream (same arithmetic on both sides). The
expected permutation is stored as an FNV-style hash (full permutations for small cases), so the
file stays small while every case is exact. Also records np.argsort's kind=/stable= parsing and
its errors. Run with python3 + NumPy 2.4.6 on the x86-64 AVX-512 machine the engine emulates.
"""
import json
import os
import struct
import sys

import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engine', 'golden', 'engine_argsort.json')
DTYPES = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float16', 'float32', 'float64']
M32 = 0xFFFFFFFF


class Stream:
    """xorshift32 (13, 17, 5); the test mirrors it."""

    def __init__(self, seed):
        self.s = (seed * 2654435761 + 1) & M32 or 1

    def next(self):
        s = self.s
        s ^= (s << 13) & M32
        s ^= s >> 17
        s ^= (s << 5) & M32
        self.s = s
        return s


SPECIALS = [float('nan'), float('inf'), float('-inf'), 0.0, -0.0, 1.5, -2.25, 3.0]
ZEROS = [0.0, -0.0, 1.0, -1.0, 2.5]


def values(dtype, gen, n, seed, param):
    """The generator contract shared with the test (see buildInput there)."""
    st = Stream(seed)
    info = np.dtype(dtype)
    is_float = info.kind == 'f'
    bits = info.itemsize * 8
    signed = info.kind == 'i'
    out = []
    if gen == 'small':  # integers in [0, param): many ties
        out = [st.next() % param for _ in range(n)]
    elif gen == 'sorted':
        v = 0
        for _ in range(n):
            v += st.next() % param
            out.append(v)
    elif gen == 'reverse':
        v = 0
        for _ in range(n):
            v += st.next() % param
            out.append(-v if signed or is_float else n * param - v)
    elif gen == 'organ':  # saw teeth of length param
        out = [(k % param) if (k // param) % 2 == 0 else param - (k % param) for k in range(n)]
    elif gen == 'wide':
        if is_float:
            out = [(st.next() / 4294967296.0 - 0.5) * 200.0 for _ in range(n)]
        elif bits == 64:
            out = []
            for _ in range(n):
                u = (st.next() << 32) | st.next()
                out.append(u - (1 << 64) if signed and u >= (1 << 63) else u)
        else:
            out = []
            for _ in range(n):
                u = st.next() & ((1 << bits) - 1)
                out.append(u - (1 << bits) if signed and u >= (1 << (bits - 1)) else u)
    elif gen == 'special':  # floats only: NaN, infinities, signed zeros among few values
        out = [SPECIALS[st.next() % param] for _ in range(n)]
    elif gen == 'zeros':  # floats only: -0.0 and 0.0 among a few numbers
        out = [ZEROS[st.next() % param] for _ in range(n)]
    elif gen == 'extreme':  # integers only: the dtype's min/max (the SIMD padding value) and neighbours
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        table = [lo, hi, 0, 1, hi - 1]
        out = [table[st.next() % param] for _ in range(n)]
    if dtype == 'bool':
        out = [int(v) % 2 != 0 for v in out]
    elif not is_float:
        lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
        out = [((int(v) - lo) % (hi - lo + 1)) + lo for v in out]
    return np.array(out, dtype=dtype)


STR_SPECIALS = ['\U0001F600', '\uffff', 'a\u00e9', '']


def str_values(n, seed, param):
    """str lanes: decimal strings of the stream mod param, every 7th a non-ASCII/astral/empty one."""
    st = Stream(seed)
    out = []
    for k in range(n):
        u = st.next()
        out.append(STR_SPECIALS[u % 4] if k % 7 == 6 else str(u % param))
    return np.array(out)


def perm_hash(p):
    h = 2166136261
    for i in p.tolist():
        h = ((h ^ i) * 16777619) & M32
    return h


def value_hash(a):
    """FNV-style hash of the values as float64 bit patterns (NaN canonical); the test mirrors it."""
    h = 2166136261
    for v in a.astype(np.float64).tolist():
        lo, hi = struct.unpack('<II', struct.pack('<d', float('nan') if v != v else v))
        h = ((h ^ lo) * 16777619) & M32
        h = ((h ^ hi) * 16777619) & M32
    return h


def sizes(rng):
    fixed = [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 127, 128, 129, 255, 256, 257, 258, 300,
             511, 512, 513, 1000, 1023, 1024, 1025, 2048, 4095, 4096, 4097, 5000]
    return fixed + [int(rng.integers(0, 5001)) for _ in range(40)]


def main():
    if np.__version__ != '2.4.6':
        sys.exit(f'need NumPy 2.4.6, have {np.__version__}')
    rng = np.random.default_rng(20261208)
    cases = []
    seed = 0
    for dtype in DTYPES:
        is_float = np.dtype(dtype).kind == 'f'
        gens = [('small', 2), ('small', 3), ('small', 10), ('small', 1000), ('wide', 0), ('sorted', 2),
                ('reverse', 3), ('organ', 37)]
        gens += [('special', 8), ('special', 5)] if is_float else [('extreme', 5), ('extreme', 2)]
        for n in sizes(rng):  # (see sizes: fixed edges + random)
            gen, param = gens[int(rng.integers(0, len(gens)))]
            seed += 1
            a = values(dtype, gen, n, seed, param)
            p = np.argsort(a)
            case = {'d': dtype, 'g': gen, 'n': n, 's': seed, 'q': param, 'h': perm_hash(p)}
            if n <= 40:
                case['p'] = p.tolist()
            cases.append(case)
        # a few large lanes: deep recursion of the SIMD quicksort (and its std::sort fallback)
        for n, gen, param in [(30000, 'small', 3), (70001, 'wide', 0), (65536, 'organ', 1000)]:
            seed += 1
            a = values(dtype, gen, n, seed, param)
            cases.append({'d': dtype, 'g': gen, 'n': n, 's': seed, 'q': param, 'h': perm_hash(np.argsort(a))})
    # several lanes at once: argsort along each axis of a 3-D array
    axes = []
    for dtype in DTYPES:
        for shape, axis in [((3, 40, 5), 1), ((7, 300), 0), ((7, 300), -1), ((2, 3, 260), None), ((4, 5, 6), 0)]:
            seed += 1
            n = int(np.prod(shape))
            a = values(dtype, 'small', n, seed, 4).reshape(shape)
            p = np.argsort(a, axis=axis)
            axes.append({'d': dtype, 'shape': list(shape), 'axis': axis, 's': seed, 'h': perm_hash(p.ravel())})
    # np.argpartition / np.partition: one kth (x86-simd-sort argselect / value quickselect for
    # 16/32/64-bit) and several kth (introselect with its pivot stack), negative kth included
    parts = []
    for dtype in DTYPES:
        is_float = np.dtype(dtype).kind == 'f'
        gens = [('small', 2), ('small', 10), ('small', 1000), ('wide', 0), ('sorted', 3), ('organ', 50)]
        gens += [('special', 5), ('special', 8), ('zeros', 2), ('zeros', 5)] if is_float else [('extreme', 5)]
        for n in [1, 2, 5, 16, 17, 100, 256, 257, 300, 600, 1025, 3000, 5000] + [int(rng.integers(1, 5001)) for _ in range(12)]:
            gen, param = gens[int(rng.integers(0, len(gens)))]
            seed += 1
            a = values(dtype, gen, n, seed, param)
            nk = int(rng.choice([1, 1, 1, 2, 3, 5]))
            kth = [int(k) for k in rng.integers(-n, n, nk)]
            if rng.integers(0, 6) == 0:
                kth = [n - 1] if rng.integers(0, 2) else [int(rng.integers(0, min(n, 3)))]
            k = kth[0] if len(kth) == 1 else kth
            parts.append({'op': 'argpartition', 'd': dtype, 'g': gen, 'n': n, 's': seed, 'q': param, 'k': kth,
                          'h': perm_hash(np.argpartition(a, k))})
            parts.append({'op': 'partition', 'd': dtype, 'g': gen, 'n': n, 's': seed, 'q': param, 'k': kth,
                          'h': value_hash(np.partition(a, k))})
    # np.sort (values: where -0.0 meets 0.0 the SIMD networks decide the zeros' signs) and
    # np.unique's kept zero (values-only, return_inverse and return_index take different sorts)
    sorts = []
    for dtype in ['float16', 'float32', 'float64', 'int32', 'int16', 'uint64']:
        is_float = np.dtype(dtype).kind == 'f'
        gens = [('zeros', 2), ('zeros', 5), ('special', 5), ('special', 8)] if is_float else [('small', 3), ('wide', 0)]
        for n in [1, 2, 3, 8, 9, 16, 17, 33, 64, 100, 255, 256, 257, 511, 512, 513, 1000, 3000, 5000] + [int(rng.integers(1, 5001)) for _ in range(10)]:
            gen, param = gens[int(rng.integers(0, len(gens)))]
            seed += 1
            a = values(dtype, gen, n, seed, param)
            case = {'d': dtype, 'g': gen, 'n': n, 's': seed, 'q': param, 'h': value_hash(np.sort(a)),
                    'u': [value_hash(np.unique(a)), value_hash(np.unique(a, return_inverse=True)[0]),
                          value_hash(np.unique(a, return_index=True)[0])]}
            sorts.append(case)
    # str arrays: NumPy's string introsort (argpartition of str sorts the whole lane)
    strs = []
    for n in [0, 1, 5, 16, 17, 40, 100, 257, 600, 2000] + [int(rng.integers(1, 3000)) for _ in range(10)]:
        param = int(rng.choice([3, 10, 1000]))
        seed += 1
        a = str_values(n, seed, param)
        case = {'n': n, 's': seed, 'q': param, 'h': perm_hash(np.argsort(a))}
        if n:
            case['hp'] = perm_hash(np.argpartition(a, n // 2))
        strs.append(case)
    # kind= / stable= parsing
    x = np.array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3] * 3)
    kinds = []
    for kind, stable in [(None, None), ('quicksort', None), ('q', None), ('heapsort', None), ('HEAP', None),
                         ('stable', None), ('mergesort', None), ('Stable', None), ('foo', None), ('', None),
                         (None, True), (None, False), ('stable', True), ('quicksort', False)]:
        try:
            r = {'p': np.argsort(x, kind=kind, stable=stable).tolist()}
        except Exception as e:  # noqa: BLE001 - the error text is the expectation
            r = {'e': [type(e).__name__, str(e)]}
        kinds.append({'kind': kind, 'stable': stable, **r})
    doc = {'numpy': np.__version__, 'x': x.tolist(), 'cases': cases, 'axes': axes, 'parts': parts, 'sorts': sorts, 'strs': strs, 'kinds': kinds}
    with open(OUT, 'w') as f:
        json.dump(doc, f, separators=(',', ':'))
        f.write('\n')
    print(f'{len(cases)} lane cases, {len(axes)} axis cases, {len(parts)} partition cases, {len(sorts)} sort cases, {len(strs)} str cases, {len(kinds)} kind cases -> {OUT}')


if __name__ == '__main__':
    main()
