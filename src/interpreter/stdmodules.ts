// The standard-library modules the evaluator offers besides numpy: math (CPython's functions,
// results and domain/range errors), random (CPython's Mersenne Twister from engine/random, so
// seeded sequences match python3, and random.Random instances), time (perf_counter and friends,
// read from the run's clock), functools, itertools and collections (the common parts), and sys
// (argv, stdout/stderr, exit, exc_info). It also registers every module written in its own
// src/interpreter/py*.ts file (copy, abc, enum, re, pprint, logging, argparse, textwrap,
// statistics, datetime, dataclasses, typing, traceback, string, types, heapq, bisect, ...).
// Anything else is a ModuleNotFoundError from the importer naming the available modules.
import {
  Kwargs, PyBuiltin, PyClass, PyDict, PyFloat, PyFunction, PyInstance, PyIterator, PyList, PyModule, PyNative, PyTuple, PyValue,
  isInt, normBig,
} from './values';
import { T, pyErr, throwErr } from './types';
import {
  asFloat, asInt, binop, callValue, dictGet, dictSet, getitem, hashKey, iterate, repr, str, toArray, toIndex, truthy,
  typeName, getattrOpt,
} from './runtime';
import { Interpreter, moduleFactories } from './interp';
import { PyRandom } from '../engine/random/pyrandom';
import { NOT_IMPLEMENTED as NOT_IMPLEMENTED_VALUE } from './values';
import { floatToInt } from './builtins';
import { makeJsonModule } from './pyjson';
import { makeOsModule, makeOsPathModule } from './pyos';
import { makeWarningsModule } from './pywarnings';
import { makeContextlibModule } from './pycontextlib';
import { NAMEDTUPLE_BASE, namedtupleFunction } from './namedtuple';
import { cacheDecorator, lruCache } from './pylrucache';
import { FUNCTOOLS_EXTRAS, MATH_EXTRAS } from './pyfunctools';
import { DEQUE_CLASS } from './pydeque';
import { makeTypingModule } from './pytyping';
import { makeIoModule } from './pyio';
import { SYS_FLOAT_INFO, SYS_VERSION_INFO, timeExtras } from './pytime';
import { CHAIN_MAP, ORDERED_DICT_CLASS, counterBinop, makeCollectionsAbc } from './pycollections';
import { makeCopyModule } from './pycopy';
import { makeDataclassesModule } from './pydataclasses';
import { makeAbcModule } from './pyabc';
import { makeOperatorModule } from './pyoperator';
import { makeEnumModule } from './pyenum';
import { makeReModule } from './pyre';
import { makePprintModule } from './pypprint';
import { makeLoggingModule } from './pylogging';
import { makeTextwrapModule } from './pytextwrap';
import { makeArgparseModule } from './pyargparse';
import { makeStatisticsModule } from './pystatistics';
import { makeDatetimeModule } from './pydatetime';
import { handledException, makeTracebackModule } from './pytraceback';
import { makeBisectModule, makeHeapqModule, makeStringModule, makeTypesModule } from './pysmallmods';

function mod(name: string, entries: Record<string, PyValue>): PyModule {
  const m = new PyModule(name);
  for (const [k, v] of Object.entries(entries)) m.dict.set(k, v);
  return m;
}
function f(name: string, fn: (args: PyValue[], kwargs: Kwargs) => PyValue): PyBuiltin {
  return new PyBuiltin(name, fn);
}

// ------------------------------------------------------------------------------------------
// math

function num(name: string, v: PyValue): number {
  const x = asFloat(v);
  if (x === undefined || typeof v === 'string') throwErr('TypeError', `must be real number, not ${typeName(v)}`);
  if (typeof v === 'bigint' && !Number.isFinite(x)) throwErr('OverflowError', 'int too large to convert to float');
  void name;
  return x;
}

function mathFn(name: string, g: (x: number) => number, domain: (x: number) => boolean = () => true): PyBuiltin {
  return f(name, (args) => {
    if (args.length !== 1) throwErr('TypeError', `math.${name}() takes exactly one argument (${args.length} given)`);
    const x = num(name, args[0]);
    if (!domain(x)) throwErr('ValueError', 'math domain error');
    const r = g(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throwErr('ValueError', 'math domain error');
    if (!Number.isFinite(r) && Number.isFinite(x)) throwErr('OverflowError', 'math range error');
    return new PyFloat(r);
  });
}

function fsum(xs: number[]): number {
  // Shewchuk's exact partial sums, rounded once at the end (what math.fsum does).
  const partials: number[] = [];
  for (let x of xs) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y, lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let n = partials.length, hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi, y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2, x = hi + y, yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function erf(x: number): number {
  // Abramowitz-Stegun style series/continued fraction as in CPython's fallback (m_erf).
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 1.5) {
    let acc = 0, fk = 25 + 0.5;
    const x2 = x * x;
    for (let i = 0; i < 25; i++) { acc = 2.0 + x2 * acc / fk; fk -= 1.0; }
    return acc * x * Math.exp(-x2) / Math.sqrt(Math.PI);
  }
  const r = ax >= 30 ? 0 : erfcContFrac(ax);
  return x > 0 ? 1 - r : r - 1;
}
function erfcContFrac(x: number): number {
  if (x >= 30) return 0;
  const x2 = x * x;
  let a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
  for (let i = 0; i < 50; i++) {
    a += da; da += 2;
    const b = da + x2;
    let t = p; p = b * p - a * pLast; pLast = t;
    t = q; q = b * q - a * qLast; qLast = t;
  }
  return p / q * x * Math.exp(-x2) / Math.sqrt(Math.PI);
}

function lgamma(x: number): number {
  // Lanczos approximation (g=7); adequate for printing at typical precision.
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const g = 7, c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

function factorialBig(n: number): bigint {
  let r = 1n;
  for (let i = 2n; i <= BigInt(n); i++) r *= i;
  return r;
}

function intArg(fname: string, v: PyValue): bigint {
  if (v instanceof PyFloat) throwErr('TypeError', `'float' object cannot be interpreted as an integer`);
  const i = asInt(v);
  if (i === undefined) throwErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  void fname;
  return BigInt(i);
}

function makeMath(): PyModule {
  const gcd2 = (a: bigint, b: bigint): bigint => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
  return mod('math', {
    ...MATH_EXTRAS,
    pi: new PyFloat(Math.PI), e: new PyFloat(Math.E), tau: new PyFloat(2 * Math.PI), inf: new PyFloat(Infinity), nan: new PyFloat(NaN),
    sqrt: mathFn('sqrt', Math.sqrt, (x) => x >= 0 || Number.isNaN(x)),
    exp: mathFn('exp', Math.exp),
    exp2: mathFn('exp2', (x) => Math.pow(2, x)),
    expm1: mathFn('expm1', Math.expm1),
    log: f('log', (args) => {
      if (args.length < 1 || args.length > 2) throwErr('TypeError', `log expected at least 1 argument, got ${args.length}`);
      const lg = (v: PyValue) => {
        if (typeof v === 'bigint' && v > 0n) { const s = v.toString(2).length; return Math.log(Number(v >> BigInt(Math.max(0, s - 60)))) + Math.max(0, s - 60) * Math.LN2; }
        const x = num('log', v);
        if (x <= 0) throwErr('ValueError', 'math domain error');
        return Math.log(x);
      };
      if (args.length === 1) return new PyFloat(lg(args[0]));
      const d = lg(args[1]);
      if (d === 0) throwErr('ZeroDivisionError', 'float division by zero');
      return new PyFloat(lg(args[0]) / d);
    }),
    log2: mathFn('log2', Math.log2, (x) => x > 0 || Number.isNaN(x)),
    log10: mathFn('log10', Math.log10, (x) => x > 0 || Number.isNaN(x)),
    log1p: mathFn('log1p', Math.log1p, (x) => x > -1 || Number.isNaN(x)),
    sin: mathFn('sin', Math.sin, Number.isFinite), cos: mathFn('cos', Math.cos, Number.isFinite), tan: mathFn('tan', Math.tan, Number.isFinite),
    asin: mathFn('asin', Math.asin, (x) => Math.abs(x) <= 1), acos: mathFn('acos', Math.acos, (x) => Math.abs(x) <= 1), atan: mathFn('atan', Math.atan),
    sinh: mathFn('sinh', Math.sinh), cosh: mathFn('cosh', Math.cosh), tanh: mathFn('tanh', Math.tanh),
    asinh: mathFn('asinh', Math.asinh), acosh: mathFn('acosh', Math.acosh, (x) => x >= 1), atanh: mathFn('atanh', Math.atanh, (x) => Math.abs(x) < 1),
    erf: mathFn('erf', erf), erfc: mathFn('erfc', (x) => (Math.abs(x) < 1.5 ? 1 - erf(x) : x > 0 ? erfcContFrac(x) : 2 - erfcContFrac(-x))),
    gamma: mathFn('gamma', (x) => (Number.isInteger(x) && x > 0 && x < 171 ? Number(factorialBig(x - 1)) : Math.sign(x < 0 && Math.floor(-x) % 2 === 0 ? -1 : 1) * Math.exp(lgamma(x))), (x) => !(x <= 0 && Number.isInteger(x))),
    lgamma: mathFn('lgamma', lgamma, (x) => !(x <= 0 && Number.isInteger(x))),
    degrees: mathFn('degrees', (x) => x * (180 / Math.PI)), radians: mathFn('radians', (x) => x * (Math.PI / 180)),
    fabs: mathFn('fabs', Math.abs),
    atan2: f('atan2', (a) => new PyFloat(Math.atan2(num('atan2', a[0]), num('atan2', a[1])))),
    hypot: f('hypot', (a) => new PyFloat(Math.hypot(...a.map((v) => num('hypot', v))))),
    pow: f('pow', (a) => {
      const x = num('pow', a[0]), y = num('pow', a[1]);
      if (x === 0 && y < 0) throwErr('ValueError', 'math domain error');
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) throwErr('ValueError', 'math domain error');
      const r = Math.pow(x, y);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throwErr('OverflowError', 'math range error');
      return new PyFloat(x === 1 || y === 0 ? 1 : r);
    }),
    copysign: f('copysign', (a) => { const x = Math.abs(num('copysign', a[0])), y = num('copysign', a[1]); return new PyFloat(y < 0 || Object.is(y, -0) ? -x : x); }),
    fmod: f('fmod', (a) => { const x = num('fmod', a[0]), y = num('fmod', a[1]); if (y === 0 || !Number.isFinite(x)) throwErr('ValueError', 'math domain error'); return new PyFloat(x % y); }),
    modf: f('modf', (a) => { const x = num('modf', a[0]); const i = Math.trunc(x); return new PyTuple([new PyFloat(x - i || (x < 0 ? -0 : 0)), new PyFloat(i)]); }),
    floor: f('floor', (a) => { const v = a[0]; if (isInt(v)) return v; if (v instanceof PyInstance) return callValue(getAttr(v, '__floor__'), [], null); return floatToInt(Math.floor(num('floor', v))); }),
    ceil: f('ceil', (a) => { const v = a[0]; if (isInt(v)) return v; if (v instanceof PyInstance) return callValue(getAttr(v, '__ceil__'), [], null); return floatToInt(Math.ceil(num('ceil', v))); }),
    trunc: f('trunc', (a) => { const v = a[0]; if (isInt(v)) return v; return floatToInt(Math.trunc(num('trunc', v))); }),
    isfinite: f('isfinite', (a) => Number.isFinite(num('isfinite', a[0]))),
    isinf: f('isinf', (a) => { const x = num('isinf', a[0]); return !Number.isFinite(x) && !Number.isNaN(x); }),
    isnan: f('isnan', (a) => Number.isNaN(num('isnan', a[0]))),
    isclose: f('isclose', (a, k) => {
      const x = num('isclose', a[0]), y = num('isclose', a[1]);
      const rel = k?.get('rel_tol') !== undefined ? num('isclose', k.get('rel_tol')!) : 1e-9;
      const abs = k?.get('abs_tol') !== undefined ? num('isclose', k.get('abs_tol')!) : 0;
      if (rel < 0 || abs < 0) throwErr('ValueError', 'tolerances must be non-negative');
      if (x === y) return true;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
      const d = Math.abs(y - x);
      return d <= Math.abs(rel * y) || d <= Math.abs(rel * x) || d <= abs;
    }),
    factorial: f('factorial', (a) => {
      if (a[0] instanceof PyFloat) throwErr('TypeError', "'float' object cannot be interpreted as an integer");
      const n = Number(intArg('factorial', a[0]));
      if (n < 0) throwErr('ValueError', 'factorial() not defined for negative values');
      return normBig(factorialBig(n));
    }),
    gcd: f('gcd', (a) => normBig(a.map((v) => intArg('gcd', v)).reduce(gcd2, 0n))),
    lcm: f('lcm', (a) => normBig(a.map((v) => intArg('lcm', v)).reduce((x, y) => (x === 0n || y === 0n ? 0n : (x * y < 0n ? -(x * y) : x * y) / gcd2(x, y)), 1n))),
    comb: f('comb', (a) => {
      const n = intArg('comb', a[0]), k = intArg('comb', a[1]);
      if (n < 0n) throwErr('ValueError', 'n must be a non-negative integer');
      if (k < 0n) throwErr('ValueError', 'k must be a non-negative integer');
      if (k > n) return 0;
      let r = 1n;
      const kk = k < n - k ? k : n - k;
      for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
      return normBig(r);
    }),
    perm: f('perm', (a) => {
      const n = intArg('perm', a[0]), k = a.length > 1 && a[1] !== null ? intArg('perm', a[1]) : n;
      if (k > n) return 0;
      let r = 1n;
      for (let i = n - k + 1n; i <= n; i++) r *= i;
      return normBig(r);
    }),
    isqrt: f('isqrt', (a) => {
      const n = intArg('isqrt', a[0]);
      if (n < 0n) throwErr('ValueError', 'isqrt() argument must be nonnegative');
      if (n < 2n) return normBig(n);
      let x = BigInt(Math.floor(Math.sqrt(Number(n))));
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return normBig(x);
    }),
    prod: f('prod', (a, k) => {
      let acc: PyValue = k?.get('start') ?? 1;
      const next = iterate(a[0]);
      for (let v = next(); v !== undefined; v = next()) acc = binop('Mult', acc, v);
      return acc;
    }),
    fsum: f('fsum', (a) => new PyFloat(fsum(toArray(a[0]).map((v) => num('fsum', v))))),
    dist: f('dist', (a) => {
      const p = toArray(a[0]).map((v) => num('dist', v)), q = toArray(a[1]).map((v) => num('dist', v));
      if (p.length !== q.length) throwErr('ValueError', 'both points must have the same number of dimensions');
      return new PyFloat(Math.hypot(...p.map((x, i) => x - q[i])));
    }),
  });
}

function getAttr(v: PyValue, name: string): PyValue {
  const cls = (v as PyInstance).cls;
  const m = cls.lookup(name);
  if (m === undefined) throwErr('TypeError', `must be real number, not ${typeName(v)}`);
  return new PyBuiltin(name, (args) => callValue(m, [v, ...args], null));
}

// ------------------------------------------------------------------------------------------
// random (CPython's)

const randomClass = new PyClass('Random', [T.object], 'random');
/** random.Random(seed): an independent generator with the module's methods. */
class RandomInstance extends PyNative {
  private fns: Record<string, PyValue>;
  constructor(rng: PyRandom) { super(); this.fns = randomFunctions(rng); }
  pyType(): PyClass { return randomClass; }
  override getattr(name: string): PyValue | undefined { return this.fns[name]; }
  override repr(): string { return '<random.Random object>'; }
}

function makeRandom(interp: Interpreter): PyModule {
  const rng = new PyRandom(null);
  interp.state.set('random', rng);
  const m = mod('random', randomFunctions(rng));
  m.dict.set('Random', new PyBuiltin('Random', (a) => {
    const r = new PyRandom(null);
    const inst = new RandomInstance(r);
    if (a.length && a[0] !== null) callValue(inst.getattr('seed')!, [a[0]], null);
    return inst;
  }));
  return m;
}

function randomFunctions(rng: PyRandom): Record<string, PyValue> {
  const wrap = <R>(g: () => R): R => {
    try {
      return g();
    } catch (e) {
      if (e instanceof Error && 'pyType' in e) throw pyErr((e as { pyType: string }).pyType, e.message);
      throw e;
    }
  };
  const int = (v: PyValue) => { if (v instanceof PyFloat) throwErr('TypeError', "'float' object cannot be interpreted as an integer"); const i = asInt(v); if (i === undefined) throwErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`); return i; };
  const fl = (v: PyValue) => num('random', v);
  const seqItems = (v: PyValue): PyValue[] => {
    if (v instanceof PyList || v instanceof PyTuple) return v.items;
    if (typeof v === 'string') return [...v];
    return toArray(v);
  };
  return {
    seed: f('seed', (a) => {
      const s = a[0] ?? null;
      if (s === null) rng.seed(null);
      else if (isInt(s) || typeof s === 'boolean') rng.seed(asInt(s)!);
      else if (s instanceof PyFloat) rng.seedFloat(s.v);
      else if (typeof s === 'string') rng.seedString(s);
      else rng.seed(asInt(s) ?? 0);
      return null;
    }),
    random: f('random', () => new PyFloat(rng.random())),
    randint: f('randint', (a) => wrap(() => normBig(BigInt(rng.randint(int(a[0]), int(a[1])))))),
    randrange: f('randrange', (a) => wrap(() => normBig(BigInt(rng.randrange(int(a[0]), a.length > 1 && a[1] !== null ? int(a[1]) : null, a.length > 2 ? int(a[2]) : 1))))),
    getrandbits: f('getrandbits', (a) => normBig(rng.getrandbits(Number(int(a[0]))))),
    choice: f('choice', (a) => {
      const items = seqItems(a[0]);
      if (!items.length) throwErr('IndexError', 'Cannot choose from an empty sequence');
      return items[rng.choiceIndex(items.length)];
    }),
    shuffle: f('shuffle', (a) => {
      const l = a[0];
      if (!(l instanceof PyList)) {
        if (l instanceof PyNative && l.len && l.getitem && l.setitem) {
          const n = l.len();
          const perm = rng.shufflePermutation(n);
          const old = perm.map((_, i) => l.getitem!(i));
          const copies = old.map((v) => (v instanceof PyNative && (v as unknown as { copyValue?: () => PyValue }).copyValue ? (v as unknown as { copyValue: () => PyValue }).copyValue() : v));
          perm.forEach((p, i) => l.setitem!(i, copies[p]));
          return null;
        }
        throwErr('TypeError', `'${typeName(l)}' object does not support item assignment`);
      }
      const perm = rng.shufflePermutation(l.items.length);
      const old = l.items.slice();
      l.items = perm.map((p) => old[p]);
      return null;
    }),
    sample: f('sample', (a, k) => {
      const items = seqItems(a[0]);
      const n = Number(int(k?.get('k') ?? a[1]));
      if (n < 0 || n > items.length) throwErr('ValueError', 'Sample larger than population or is negative');
      return new PyList(rng.sampleIndices(items.length, n).map((i) => items[i]));
    }),
    choices: f('choices', (a, k) => {
      const items = seqItems(a[0]);
      const w = k?.get('weights') ?? (a.length > 1 ? a[1] : null);
      const cw = k?.get('cum_weights') ?? null;
      const count = Number(int(k?.get('k') ?? 1));
      const idx = wrap(() => rng.choicesIndices(items.length, count, w === null ? null : toArray(w).map(fl), cw === null ? null : toArray(cw).map(fl)));
      return new PyList(idx.map((i) => items[i]));
    }),
    uniform: f('uniform', (a) => new PyFloat(rng.uniform(fl(a[0]), fl(a[1])))),
    gauss: f('gauss', (a, k) => new PyFloat(rng.gauss(fl(k?.get('mu') ?? a[0] ?? 0), fl(k?.get('sigma') ?? a[1] ?? 1)))),
    normalvariate: f('normalvariate', (a, k) => new PyFloat(rng.normalvariate(fl(k?.get('mu') ?? a[0] ?? 0), fl(k?.get('sigma') ?? a[1] ?? 1)))),
    lognormvariate: f('lognormvariate', (a) => new PyFloat(rng.lognormvariate(fl(a[0]), fl(a[1])))),
    expovariate: f('expovariate', (a) => wrap(() => new PyFloat(rng.expovariate(fl(a[0] ?? 1))))),
    triangular: f('triangular', (a) => new PyFloat(rng.triangular(fl(a[0] ?? 0), fl(a[1] ?? 1), a[2] === undefined || a[2] === null ? null : fl(a[2])))),
    gammavariate: f('gammavariate', (a) => wrap(() => new PyFloat(rng.gammavariate(fl(a[0]), fl(a[1]))))),
    betavariate: f('betavariate', (a) => wrap(() => new PyFloat(rng.betavariate(fl(a[0]), fl(a[1]))))),
    paretovariate: f('paretovariate', (a) => wrap(() => new PyFloat(rng.paretovariate(fl(a[0]))))),
    weibullvariate: f('weibullvariate', (a) => wrap(() => new PyFloat(rng.weibullvariate(fl(a[0]), fl(a[1]))))),
    getstate: f('getstate', () => {
      const st = rng.getState();
      return new PyTuple([st.version, new PyTuple([...st.key, st.pos]), st.gaussNext === null ? null : new PyFloat(st.gaussNext)]);
    }),
    setstate: f('setstate', (a) => {
      const t = a[0];
      if (!(t instanceof PyTuple) || t.items.length !== 3 || !(t.items[1] instanceof PyTuple)) throwErr('TypeError', 'state vector must be a tuple');
      const words = (t.items[1] as PyTuple).items.map((v) => Number(asInt(v) ?? 0));
      if (words.length !== 625) throwErr('ValueError', 'state vector is the wrong size');
      const g = t.items[2];
      rng.setState({ version: 3, key: Uint32Array.from(words.slice(0, 624)), pos: words[624], gaussNext: g instanceof PyFloat ? g.v : null });
      return null;
    }),
  };
}

// ------------------------------------------------------------------------------------------
// time, typing, sys, functools, itertools, collections

function makeTime(interp: Interpreter): PyModule {
  const t0 = interp.now();
  const secs = () => (interp.now() - t0) / 1000;
  return mod('time', {
    perf_counter: f('perf_counter', () => new PyFloat(secs())),
    perf_counter_ns: f('perf_counter_ns', () => Math.round(secs() * 1e9)),
    monotonic: f('monotonic', () => new PyFloat(secs())),
    process_time: f('process_time', () => new PyFloat(secs())),
    time: f('time', () => new PyFloat(interp.now() / 1000)),
    sleep: f('sleep', () => null),
    ...timeExtras(interp),
  });
}

class Stream extends PyNative {
  constructor(public name: 'stdout' | 'stderr', private interp: Interpreter) { super(); }
  pyType(): PyClass { return T.object; }
  override getattr(n: string): PyValue | undefined {
    if (n === 'write') return f('write', (a) => { const s = str(a[0]); (this.name === 'stdout' ? this.interp.out : this.interp.err)(s); return s.length; });
    if (n === 'flush') return f('flush', () => null);
    return undefined;
  }
  override repr(): string { return `<_io.TextIOWrapper name='<${this.name}>' mode='w' encoding='utf-8'>`; }
}

function makeSys(interp: Interpreter): PyModule {
  return mod('sys', {
    argv: new PyList(['main.py']),
    stdout: new Stream('stdout', interp),
    stderr: new Stream('stderr', interp),
    maxsize: 9223372036854775807n,
    version: '3.11.7 (Shapewise evaluator)',
    version_info: SYS_VERSION_INFO,
    float_info: SYS_FLOAT_INFO,
    platform: 'shapewise',
    exit: f('exit', (a) => { const e = pyErr('SystemExit'); e.exc.args = a.length ? [a[0]] : []; e.exc.dict.set('code', a.length ? a[0] : null); throw e; }),
    exc_info: f('exc_info', () => { const e = handledException(); return new PyTuple(e ? [e.cls, e, null] : [null, null, null]); }),
    exception: f('exception', () => handledException()),
    getrecursionlimit: f('getrecursionlimit', () => interp.limits.recursionLimit),
    setrecursionlimit: f('setrecursionlimit', (a) => { interp.limits.recursionLimit = Math.min(toIndex(a[0]), 3000); return null; }),
  });
}

/** functools.update_wrapper: the wrapper function takes the wrapped one's name and qualname. */
function updateWrapper(wrapper: PyValue, wrapped: PyValue): PyValue {
  if (wrapper instanceof PyFunction) {
    const n = getattrOpt(wrapped, '__name__'), q = getattrOpt(wrapped, '__qualname__');
    if (typeof n === 'string') wrapper.name = n;
    if (typeof q === 'string') wrapper.qualname = q;
  }
  return wrapper;
}

function makeFunctools(): PyModule {
  return mod('functools', {
    ...FUNCTOOLS_EXTRAS,
    reduce: f('reduce', (a) => {
      const next = iterate(a[1]);
      let acc: PyValue | undefined = a.length > 2 ? a[2] : next();
      if (acc === undefined) throwErr('TypeError', 'reduce() of empty iterable with no initial value');
      for (let v = next(); v !== undefined; v = next()) acc = callValue(a[0], [acc!, v], null);
      return acc!;
    }),
    partial: f('partial', (a, k) => {
      const fn = a[0], pre = a.slice(1);
      return new PyBuiltin('partial', (args, kw) => {
        const merged = new Map(k ?? []);
        if (kw) for (const [x, y] of kw) merged.set(x, y);
        return callValue(fn, [...pre, ...args], merged.size ? merged : null);
      });
    }),
    lru_cache: lruCache,
    cache: cacheDecorator,
    wraps: f('wraps', (a) => f('decorator', (b) => updateWrapper(b[0] ?? null, a[0] ?? null))),
    update_wrapper: f('update_wrapper', (a) => updateWrapper(a[0] ?? null, a[1] ?? null)),
  });
}

function iter(next: () => PyValue | undefined, name: string): PyIterator { return new PyIterator(next, name); }

/** itertools.chain (lazy, like CPython's) with its chain.from_iterable. */
const chainClass = new PyClass('chain', [T.object], 'itertools');
function lazyChain(sources: () => PyValue | undefined): PyIterator {
  let cur: (() => PyValue | undefined) | null = null;
  return iter(() => {
    for (;;) {
      if (!cur) {
        const src = sources();
        if (src === undefined) return undefined;
        cur = iterate(src);
      }
      const v = cur();
      if (v !== undefined) return v;
      cur = null;
    }
  }, 'itertools.chain');
}
class ChainFunction extends PyNative {
  pyType(): PyClass { return chainClass; }
  override call(args: PyValue[]): PyValue { let i = 0; return lazyChain(() => (i < args.length ? args[i++] : undefined)); }
  override getattr(name: string): PyValue | undefined {
    if (name === 'from_iterable') return f('from_iterable', (a) => lazyChain(iterate(a[0] ?? null)));
    return undefined;
  }
  override repr(): string { return "<class 'itertools.chain'>"; }
}

function makeItertools(): PyModule {
  const listIter = (items: PyValue[], name: string) => { let i = 0; return iter(() => (i < items.length ? items[i++] : undefined), name); };
  const combos = (pool: PyValue[], r: number, withRep: boolean): PyValue[] => {
    const out: PyValue[] = [];
    const rec = (start: number, acc: PyValue[]) => {
      if (acc.length === r) { out.push(new PyTuple(acc.slice())); return; }
      for (let i = start; i < pool.length; i++) { acc.push(pool[i]); rec(withRep ? i : i + 1, acc); acc.pop(); }
    };
    rec(0, []);
    return out;
  };
  return mod('itertools', {
    product: f('product', (a, k) => {
      const rep = k?.get('repeat') !== undefined ? toIndex(k.get('repeat')!) : 1;
      const pools: PyValue[][] = [];
      for (let r = 0; r < rep; r++) for (const x of a) pools.push(toArray(x));
      let res: PyValue[][] = [[]];
      for (const p of pools) res = res.flatMap((pre) => p.map((x) => [...pre, x]));
      return listIter(res.map((r) => new PyTuple(r)), 'itertools.product');
    }),
    chain: new ChainFunction(),
    combinations: f('combinations', (a) => listIter(combos(toArray(a[0]), toIndex(a[1]), false), 'itertools.combinations')),
    combinations_with_replacement: f('combinations_with_replacement', (a) => listIter(combos(toArray(a[0]), toIndex(a[1]), true), 'itertools.combinations_with_replacement')),
    permutations: f('permutations', (a) => {
      const pool = toArray(a[0]);
      const r = a.length > 1 && a[1] !== null ? toIndex(a[1]) : pool.length;
      const out: PyValue[] = [];
      const used = pool.map(() => false);
      const rec = (acc: PyValue[]) => {
        if (acc.length === r) { out.push(new PyTuple(acc.slice())); return; }
        for (let i = 0; i < pool.length; i++) if (!used[i]) { used[i] = true; acc.push(pool[i]); rec(acc); acc.pop(); used[i] = false; }
      };
      rec([]);
      return listIter(out, 'itertools.permutations');
    }),
    count: f('count', (a) => { let c: PyValue = a[0] ?? 0; const step = a[1] ?? 1; return iter(() => { const v = c; c = binop('Add', c, step); return v; }, 'itertools.count'); }),
    repeat: f('repeat', (a) => { let n = a.length > 1 ? toIndex(a[1]) : Infinity; return iter(() => (n-- > 0 ? a[0] : undefined), 'itertools.repeat'); }),
    islice: f('islice', (a) => {
      const next = iterate(a[0]);
      const [start, stop, step] = a.length === 2 ? [0, a[1] === null ? Infinity : toIndex(a[1]), 1] : [a[1] === null ? 0 : toIndex(a[1]), a[2] === null ? Infinity : toIndex(a[2]), a[3] == null ? 1 : toIndex(a[3])];
      let i = 0, nextPick = start;
      return iter(() => {
        while (true) {
          if (i >= stop) return undefined;
          const v = next();
          if (v === undefined) return undefined;
          const cur = i++;
          if (cur === nextPick) { nextPick += step; return v; }
        }
      }, 'itertools.islice');
    }),
    accumulate: f('accumulate', (a, k) => {
      const fn = k?.get('func') ?? a[1] ?? null;
      const items = toArray(a[0]);
      const out: PyValue[] = [];
      let acc: PyValue | undefined = k?.get('initial') ?? undefined;
      if (acc !== undefined) out.push(acc);
      for (const x of items) { acc = acc === undefined ? x : fn === null ? binop('Add', acc, x) : callValue(fn, [acc, x], null); out.push(acc); }
      return listIter(out, 'itertools.accumulate');
    }),
    zip_longest: f('zip_longest', (a, k) => {
      const fill = k?.get('fillvalue') ?? null;
      const lists = a.map((x) => toArray(x));
      const n = Math.max(0, ...lists.map((l) => l.length));
      const out: PyValue[] = [];
      for (let i = 0; i < n; i++) out.push(new PyTuple(lists.map((l) => (i < l.length ? l[i] : fill))));
      return listIter(out, 'itertools.zip_longest');
    }),
    groupby: f('groupby', (a, k) => {
      const items = toArray(a[0]);
      const key = k?.get('key') ?? a[1] ?? null;
      const out: PyValue[] = [];
      let curKey: PyValue | undefined, group: PyValue[] = [];
      for (const x of items) {
        const kx = key === null ? x : callValue(key, [x], null);
        if (curKey !== undefined && truthy(binopEq(curKey, kx))) group.push(x);
        else { if (curKey !== undefined) out.push(new PyTuple([curKey, listIter(group, 'itertools._grouper')])); curKey = kx; group = [x]; }
      }
      if (curKey !== undefined) out.push(new PyTuple([curKey, listIter(group, 'itertools._grouper')]));
      return listIter(out, 'itertools.groupby');
    }),
    pairwise: f('pairwise', (a) => {
      const next = iterate(a[0] ?? null);
      let prev = next();
      return iter(() => {
        if (prev === undefined) return undefined;
        const cur = next();
        if (cur === undefined) { prev = undefined; return undefined; }
        const pair = new PyTuple([prev, cur]);
        prev = cur;
        return pair;
      }, 'itertools.pairwise');
    }),
    compress: f('compress', (a) => {
      const data = iterate(a[0] ?? null), sel = iterate(a[1] ?? null);
      return iter(() => {
        for (;;) {
          const d = data(), s2 = sel();
          if (d === undefined || s2 === undefined) return undefined;
          if (truthy(s2)) return d;
        }
      }, 'itertools.compress');
    }),
    filterfalse: f('filterfalse', (a) => {
      const pred = a[0] ?? null, next = iterate(a[1] ?? null);
      return iter(() => {
        for (let v = next(); v !== undefined; v = next()) if (!truthy(pred === null ? v : callValue(pred, [v], null))) return v;
        return undefined;
      }, 'itertools.filterfalse');
    }),
    takewhile: f('takewhile', (a) => {
      const pred = a[0] ?? null, next = iterate(a[1] ?? null);
      let done = false;
      return iter(() => {
        if (done) return undefined;
        const v = next();
        if (v === undefined || !truthy(callValue(pred, [v], null))) { done = true; return undefined; }
        return v;
      }, 'itertools.takewhile');
    }),
    dropwhile: f('dropwhile', (a) => {
      const pred = a[0] ?? null, next = iterate(a[1] ?? null);
      let dropping = true;
      return iter(() => {
        for (let v = next(); v !== undefined; v = next()) {
          if (dropping && truthy(callValue(pred, [v], null))) continue;
          dropping = false;
          return v;
        }
        return undefined;
      }, 'itertools.dropwhile');
    }),
    starmap: f('starmap', (a) => {
      const fn = a[0] ?? null, next = iterate(a[1] ?? null);
      return iter(() => { const v = next(); return v === undefined ? undefined : callValue(fn, toArray(v), null); }, 'itertools.starmap');
    }),
    cycle: f('cycle', (a) => {
      const next = iterate(a[0] ?? null);
      const saved: PyValue[] = [];
      let exhausted = false, i = 0;
      return iter(() => {
        if (!exhausted) {
          const v = next();
          if (v !== undefined) { saved.push(v); return v; }
          exhausted = true;
        }
        if (!saved.length) return undefined;
        return saved[i++ % saved.length];
      }, 'itertools.cycle');
    }),
    tee: f('tee', (a) => {
      const next = iterate(a[0] ?? null);
      const n = a.length > 1 ? toIndex(a[1]) : 2;
      const buf: PyValue[] = [];
      let ended = false;
      const pull = (i: number): PyValue | undefined => {
        while (buf.length <= i && !ended) { const v = next(); if (v === undefined) ended = true; else buf.push(v); }
        return i < buf.length ? buf[i] : undefined;
      };
      return new PyTuple(Array.from({ length: n }, () => { let i = 0; return iter(() => { const v = pull(i); if (v !== undefined) i++; return v; }, 'itertools._tee'); }));
    }),
  });
}
import { compare } from './runtime';
function binopEq(a: PyValue, b: PyValue): PyValue { return compare('Eq', a, b); }

// collections: defaultdict / Counter / OrderedDict as dict subclasses with native behaviour.
function makeCollections(): PyModule {
  const defaultdict = new PyClass('defaultdict', [T.dict], 'collections');
  const counter = new PyClass('Counter', [T.dict], 'collections');
  const ordered = ORDERED_DICT_CLASS;
  defaultdict.construct = (a) => { const d = new DefaultDict(a[0] ?? null); if (a.length > 1) for (const [k, v] of (a[1] as PyDict).store.map.values()) dictSet(d, k, v); return d; };
  counter.construct = (a, k) => {
    const d = new CounterDict();
    if (a.length) {
      if (a[0] instanceof PyDict) for (const [kk, v] of a[0].store.map.values()) dictSet(d, kk, v);
      else { const next = iterate(a[0]); for (let v = next(); v !== undefined; v = next()) dictSet(d, v, binop('Add', dictGet(d, v) ?? 0, 1)); }
    }
    if (k) for (const [kk, v] of k) dictSet(d, kk, v);
    return d;
  };
  DefaultDict.cls = defaultdict;
  CounterDict.cls = counter;
  installCounterMethods(counter);
  return mod('collections', { defaultdict, Counter: counter, OrderedDict: ordered, namedtuple: namedtupleFunction, deque: DEQUE_CLASS, ChainMap: CHAIN_MAP });
}

/** dict whose missing keys are made by a factory (collections.defaultdict). */
export class DefaultDict extends PyDict {
  static cls: PyClass;
  constructor(public factory: PyValue) { super(); }
  missing(key: PyValue): PyValue {
    if (this.factory === null) throw pyErrKeyOf(key);
    const v = callValue(this.factory, [], null);
    dictSet(this, key, v);
    return v;
  }
  reprOverride(): string {
    const body = '{' + [...this.store.map.values()].map(([k, v]) => repr(k) + ': ' + repr(v)).join(', ') + '}';
    return `defaultdict(${repr(this.factory)}, ${body})`;
  }
}
/** dict counting hashable items (collections.Counter). */
export class CounterDict extends PyDict {
  static cls: PyClass;
  missing(): PyValue { return 0; }
  sortedItems(): [PyValue, PyValue][] {
    const items = [...this.store.map.values()].map(([k, v]) => [k, v] as [PyValue, PyValue]);
    return items.map((x, i) => [x, i] as const).sort((a, b) => (truthy(compare('Gt', a[0][1], b[0][1])) ? -1 : truthy(compare('Lt', a[0][1], b[0][1])) ? 1 : a[1] - b[1])).map((x) => x[0]);
  }
  dictBinop(op: string, other: PyValue): PyValue {
    if (!(other instanceof CounterDict)) return NOT_IMPLEMENTED_VALUE;
    return counterBinop(() => new CounterDict(), op, this, other);
  }
  reprOverride(): string {
    if (!this.store.size) return 'Counter()';
    return 'Counter({' + this.sortedItems().map(([k, v]) => repr(k) + ': ' + repr(v)).join(', ') + '})';
  }
}
/** Counter's own methods: most_common (ties keep insertion order, like CPython's stable sort),
 * total, elements, update and subtract (counting an iterable or adding a mapping). */
function installCounterMethods(counter: PyClass): void {
  const method = (name: string, fn: (self: CounterDict, args: PyValue[]) => PyValue) =>
    counter.dict.set(name, new PyBuiltin(name, (args) => fn(args[0] as CounterDict, args.slice(1))));
  method('most_common', (self, a) => {
    const items = self.sortedItems();
    const n = a.length && a[0] !== null ? Math.max(0, Number(a[0])) : items.length;
    return new PyList(items.slice(0, n).map(([k, v]) => new PyTuple([k, v])));
  });
  method('total', (self) => [...self.store.map.values()].reduce<PyValue>((acc, [, v]) => binop('Add', acc, v), 0));
  method('elements', (self) => {
    const out: PyValue[] = [];
    for (const [k, v] of self.store.map.values()) for (let i = 0; i < Number(v); i++) out.push(k);
    let i = 0;
    return iter(() => (i < out.length ? out[i++] : undefined), 'itertools.chain');
  });
  const count = (op: 'Add' | 'Sub') => (self: CounterDict, a: PyValue[]): PyValue => {
    if (!a.length || a[0] === null) return null;
    if (a[0] instanceof PyDict) for (const [k, v] of a[0].store.map.values()) dictSet(self, k, binop(op, dictGet(self, k) ?? 0, v));
    else { const next = iterate(a[0]); for (let v = next(); v !== undefined; v = next()) dictSet(self, v, binop(op, dictGet(self, v) ?? 0, 1)); }
    return null;
  };
  method('update', count('Add'));
  method('subtract', count('Sub'));
}
function pyErrKeyOf(key: PyValue) { const e = pyErr('KeyError'); e.exc.args = [key]; return e; }

export function installStdModules(): void {
  moduleFactories.set('math', makeMath);
  moduleFactories.set('random', makeRandom);
  moduleFactories.set('time', makeTime);
  moduleFactories.set('typing', makeTypingModule);
  moduleFactories.set('sys', makeSys);
  moduleFactories.set('functools', makeFunctools);
  moduleFactories.set('itertools', makeItertools);
  moduleFactories.set('collections', makeCollections);
  moduleFactories.set('__future__', () => new PyModule('__future__'));
  moduleFactories.set('dataclasses', makeDataclassesModule);
  moduleFactories.set('json', makeJsonModule);
  moduleFactories.set('os', makeOsModule);
  moduleFactories.set('os.path', makeOsPathModule);
  moduleFactories.set('warnings', makeWarningsModule);
  moduleFactories.set('contextlib', makeContextlibModule);
  moduleFactories.set('copy', makeCopyModule);
  moduleFactories.set('abc', makeAbcModule);
  moduleFactories.set('operator', makeOperatorModule);
  moduleFactories.set('enum', makeEnumModule);
  moduleFactories.set('re', makeReModule);
  moduleFactories.set('pprint', makePprintModule);
  moduleFactories.set('logging', makeLoggingModule);
  moduleFactories.set('textwrap', makeTextwrapModule);
  moduleFactories.set('argparse', makeArgparseModule);
  moduleFactories.set('string', makeStringModule);
  moduleFactories.set('types', makeTypesModule);
  moduleFactories.set('heapq', makeHeapqModule);
  moduleFactories.set('bisect', makeBisectModule);
  moduleFactories.set('statistics', makeStatisticsModule);
  moduleFactories.set('datetime', makeDatetimeModule);
  moduleFactories.set('traceback', makeTracebackModule);
  moduleFactories.set('collections.abc', makeCollectionsAbc);
  moduleFactories.set('io', makeIoModule);
  moduleFactories.set('gc', () => mod('gc', {
    collect: f('collect', () => 0), enable: f('enable', () => null), disable: f('disable', () => null), isenabled: f('isenabled', () => true),
  }));
  void hashKey; void getitem; void repr; void PyDict;
}
