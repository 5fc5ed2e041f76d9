#!/usr/bin/env python3
"""Golden cases for the engine's OpenBLAS-order matmul/dot/gemv (src/engine/blas.ts).

Writes test/engine/golden/blas.json: each case names its operands by shape, a seed and a view
kind; both this script and test/engine/gemm_blas.test.ts fill operands with the same xorshift32
doubles (53 random bits, exact in both languages), so only NumPy's results are stored: float64
bits of the result (every `step`-th element of its C-order ravel), base64. Run with NumPy 2.4.6
(bundled OpenBLAS, Haswell kernels on this machine's CPU): `python3 scripts/golden/engine_blas.py`.
"""
import base64, json, os, sys
import numpy as np

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'engine', 'golden', 'blas.json')


def filled(n, seed):
    s = (seed * 2654435761 + 12345) & 0xFFFFFFFF or 1
    out = np.empty(n)
    for i in range(n):
        s ^= (s << 13) & 0xFFFFFFFF; s ^= s >> 17; s ^= (s << 5) & 0xFFFFFFFF
        hi = s >> 6
        s ^= (s << 13) & 0xFFFFFFFF; s ^= s >> 17; s ^= (s << 5) & 0xFFFFFFFF
        lo = s >> 5
        out[i] = ((hi * 134217728 + lo) / 9007199254740992.0 - 0.5) * 4.0
    return out


def operand(spec):
    """spec = [shape, seed, view]: view 'c' C-contiguous, 'T' the transpose of a C-contiguous
    array of the reversed 2-D shape, 's' [::2, 1::2] of a (2m, 2n+1) array, 'r' [::-1] rows."""
    shape, seed, view = spec
    if view == 'c':
        return filled(int(np.prod(shape)), seed).reshape(shape)
    if view == 'T':
        return filled(int(np.prod(shape)), seed).reshape(shape[::-1]).T
    if view == 's':
        m, n = shape
        return filled(2 * m * (2 * n + 1), seed).reshape(2 * m, 2 * n + 1)[::2, 1::2]
    if view == 'r':
        return filled(int(np.prod(shape)), seed).reshape(shape)[::-1]
    raise ValueError(view)


def main():
    # --seed N --out PATH: another draw of the same families (match-rate measurements, not committed)
    args = sys.argv[1:]
    out = args[args.index('--out') + 1] if '--out' in args else OUT
    rng = np.random.default_rng(int(args[args.index('--seed') + 1]) if '--seed' in args else 20261208)
    cases = []
    seed = [0]

    def add(family, a, b, fn='matmul', limit=48, dtype='float64'):
        seed[0] += 2
        sa = [list(a[0]), seed[0], a[1]]
        sb = [list(b[0]), seed[0] + 1, b[1]] if b is not None else None
        A = operand(sa).astype(dtype, copy=False)
        r = A @ A.T if fn == 'syrk' else (np.dot(A, operand(sb).astype(dtype, copy=False)) if fn == 'dot' else A @ operand(sb).astype(dtype, copy=False))
        assert r.dtype == dtype
        # float32 results are stored as their (exact) float64 values
        flat = np.ascontiguousarray(np.asarray(r, dtype=np.float64)).ravel()
        step = max(1, -(-flat.size // limit))
        case = {'family': family, 'fn': fn, 'a': sa, 'b': sb, 'shape': list(np.shape(r)), 'step': step,
                'bits': base64.b64encode(flat[::step].tobytes()).decode()}
        if dtype != 'float64':
            case['dtype'] = dtype
        cases.append(case)

    ri = lambda lo, hi: int(rng.integers(lo, hi + 1))
    # gemm, single-threaded sizes (M*N*K <= 524288): K blocks of 256 and the odd last row
    for _ in range(120):
        M, N = ri(2, 40), ri(2, 40)
        K = ri(1, 20) if rng.random() < 0.3 else ri(1, min(1200, 524288 // (M * N)))
        add('gemm', ((M, K), 'c'), ((K, N), 'c'))
    for _ in range(30):
        M, N = ri(2, 30), ri(2, 30)
        K = ri(1, min(600, 524288 // (M * N)))
        add('gemm-views', ((M, K), rng.choice(['c', 'T'])), ((K, N), rng.choice(['c', 'T'])))
    for (M, K, N) in [(64, 64, 64), (9, 100, 7), (13, 300, 11), (3, 2000, 5), (2, 2, 2), (33, 65, 17), (20, 30, 40)]:
        add('gemm', ((M, K), 'c'), ((K, N), 'c'))
    # gemm on OpenBLAS's 2 threads (M*N*K > 524288): its row partition and K blocks
    for _ in range(60):
        M, N = ri(8, 140), ri(8, 140)
        K = ri(max(1, 524289 // (M * N) + 1), max(1000, 524289 // (M * N) + 2))
        add('gemm-threaded', ((M, K), 'c'), ((K, N), 'c'))
    for (M, K, N) in [(100, 257, 33), (512, 784, 128), (128, 128, 128), (200, 300, 200), (257, 64, 129)]:
        add('gemm-threaded', ((M, K), 'c'), ((K, N), 'c'))
    # a @ a.T: NumPy calls dsyrk and mirrors the upper triangle
    for (M, K) in [(5, 7), (20, 30), (33, 300), (64, 64), (200, 300), (9, 600)]:
        add('syrk', ((M, K), 'c'), None, fn='syrk')
    # batched stacks: one gemm per matrix
    for _ in range(10):
        bsz, M, N, K = ri(1, 4), ri(2, 12), ri(2, 12), ri(1, 40)
        add('gemm-batch', ((bsz, M, K), 'c'), ((K, N), 'c'))
    # matrix @ vector: dgemv_t (C-contiguous rows) and dgemv_n (Fortran-order matrix)
    for _ in range(60):
        M = ri(2, 300)
        K = ri(1, 12) if rng.random() < 0.4 else ri(1, 5000)
        add('gemv-t', ((M, K), 'c'), ((K,), 'c'))
    for _ in range(30):
        M = ri(2, 300)
        K = ri(1, 12) if rng.random() < 0.4 else ri(1, 3000)
        add('gemv-n', ((M, K), 'T'), ((K,), 'c'))
    for _ in range(30):
        N = ri(2, 300)
        K = ri(1, 12) if rng.random() < 0.4 else ri(1, 3000)
        add('vecmat-n', ((K,), 'c'), ((K, N), 'c'))
        add('vecmat-t', ((K,), 'c'), ((K, N), 'T'))
    # vector . vector: ddot
    for _ in range(60):
        n = ri(1, 40) if rng.random() < 0.4 else ri(1, 10000)
        add('ddot', ((n,), 'c'), ((n,), 'c'))
    # ddot on OpenBLAS's 2 threads (n > 10000): halves summed
    for _ in range(6):
        n = ri(10001, 40000)
        add('ddot-threaded', ((n,), 'c'), ((n,), 'c'))
    # not BLAS-able views: NumPy's own naive loop
    for _ in range(15):
        M, N, K = ri(2, 20), ri(2, 20), ri(1, 60)
        add('noblas', ((M, K), 's'), ((K, N), 'c'))
    # non-BLAS views NumPy copies before calling BLAS: vectors, reversed rows, matrix @ vector
    for _ in range(10):
        M, K = ri(2, 30), ri(2, 300)
        add('noblas-gemv', ((M, K), 's'), ((K,), 'c'))
        add('noblas-rev', ((M, K), 'r'), ((K, ri(2, 9)), 'c'))
        add('noblas-vecmat', ((K,), 'r'), ((K, ri(2, 9)), 'c'))
    # np.dot on 2-D (cblas_matrixproduct) and 1-D
    for _ in range(10):
        M, N, K = ri(2, 30), ri(2, 30), ri(1, 300)
        add('dot-2d', ((M, K), 'c'), ((K, N), 'c'), fn='dot')
        n = ri(1, 3000)
        add('dot-1d', ((n,), 'c'), ((n,), 'c'), fn='dot')
    # float32 matrix @ matrix: sgemm (Haswell kernel's k2 blocks, GEMM_Q 320, threaded partition)
    for _ in range(60):
        M, N = ri(2, 60), ri(2, 60)
        K = ri(1, 20) if rng.random() < 0.3 else ri(1, min(1000, 524288 // (M * N)))
        add('sgemm', ((M, K), 'c'), ((K, N), 'c'), dtype='float32')
    for _ in range(25):
        M, N = ri(8, 140), ri(8, 140)
        K = ri(max(1, 524289 // (M * N) + 1), max(1000, 524289 // (M * N) + 2))
        add('sgemm-threaded', ((M, K), 'c'), ((K, N), 'c'), dtype='float32')
    for _ in range(10):
        M, N, K = ri(2, 40), ri(2, 40), ri(1, 300)
        add('sgemm-views', ((M, K), rng.choice(['c', 'T', 's'])), ((K, N), rng.choice(['c', 'T'])), dtype='float32')
    # float32 a @ a.T: ssyrk (plain chains, halved last K blocks), up to 64 rows
    for (M, K) in [(20, 30), (5, 7), (12, 40), (16, 64), (33, 300), (64, 64), (9, 700), (13, 100), (21, 50)]:
        add('ssyrk', ((M, K), 'c'), None, fn='syrk', dtype='float32')
    # float32 vector . vector: sdot (32 fused lanes, tail summed in double)
    for _ in range(20):
        n = ri(1, 40) if rng.random() < 0.4 else ri(1, 5000)
        add('sdot', ((n,), 'c'), ((n,), 'c'), dtype='float32')
    add('sdot', ((300,), 'r'), ((300,), 'c'), dtype='float32')
    # float32 C-ordered matrix @ vector: sgemv_t (8 fused lanes after a 4-k prologue, unfused edges)
    for _ in range(25):
        M, K = ri(2, 300), ri(1, 12) if rng.random() < 0.3 else ri(1, 3000)
        add('sgemv-t', ((M, K), 'c'), ((K,), 'c'), dtype='float32')
    # float32 vector @ C-ordered matrix and Fortran-ordered matrix @ vector: sgemv_n
    for _ in range(20):
        N, K = ri(2, 300), ri(1, 12) if rng.random() < 0.3 else ri(1, 2500)
        add('sgemv-n', ((K,), 'c'), ((K, N), 'c'), dtype='float32')
        add('sgemv-n-f', ((N, K), 'T'), ((K,), 'c'), dtype='float32')
        add('sgemv-t-f', ((K,), 'c'), ((K, N), 'T'), dtype='float32')
    json.dump({'numpy': np.__version__, 'cases': cases}, open(out, 'w'), separators=(',', ':'))
    print(len(cases), 'cases,', os.path.getsize(out), 'bytes ->', out)


if __name__ == '__main__':
    main()
