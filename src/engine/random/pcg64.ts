// PCG64 bit generator (NumPy's default): a 128-bit LCG state' = state·M + inc with the XSL-RR
// output (xor of the two 64-bit halves, rotated right by the top 6 state bits). The state is
// four uint32 words and a step uses no BigInt: bits 0..95 come from 16×16-bit partial products
// summed in three 32-bit columns (each sum < 2^51, so exact in doubles; one floor per column
// for the carry), bits 96..127 from Math.imul low halves plus the high×high products there.
// 32-bit draws hand out the low then the high half of one 64-bit output, as NumPy does.
import type { BitGenerator } from './bit-generator';
import { SeedSequence, type SeedEntropy } from './seed-sequence';

/** 128-bit multiplier 0x2360ED051FC65DA44385DF649FCCF645 as 32-bit words, least significant first. */
const M0 = 0x9fccf645, M1 = 0x4385df64, M2 = 0x1fc65da4, M3 = 0x2360ed05;
// 16-bit halves of the three low words (the top word only ever needs Math.imul).
const N0 = M0 & 0xffff, N1 = M0 >>> 16, Q0 = M1 & 0xffff, Q1 = M1 >>> 16, R0 = M2 & 0xffff, R1 = M2 >>> 16;
const INV32 = 1 / 4294967296;
/** Outputs per fillUint64 block in the bulk fills. */
const BLOCK = 1024;

export interface PCG64State {
  state: bigint;
  inc: bigint;
  hasUint32: boolean;
  uinteger: number;
}

function toWords(value: bigint, out: Uint32Array): void {
  for (let i = 0; i < 4; i++) out[i] = Number((value >> BigInt(32 * i)) & 0xffffffffn);
}

function fromWords(words: Uint32Array): bigint {
  let v = 0n;
  for (let i = 3; i >= 0; i--) v = (v << 32n) | BigInt(words[i]);
  return v;
}

export class PCG64 implements BitGenerator {
  private s = new Uint32Array(4);
  private c = new Uint32Array(4);
  private readonly scratch = new Uint32Array(2 * BLOCK);
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
    toWords(((initSeq << 1n) | 1n) & mask, this.c);
    toWords(0n, this.s);
    this.step();
    toWords((fromWords(this.s) + initState) & mask, this.s);
    this.step();
    this.hasUint32 = false;
    this.uinteger = 0;
  }

  /**
   * state = state·M + inc mod 2^128. Each 32-bit column adds its products of weight 0 and
   * 2^16·(its products of weight 16), the carry in and the increment word; the Uint32Array
   * store keeps the low 32 bits. The top word needs only low halves (imul) plus the 16-bit
   * high×high products that land at bit 96.
   */
  private step(): void {
    const st = this.s;
    const c = this.c;
    const s0 = st[0], s1 = st[1], s2 = st[2], s3 = st[3];
    const a0 = s0 & 0xffff, a1 = s0 >>> 16, b0 = s1 & 0xffff, b1 = s1 >>> 16, e0 = s2 & 0xffff, e1 = s2 >>> 16;
    let t = a0 * N0 + (a0 * N1 + a1 * N0) * 65536 + c[0];
    st[0] = t;
    let carry = Math.floor(t * INV32);
    t = a1 * N1 + a0 * Q0 + b0 * N0 + (a0 * Q1 + a1 * Q0 + b0 * N1 + b1 * N0) * 65536 + c[1] + carry;
    st[1] = t;
    carry = Math.floor(t * INV32);
    t = a1 * Q1 + a0 * R0 + b0 * Q0 + b1 * N1 + e0 * N0 + (a0 * R1 + a1 * R0 + b0 * Q1 + b1 * Q0 + e0 * N1 + e1 * N0) * 65536 + c[2] + carry;
    st[2] = t;
    carry = Math.floor(t * INV32);
    st[3] = Math.imul(s0, M3) + Math.imul(s1, M2) + Math.imul(s2, M1) + Math.imul(s3, M0) + a1 * R1 + b1 * Q1 + e1 * N1 + c[3] + carry;
  }


  /** Steps, then XSL-RR: rotr64(hi ^ lo, state >> 122) into hi32/lo32. */
  nextUint64(): void {
    this.step();
    const st = this.s;
    const xh = st[3] ^ st[1];
    const xl = st[2] ^ st[0];
    let rot = st[3] >>> 26;
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

  /**
   * The next `count` uint64 outputs into words (high word first, then low, per output), with
   * the state held in locals across the loop: the step and XSL-RR above, inlined.
   */
  fillUint64(words: Uint32Array, count: number): void {
    const st = this.s;
    const c = this.c;
    let s0 = st[0] | 0, s1 = st[1] | 0, s2 = st[2] | 0, s3 = st[3] | 0;
    const c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
    for (let i = 0; i < count; i++) {
      const a0 = s0 & 0xffff, a1 = s0 >>> 16, b0 = s1 & 0xffff, b1 = s1 >>> 16, e0 = s2 & 0xffff, e1 = s2 >>> 16;
      let t = a0 * N0 + (a0 * N1 + a1 * N0) * 65536 + c0;
      let carry = Math.floor(t * INV32);
      const w0 = t | 0;
      t = a1 * N1 + a0 * Q0 + b0 * N0 + (a0 * Q1 + a1 * Q0 + b0 * N1 + b1 * N0) * 65536 + c1 + carry;
      const w1 = t | 0;
      carry = Math.floor(t * INV32);
      t = a1 * Q1 + a0 * R0 + b0 * Q0 + b1 * N1 + e0 * N0 + (a0 * R1 + a1 * R0 + b0 * Q1 + b1 * Q0 + e0 * N1 + e1 * N0) * 65536 + c2 + carry;
      carry = Math.floor(t * INV32);
      s3 = (Math.imul(s0, M3) + Math.imul(s1, M2) + Math.imul(s2, M1) + Math.imul(s3, M0) + a1 * R1 + b1 * Q1 + e1 * N1 + c3 + carry) | 0;
      s0 = w0;
      s1 = w1;
      s2 = t | 0;
      const rot = s3 >>> 26;
      const h = rot >= 32 ? s2 ^ s0 : s3 ^ s1;
      const l = rot >= 32 ? s3 ^ s1 : s2 ^ s0;
      const r = rot & 31;
      words[2 * i] = r === 0 ? h : (h >>> r) | (l << (32 - r));
      words[2 * i + 1] = r === 0 ? l : (l >>> r) | (h << (32 - r));
    }
    st[0] = s0;
    st[1] = s1;
    st[2] = s2;
    st[3] = s3;
  }

  /** out[from..to) = nextDouble() each, from blocks of fillUint64. */
  fillDoubles(out: Float64Array, from = 0, to = out.length): void {
    const words = this.scratch;
    for (let i = from; i < to; i += BLOCK) {
      const k = Math.min(BLOCK, to - i);
      this.fillUint64(words, k);
      for (let j = 0; j < k; j++) out[i + j] = (words[2 * j] * 2097152 + (words[2 * j + 1] >>> 11)) * 1.1102230246251565e-16;
    }
  }

  /** (u32 >> 8) · 2^-24. */
  nextFloat(): number {
    return (this.nextUint32() >>> 8) * (1 / 16777216);
  }

  getState(): PCG64State {
    return { state: fromWords(this.s), inc: fromWords(this.c), hasUint32: this.hasUint32, uinteger: this.uinteger };
  }

  setState(st: PCG64State): void {
    toWords(st.state, this.s);
    toWords(st.inc, this.c);
    this.hasUint32 = st.hasUint32;
    this.uinteger = st.uinteger;
  }
}
