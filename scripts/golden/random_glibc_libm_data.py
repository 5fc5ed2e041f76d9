#!/usr/bin/env python3
# Owns src/engine/random/glibc-{log,exp,pow,sincos}-data.ts and test/engine/random-libm-cases.json.
# NumPy's samplers and CPython's random call glibc's log() and exp(), which are not correctly
# rounded (~0.07% of results differ from the exact rounding by one ulp); to reproduce their
# streams bit for bit the engine evaluates both the way glibc 2.28+ does (table-driven, 128
# subintervals). This script reads those algorithms' constants (ln2 splits, polynomials, the
# 128 (1/c, log c) pairs, the 128 2^(j/128) entries) out of this machine's libm.so.6, checking
# each against its defining value, and records glibc's log and exp on 4000 arguments each as
# the test's expectation. Run: python3 scripts/golden/random_glibc_libm_data.py
import ctypes
import ctypes.util
import json
import math
import os
import random
import struct

import numpy as np

ROOT = os.path.join(os.path.dirname(__file__), '../..')


def find_log_data(blob):
    key = struct.pack('<dd', float.fromhex('0x1.62e42fefa3800p-1'), float.fromhex('0x1.ef35793c76730p-45'))
    at = 0
    while True:
        at = blob.find(key, at)
        assert at >= 0, '__log_data not found in libm'
        vals = np.frombuffer(blob, '<f8', 2 + 5 + 11 + 256, at)
        poly, poly1, tab = vals[2:7], vals[7:18], vals[18:]
        invc, logc = tab[0::2], tab[1::2]
        ok = (abs(poly[0] + 0.5) < 1e-9 and poly1[0] == -0.5 and abs(poly1[1] - 1 / 3) < 1e-12
              and all(abs(logc[i] + math.log(invc[i])) < 1e-15 for i in range(128))
              and all(0.68 < 1 / v < 1.42 for v in invc))
        if ok:
            return vals[0], vals[1], poly, poly1, invc, logc
        at += 1


def find_pow_log_data(blob):
    key = struct.pack('<ddd', float.fromhex('0x1.62e42fefa3800p-1'), float.fromhex('0x1.ef35793c76730p-45'), -0.5)
    at = 0
    while True:
        at = blob.find(key, at)
        assert at >= 0, '__pow_log_data not found in libm'
        vals = np.frombuffer(blob, '<f8', 2 + 7 + 512, at)
        poly, tab = vals[2:9], vals[9:].reshape(128, 4)
        if abs(poly[1] + 2 / 3) < 1e-9 and all(tab[:, 1] == 0) and all(abs(tab[:, 2] + np.log(tab[:, 0])) < 1e-12):
            return poly, tab
        at += 1


def find_sincostab(blob):
    key = struct.pack('<dddd', 0.0, 0.0, 1.0, 0.0)
    at = 0
    while True:
        at = blob.find(key, at)
        assert at >= 0, '__sincostab not found in libm'
        v = np.frombuffer(blob, '<f8', 440, at)
        # entry j: sin(j/128) split in two doubles, cos(j/128) split in two doubles
        if all(abs(v[4 * j] + v[4 * j + 1] - math.sin(j / 128)) < 1e-16 and abs(v[4 * j + 2] + v[4 * j + 3] - math.cos(j / 128)) < 1e-16
               for j in range(110)):
            return v
        at += 8


def find_exp_data(blob):
    key = struct.pack('<ddd', float.fromhex('0x1.71547652b82fep0') * 128, -float.fromhex('0x1.62e42fefa0000p-8'),
                      -float.fromhex('0x1.cf79abc9e3b3ap-47'))
    at = blob.find(key)
    assert at >= 0, '__exp_data not found in libm'
    head = np.frombuffer(blob, '<f8', 14, at)
    assert head[7] == float.fromhex('0x1.8p52'), 'unexpected __exp_data layout'
    poly = head[3:7]
    assert abs(poly[0] - 0.5) < 1e-9 and abs(poly[1] - 1 / 6) < 1e-9
    tab = np.frombuffer(blob, '<u8', 256, at + 14 * 8)
    for j in range(128):  # scale bits + (j << 45) must be 2^(j/128); tail the rounding error
        scale = np.frombuffer(np.uint64((int(tab[2 * j + 1]) + (j << 45)) % 2 ** 64).tobytes(), '<f8')[0]
        assert abs(scale / 2 ** (j / 128) - 1) < 1e-15
    return poly, tab


def main():
    path = '/lib/x86_64-linux-gnu/libm.so.6'
    if not os.path.exists(path):
        path = ctypes.util.find_library('m')
    blob = open(path, 'rb').read()
    ln2hi, ln2lo, poly, poly1, invc, logc = find_log_data(blob)
    f = lambda arr: ', '.join(repr(float(v)) for v in arr)
    rows = lambda arr: '\n'.join('  ' + f(arr[i:i + 4]) + ',' for i in range(0, len(arr), 4))
    ts = f'''// glibc's log() constants (sysdeps/ieee754/dbl-64 e_log_data.c, glibc 2.28+), read out of
// libm.so.6 by scripts/golden/random_glibc_libm_data.py and checked against their definitions
// (logc = -log(invc), polynomials ~ log1p series). GENERATED; do not edit.
export const LN2_HI = {float(ln2hi)!r};
export const LN2_LO = {float(ln2lo)!r};
/** log1p(r) - r ~ A0 r^2 + ... + A4 r^6 for |r| < 1/256. */
export const POLY = [{f(poly)}];
/** log(1 + r) near 1 (|r| < 0.0625): B0 r^2 + ... + B10 r^12. */
export const POLY1 = [{f(poly1)}];
/** 1/c for the 128 subintervals of [0x1.6p-1, 0x1.6p0). */
export const INVC = new Float64Array([
{rows(invc)}
]);
/** log(c) for the same subintervals. */
export const LOGC = new Float64Array([
{rows(logc)}
]);
'''
    open(os.path.join(ROOT, 'src/engine/random/glibc-log-data.ts'), 'w').write(ts)

    ppoly, ptab = find_pow_log_data(blob)
    pts = f'''// glibc's pow() log table (sysdeps/ieee754/dbl-64 e_pow_log_data.c, glibc 2.28+), read out of
// libm.so.6 by scripts/golden/random_glibc_libm_data.py and checked (logc = -log(invc)). GENERATED.
/** log1p(r) - r ~ A0 r^2 + ... + A6 r^8 (A0 = -0.5), in the scaled form pow's log_inline uses. */
export const POW_POLY = [{f(ppoly)}];
export const POW_INVC = new Float64Array([
{rows(ptab[:, 0])}
]);
export const POW_LOGC = new Float64Array([
{rows(ptab[:, 2])}
]);
export const POW_LOGCTAIL = new Float64Array([
{rows(ptab[:, 3])}
]);
'''
    open(os.path.join(ROOT, 'src/engine/random/glibc-pow-data.ts'), 'w').write(pts)

    sct = find_sincostab(blob)
    sts = f'''// glibc's __sincostab (sysdeps/ieee754/dbl-64/sincostab.c): for j = 0..109, sin(j/128) and
// cos(j/128) each as a (high, low) pair of doubles. Read out of libm.so.6 by
// scripts/golden/random_glibc_libm_data.py and checked against sin/cos. GENERATED; do not edit.
export const SINCOSTAB = new Float64Array([
{rows(sct)}
]);
'''
    open(os.path.join(ROOT, 'src/engine/random/glibc-sincos-data.ts'), 'w').write(sts)

    epoly, etab = find_exp_data(blob)
    words = ', '.join(f'0x{int(v) >> 32:08x}, 0x{int(v) & 0xffffffff:08x}' for v in etab)
    ets = f'''// glibc's exp() constants (sysdeps/ieee754/dbl-64 e_exp_data.c, glibc 2.28+), read out of
// libm.so.6 by scripts/golden/random_glibc_libm_data.py and checked against 2^(j/128). GENERATED.
/** exp(r) - 1 - r ~ C2 r^2 + C3 r^3 + C4 r^4 + C5 r^5. */
export const EXP_POLY = [{f(epoly)}];
/** For j = 0..127: the tail (rounding error of 2^(j/128)) and the scale bits, each as (high, low) uint32 words. */
export const EXP_TAB = new Uint32Array([
''' + '\n'.join('  ' + ', '.join(words.split(', ')[i:i + 8]) + ',' for i in range(0, len(words.split(', ')), 8)) + '''
]);
'''
    open(os.path.join(ROOT, 'src/engine/random/glibc-exp-data.ts'), 'w').write(ets)

    libm = ctypes.CDLL(path)
    for fn in (libm.log, libm.exp):
        fn.restype = ctypes.c_double
        fn.argtypes = [ctypes.c_double]
    for fn in (libm.sin, libm.cos):
        fn.restype = ctypes.c_double
        fn.argtypes = [ctypes.c_double]
    libm.pow.restype = ctypes.c_double
    libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]
    rng = random.Random(7)
    xs = [rng.random() for _ in range(2500)] + [1 - rng.random() * 0.07 for _ in range(500)]
    xs += [rng.uniform(0, 60) for _ in range(500)] + [math.ldexp(rng.random(), rng.randrange(-1070, 1000)) for _ in range(500)]
    hx = lambda v: struct.pack('>d', v).hex()
    es = [rng.uniform(-1, 1) for _ in range(1500)] + [rng.uniform(-40, 40) for _ in range(1500)]
    es += [-0.5 * rng.gauss(0, 2) ** 2 for _ in range(500)] + [rng.uniform(-745, 709) for _ in range(500)]
    cases = {'x': ''.join(hx(x) for x in xs), 'log': ''.join(hx(libm.log(x)) for x in xs),
             'ex': ''.join(hx(x) for x in es), 'exp': ''.join(hx(libm.exp(x)) for x in es)}
    # pow as the gamma family uses it: U^(1/shape) and (1 - shape + shape·Y)^(1/shape), plus general cases
    pw = [(rng.random(), 1 / rng.uniform(0.05, 1)) for _ in range(2000)] + [(rng.uniform(0.5, 3), 1 / rng.uniform(0.1, 1)) for _ in range(1000)]
    pw += [(rng.uniform(0, 100), rng.uniform(-20, 20)) for _ in range(1000)]
    cases['px'] = ''.join(hx(x) for x, _ in pw)
    cases['py'] = ''.join(hx(y) for _, y in pw)
    cases['pow'] = ''.join(hx(libm.pow(x, y)) for x, y in pw)
    # sin/cos as CPython's gauss uses them: random() * 2pi, plus a wider range
    sc = [rng.random() * 2 * math.pi for _ in range(3000)] + [rng.uniform(-100, 100) for _ in range(1000)]
    cases['sx'] = ''.join(hx(x) for x in sc)
    cases['sin'] = ''.join(hx(libm.sin(x)) for x in sc)
    cases['cos'] = ''.join(hx(libm.cos(x)) for x in sc)
    open(os.path.join(ROOT, 'test/engine/random-libm-cases.json'), 'w').write(json.dumps(cases))
    print('wrote glibc-{log,exp,pow,sincos}-data.ts;', len(xs), 'log,', len(es), 'exp,', len(pw), 'pow and', len(sc), 'sin/cos cases')


if __name__ == '__main__':
    main()
