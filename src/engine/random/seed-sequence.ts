// NumPy's SeedSequence (bit_generator.pyx): turns a user seed (non-negative int or sequence of
// ints, plus an optional spawn key) into well-mixed uint32 words via the hashmix/mix pool of
// 4 words, then expands the pool into any number of state words. All arithmetic is mod 2^32.
import { RandomError } from './errors';

const POOL_SIZE = 4;
const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const XSHIFT = 16;

export type SeedEntropy = number | bigint | ReadonlyArray<number | bigint>;

/** Splits a non-negative integer into 32-bit words, least significant first ([0] for 0). */
export function intToUint32Words(value: number | bigint): number[] {
  let n = BigInt(value);
  if (n < 0n) throw new RandomError('ValueError', 'expected non-negative integer');
  if (n === 0n) return [0];
  const words: number[] = [];
  while (n > 0n) {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  return words;
}

function coerceToWords(entropy: SeedEntropy): number[] {
  if (typeof entropy === 'number' || typeof entropy === 'bigint') {
    if (typeof entropy === 'number' && !Number.isInteger(entropy)) {
      throw new RandomError('TypeError', 'SeedSequence expects int or sequence of ints for entropy not ' + entropy);
    }
    return intToUint32Words(entropy);
  }
  return entropy.flatMap((item) => intToUint32Words(item));
}

export class SeedSequence {
  readonly pool: Uint32Array;

  constructor(readonly entropy: SeedEntropy, readonly spawnKey: ReadonlyArray<number | bigint> = []) {
    this.pool = new Uint32Array(POOL_SIZE);
    this.mixEntropy(this.assembledEntropy());
  }

  private assembledEntropy(): number[] {
    const run = coerceToWords(this.entropy);
    const spawn = this.spawnKey.flatMap((k) => intToUint32Words(k));
    if (spawn.length > 0) while (run.length < POOL_SIZE) run.push(0);
    return run.concat(spawn);
  }

  private mixEntropy(entropy: number[]): void {
    let hashConst = INIT_A;
    const hashmix = (value: number): number => {
      value = (value ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_A) >>> 0;
      value = Math.imul(value, hashConst) >>> 0;
      return (value ^ (value >>> XSHIFT)) >>> 0;
    };
    const mix = (x: number, y: number): number => {
      const result = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
      return (result ^ (result >>> XSHIFT)) >>> 0;
    };
    const pool = this.pool;
    for (let i = 0; i < POOL_SIZE; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
    for (let src = 0; src < POOL_SIZE; src++) {
      for (let dst = 0; dst < POOL_SIZE; dst++) {
        if (src !== dst) pool[dst] = mix(pool[dst], hashmix(pool[src]));
      }
    }
    for (let src = POOL_SIZE; src < entropy.length; src++) {
      for (let dst = 0; dst < POOL_SIZE; dst++) pool[dst] = mix(pool[dst], hashmix(entropy[src]));
    }
  }

  /** `generate_state(n, np.uint32)`: n words cycling over the pool. */
  generateState32(nWords: number): Uint32Array {
    let hashConst = INIT_B;
    const out = new Uint32Array(nWords);
    for (let i = 0; i < nWords; i++) {
      let value = (this.pool[i % POOL_SIZE] ^ hashConst) >>> 0;
      hashConst = Math.imul(hashConst, MULT_B) >>> 0;
      value = Math.imul(value, hashConst) >>> 0;
      out[i] = (value ^ (value >>> XSHIFT)) >>> 0;
    }
    return out;
  }

  /** `generate_state(n, np.uint64)`: pairs of words, the first of each pair the low half. */
  generateState64(nWords: number): bigint[] {
    const words = this.generateState32(2 * nWords);
    const out: bigint[] = [];
    for (let i = 0; i < nWords; i++) out.push((BigInt(words[2 * i + 1]) << 32n) | BigInt(words[2 * i]));
    return out;
  }

  /** `spawn(n)`: children with spawn keys extended by 0..n-1 (after any spawned before). */
  private spawned = 0;
  spawn(n: number): SeedSequence[] {
    const children: SeedSequence[] = [];
    for (let i = this.spawned; i < this.spawned + n; i++) children.push(new SeedSequence(this.entropy, [...this.spawnKey, i]));
    this.spawned += n;
    return children;
  }
}
