// PCG64 bit generator (NumPy's default): a 128-bit LCG state' = state·M + inc with the XSL-RR
// output (xor of the two 64-bit halves, rotated right by the top 6 state bits). The state is
// kept as eight 16-bit limbs in plain numbers so one step is ~36 exact float multiplies and no
// BigInt; 32-bit draws hand out the low then the high half of one 64-bit output, as NumPy does.
import type { BitGenerator } from './bit-generator';
import { SeedSequence, type SeedEntropy } from './seed-sequence';

/** 128-bit multiplier 0x2360ED051FC65DA44385DF649FCCF645 as 16-bit limbs, least significant first. */
const M0 = 0xf645, M1 = 0x9fcc, M2 = 0xdf64, M3 = 0x4385, M4 = 0x5da4, M5 = 0x1fc6, M6 = 0xed05, M7 = 0x2360;
const TWO16 = 65536;
const INV16 = 1 / 65536;

export interface PCG64State {
  state: bigint;
  inc: bigint;
  hasUint32: boolean;
  uinteger: number;
}

function toLimbs(value: bigint, out: Float64Array): void {
  for (let i = 0; i < 8; i++) out[i] = Number((value >> BigInt(16 * i)) & 0xffffn);
}

function fromLimbs(limbs: Float64Array): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 16n) | BigInt(limbs[i]);
  return v;
}

export class PCG64 implements BitGenerator {
  private s = new Float64Array(8);
  private c = new Float64Array(8);
  private hasUint32 = false;
  private uinteger = 0;
  hi32 = 0;
  lo32 = 0;

  /** `PCG64(seed)`: the seed goes through SeedSequence, which yields 4 uint64 words. */
  constructor(seed: SeedEntropy | SeedSequence) {
    const seq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
    const words = seq.generateState64(4);
    this.seedWith((words[0] << 64n) | words[1], (words[2] << 64n) | words[3]);
  }

  /** pcg_setseq_128_srandom_r: state=0, inc=2·seq+1, step, state+=init, step. */
  private seedWith(initState: bigint, initSeq: bigint): void {
    const mask = (1n << 128n) - 1n;
    toLimbs(((initSeq << 1n) | 1n) & mask, this.c);
    toLimbs(0n, this.s);
    this.step();
    toLimbs((fromLimbs(this.s) + initState) & mask, this.s);
    this.step();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  private step(): void {
    const s = this.s;
    const c = this.c;
    const s0 = s[0], s1 = s[1], s2 = s[2], s3 = s[3], s4 = s[4], s5 = s[5], s6 = s[6], s7 = s[7];
    let t = s0 * M0 + c[0];
    let carry = Math.floor(t * INV16);
    s[0] = t - carry * TWO16;
    t = s0 * M1 + s1 * M0 + c[1] + carry;
    carry = Math.floor(t * INV16);
    s[1] = t - carry * TWO16;
    t = s0 * M2 + s1 * M1 + s2 * M0 + c[2] + carry;
    carry = Math.floor(t * INV16);
    s[2] = t - carry * TWO16;
    t = s0 * M3 + s1 * M2 + s2 * M1 + s3 * M0 + c[3] + carry;
    carry = Math.floor(t * INV16);
    s[3] = t - carry * TWO16;
    t = s0 * M4 + s1 * M3 + s2 * M2 + s3 * M1 + s4 * M0 + c[4] + carry;
    carry = Math.floor(t * INV16);
    s[4] = t - carry * TWO16;
    t = s0 * M5 + s1 * M4 + s2 * M3 + s3 * M2 + s4 * M1 + s5 * M0 + c[5] + carry;
    carry = Math.floor(t * INV16);
    s[5] = t - carry * TWO16;
    t = s0 * M6 + s1 * M5 + s2 * M4 + s3 * M3 + s4 * M2 + s5 * M1 + s6 * M0 + c[6] + carry;
    carry = Math.floor(t * INV16);
    s[6] = t - carry * TWO16;
    t = s0 * M7 + s1 * M6 + s2 * M5 + s3 * M4 + s4 * M3 + s5 * M2 + s6 * M1 + s7 * M0 + c[7] + carry;
    s[7] = t % TWO16;
  }

  /** Steps, then XSL-RR: rotr64(hi ^ lo, state >> 122) into hi32/lo32. */
  nextUint64(): void {
    this.step();
    const s = this.s;
    const xh = ((s[7] << 16) | s[6]) ^ ((s[3] << 16) | s[2]);
    const xl = ((s[5] << 16) | s[4]) ^ ((s[1] << 16) | s[0]);
    let rot = s[7] >>> 10;
    let h = xh;
    let l = xl;
    if (rot >= 32) {
      h = xl;
      l = xh;
      rot -= 32;
    }
    if (rot === 0) {
      this.hi32 = h >>> 0;
      this.lo32 = l >>> 0;
    } else {
      this.hi32 = ((h >>> rot) | (l << (32 - rot))) >>> 0;
      this.lo32 = ((l >>> rot) | (h << (32 - rot))) >>> 0;
    }
  }

  nextUint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.nextUint64();
    this.hasUint32 = true;
    this.uinteger = this.hi32;
    return this.lo32;
  }

  /** (u64 >> 11) · 2^-53. */
  nextDouble(): number {
    this.nextUint64();
    return (this.hi32 * 2097152 + (this.lo32 >>> 11)) * 1.1102230246251565e-16;
  }

  /** (u32 >> 8) · 2^-24. */
  nextFloat(): number {
    return (this.nextUint32() >>> 8) * (1 / 16777216);
  }

  getState(): PCG64State {
    return { state: fromLimbs(this.s), inc: fromLimbs(this.c), hasUint32: this.hasUint32, uinteger: this.uinteger };
  }

  setState(st: PCG64State): void {
    toLimbs(st.state, this.s);
    toLimbs(st.inc, this.c);
    this.hasUint32 = st.hasUint32;
    this.uinteger = st.uinteger;
  }
}
