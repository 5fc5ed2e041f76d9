// log(x) evaluated step for step the way glibc 2.28+ does on an x86-64 CPU with FMA (the libm
// NumPy and CPython call here), so the 1-ulp misroundings glibc makes are made here too: a
// 128-entry table of (1/c, log c) reduces x to r = z/c - 1 (one fused multiply-add), then a
// degree-6 polynomial; arguments within ~6% of 1 use a degree-12 polynomial instead. The
// compiler contracts a·b + c into fused operations; fma() below emulates one exactly enough
// (double-double product and sum) for these well-conditioned uses.
import * as logData from './glibc-log-data';
// The tables as module constants: read through the import binding, every access would be a
// property get on the module object in CommonJS builds (tsx, mocha), in the hottest loops.
const { INVC, LN2_HI, LN2_LO, LOGC, POLY, POLY1 } = logData;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;
const SPLITTER = 134217729;

/** round(a·b + c) with one rounding (exact product, then a compensated sum). */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = p + c;
  const bb = s - p;
  const err = p - (s - bb) + (c - bb);
  return s + (err + e);
}

const [A0, A1, A2, A3, A4] = POLY;
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = POLY1;

export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) {
    if (x === 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    const inner2 = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
    const inner1 = fma(r3, inner2, fma(r2, B6, fma(r, B5, B4)));
    const poly = fma(r3, inner1, fma(r2, B3, fma(r, B2, B1)));
    let w = r * 134217728;
    const rhi = r + w - w; // r's top 26 bits, so rhi·rhi is exact
    const rlo = r - rhi;
    w = rhi * rhi * B0;
    const hi = r + w;
    let lo = r - hi + w;
    lo = fma(B0 * rlo, rhi + r, lo);
    return fma(r3, poly, lo) + hi;
  }
  if (!(x >= 2.2250738585072014e-308) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN;
    f64[0] = x * 4503599627370496; // subnormal: scale by 2^52
    u32[HI] -= 52 << 20;
  } else f64[0] = x;
  const ixHi = u32[HI];
  const ixLo = u32[LO];
  const tmpHi = (ixHi - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  u32[HI] = (ixHi - (tmpHi & 0xfff00000)) >>> 0;
  u32[LO] = ixLo;
  const z = f64[0];
  const invc = INVC[i];
  const logc = LOGC[i];
  const r = fma(z, invc, -1);
  const kd = k;
  const w = kd * LN2_HI + logc;
  const hi = w + r;
  const lo = fma(kd, LN2_LO, w - hi + r);
  const r2 = r * r;
  const poly = fma(r2, fma(r, A4, A3), fma(r, A2, A1));
  return fma(r * r2, poly, fma(r2, A0, lo)) + hi;
}
