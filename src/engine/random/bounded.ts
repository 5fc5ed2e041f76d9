// Bounded random integers exactly as NumPy draws them (distributions.c + _bounded_integers):
// every output dtype has its own path (64-bit, 32-bit, and 16/8/1-bit draws carved from a
// buffered uint32), each either masked rejection (legacy RandomState) or Lemire's multiply-
// shift (Generator); ranges that fit 32 bits use 32-bit draws. Also random_interval, the
// masked draw in [0, max] both shuffles use.
import { type BitGenerator, nextUint64BigInt } from './bit-generator';
import { RandomError } from './errors';
import { setInt64Words } from './int64';

export type IntDType = 'int64' | 'int32' | 'int16' | 'int8' | 'uint64' | 'uint32' | 'uint16' | 'uint8' | 'bool';
export type IntData = BigInt64Array | BigUint64Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;

interface IntInfo {
  bits: 64 | 32 | 16 | 8 | 1;
  lb: bigint;
  ub: bigint;
}

export const INT_INFO: Record<IntDType, IntInfo> = {
  int64: { bits: 64, lb: -(1n << 63n), ub: (1n << 63n) - 1n },
  int32: { bits: 32, lb: -(1n << 31n), ub: (1n << 31n) - 1n },
  int16: { bits: 16, lb: -(1n << 15n), ub: (1n << 15n) - 1n },
  int8: { bits: 8, lb: -128n, ub: 127n },
  uint64: { bits: 64, lb: 0n, ub: (1n << 64n) - 1n },
  uint32: { bits: 32, lb: 0n, ub: 0xffffffffn },
  uint16: { bits: 16, lb: 0n, ub: 0xffffn },
  uint8: { bits: 8, lb: 0n, ub: 0xffn },
  bool: { bits: 1, lb: 0n, ub: 1n },
};

export function allocInt(dtype: IntDType, n: number): IntData {
  switch (dtype) {
    case 'int64': return new BigInt64Array(n);
    case 'uint64': return new BigUint64Array(n);
    case 'int32': return new Int32Array(n);
    case 'uint32': return new Uint32Array(n);
    case 'int16': return new Int16Array(n);
    case 'uint16': return new Uint16Array(n);
    case 'int8': return new Int8Array(n);
    case 'uint8': case 'bool': return new Uint8Array(n);
  }
}

/** Smallest all-ones mask covering `max` (a number below 2^53). */
function maskFor(max: number): number {
  if (max <= 0xffffffff) return max === 0 ? 0 : 0xffffffff >>> Math.clz32(max);
  let mask = 1;
  while (mask < max) mask = mask * 2 + 1;
  return max === 0 ? 0 : mask;
}

/** Checks [low, high) or [low, high] against the dtype and returns (off, rng) of the closed range. */
export function closedRange(low: bigint, high: bigint, dtype: IntDType, endpoint: boolean): { off: bigint; rng: bigint } {
  const info = INT_INFO[dtype];
  const hi = endpoint ? high : high - 1n;
  if (low < info.lb) throw new RandomError('ValueError', `low is out of bounds for ${dtype}`);
  if (hi > info.ub) throw new RandomError('ValueError', `high is out of bounds for ${dtype}`);
  if (low > hi) {
    const msg = low === 0n ? (endpoint ? 'high < 0' : 'high <= 0') : endpoint ? 'low > high' : 'low >= high';
    throw new RandomError('ValueError', msg);
  }
  return { off: low, rng: hi - low };
}

/** The 16/8/1-bit buffer NumPy keeps across one fill call: pieces of one uint32, low bits first. */
class SmallBuffer {
  private buf = 0;
  private count = 0;
  constructor(private readonly bg: BitGenerator) {}
  next(bits: 16 | 8 | 1): number {
    if (this.count === 0) {
      this.buf = this.bg.nextUint32();
      this.count = 32 / bits - 1;
    } else {
      this.buf >>>= bits;
      this.count--;
    }
    return bits === 16 ? this.buf & 0xffff : bits === 8 ? this.buf & 0xff : this.buf & 1;
  }
}

/** One value in [0, rng] for rng < 2^32 - 1 with a 32-bit draw. */
function bounded32(bg: BitGenerator, rng: number, mask: number, masked: boolean): number {
  if (masked) {
    let v: number;
    do v = (bg.nextUint32() & mask) >>> 0; while (v > rng);
    return v;
  }
  const excl = rng + 1;
  let draw = bg.nextUint32();
  let lo = Math.imul(draw, excl) >>> 0;
  if (lo < excl) {
    const threshold = (0xffffffff - rng) % excl;
    while (lo < threshold) {
      draw = bg.nextUint32();
      lo = Math.imul(draw, excl) >>> 0;
    }
  }
  return mulHi32(draw, excl);
}

/** High 32 bits of the exact 64-bit product of two uint32 values. */
function mulHi32(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const mid1 = a1 * b0;
  const mid2 = a0 * b1;
  const carry = ((a0 * b0) >>> 16) + (mid1 & 0xffff) + (mid2 & 0xffff);
  return a1 * b1 + (mid1 >>> 16) + (mid2 >>> 16) + Math.floor(carry / 65536);
}

/** One value in [0, rng] for rng < 2^(bits) - 1 with a buffered 16/8-bit draw. */
function boundedSmall(buf: SmallBuffer, bits: 16 | 8, rng: number, mask: number, masked: boolean): number {
  if (masked) {
    let v: number;
    do v = buf.next(bits) & mask; while (v > rng);
    return v;
  }
  const size = bits === 16 ? 65536 : 256;
  const excl = rng + 1;
  let m = buf.next(bits) * excl;
  let left = m % size;
  if (left < excl) {
    const threshold = (size - 1 - rng) % excl;
    while (left < threshold) {
      m = buf.next(bits) * excl;
      left = m % size;
    }
  }
  return Math.floor(m / size);
}

const U64 = (1n << 64n) - 1n;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** One value in [0, rng] for 2^32 - 1 < rng < 2^64 - 1 with 64-bit draws. */
function bounded64(bg: BitGenerator, rng: bigint, mask: bigint, masked: boolean): bigint {
  if (masked) {
    let v: bigint;
    do v = nextUint64BigInt(bg) & mask; while (v > rng);
    return v;
  }
  const excl = rng + 1n;
  let m = nextUint64BigInt(bg) * excl;
  let left = m & U64;
  if (left < excl) {
    const threshold = (U64 - rng) % excl;
    while (left < threshold) {
      m = nextUint64BigInt(bg) * excl;
      left = m & U64;
    }
  }
  return m >> 64n;
}

/**
 * One value in [0, rng] for 2^32 - 1 < rng < 2^53 with 64-bit draws, in doubles (no BigInt):
 * masked keeps the draw's low bits (maskHi = mask / 2^32); Lemire forms the exact 128-bit
 * product draw·(rng+1) in 16-bit columns and returns its high 64 bits, redrawing while the low
 * 64 bits fall below `threshold` = 2^64 mod (rng+1) (the caller computes it once per fill).
 */
function bounded53(bg: BitGenerator, rng: number, maskHi: number, masked: boolean, threshold: number): number {
  if (masked) {
    let v: number;
    do {
      bg.nextUint64();
      v = (bg.hi32 & maskHi) * 4294967296 + bg.lo32;
    } while (v > rng);
    return v;
  }
  const excl = rng + 1;
  const e0 = excl % 65536;
  const e1 = Math.floor(excl / 65536) % 65536;
  const e2 = Math.floor(excl / 4294967296) % 65536;
  const e3 = Math.floor(excl / 281474976710656);
  const tHi = Math.floor(threshold / 4294967296);
  const tLo = threshold % 4294967296;
  let checked = false;
  for (;;) {
    bg.nextUint64();
    const x0 = bg.lo32 & 0xffff, x1 = bg.lo32 >>> 16, x2 = bg.hi32 & 0xffff, x3 = bg.hi32 >>> 16;
    let t = x0 * e0;
    const p0 = t % 65536;
    t = Math.floor(t / 65536) + x0 * e1 + x1 * e0;
    const p1 = t % 65536;
    t = Math.floor(t / 65536) + x0 * e2 + x1 * e1 + x2 * e0;
    const p2 = t % 65536;
    t = Math.floor(t / 65536) + x0 * e3 + x1 * e2 + x2 * e1 + x3 * e0;
    const p3 = t % 65536;
    t = Math.floor(t / 65536) + x1 * e3 + x2 * e2 + x3 * e1;
    const p4 = t % 65536;
    t = Math.floor(t / 65536) + x2 * e3 + x3 * e2;
    const p5 = t % 65536;
    t = Math.floor(t / 65536) + x3 * e3;
    const high = t * 4294967296 + p5 * 65536 + p4;
    // leftover (low 64 bits) < excl, then < threshold: NumPy draws again only in that case.
    const leftHi = p3 * 65536 + p2;
    const leftLo = p1 * 65536 + p0;
    if (!checked) {
      const eHi = Math.floor(excl / 4294967296);
      if (!(leftHi < eHi || (leftHi === eHi && leftLo < excl % 4294967296))) return high;
      checked = true;
    }
    if (!(leftHi < tHi || (leftHi === tHi && leftLo < tLo))) return high;
  }
}

/** 2^64 mod (rng + 1): Lemire's rejection threshold (UINT64_MAX - rng) % (rng + 1). */
function lemireThreshold64(rng: number): number {
  return Number((1n << 64n) % (BigInt(rng) + 1n));
}

/**
 * Fills `out` (length n) with off + U[0, rng] the way NumPy's random_bounded_<type>_fill does
 * for a scalar low/high. Values are written modulo 2^bits into the typed array.
 */
export function boundedFill(bg: BitGenerator, dtype: IntDType, off: bigint, rng: bigint, out: IntData, masked: boolean): void {
  const n = out.length;
  const bits = INT_INFO[dtype].bits;
  if (bits === 64) {
    const big = out as BigInt64Array | BigUint64Array;
    const wrap = dtype === 'int64' ? (v: bigint) => BigInt.asIntN(64, v) : (v: bigint) => BigInt.asUintN(64, v);
    if (rng === 0n) {
      big.fill(wrap(off));
    } else if (rng <= 0xffffffffn) {
      const r = Number(rng);
      const mask = maskFor(r);
      const offNum = Number(off);
      const exact = Number.isSafeInteger(offNum) && Number.isSafeInteger(offNum + r);
      const words = new Int32Array(big.buffer, big.byteOffset, 2 * n);
      if (exact && r < 0xffffffff) {
        // The common randint/integers(low, high, size) case, inlined: 32-bit draws into int64 words.
        const lo = LITTLE_ENDIAN ? 0 : 1;
        const excl = r + 1;
        const threshold = (0xffffffff - r) % excl;
        for (let i = 0; i < n; i++) {
          let v: number;
          if (masked) {
            do v = (bg.nextUint32() & mask) >>> 0; while (v > r);
          } else {
            let draw = bg.nextUint32();
            let low = Math.imul(draw, excl) >>> 0;
            if (low < excl) {
              while (low < threshold) {
                draw = bg.nextUint32();
                low = Math.imul(draw, excl) >>> 0;
              }
            }
            v = mulHi32(draw, excl);
          }
          const x = offNum + v;
          words[2 * i + lo] = x | 0;
          words[2 * i + 1 - lo] = Math.floor(x / 4294967296);
        }
        return;
      }
      for (let i = 0; i < n; i++) {
        const v = r === 0xffffffff ? bg.nextUint32() : bounded32(bg, r, mask, masked);
        if (exact) setInt64Words(words, i, offNum + v);
        else big[i] = wrap(off + BigInt(v));
      }
    } else if (rng < 9007199254740992n && Number.isSafeInteger(Number(off)) && Number.isSafeInteger(Number(off + rng))) {
      const r = Number(rng);
      const offNum = Number(off);
      const maskHi = Math.floor(maskFor(r) / 4294967296);
      const threshold = masked ? 0 : lemireThreshold64(r);
      const words = new Int32Array(big.buffer, big.byteOffset, 2 * n);
      for (let i = 0; i < n; i++) setInt64Words(words, i, offNum + bounded53(bg, r, maskHi, masked, threshold));
    } else if (rng === U64) {
      for (let i = 0; i < n; i++) big[i] = wrap(off + nextUint64BigInt(bg));
    } else {
      let mask = 1n;
      while (mask < rng) mask = (mask << 1n) | 1n;
      for (let i = 0; i < n; i++) big[i] = wrap(off + bounded64(bg, rng, mask, masked));
    }
    return;
  }
  const small = out as Exclude<IntData, BigInt64Array | BigUint64Array>;
  const offNum = Number(BigInt.asUintN(bits === 1 ? 8 : bits, off));
  const r = Number(rng);
  if (r === 0) {
    small.fill(offNum);
    return;
  }
  if (bits === 32) {
    const mask = maskFor(r);
    for (let i = 0; i < n; i++) small[i] = offNum + (r === 0xffffffff ? bg.nextUint32() : bounded32(bg, r, mask, masked));
    return;
  }
  const buf = new SmallBuffer(bg);
  if (bits === 1) {
    for (let i = 0; i < n; i++) small[i] = offNum + buf.next(1);
    return;
  }
  const full = bits === 16 ? 0xffff : 0xff;
  const mask = maskFor(r);
  for (let i = 0; i < n; i++) small[i] = offNum + (r === full ? buf.next(bits) : boundedSmall(buf, bits, r, mask, masked));
}

/** random_bounded_uint64 with Lemire and no buffer: one value in [0, rng] (rng a safe integer). */
export function boundedLemireScalar(bg: BitGenerator, rng: number): number {
  if (rng === 0) return 0;
  if (rng <= 0xffffffff) return rng === 0xffffffff ? bg.nextUint32() : bounded32(bg, rng, 0, false);
  return bounded53(bg, rng, 0, false, lemireThreshold64(rng));
}

/** random_interval(max): masked rejection in [0, max], 32-bit draws when max fits. */
export function randomInterval(bg: BitGenerator, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = 0xffffffff >>> Math.clz32(max);
    let v: number;
    do v = (bg.nextUint32() & mask) >>> 0; while (v > max);
    return v;
  }
  const mask = maskFor(max);
  const maskHi = Math.floor(mask / 4294967296);
  let v: number;
  do {
    bg.nextUint64();
    v = (bg.hi32 & maskHi) * 4294967296 + bg.lo32;
  } while (v > max);
  return v;
}

/**
 * Array low/high (NumPy's _rand_<type>_broadcast): one closed range per element, drawn with
 * random_bounded_uint64 for 64-bit dtypes and random_buffered_bounded_<type> otherwise (16/8/1
 * bit draws share one uint32 buffer across the whole call).
 */
export function boundedFillEach(bg: BitGenerator, dtype: IntDType, offs: readonly bigint[], rngs: readonly bigint[], out: IntData, masked: boolean): void {
  const bits = INT_INFO[dtype].bits;
  const buf = new SmallBuffer(bg);
  for (let i = 0; i < out.length; i++) {
    const off = offs[i];
    const rng = rngs[i];
    if (bits === 64) {
      let v: bigint;
      if (rng === 0n) v = 0n;
      else if (rng <= 0xffffffffn) {
        const r = Number(rng);
        v = BigInt(r === 0xffffffff ? bg.nextUint32() : bounded32(bg, r, maskFor(r), masked));
      } else if (rng === U64) v = nextUint64BigInt(bg);
      else {
        let mask = 1n;
        while (mask < rng) mask = (mask << 1n) | 1n;
        v = bounded64(bg, rng, mask, masked);
      }
      (out as BigInt64Array)[i] = dtype === 'int64' ? BigInt.asIntN(64, off + v) : BigInt.asUintN(64, off + v);
      continue;
    }
    const small = out as Exclude<IntData, BigInt64Array | BigUint64Array>;
    const offNum = Number(BigInt.asUintN(bits === 1 ? 8 : bits, off));
    const r = Number(rng);
    let v = 0;
    if (r === 0) v = 0;
    else if (bits === 32) v = r === 0xffffffff ? bg.nextUint32() : bounded32(bg, r, maskFor(r), masked);
    else if (bits === 1) v = buf.next(1);
    else v = r === (bits === 16 ? 0xffff : 0xff) ? buf.next(bits) : boundedSmall(buf, bits, r, maskFor(r), masked);
    small[i] = offNum + v;
  }
}

/** Validates per-element [low, high) / [low, high] like NumPy's broadcast path; returns (offs, rngs). */
export function closedRanges(lows: readonly bigint[], highs: readonly bigint[], dtype: IntDType, endpoint: boolean): { offs: bigint[]; rngs: bigint[] } {
  const info = INT_INFO[dtype];
  const his = highs.map((h) => (endpoint ? h : h - 1n));
  if (lows.some((l) => l < info.lb)) throw new RandomError('ValueError', `low is out of bounds for ${dtype}`);
  if (his.some((h) => h > info.ub)) throw new RandomError('ValueError', `high is out of bounds for ${dtype}`);
  if (lows.some((l, i) => l > his[i])) {
    const allZero = lows.every((l) => l === 0n);
    const msg = allZero ? (endpoint ? 'high < 0' : 'high <= 0') : endpoint ? 'low > high' : 'low >= high';
    throw new RandomError('ValueError', msg);
  }
  return { offs: lows.slice(), rngs: lows.map((l, i) => his[i] - l) };
}
