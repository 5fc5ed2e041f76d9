// exp(x) evaluated step for step the way glibc 2.28+ does on an x86-64 CPU with FMA: x = k·ln2/128
// + r with k from a shifted fused multiply-add, 2^(k/128) from a 128-entry table (scale bits
// plus a tail), exp(r) - 1 from a degree-5 polynomial, result scale + scale·tmp in one fma.
// Reproduces glibc's occasional 1-ulp misroundings, which lognormal, Poisson and the binomial
// inversion would otherwise expose.
import * as expData from './glibc-exp-data';
import { fma } from './glibc-log';
// The tables as module constants: read through the import binding, every access would be a
// property get on the module object in CommonJS builds (tsx, mocha), in the hottest loops.
const { EXP_POLY, EXP_TAB } = expData;

const INV_LN2_N = 184.6649652337873; // 0x1.71547652b82fep0 · 128
const NEG_LN2_HI_N = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEG_LN2_LO_N = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const SHIFT = 6755399441055744; // 0x1.8p52
const [C2, C3, C4, C5] = EXP_POLY;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

function fromWords(hi: number, lo: number): number {
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
}

export function glibcExp(x: number): number {
  return expInline(x, 0);
}

/** glibc's exp_inline: exp(x + xtail) for pow (xtail = 0 gives exp itself). */
export function expInline(x: number, xtail: number): number {
  f64[0] = x;
  const abstop = (u32[HI] >>> 20) & 0x7ff;
  let special = false;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1 + x; // |x| < 2^-54
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1 + x;
      return x < 0 ? 0 : Infinity;
    }
    special = true; // 512 <= |x| < 1024
  }
  const kdShifted = fma(INV_LN2_N, x, SHIFT);
  f64[0] = kdShifted;
  const kiLo = u32[LO];
  const kd = kdShifted - SHIFT;
  let r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  if (xtail !== 0) r += xtail;
  const idx = 4 * (kiLo & 127);
  const tail = fromWords(EXP_TAB[idx], EXP_TAB[idx + 1]);
  const sbitsHi = (EXP_TAB[idx + 2] + (kiLo << 13)) >>> 0;
  const sbitsLo = EXP_TAB[idx + 3];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (special) {
    if ((kiLo & 0x80000000) === 0) {
      const scale = fromWords((sbitsHi - (1009 << 20)) >>> 0, sbitsLo);
      return 2 ** 1009 * fma(scale, tmp, scale);
    }
    const scale = fromWords((sbitsHi + (1022 << 20)) >>> 0, sbitsLo);
    let y = fma(scale, tmp, scale);
    if (y < 1) {
      let lo = fma(scale, tmp, scale - y);
      const hi = 1 + y;
      lo = 1 - hi + y + lo;
      y = hi + lo - 1;
      if (y === 0) y = 0;
    }
    return 2 ** -1022 * y;
  }
  const scale = fromWords(sbitsHi, sbitsLo);
  return fma(scale, tmp, scale);
}
