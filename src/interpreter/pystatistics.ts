// The statistics module with CPython's exactness: mean, variance and pvariance sum the data as
// exact rationals (every float is m * 2**e) and round once, ints stay ints when the result is
// whole; stdev/pstdev are the correctly rounded square root of the exact variance; fmean and
// geometric_mean go through fsum; median (and _low/_high), mode, multimode, quantiles
// (exclusive/inclusive), harmonic_mean, and StatisticsError with CPython's messages.
import { PyBuiltin, PyClass, PyFloat, PyList, PyModule, PyValue, isInt } from './values';
import { T, makeExc, PyThrow, throwErr } from './types';
import { binop, callValue, hashKey, toArray, toIndex, typeName } from './runtime';
import { pySort } from './builtins';
import { current } from './interp';
import { bind, signature } from './args';

const statisticsError = new PyClass('StatisticsError', [T.ValueError], 'statistics');
function statErr(msg: string): PyThrow {
  const e = makeExc(statisticsError, [msg]);
  e.traceback = current.interp?.captureTraceback() ?? null;
  return new PyThrow(e);
}

/** An exact rational n / d (d > 0). */
export interface Rat { n: bigint; d: bigint }
function gcd(a: bigint, b: bigint): bigint { a = a < 0n ? -a : a; while (b) [a, b] = [b, a % b]; return a; }
function norm(r: Rat): Rat { const g = gcd(r.n, r.d) || 1n; return { n: r.n / g, d: r.d / g }; }
function add(a: Rat, b: Rat): Rat { return norm({ n: a.n * b.d + b.n * a.d, d: a.d * b.d }); }
function sub(a: Rat, b: Rat): Rat { return norm({ n: a.n * b.d - b.n * a.d, d: a.d * b.d }); }
function mulR(a: Rat, b: Rat): Rat { return norm({ n: a.n * b.n, d: a.d * b.d }); }
function divInt(a: Rat, k: number): Rat { return norm({ n: a.n, d: a.d * BigInt(k) }); }

function exactOf(x: number): Rat {
  // a finite double as m * 2**e exactly
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074; else { mant |= 1n << 52n; e = exp - 1075; }
  if (mant === 0n) return { n: 0n, d: 1n };
  return norm(e >= 0 ? { n: sign * (mant << BigInt(e)), d: 1n } : { n: sign * mant, d: 1n << BigInt(-e) });
}

/** A float as an exact rational, or null for inf/nan. */
export function exactRational(x: number): Rat | null {
  return Number.isFinite(x) ? exactOf(x) : null;
}

function bitLength(x: bigint): number { return x === 0n ? 0 : x.toString(2).length; }

/** n / d rounded to the nearest double (ties to even), subnormals and overflow included. */
export function ratToFloat(r: Rat): number {
  let { n, d } = r;
  if (n === 0n) return 0;
  const neg = n < 0n;
  if (neg) n = -n;
  let shift = bitLength(d) - bitLength(n) + 55; // q = floor(n * 2**shift / d) has 55-56 bits
  let q: bigint, rem: bigint;
  if (shift >= 0) { const num = n << BigInt(shift); q = num / d; rem = num % d; } else { const den = d << BigInt(-shift); q = n / den; rem = n % den; }
  const bits = bitLength(q);
  const exp = bits - 1 - shift; // value is in [2**exp, 2**(exp+1))
  let keep = 53;
  if (exp < -1022) keep = 53 - (-1022 - exp);
  if (keep <= 0) {
    // below half the smallest subnormal, or between it and its half
    if (keep === 0 && (q > (1n << BigInt(bits - 1)) || rem !== 0n)) return neg ? -5e-324 : 5e-324;
    return neg ? -0 : 0;
  }
  const drop = bits - keep;
  if (drop > 0) {
    const mask = (1n << BigInt(drop)) - 1n;
    const low = q & mask;
    const half = 1n << BigInt(drop - 1);
    q >>= BigInt(drop);
    if (low > half || (low === half && (rem !== 0n || (q & 1n) === 1n))) q += 1n;
    shift -= drop;
  }
  let v = Number(q);
  // multiply by 2**-shift in two steps so neither overflows nor underflows early
  const s1 = Math.trunc(-shift / 2), s2 = -shift - s1;
  v = v * 2 ** s1 * 2 ** s2;
  return neg ? -v : v;
}

/** sqrt(n / d) correctly rounded: an integer square root rounded to odd, then one rounding. */
function sqrtRat(r: Rat): number {
  if (r.n === 0n) return 0;
  // scale so the integer root has at least 60 bits
  let k = Math.max(0, Math.ceil((120 - (bitLength(r.n) - bitLength(r.d))) / 2));
  const scaled = (r.n << BigInt(2 * k)) / r.d;
  const exactScaled = (r.n << BigInt(2 * k)) % r.d === 0n;
  let root = isqrt(scaled);
  if (!(exactScaled && root * root === scaled)) root |= 1n;
  if (k < 0) k = 0;
  return ratToFloat({ n: root, d: 1n << BigInt(k) });
}
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) { if (x * x > n) x -= 1n; else if ((x + 1n) * (x + 1n) <= n) x += 1n; else return x; }
    else x = y;
  }
}

type Kind = 'int' | 'float';
interface Data { items: PyValue[]; kind: Kind; exact: Rat[] | null; floats: number[] }

function readData(v: PyValue): Data {
  const items = toArray(v);
  let kind: Kind = 'int';
  const exact: Rat[] = [];
  let finite = true;
  const floats: number[] = [];
  for (const x of items) {
    if (isInt(x) || typeof x === 'boolean') { exact.push({ n: BigInt(typeof x === 'boolean' ? Number(x) : x), d: 1n }); floats.push(Number(x)); continue; }
    if (x instanceof PyFloat) {
      kind = 'float';
      floats.push(x.v);
      if (!Number.isFinite(x.v)) { finite = false; continue; }
      exact.push(exactOf(x.v));
      continue;
    }
    if (typeof x === 'string' || x === null) throwErr('TypeError', `can't convert type '${typeName(x)}' to numerator/denominator`);
    const f = callValue(T.float, [x], null);
    kind = 'float';
    const fv = (f as PyFloat).v;
    floats.push(fv);
    if (!Number.isFinite(fv)) finite = false; else exact.push(exactOf(fv));
  }
  return { items, kind, exact: finite ? exact : null, floats };
}

function convert(r: Rat, kind: Kind): PyValue {
  if (kind === 'int' && r.d === 1n) {
    const n = r.n;
    return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
  }
  return new PyFloat(ratToFloat(r));
}

function sumRat(xs: Rat[]): Rat { return xs.reduce((a, b) => add(a, b), { n: 0n, d: 1n }); }

function fsumOf(xs: number[]): number {
  const m = current.interp!.importModule('math');
  return (callValue(m.dict.get('fsum')!, [new PyList(xs.map((x) => new PyFloat(x)))], null) as PyFloat).v;
}

/** Sum of squared deviations from the exact mean (CPython's _ss), exact. */
function squaredDeviations(exact: Rat[], c: Rat | null): Rat {
  const mean = c ?? divInt(sumRat(exact), exact.length);
  let ss: Rat = { n: 0n, d: 1n };
  let u: Rat = { n: 0n, d: 1n };
  for (const x of exact) { const dev = sub(x, mean); ss = add(ss, mulR(dev, dev)); u = add(u, dev); }
  return sub(ss, divInt(mulR(u, u), exact.length));
}

function xbarOf(v: PyValue | undefined): Rat | null {
  if (v === undefined || v === null) return null;
  if (v instanceof PyFloat) return Number.isFinite(v.v) ? exactOf(v.v) : null;
  if (isInt(v)) return { n: BigInt(v), d: 1n };
  return null;
}

function variance(data: Data, xbar: PyValue | undefined, sample: boolean, name: string): Rat | number {
  const n = data.items.length;
  if (sample ? n < 2 : n < 1) throw statErr(`${name} requires at least ${sample ? 'two data points' : 'one data point'}`);
  if (!data.exact) return NaN;
  const ss = squaredDeviations(data.exact, xbarOf(xbar));
  return divInt(ss, sample ? n - 1 : n);
}

export function makeStatisticsModule(): PyModule {
  const m = new PyModule('statistics');
  const def = (name: string, fn: (a: PyValue[], k: Map<string, PyValue> | null) => PyValue) => m.dict.set(name, new PyBuiltin(name, fn));
  m.dict.set('StatisticsError', statisticsError);
  def('mean', (a) => {
    const d = readData(a[0] ?? null);
    if (!d.items.length) throw statErr('mean requires at least one data point');
    if (!d.exact) return new PyFloat(d.floats.reduce((x, y) => x + y, 0) / d.items.length);
    return convert(divInt(sumRat(d.exact), d.items.length), d.kind);
  });
  def('fmean', (a) => {
    const d = readData(a[0] ?? null);
    const w = a[1] ?? null;
    if (w !== null) {
      const ws = toArray(w).map((x) => (callValue(T.float, [x], null) as PyFloat).v);
      if (ws.length !== d.floats.length) throw statErr('data and weights must be the same length');
      const den = fsumOf(ws);
      if (!den) throw statErr('sum of weights must be non-zero');
      return new PyFloat(fsumOf(d.floats.map((x, i) => x * ws[i])) / den);
    }
    if (!d.items.length) throw statErr('fmean requires at least one data point');
    return new PyFloat(fsumOf(d.floats) / d.items.length);
  });
  def('geometric_mean', (a) => {
    const d = readData(a[0] ?? null);
    if (!d.items.length || d.floats.some((x) => x <= 0)) throw statErr('geometric mean requires a non-empty dataset containing positive numbers');
    return new PyFloat(Math.exp(fsumOf(d.floats.map(Math.log)) / d.items.length));
  });
  def('harmonic_mean', (a) => {
    const d = readData(a[0] ?? null);
    if (!d.items.length) throw statErr('harmonic_mean requires at least one data point');
    if (d.floats.some((x) => x < 0)) throw statErr('harmonic mean does not support negative values');
    if (d.items.length === 1) return d.items[0];
    if (d.floats.some((x) => x === 0)) return 0;
    // the reciprocals are Python floats (1 / x), summed exactly, then n / total rounded once
    const recips = d.floats.map((x) => 1 / x);
    if (recips.some((x) => !Number.isFinite(x))) return new PyFloat(d.items.length / recips.reduce((p, q) => p + q, 0));
    const total = sumRat(recips.map(exactOf));
    return new PyFloat(ratToFloat(norm({ n: BigInt(d.items.length) * total.d, d: total.n })));
  });
  const median = (which: 'mid' | 'low' | 'high') => (a: PyValue[]) => {
    const data = pySort(toArray(a[0] ?? null), null, false);
    const n = data.length;
    if (!n) throw statErr('no median for empty data');
    if (n % 2 === 1) return data[n >> 1];
    if (which === 'low') return data[n / 2 - 1];
    if (which === 'high') return data[n / 2];
    return binop('Div', binop('Add', data[n / 2 - 1], data[n / 2]), 2);
  };
  def('median', median('mid'));
  def('median_low', median('low'));
  def('median_high', median('high'));
  const counts = (items: PyValue[]) => {
    const c = new Map<unknown, [PyValue, number]>();
    for (const x of items) { const k = hashKey(x); const e = c.get(k); if (e) e[1]++; else c.set(k, [x, 1]); }
    return [...c.values()];
  };
  def('mode', (a) => {
    const c = counts(toArray(a[0] ?? null));
    if (!c.length) throw statErr('no mode for empty data');
    let best = c[0];
    for (const e of c) if (e[1] > best[1]) best = e;
    return best[0];
  });
  def('multimode', (a) => {
    const c = counts(toArray(a[0] ?? null));
    const top = Math.max(0, ...c.map((e) => e[1]));
    return new PyList(c.filter((e) => e[1] === top).map((e) => e[0]));
  });
  const varSig = (name: string) => signature(name, name.startsWith('p') ? 'data, mu=None' : 'data, xbar=None');
  for (const [name, sample, root] of [['variance', true, false], ['pvariance', false, false], ['stdev', true, true], ['pstdev', false, true]] as const) {
    const s = varSig(name);
    def(name, (a, k) => {
      const b = bind(s, a, k);
      const d = readData(b.data);
      const v = variance(d, sample ? b.xbar : b.mu, sample, name);
      if (typeof v === 'number') return new PyFloat(v);
      if (root) return new PyFloat(sqrtRat(v));
      return convert(v, d.kind);
    });
  }
  const qSig = signature('quantiles', 'data, *, n=4, method=\'exclusive\'');
  def('quantiles', (a, k) => {
    const b = bind(qSig, a, k);
    const n = toIndex(b.n);
    if (n < 1) throw statErr('n must be at least 1');
    const data = pySort(toArray(b.data), null, false);
    const ld = data.length;
    if (ld < 2) throw statErr('must have at least two data points');
    const out: PyValue[] = [];
    const interp = (j: number, delta: number, den: number) => {
      // (data[j] * (den - delta) + data[j+1] * delta) / den, with Python's arithmetic
      return binop('Div', binop('Add', binop('Mult', data[j], den - delta), binop('Mult', data[j + 1], delta)), den);
    };
    if (b.method === 'inclusive') {
      const mm = ld - 1;
      for (let i = 1; i < n; i++) {
        const j = Math.floor(i * mm / n), delta = i * mm - j * n;
        out.push(interp(j, delta, n));
      }
    } else if (b.method === 'exclusive') {
      const mm = ld + 1;
      for (let i = 1; i < n; i++) {
        let j = Math.floor(i * mm / n);
        j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
        const delta = i * mm - j * n;
        out.push(interp(j - 1, delta, n));
      }
    } else throwErr('ValueError', `Unknown method: '${String(b.method)}'`);
    return new PyList(out);
  });
  return m;
}
