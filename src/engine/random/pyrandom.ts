// CPython's `random` module (Modules/_randommodule.c + Lib/random.py, 3.11): one Random
// instance over MT19937. Int seeds go through init_by_array of |a|'s 32-bit words; integers
// come from getrandbits via _randbelow's rejection loop; shuffle/sample/choices consume draws
// in CPython's order. Sequences are the interpreter's business: these methods return indices.
import { glibcLog as log } from './glibc-log';
import { glibcPow as pow } from './glibc-pow';
import { glibcExp as exp } from './glibc-exp';
import { glibcCos as cos, glibcSin as sin } from './glibc-sincos';
import { RandomError } from './errors';
import { MT19937 } from './mt19937';
import { intToUint32Words } from './seed-sequence';
import { sha512 } from './sha512';

export type PyInt = number | bigint;

/** `random.getstate()`: (3, (624 words..., pos), gauss_next). */
export interface PyRandomState {
  version: 3;
  key: Uint32Array;
  pos: number;
  gaussNext: number | null;
}

const TWOPI = 2 * Math.PI;
const NV_MAGICCONST = (4 * exp(-0.5)) / Math.sqrt(2);
const LOG4 = log(4);
const SG_MAGICCONST = 1 + log(4.5);

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

export class PyRandom {
  readonly bitgen = new MT19937();
  private gaussNext: number | null = null;

  constructor(seed?: PyInt | null) {
    this.seed(seed ?? null);
  }

  /** `random.seed(a)` for int (or None) a. */
  seed(a: PyInt | null): void {
    if (a === null) {
      const words = new Uint32Array(624);
      const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => void } }).crypto;
      if (c?.getRandomValues) c.getRandomValues(words);
      else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 4294967296);
      this.bitgen.seedByArray(words);
    } else {
      const n = BigInt(a);
      this.bitgen.seedByArray(intToUint32Words(n < 0n ? -n : n));
    }
    this.gaussNext = null;
  }

  /** `random.seed(bytes)` (version 2): the int of data + sha512(data), big-endian. */
  seedBytes(data: Uint8Array): void {
    const all = new Uint8Array(data.length + 64);
    all.set(data);
    all.set(sha512(data), data.length);
    let n = 0n;
    for (const byte of all) n = (n << 8n) | BigInt(byte);
    this.seed(n);
  }

  /** `random.seed(str)`: the UTF-8 bytes, as seedBytes. */
  seedString(text: string): void {
    this.seedBytes(new TextEncoder().encode(text));
  }

  /** `random.seed(float)`: CPython seeds with hash(x) taken as an unsigned 64-bit integer. */
  seedFloat(x: number): void {
    this.seed(BigInt.asUintN(64, pyFloatHash(x)));
  }

  getState(): PyRandomState {
    const st = this.bitgen.getState();
    return { version: 3, key: st.key, pos: st.pos, gaussNext: this.gaussNext };
  }

  setState(state: PyRandomState): void {
    this.bitgen.setState({ key: state.key, pos: state.pos });
    this.gaussNext = state.gaussNext;
  }

  random(): number {
    return this.bitgen.nextDouble();
  }

  /** getrandbits(k) as a bigint: 32-bit words, least significant first, last word's top bits. */
  getrandbits(k: number): bigint {
    if (k < 0) throw new RandomError('ValueError', 'number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.bitgen.nextUint32() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.bitgen.nextUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** getrandbits(k) for k <= 53 as a number (the hot path of _randbelow). */
  private smallBits(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.bitgen.nextUint32() >>> (32 - k);
    const low = this.bitgen.nextUint32();
    return low + (this.bitgen.nextUint32() >>> (64 - k)) * 4294967296;
  }

  /** _randbelow_with_getrandbits(n) for n > 0: k = n.bit_length() bits until one is < n. */
  randbelow(n: number): number;
  randbelow(n: bigint): bigint;
  randbelow(n: PyInt): PyInt {
    if (typeof n === 'number' && n <= Number.MAX_SAFE_INTEGER) {
      const k = n < 4294967296 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / 4294967296));
      let r = this.smallBits(k);
      while (r >= n) r = this.smallBits(k);
      return r;
    }
    const big = BigInt(n);
    const k = bitLength(big);
    let r = this.getrandbits(k);
    while (r >= big) r = this.getrandbits(k);
    return typeof n === 'number' ? Number(r) : r;
  }

  /** randrange(start, stop=None, step=1) with CPython 3.11's messages. */
  randrange(start: PyInt, stop: PyInt | null = null, step: PyInt = 1): PyInt {
    const big = typeof start === 'bigint' || typeof stop === 'bigint' || typeof step === 'bigint';
    const out = (v: bigint): PyInt => (big ? v : Number(v));
    const istart = BigInt(start);
    const below = (n: bigint): bigint => (n <= BigInt(Number.MAX_SAFE_INTEGER) ? BigInt(this.randbelow(Number(n))) : this.randbelow(n));
    if (stop === null) {
      if (BigInt(step) !== 1n) throw new RandomError('TypeError', 'Missing a non-None stop argument');
      if (istart > 0n) return out(below(istart));
      throw new RandomError('ValueError', 'empty range for randrange()');
    }
    const istop = BigInt(stop);
    const width = istop - istart;
    const istep = BigInt(step);
    if (istep === 1n) {
      if (width > 0n) return out(istart + below(width));
      throw new RandomError('ValueError', `empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new RandomError('ValueError', 'zero step for randrange()');
    if (n <= 0n) throw new RandomError('ValueError', 'empty range for randrange()');
    return out(istart + istep * below(n));
  }

  randint(a: PyInt, b: PyInt): PyInt {
    return this.randrange(a, typeof b === 'bigint' ? b + 1n : b + 1);
  }

  /** Index `choice(seq)` picks from a sequence of this length. */
  choiceIndex(length: number): number {
    if (length === 0) throw new RandomError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(length);
  }

  /** The order `shuffle(x)` leaves x in: new x[i] = old x[perm[i]]. */
  shufflePermutation(length: number): number[] {
    const perm = Array.from({ length }, (_, i) => i);
    for (let i = length - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1);
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return perm;
  }

  /** Indices `sample(population, k)` picks, in result order. */
  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw new RandomError('ValueError', 'Sample larger than population or is negative');
    const result: number[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(log(k * 3) / log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /** Indices `sample(population, k, counts=counts)` picks: a sample of range(sum(counts)) mapped back by bisect. */
  sampleWithCounts(counts: ArrayLike<number>, k: number): number[] {
    const cum: number[] = [];
    let acc = 0;
    for (let i = 0; i < counts.length; i++) cum.push((acc += counts[i]));
    const total = cum.pop() ?? 0;
    if (total <= 0) throw new RandomError('ValueError', 'Total of counts must be greater than zero');
    return this.sampleIndices(total, k).map((sel) => {
      let lo = 0;
      let hi = cum.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sel < cum[mid]) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    });
  }

  /** `randbytes(n)`: getrandbits(8n) as n little-endian bytes. */
  randbytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const left = n - i;
      let word = this.bitgen.nextUint32();
      if (left < 4) word >>>= 32 - 8 * left;
      for (let b = 0; b < Math.min(4, left); b++) out[i + b] = (word >>> (8 * b)) & 0xff;
    }
    return out;
  }

  /** Indices `choices(population, weights=None, cum_weights=None, k=1)` picks. */
  choicesIndices(n: number, k: number, weights: ArrayLike<number> | null = null, cumWeights: ArrayLike<number> | null = null): number[] {
    const out: number[] = [];
    if (cumWeights === null && weights === null) {
      for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * n));
      return out;
    }
    if (cumWeights !== null && weights !== null) throw new RandomError('TypeError', 'Cannot specify both weights and cumulative weights');
    let cum: ArrayLike<number>;
    if (cumWeights === null) {
      const acc: number[] = [];
      let s = 0;
      for (let i = 0; i < weights!.length; i++) acc.push(i === 0 ? (s = weights![0]) : (s += weights![i]));
      cum = acc;
    } else cum = cumWeights;
    if (cum.length !== n) throw new RandomError('ValueError', 'The number of weights does not match the population');
    const total = cum[cum.length - 1] + 0;
    if (total <= 0) throw new RandomError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new RandomError('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) {
      const x = this.random() * total;
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >>> 1;
        if (x < cum[mid]) h = mid;
        else lo = mid + 1;
      }
      out.push(lo);
    }
    return out;
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0, high = 1, mode: number | null = null): number {
    let u = this.random();
    let c: number;
    if (mode === null) c = 0.5;
    else {
      if (high - low === 0) return low;
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** gauss(mu, sigma): Box–Muller with cos/sin, caching the sin value for the next call. */
  gauss(mu = 0, sigma = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2 * log(1 - this.random()));
      z = cos(x2pi) * g2rad;
      this.gaussNext = sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** normalvariate(mu, sigma): Kinderman–Monahan ratio of uniforms. */
  normalvariate(mu = 0, sigma = 1): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4;
      if (zz <= -log(u2)) break;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd = 1): number {
    return -log(1 - this.random()) / lambd;
  }

  /** gammavariate(alpha, beta): Cheng's GB for alpha > 1, exponential at 1, Kennedy–Gentle GS below. */
  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0 || beta <= 0) throw new RandomError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1) {
      const ainv = Math.sqrt(2 * alpha - 1);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1 - this.random();
        const v = log(u1 / (1 - u1)) / ainv;
        const x = alpha * exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0 || r >= log(z)) return x * beta;
      }
    }
    if (alpha === 1) return -log(1 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1 ? pow(p, 1 / alpha) : -log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1) {
        if (u1 <= pow(x, alpha - 1)) break;
      } else if (u1 <= exp(-x)) break;
    }
    return x * beta;
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1);
    return y ? y / (y + this.gammavariate(beta, 1)) : 0;
  }

  paretovariate(alpha: number): number {
    return pow(1 - this.random(), -1 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    return alpha * pow(-log(1 - this.random()), 1 / beta);
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

const HASH_BITS = 61n;
const HASH_MODULUS = (1n << 61n) - 1n;

/** CPython's hash(float) on a 64-bit build (Python/pyhash.c _Py_HashDouble); NaN hashes as 0 here. */
export function pyFloatHash(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  if (v === 0) return 0n;
  // frexp: v = m · 2^e with 0.5 <= |m| < 1
  let e = Math.floor(Math.log2(Math.abs(v))) + 1;
  let m = v / 2 ** e;
  if (Math.abs(m) >= 1) { m /= 2; e += 1; }
  if (Math.abs(m) < 0.5) { m *= 2; e -= 1; }
  let sign = 1n;
  if (m < 0) { sign = -1n; m = -m; }
  let x = 0n;
  while (m) {
    x = ((x << 28n) & HASH_MODULUS) | (x >> (HASH_BITS - 28n));
    m *= 268435456;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    x += BigInt(y);
    if (x >= HASH_MODULUS) x -= HASH_MODULUS;
  }
  const eb = BigInt(e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61));
  x = ((x << eb) & HASH_MODULUS) | (x >> (HASH_BITS - eb));
  x = x * sign;
  if (x === -1n) x = -2n;
  return x;
}
