// MT19937 Mersenne Twister bit generator, shared by NumPy's legacy RandomState and CPython's
// `random` module. Owns seeding (Knuth's init_genrand for NumPy `seed(int)`, init_by_array for
// array seeds and for every CPython int seed), the 32-bit output, the 53-bit double both
// libraries build from two outputs, and get/set of the raw state.
import type { BitGenerator } from './bit-generator';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** The raw twister state as NumPy's `get_state()` / CPython's `getstate()` expose it. */
export interface MT19937State {
  key: Uint32Array;
  pos: number;
}

export class MT19937 implements BitGenerator {
  private readonly key = new Uint32Array(N);
  private pos = N;
  hi32 = 0;
  lo32 = 0;

  constructor(seed = 5489) {
    this.seedInt(seed);
  }

  /** Knuth's linear seeding (init_genrand); NumPy's `RandomState.seed(int)`. */
  seedInt(seed: number): void {
    const key = this.key;
    key[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = key[i - 1];
      key[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.pos = N;
  }

  /** init_by_array: NumPy's array seeds and CPython's `random.seed(int)` (32-bit words, little end first). */
  seedByArray(words: ArrayLike<number>): void {
    this.seedInt(19650218);
    const key = this.key;
    const len = Math.max(words.length, 1);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = key[i - 1];
      const w = words.length ? words[j] >>> 0 : 0;
      key[i] = ((key[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + w + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = key[i - 1];
      key[i] = ((key[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        key[0] = key[N - 1];
        i = 1;
      }
    }
    key[0] = 0x80000000;
    this.pos = N;
  }

  private twist(): void {
    const key = this.key;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (key[kk] & UPPER_MASK) | (key[kk + 1] & LOWER_MASK);
      key[kk] = key[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (key[kk] & UPPER_MASK) | (key[kk + 1] & LOWER_MASK);
      key[kk] = key[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (key[N - 1] & UPPER_MASK) | (key[0] & LOWER_MASK);
    key[N - 1] = key[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.pos = 0;
  }

  nextUint32(): number {
    if (this.pos >= N) this.twist();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** NumPy's mt19937_next64: first output is the high word. */
  nextUint64(): void {
    this.hi32 = this.nextUint32();
    this.lo32 = this.nextUint32();
  }

  /** (a>>5, b>>6) → (a·2^26 + b) / 2^53, identical in NumPy and CPython. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** out[from..to) = nextDouble() each: tempering inlined, the position kept in a local. */
  fillDoubles(out: Float64Array, from = 0, to = out.length): void {
    const key = this.key;
    let pos = this.pos;
    for (let i = from; i < to; i++) {
      if (pos >= N - 1) {
        // Fewer than two words left: take the slow path for this element (twist in between).
        this.pos = pos;
        out[i] = this.nextDouble();
        pos = this.pos;
        continue;
      }
      let a = key[pos];
      a ^= a >>> 11;
      a ^= (a << 7) & 0x9d2c5680;
      a ^= (a << 15) & 0xefc60000;
      a ^= a >>> 18;
      let b = key[pos + 1];
      b ^= b >>> 11;
      b ^= (b << 7) & 0x9d2c5680;
      b ^= (b << 15) & 0xefc60000;
      b ^= b >>> 18;
      pos += 2;
      out[i] = ((a >>> 5) * 67108864 + (b >>> 6)) / 9007199254740992;
    }
    this.pos = pos;
  }

  nextFloat(): number {
    return (this.nextUint32() >>> 8) * (1 / 16777216);
  }

  getState(): MT19937State {
    return { key: this.key.slice(), pos: this.pos };
  }

  setState(state: MT19937State): void {
    this.key.set(state.key);
    this.pos = state.pos;
  }
}
