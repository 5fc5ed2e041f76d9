#!/usr/bin/env python3
# Owns src/engine/random/glibc-log-data.ts and test/engine/random-libm-cases.json. NumPy's
# legacy gauss/exponential and CPython's gauss/expovariate call glibc's log(), which is not
# correctly rounded (~0.07% of results differ from the exact rounding by one ulp); to reproduce
# their streams bit for bit the engine evaluates log the way glibc 2.28+ does (table-driven,
# 128 subintervals). This script reads that algorithm's constants (ln2 split, two polynomials,
# the 128 (1/c, log c) pairs) out of this machine's libm.so.6, checking each against its
# defining value, and records glibc's log on 4000 arguments as the test's expectation.
# Run: python3 scripts/golden/random_glibc_log_data.py
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


def main():
    path = '/lib/x86_64-linux-gnu/libm.so.6'
    if not os.path.exists(path):
        path = ctypes.util.find_library('m')
    blob = open(path, 'rb').read()
    ln2hi, ln2lo, poly, poly1, invc, logc = find_log_data(blob)
    f = lambda arr: ', '.join(repr(float(v)) for v in arr)
    rows = lambda arr: '\n'.join('  ' + f(arr[i:i + 4]) + ',' for i in range(0, len(arr), 4))
    ts = f'''// glibc's log() constants (sysdeps/ieee754/dbl-64 e_log_data.c, glibc 2.28+), read out of
// libm.so.6 by scripts/golden/random_glibc_log_data.py and checked against their definitions
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

    libm = ctypes.CDLL(path)
    libm.log.restype = ctypes.c_double
    libm.log.argtypes = [ctypes.c_double]
    rng = random.Random(7)
    xs = [rng.random() for _ in range(2500)] + [1 - rng.random() * 0.07 for _ in range(500)]
    xs += [rng.uniform(0, 60) for _ in range(500)] + [math.ldexp(rng.random(), rng.randrange(-1070, 1000)) for _ in range(500)]
    hx = lambda v: struct.pack('>d', v).hex()
    cases = {'x': ''.join(hx(x) for x in xs), 'log': ''.join(hx(libm.log(x)) for x in xs)}
    open(os.path.join(ROOT, 'test/engine/random-libm-cases.json'), 'w').write(json.dumps(cases))
    print('wrote glibc-log-data.ts and', len(xs), 'log cases')


if __name__ == '__main__':
    main()
