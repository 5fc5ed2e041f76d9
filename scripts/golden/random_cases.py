#!/usr/bin/env python3
# Owns test/engine/random-cases.jsonl and random-ndarray-cases.jsonl: bit-exact golden streams for src/engine/random, made
# with python3 + NumPy 2.4.6. One line per case: which generator ("legacy" = RandomState,
# "gen" = default_rng, "py" = CPython random.Random), its seed, a sequence of calls made on
# that one state, and each call's result. Floats are stored as the hex of their IEEE bits,
# ints as JSON numbers (strings beyond 2**53), errors as {"err": type, "msg": text}. The
# -ndarray- file drives the NDArray layer: array parameters as {"arr": nested, "dt": dtype}.
# Run: python3 scripts/golden/random_cases.py
import json
import os
import random
import struct

import numpy as np

RNG = random.Random(20240607)
OUT = os.path.join(os.path.dirname(__file__), '../../test/engine/random-cases.jsonl')
SAFE = 2 ** 53


def ival(v):
    v = int(v)
    return v if -SAFE < v < SAFE else str(v)


def enc_value(x):
    """Encodes a result: ndarray, NumPy scalar, Python float/int/bool or list of ints."""
    if isinstance(x, list):
        return {'i': [ival(v) for v in x], 'sh': [len(x)]}
    shape = list(np.shape(x)) if isinstance(x, np.ndarray) else None
    a = np.asarray(x)
    if a.dtype == np.float64:
        return {'f8': a.astype('>f8').tobytes().hex(), 'sh': shape}
    if a.dtype == np.float32:
        return {'f4': a.astype('>f4').tobytes().hex(), 'sh': shape}
    dt = 'bool' if a.dtype == np.bool_ else str(a.dtype)
    return {'i': [ival(v) for v in a.ravel()], 'dt': dt, 'sh': shape}


def enc(x):
    out = enc_value(x)
    if type(x) in (int, float, bool):  # a Python scalar, not a NumPy one
        out['py'] = 1
        if type(x) is int:
            out['dt'] = 'int'
    return out


def run(fn):
    try:
        return enc(fn())
    except Exception as e:  # NumPy's own exception type and text are the expectation
        return {'err': type(e).__name__, 'msg': str(e)}


def pick_size():
    return RNG.choice([None, None, 1, 3, 5, [2, 3], [4], [3, 1, 2], 10, [0], 16])


INT_RANGES = {
    'int64': [(0, 10), (-5, 5), (0, 256), (0, 2 ** 31), (0, 2 ** 32 - 1), (0, 2 ** 32), (0, 2 ** 32 + 1), (3, 2 ** 40),
              (-2 ** 62, 2 ** 62), (-2 ** 63, 2 ** 63 - 1), (10 ** 18, 10 ** 18 + 7), (0, 1), (-(2 ** 63), 0), (0, 3 * 2 ** 61)],
    'int32': [(0, 10), (-2 ** 31, 2 ** 31 - 1), (-100, 100), (0, 2 ** 31 - 1), (0, 65536), (0, 1)],
    'int16': [(0, 10), (-2 ** 15, 2 ** 15 - 1), (-300, 300), (0, 1)],
    'int8': [(0, 10), (-128, 127), (-5, 6), (0, 100)],
    'uint64': [(0, 10), (0, 2 ** 64 - 1), (2 ** 63, 2 ** 64 - 1), (0, 2 ** 33)],
    'uint32': [(0, 10), (0, 2 ** 32 - 1), (5, 2 ** 31 + 7)],
    'uint16': [(0, 10), (0, 65535), (1000, 40000)],
    'uint8': [(0, 10), (0, 255), (3, 200)],
    'bool': [(0, 2), (0, 1), (1, 2)],
}


def int_args():
    dt = RNG.choice(list(INT_RANGES))
    low, high = RNG.choice(INT_RANGES[dt])
    return dt, low, high


def prob_vector(n):
    w = np.array([RNG.choice([0.0, 0.5, 1.0, 2.0, 3.0, RNG.random()]) for _ in range(n)])
    if w.sum() == 0:
        w[0] = 1.0
    return (w / w.sum()).tolist()


def legacy_op():
    kind = RNG.choice(['rand', 'random_sample', 'randn', 'standard_normal', 'normal', 'uniform', 'randint', 'randint',
                       'choice', 'permutation', 'shuffle', 'shuffle2d', 'exponential', 'standard_exponential', 'poisson',
                       'randn', 'randint', 'binomial', 'binomial', 'lognormal', 'hypergeometric', 'hypergeometric', 'logseries', 'zipf', 'noncentral_chisquare', 'noncentral_f', 'standard_gamma', 'gamma', 'beta', 'chisquare', 'laplace', 'logistic', 'standard_cauchy', 'triangular', 'multinomial', 'dirichlet', 'gumbel', 'weibull', 'pareto', 'power', 'standard_t', 'f', 'wald', 'rayleigh', 'geometric', 'negative_binomial'])
    if kind == 'gumbel':
        return [kind, RNG.choice([0.0, 1.0]), RNG.choice([1.0, 2.0]), pick_size()]
    if kind in ('weibull', 'pareto', 'power'):
        return [kind, RNG.choice([0.5, 1.0, 3.0]), pick_size()]
    if kind == 'standard_t':
        return [kind, RNG.choice([0.5, 1.0, 5.0]), pick_size()]
    if kind == 'f':
        return [kind, RNG.choice([1.0, 5.0]), RNG.choice([2.0, 10.0]), pick_size()]
    if kind == 'wald':
        return [kind, RNG.choice([0.5, 1.0, 3.0]), RNG.choice([0.5, 2.0]), pick_size()]
    if kind == 'rayleigh':
        return [kind, RNG.choice([1.0, 2.5]), pick_size()]
    if kind == 'geometric':
        return [kind, RNG.choice([0.05, 0.2, 0.5, 0.9, 1.0]), pick_size()]
    if kind == 'negative_binomial':
        return [kind, RNG.choice([1.0, 3.5, 20.0]), RNG.choice([0.2, 0.5, 0.9]), pick_size()]
    if kind == 'noncentral_chisquare':
        return [kind, RNG.choice([0.5, 1.0, 3.0]), RNG.choice([0.0, 0.5, 4.0]), pick_size()]
    if kind == 'noncentral_f':
        return [kind, RNG.choice([0.5, 3.0]), RNG.choice([2.0, 7.0]), RNG.choice([0.0, 1.5]), pick_size()]
    if kind == 'logseries':
        return [kind, RNG.choice([0.0, 0.1, 0.5, 0.9, 0.999]), pick_size()]
    if kind == 'zipf':
        return [kind, RNG.choice([1.1, 1.5, 2.0, 3.0]), pick_size()]
    if kind == 'hypergeometric':
        good, bad = RNG.choice([(10, 20), (5, 3), (100, 400), (1000, 10), (0, 7), (50000, 70000)])
        return [kind, good, bad, RNG.randrange(1, good + bad + 1), RNG.choice([None, 5, [2, 3], 50])]
    if kind == 'multinomial':
        return [kind, RNG.choice([0, 1, 10, 100, 5000]), RNG.choice([[0.2, 0.3, 0.5], [1.0], [0.1] * 10, [0.5, 0.5, 0.0], [0.7, 0.6]]),
                RNG.choice([None, 3, [2, 2]])]
    if kind == 'dirichlet':
        return [kind, RNG.choice([[1.0, 2.0], [0.5, 0.5, 0.5], [0.05, 0.02, 0.08], [10.0, 1.0, 0.1, 3.0]]), RNG.choice([None, 3, [2, 2]])]
    if kind == 'standard_gamma':
        return [kind, RNG.choice([0.3, 0.5, 1.0, 2.0, 5.5]), pick_size()]
    if kind == 'gamma':
        return [kind, RNG.choice([0.3, 1.0, 2.0, 9.0]), RNG.choice([1.0, 2.5]), pick_size()]
    if kind == 'beta':
        return [kind, RNG.choice([0.5, 0.9, 2.0, 5.0]), RNG.choice([0.3, 1.0, 3.0]), pick_size()]
    if kind == 'chisquare':
        return [kind, RNG.choice([1.0, 2.0, 7.5]), pick_size()]
    if kind in ('laplace', 'logistic'):
        return [kind, RNG.choice([0.0, 2.0]), RNG.choice([1.0, 0.5]), pick_size()]
    if kind == 'standard_cauchy':
        return [kind, pick_size()]
    if kind == 'triangular':
        return [kind, RNG.choice([0.0, -1.0]), RNG.choice([0.0, 0.5, 1.0]), RNG.choice([1.0, 3.0]), pick_size()]
    if kind == 'binomial':
        return [kind, RNG.choice([0, 1, 5, 10, 50, 100, 1000, 10 ** 6]), RNG.choice([0.0, 0.01, 0.1, 0.3, 0.5, 0.7, 0.99, 1.0]),
                RNG.choice([None, 5, [2, 3], 200])]
    if kind == 'lognormal':
        return [kind, RNG.choice([0.0, 1.0]), RNG.choice([1.0, 0.5]), pick_size()]
    if kind in ('rand', 'randn'):
        return [kind, RNG.choice([[], [], [3], [2, 2], [5], [1]])]
    if kind in ('random_sample', 'standard_normal', 'standard_exponential'):
        return [kind, pick_size()]
    if kind == 'normal':
        return [kind, RNG.choice([0.0, 1.5, -3.0]), RNG.choice([1.0, 0.5, 2.0, 0.0]), pick_size()]
    if kind == 'uniform':
        return [kind, RNG.choice([0.0, -1.0, 5.0]), RNG.choice([1.0, 10.0, 5.0, -2.0]), pick_size()]
    if kind == 'randint':
        dt, low, high = int_args()
        return [kind, low, high, pick_size(), None if dt == 'int64' and RNG.random() < 0.5 else dt]
    if kind == 'choice':
        n = RNG.choice([1, 3, 5, 10, 100])
        replace = RNG.random() < 0.6
        p = prob_vector(n) if RNG.random() < 0.4 else None
        size = RNG.choice([None, 1, 3, [2, 2], 5])
        return [kind, n, size, replace, p]
    if kind in ('permutation', 'shuffle'):
        return [kind, RNG.choice([0, 1, 2, 5, 10, 33])]
    if kind == 'shuffle2d':
        return [kind, RNG.choice([1, 3, 6]), RNG.choice([1, 2, 4])]
    if kind == 'exponential':
        return [kind, RNG.choice([1.0, 2.5, 0.1]), pick_size()]
    return ['poisson', RNG.choice([0.0, 0.5, 3.0, 9.9, 10.0, 25.0, 1000.0]), pick_size()]


def gen_op():
    kind = RNG.choice(['random', 'random32', 'integers', 'integers', 'integers', 'standard_normal', 'standard_normal32',
                       'normal', 'uniform', 'choice', 'choice', 'permutation', 'shuffle', 'shuffle2d', 'exponential',
                       'standard_exponential', 'poisson', 'standard_normal', 'binomial', 'binomial', 'lognormal', 'hypergeometric',
                       'hypergeometric', 'logseries', 'zipf', 'standard_gamma', 'gamma', 'beta', 'chisquare', 'laplace', 'logistic', 'standard_cauchy', 'triangular', 'multinomial', 'dirichlet', 'gumbel', 'weibull', 'pareto', 'power', 'standard_t', 'f', 'wald', 'rayleigh', 'geometric', 'negative_binomial'])
    if kind == 'gumbel':
        return [kind, RNG.choice([0.0, 1.0]), RNG.choice([1.0, 2.0]), pick_size()]
    if kind in ('weibull', 'pareto', 'power'):
        return [kind, RNG.choice([0.5, 1.0, 3.0]), pick_size()]
    if kind == 'standard_t':
        return [kind, RNG.choice([0.5, 1.0, 5.0]), pick_size()]
    if kind == 'f':
        return [kind, RNG.choice([1.0, 5.0]), RNG.choice([2.0, 10.0]), pick_size()]
    if kind == 'wald':
        return [kind, RNG.choice([0.5, 1.0, 3.0]), RNG.choice([0.5, 2.0]), pick_size()]
    if kind == 'rayleigh':
        return [kind, RNG.choice([1.0, 2.5]), pick_size()]
    if kind == 'geometric':
        return [kind, RNG.choice([0.05, 0.2, 0.5, 0.9, 1.0]), pick_size()]
    if kind == 'negative_binomial':
        return [kind, RNG.choice([1.0, 3.5, 20.0]), RNG.choice([0.2, 0.5, 0.9]), pick_size()]
    if kind == 'noncentral_chisquare':
        return [kind, RNG.choice([0.5, 1.0, 3.0]), RNG.choice([0.0, 0.5, 4.0]), pick_size()]
    if kind == 'noncentral_f':
        return [kind, RNG.choice([0.5, 3.0]), RNG.choice([2.0, 7.0]), RNG.choice([0.0, 1.5]), pick_size()]
    if kind == 'logseries':
        return [kind, RNG.choice([0.0, 0.1, 0.5, 0.9, 0.999]), pick_size()]
    if kind == 'zipf':
        return [kind, RNG.choice([1.1, 1.5, 2.0, 3.0]), pick_size()]
    if kind == 'hypergeometric':
        good, bad = RNG.choice([(10, 20), (5, 3), (100, 400), (1000, 10), (0, 7), (50000, 70000)])
        return [kind, good, bad, RNG.randrange(1, good + bad + 1), RNG.choice([None, 5, [2, 3], 50])]
    if kind == 'multinomial':
        return [kind, RNG.choice([0, 1, 10, 100, 5000]), RNG.choice([[0.2, 0.3, 0.5], [1.0], [0.1] * 10, [0.5, 0.5, 0.0], [0.7, 0.6]]),
                RNG.choice([None, 3, [2, 2]])]
    if kind == 'dirichlet':
        return [kind, RNG.choice([[1.0, 2.0], [0.5, 0.5, 0.5], [0.05, 0.02, 0.08], [10.0, 1.0, 0.1, 3.0]]), RNG.choice([None, 3, [2, 2]])]
    if kind == 'standard_gamma':
        return [kind, RNG.choice([0.3, 0.5, 1.0, 2.0, 5.5]), pick_size()]
    if kind == 'gamma':
        return [kind, RNG.choice([0.3, 1.0, 2.0, 9.0]), RNG.choice([1.0, 2.5]), pick_size()]
    if kind == 'beta':
        return [kind, RNG.choice([0.5, 0.9, 2.0, 5.0]), RNG.choice([0.3, 1.0, 3.0]), pick_size()]
    if kind == 'chisquare':
        return [kind, RNG.choice([1.0, 2.0, 7.5]), pick_size()]
    if kind in ('laplace', 'logistic'):
        return [kind, RNG.choice([0.0, 2.0]), RNG.choice([1.0, 0.5]), pick_size()]
    if kind == 'standard_cauchy':
        return [kind, pick_size()]
    if kind == 'triangular':
        return [kind, RNG.choice([0.0, -1.0]), RNG.choice([0.0, 0.5, 1.0]), RNG.choice([1.0, 3.0]), pick_size()]
    if kind == 'binomial':
        return [kind, RNG.choice([0, 1, 5, 10, 50, 100, 1000, 10 ** 6]), RNG.choice([0.0, 0.01, 0.1, 0.3, 0.5, 0.7, 0.99, 1.0]),
                RNG.choice([None, 5, [2, 3], 200])]
    if kind == 'lognormal':
        return [kind, RNG.choice([0.0, 1.0]), RNG.choice([1.0, 0.5]), pick_size()]
    if kind in ('random', 'standard_normal', 'standard_exponential'):
        return [kind, pick_size(), 'float64']
    if kind in ('random32', 'standard_normal32'):
        return [kind[:-2], pick_size(), 'float32']
    if kind == 'integers':
        dt, low, high = int_args()
        endpoint = RNG.random() < 0.3
        if endpoint:
            high = high - 1
        return [kind, low, high, pick_size(), dt, endpoint]
    if kind == 'normal':
        return [kind, RNG.choice([0.0, 1.5, -3.0]), RNG.choice([1.0, 0.5, 2.0]), pick_size()]
    if kind == 'uniform':
        return [kind, RNG.choice([0.0, -1.0, 5.0]), RNG.choice([1.0, 10.0, 5.0]), pick_size()]
    if kind == 'choice':
        n = RNG.choice([1, 3, 5, 10, 100, 1000, 20000])
        replace = RNG.random() < 0.5
        p = prob_vector(n) if n <= 100 and RNG.random() < 0.4 else None
        size = RNG.choice([None, 1, 3, [2, 2], 5, 12] + ([500, 1000] if n == 20000 else []))
        return [kind, n, size, replace, p, RNG.random() < 0.8]
    if kind in ('permutation', 'shuffle'):
        return [kind, RNG.choice([0, 1, 2, 5, 10, 33])]
    if kind == 'shuffle2d':
        return [kind, RNG.choice([1, 3, 6]), RNG.choice([1, 2, 4])]
    if kind == 'exponential':
        return [kind, RNG.choice([1.0, 2.5, 0.1]), pick_size()]
    return ['poisson', RNG.choice([0.0, 0.5, 3.0, 9.9, 10.0, 25.0, 1000.0]), pick_size()]


def py_op():
    kind = RNG.choice(['random', 'randint', 'randrange', 'choice', 'shuffle', 'uniform', 'gauss', 'gauss', 'normalvariate',
                       'expovariate', 'sample', 'choices', 'getrandbits', 'triangular', 'randrange', 'gammavariate',
                       'betavariate', 'paretovariate', 'weibullvariate', 'sample_counts', 'randbytes'])
    if kind == 'sample_counts':
        counts = RNG.choice([[1, 2, 3], [5, 0, 5], [100, 1], [3] * 12])
        return [kind, counts, RNG.choice([0, 1, 3, 6])]
    if kind == 'randbytes':
        return [kind, RNG.choice([0, 1, 3, 4, 5, 9])]
    if kind in ('gammavariate', 'betavariate', 'weibullvariate'):
        return [kind, RNG.choice([0.3, 1.0, 2.5]), RNG.choice([0.5, 1.0, 3.0])]
    if kind == 'paretovariate':
        return [kind, RNG.choice([0.5, 1.0, 3.0])]
    if kind == 'randint':
        a = RNG.choice([0, -10, 1, 10 ** 12])
        return [kind, a, a + RNG.choice([0, 1, 6, 99, 2 ** 31, 2 ** 32, 2 ** 40, 2 ** 70])]
    if kind == 'randrange':
        start = RNG.choice([0, 5, -7, 100])
        stop = start + RNG.choice([1, 10, 1000, 2 ** 33, 2 ** 64])
        return [kind, start, stop, RNG.choice([1, 1, 3, -2])] if RNG.random() < 0.5 else [kind, stop - start]
    if kind in ('choice', 'shuffle'):
        return [kind, RNG.choice([1, 2, 7, 30])]
    if kind == 'uniform':
        return [kind, RNG.choice([0.0, -1.0]), RNG.choice([1.0, 10.0])]
    if kind in ('gauss', 'normalvariate'):
        return [kind, RNG.choice([0.0, 5.0]), RNG.choice([1.0, 0.25])]
    if kind == 'expovariate':
        return [kind, RNG.choice([1.0, 0.5, 3.0])]
    if kind == 'sample':
        n = RNG.choice([5, 10, 30, 100, 1000])
        return [kind, n, RNG.choice([0, 1, 3, 5, 6, 10]) if n >= 10 else RNG.choice([0, 1, 5])]
    if kind == 'choices':
        n = RNG.choice([1, 4, 9])
        w = [RNG.choice([1, 2, 0.5, 3.25]) for _ in range(n)] if RNG.random() < 0.6 else None
        return [kind, n, RNG.choice([1, 4, 8]), w]
    if kind == 'getrandbits':
        return [kind, RNG.choice([0, 1, 8, 31, 32, 33, 53, 64, 100])]
    if kind == 'triangular':
        return [kind, 0.0, RNG.choice([1.0, 4.0]), RNG.choice([None, 0.25, 3.0])]
    return [kind]


def call_legacy(r, op):
    k = op[0]
    if k == 'rand': return r.rand(*op[1])
    if k == 'randn': return r.randn(*op[1])
    if k == 'random_sample': return r.random_sample(op[1])
    if k == 'standard_normal': return r.standard_normal(op[1])
    if k == 'standard_exponential': return r.standard_exponential(op[1])
    if k == 'normal': return r.normal(op[1], op[2], op[3])
    if k == 'uniform': return r.uniform(op[1], op[2], op[3])
    if k == 'randint': return r.randint(op[1], op[2], op[3], dtype=op[4]) if op[4] else r.randint(op[1], op[2], op[3])
    if k == 'choice': return r.choice(op[1], op[2], op[3], op[4])
    if k == 'permutation': return r.permutation(op[1])
    if k == 'shuffle':
        x = np.arange(op[1]); r.shuffle(x); return x
    if k == 'shuffle2d':
        x = np.arange(op[1] * op[2]).reshape(op[1], op[2]); r.shuffle(x); return x
    if k == 'exponential': return r.exponential(op[1], op[2])
    if k == 'poisson': return r.poisson(op[1], op[2])
    if k == 'binomial': return r.binomial(op[1], op[2], op[3])
    if k == 'hypergeometric': return r.hypergeometric(op[1], op[2], op[3], op[4])
    if k in ('logseries', 'zipf'): return getattr(r, k)(op[1], op[2])
    if k in ('noncentral_chisquare', 'noncentral_f'): return getattr(r, k)(*op[1:])
    if k in ('standard_gamma', 'gamma', 'beta', 'chisquare', 'laplace', 'logistic', 'standard_cauchy', 'triangular', 'multinomial', 'dirichlet',
             'gumbel', 'weibull', 'pareto', 'power', 'standard_t', 'f', 'wald', 'rayleigh', 'geometric', 'negative_binomial'):
        return getattr(r, k)(*op[1:])
    if k == 'lognormal': return r.lognormal(op[1], op[2], op[3])
    raise KeyError(k)


def call_gen(g, op):
    k = op[0]
    if k == 'random': return g.random(op[1], dtype=op[2])
    if k == 'spawn': return g.spawn(op[1])[op[2]].random(op[3])
    if k == 'seedseq': return np.random.SeedSequence(op[1], spawn_key=op[2]).generate_state(op[3], op[4])
    if k == 'standard_normal': return g.standard_normal(op[1], dtype=op[2])
    if k == 'standard_exponential': return g.standard_exponential(op[1], dtype=op[2])
    if k == 'integers': return g.integers(op[1], op[2], op[3], dtype=op[4], endpoint=op[5])
    if k == 'normal': return g.normal(op[1], op[2], op[3])
    if k == 'uniform': return g.uniform(op[1], op[2], op[3])
    if k == 'choice': return g.choice(op[1], op[2], op[3], op[4], shuffle=op[5])
    if k == 'permutation': return g.permutation(op[1])
    if k == 'shuffle':
        x = np.arange(op[1]); g.shuffle(x); return x
    if k == 'shuffle2d':
        x = np.arange(op[1] * op[2]).reshape(op[1], op[2]); g.shuffle(x); return x
    if k == 'exponential': return g.exponential(op[1], op[2])
    if k == 'poisson': return g.poisson(op[1], op[2])
    if k == 'binomial': return g.binomial(op[1], op[2], op[3])
    if k == 'hypergeometric': return g.hypergeometric(op[1], op[2], op[3], op[4])
    if k in ('logseries', 'zipf'): return getattr(g, k)(op[1], op[2])
    if k in ('noncentral_chisquare', 'noncentral_f'): return getattr(g, k)(*op[1:])
    if k in ('standard_gamma', 'gamma', 'beta', 'chisquare', 'laplace', 'logistic', 'standard_cauchy', 'triangular', 'multinomial', 'dirichlet',
             'gumbel', 'weibull', 'pareto', 'power', 'standard_t', 'f', 'wald', 'rayleigh', 'geometric', 'negative_binomial'):
        return getattr(g, k)(*op[1:])
    if k == 'lognormal': return g.lognormal(op[1], op[2], op[3])
    raise KeyError(k)


def call_py(r, op):
    k = op[0]
    if k == 'random': return r.random()
    if k == 'randint': return r.randint(op[1], op[2])
    if k == 'randrange': return r.randrange(*op[1:])
    if k == 'choice': return r.choice(range(op[1]))
    if k == 'shuffle':
        x = list(range(op[1])); r.shuffle(x); return x
    if k == 'uniform': return r.uniform(op[1], op[2])
    if k == 'gauss': return r.gauss(op[1], op[2])
    if k == 'normalvariate': return r.normalvariate(op[1], op[2])
    if k == 'expovariate': return r.expovariate(op[1])
    if k == 'sample': return r.sample(range(op[1]), op[2])
    if k == 'choices': return r.choices(range(op[1]), op[3], k=op[2])
    if k == 'getrandbits': return r.getrandbits(op[1])
    if k == 'triangular': return r.triangular(op[1], op[2], op[3])
    if k in ('gammavariate', 'betavariate', 'paretovariate', 'weibullvariate'): return getattr(r, k)(*op[1:])
    if k == 'sample_counts': return r.sample(range(len(op[1])), op[2], counts=op[1])
    if k == 'randbytes': return list(r.randbytes(op[1]))
    raise KeyError(k)


def arr_arg(a):
    a = np.asarray(a)
    return {'arr': a.tolist(), 'dt': str(a.dtype)}


def from_arg(x):
    return np.array(x['arr'], dtype=x['dt']) if isinstance(x, dict) else x


def rand_float_array(lo, hi):
    shape = RNG.choice([(3,), (2, 1), (1, 3), (2, 3), (4,)])
    return np.round(np.array([RNG.uniform(lo, hi) for _ in range(int(np.prod(shape)))]).reshape(shape), 3)


def nd_op(gen):
    kind = RNG.choice(['normal', 'uniform', 'randint', 'randint', 'choice', 'choice', 'permutation', 'shuffle', 'exponential', 'poisson'])
    size = RNG.choice([None, None, [2, 3], [3], [4, 3], [2, 2]])
    if kind == 'normal':
        return [kind, arr_arg(rand_float_array(-2, 2)), RNG.choice([1.0, arr_arg(rand_float_array(0.1, 3))]), size]
    if kind == 'uniform':
        return [kind, RNG.choice([0.0, arr_arg(rand_float_array(-2, 0))]), arr_arg(rand_float_array(1, 3)), size]
    if kind == 'randint':
        dt = RNG.choice(['int64', 'int64', 'int32', 'uint8', 'int16', 'bool', 'uint64'])
        lo = 0 if dt == 'bool' else RNG.choice([0, 3])
        top = {'bool': 2, 'uint8': 250, 'int16': 3000}.get(dt, 2 ** 40 if dt in ('int64', 'uint64') and RNG.random() < 0.3 else 1000)
        shape = RNG.choice([(3,), (2, 3), (1, 3)])
        high = np.array([RNG.randrange(lo + 1, top + 1) for _ in range(int(np.prod(shape)))]).reshape(shape)
        low = RNG.choice([lo, arr_arg(np.full(shape[-1:], lo))])
        return ['integers' if gen else kind, low, arr_arg(high), RNG.choice([None, None, [4, 3]]) if high.shape[-1] == 3 else None, dt] + ([RNG.random() < 0.3] if gen else [])
    if kind == 'choice':
        a = RNG.choice([np.arange(10, 16) * 1.5, np.arange(12).reshape(4, 3), np.array([3, 1, 4, 1, 5], dtype=np.int32)])
        replace = RNG.random() < 0.5
        p = arr_arg(np.array(prob_vector(len(a)))) if RNG.random() < 0.3 else None
        csize = RNG.choice([None, 2, [2, 2], 3])
        if gen:
            axis = RNG.choice([0, 0, 1]) if a.ndim == 2 and p is None else 0
            return [kind, arr_arg(a), csize, replace, p, axis, RNG.random() < 0.8]
        return [kind, arr_arg(a), csize, replace, p]
    if kind in ('permutation', 'shuffle'):
        a = RNG.choice([np.arange(7) * 0.5, np.arange(12).reshape(4, 3), np.arange(24, dtype=np.int32).reshape(2, 3, 4)])
        if gen and RNG.random() < 0.4:
            return ['permuted', arr_arg(a), RNG.choice([None, 0, a.ndim - 1, -1])]
        return [kind, arr_arg(a)] + ([RNG.choice([0, 0, a.ndim - 1, -1])] if gen else [])
    if kind == 'exponential':
        return [kind, arr_arg(rand_float_array(0.5, 2)), size]
    return ['poisson', arr_arg(np.abs(rand_float_array(0, 30))), size]


def call_nd(state, op, gen):
    k = op[0]
    a = [from_arg(x) for x in op[1:]]
    if k == 'shuffle':
        x = a[0].copy()
        state.shuffle(x, *a[1:])
        return x
    if k == 'permuted':
        return state.permuted(a[0], axis=a[1])
    if k == 'choice' and gen:
        return state.choice(a[0], a[1], a[2], a[3], axis=a[4], shuffle=a[5])
    if k == 'randint':
        return state.randint(a[0], a[1], a[2], dtype=a[3]) if a[3] else state.randint(a[0], a[1], a[2])
    if k in ('random', 'standard_normal'):
        return getattr(state, k)(a[0], dtype=a[1])
    if k == 'integers':
        return state.integers(a[0], a[1], a[2], dtype=a[3], endpoint=a[4])
    return getattr(state, k)(*a)


def make_nd_case(kind, seed, ops):
    gen = kind == 'gen-nd'
    state = np.random.default_rng(seed) if gen else np.random.RandomState(seed)
    out = [run(lambda op=op: call_nd(state, op, gen)) for op in ops]
    return {'k': kind, 'seed': seed, 'ops': ops, 'out': out}


def seed_json(s):
    if isinstance(s, str):
        return {'str': s}
    if isinstance(s, float):
        return {'float': s}
    if isinstance(s, list):
        return [seed_json(v) for v in s]
    return ival(s)


def make_case(kind, seed, ops):
    if kind == 'legacy':
        state = np.random.RandomState(seed)
        call = call_legacy
    elif kind == 'gen':
        state = np.random.default_rng(seed)
        call = call_gen
    else:
        state = random.Random(seed)
        call = call_py
    out = [run(lambda op=op: call(state, op)) for op in ops]
    return {'k': kind, 'seed': seed_json(seed), 'ops': [[ival(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in op] for op in ops], 'out': out}


def seeds(kind):
    base = [0, 1, 42, 12345, 2 ** 32 - 1, 987654321, 7]
    if kind == 'legacy':
        return base + [[1, 2, 3], [0], [2 ** 32 - 1, 5]]
    if kind == 'gen':
        return base + [2 ** 64 + 5, 2 ** 128 - 1, 10 ** 30, [1, 2, 3], [0, 2 ** 40]]
    return base + [-5, 2 ** 64 + 5, 10 ** 30, -(2 ** 100), 'hello', '', 'numpy \u2713 seed', 3.5, -2.25, 0.1, 42.0]


def main():
    cases = []
    for kind, count, maker in (('legacy', 260, legacy_op), ('gen', 260, gen_op), ('py', 180, py_op)):
        pool = seeds(kind)
        for _ in range(count):
            seed = RNG.choice(pool) if RNG.random() < 0.6 else RNG.randrange(2 ** 32)
            ops = [maker() for _ in range(RNG.choice([1, 2, 3, 4, 6]))]
            cases.append(make_case(kind, seed, ops))
    # Long streams: ziggurat/Box-Muller slow paths, gauss cache across calls, buffered uint32s.
    for seed in (0, 1, 2):
        cases.append(make_case('gen', seed, [['standard_normal', 3000, 'float64'], ['standard_normal', 2000, 'float32'],
                                             ['standard_exponential', 1500, 'float64']]))
        cases.append(make_case('legacy', seed, [['randn', [7]], ['randn', []], ['normal', 1.0, 2.0, 5], ['randn', [3]],
                                                ['random_sample', 2], ['randn', []], ['randn', [1000]]]))
        cases.append(make_case('py', seed, [['gauss', 0.0, 1.0]] * 3 + [['random'], ['gauss', 1.0, 2.0]] + [['normalvariate', 0.0, 1.0]] * 50))
    # SeedSequence words and spawned children (parent's spawn counter advances per call).
    for seed in (0, 42, 2 ** 70 + 3, [1, 2, 3]):
        cases.append(make_case('gen', seed, [['spawn', 2, 1, 3], ['spawn', 3, 0, 2], ['random', 2, 'float64'],
                                             ['seedseq', seed, [], 4, 'uint32'], ['seedseq', seed, [5], 4, 'uint64'],
                                             ['seedseq', seed, [0, 1], 6, 'uint32']]))
    # Error texts.
    errs = [
        ('legacy', [['randint', 0, 0, None, 'int64'], ['randint', 5, 5, None, 'int64'], ['randint', -1, 0, None, 'int64'],
                    ['randint', 0, 300, None, 'int8'], ['randint', -300, 3, None, 'int8'], ['choice', 0, 3, True, None],
                    ['choice', 5, 6, False, None], ['choice', 3, None, True, [0.5, 0.5]], ['choice', 3, None, True, [0.5, 0.5, 0.5]],
                    ['choice', 3, None, True, [1.5, 0.0, -0.5]], ['choice', 3, 2, False, [1.0, 0.0, 0.0]], ['normal', 0.0, -1.0, None],
                    ['uniform', -1.7e308, 1.7e308, None], ['uniform', 1.7e308, -1.7e308, None], ['exponential', -1.0, None], ['poisson', -1.0, None], ['poisson', 1e19, None],
                    ['randint', 0, 2 ** 64 + 1, None, 'uint64'], ['random_sample', [-1]], ['binomial', 5, -0.1, None],
                    ['binomial', -1, 0.5, None], ['binomial', 5, 1.0000001, 3], ['lognormal', 0.0, -1.0, None],
                    ['standard_gamma', -1.0, None], ['gamma', 1.0, -1.0, None], ['beta', 0.0, 1.0, None], ['beta', 1.0, 0.0, None],
                    ['chisquare', 0.0, None], ['laplace', 0.0, -1.0, None], ['triangular', 1.0, 0.0, 2.0, None],
                    ['triangular', 0.0, 3.0, 2.0, None], ['triangular', 1.0, 1.0, 1.0, None], ['multinomial', -1, [0.5, 0.5], None],
                    ['multinomial', 5, [-0.1, 1.1], None], ['multinomial', 5, [0.9, 0.3, 0.1], None], ['dirichlet', [0.0, 1.0], None],
                    ['hypergeometric', -1, 1, 1, None], ['hypergeometric', 5, -1, 1, None], ['hypergeometric', 5, 1, 0, None]]),
        ('gen', [['integers', 0, 0, None, 'int64', False], ['integers', 3, 3, None, 'int64', False], ['integers', 0, -1, None, 'int64', True],
                 ['integers', 5, 4, None, 'int64', True], ['choice', 5, 6, False, None, True], ['choice', 0, 2, True, None, True],
                 ['normal', 0.0, -1.0, None], ['uniform', -1e308, 1e308, None], ['integers', 0, 2 ** 63, None, 'int64', False],
                 ['binomial', 5, 1.5, None], ['binomial', -1, 0.5, None], ['dirichlet', [-1.0, 1.0], None], ['dirichlet', [0.0, 1.0], None],
                 ['multinomial', 5, [0.9, 0.3, 0.1], None], ['hypergeometric', 2, 1, 5, None], ['hypergeometric', -1, 5, 1, None],
                 ['hypergeometric', 10 ** 9, 1, 1, None], ['hypergeometric', 5, 1, -1, None]]),
        ('py', [['randrange', 0], ['randrange', 5, 5, 1], ['randrange', 5, 5, 2], ['randrange', 0, 5, 0], ['choice', 0], ['sample', 3, 4],
                ['randint', 3, 1], ['choices', 2, 1, [0, 0]], ['gammavariate', 0.0, 1.0], ['sample', 1000, 200]]),
    ]
    for kind, ops in errs:
        for op in ops:
            cases.append(make_case(kind, 3, [op]))
    # 64-bit draws for ranges between 2**32 and 2**53 (the BigInt-free Lemire / masked path),
    # offsets included, plus the shuffle-tail and Floyd paths of choice on such populations.
    for seed in (0, 5, 2 ** 31 + 9):
        cases.append(make_case('gen', seed, [['integers', 0, 2 ** 40, 400, 'int64', False], ['integers', -2 ** 45, 2 ** 45, 200, 'int64', True],
                                             ['integers', 5, 2 ** 33 + 7, 100, 'uint64', False], ['integers', 2 ** 52, 2 ** 53 - 1, 50, 'int64', True],
                                             ['integers', 0, 2 ** 32 + 1, 100, 'int64', False], ['choice', 2 ** 36, 20, False, None, True]]))
        cases.append(make_case('legacy', seed, [['randint', 0, 2 ** 40, 400, 'int64'], ['randint', -2 ** 45, 2 ** 45, 200, None],
                                                ['randint', 5, 2 ** 33 + 7, 100, 'uint64'], ['randint', 0, 2 ** 32 + 1, 100, 'int64']]))
    nd_out = OUT.replace('random-cases', 'random-ndarray-cases')
    nd_cases = []
    for kind in ('legacy-nd', 'gen-nd'):
        for _ in range(90):
            seed = RNG.randrange(2 ** 32)
            nd_cases.append(make_nd_case(kind, seed, [nd_op(kind == 'gen-nd') for _ in range(RNG.choice([1, 2, 3]))]))
    bad_size = [['normal', arr_arg(np.zeros(2)), 1.0, [3]], ['normal', arr_arg(np.zeros((2, 3))), 1.0, [3]],
                ['randint', 0, arr_arg(np.array([3, 4])), [3], 'int64'], ['normal', 0.0, arr_arg(np.array([1.0, -1.0])), None],
                ['randint', arr_arg(np.array([0, 5])), arr_arg(np.array([3, 5])), None, 'int64'],
                ['randint', arr_arg(np.array([-1, 0])), arr_arg(np.array([3, 5])), None, 'uint8']]
    for op in bad_size:
        nd_cases.append(make_nd_case('legacy-nd', 5, [op]))
    # Scalar results: Python float/int versus NumPy scalar, as NumPy returns them.
    scalar_legacy = [['normal', 0.0, 1.0, None], ['uniform', 0.0, 1.0, None], ['randint', 0, 10, None, None],
                     ['randint', 0, 10, None, 'int32'], ['randint', 0, 2, None, 'bool'], ['choice', 5, None, True, None],
                     ['choice', arr_arg(np.array([1.5, 2.5, 3.5])), None, True, None], ['poisson', 3.0, None],
                     ['binomial', 10, 0.5, None], ['exponential', 1.0, None], ['randint', 0, 10, [2], None]]
    scalar_gen = [['normal', 0.0, 1.0, None], ['uniform', 0.0, 1.0, None], ['integers', 0, 10, None, 'int64', False],
                  ['integers', 0, 10, None, 'uint8', False], ['choice', 5, None, True, None, 0, True],
                  ['choice', arr_arg(np.array([1, 2, 3], dtype=np.int32)), None, True, None, 0, True],
                  ['choice', arr_arg(np.arange(6).reshape(3, 2)), None, True, None, 0, True], ['poisson', 3.0, None],
                  ['binomial', 10, 0.5, None], ['random', None, 'float32'], ['standard_normal', None, 'float32'],
                  ['permutation', 4, 0]]
    nd_cases.append(make_nd_case('legacy-nd', 11, scalar_legacy))
    nd_cases.append(make_nd_case('gen-nd', 11, scalar_gen))
    with open(nd_out, 'w') as f:
        for c in nd_cases:
            f.write(json.dumps(c, separators=(',', ':')) + '\n')
    print('wrote', len(nd_cases), 'cases,', os.path.getsize(nd_out), 'bytes to', os.path.normpath(nd_out))
    with open(OUT, 'w') as f:
        for c in cases:
            f.write(json.dumps(c, separators=(',', ':')) + '\n')
    print('wrote', len(cases), 'cases,', os.path.getsize(OUT), 'bytes to', os.path.normpath(OUT))


if __name__ == '__main__':
    main()
