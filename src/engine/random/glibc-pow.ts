// pow(x, y) for x > 0 evaluated the way glibc 2.28+ does with FMA: log(x) as a double-double
// from a 128-entry (1/c, log c, tail) table and a degree-8 polynomial (log_inline), y·log(x) as
// a double-double, then exp_inline. The gamma family (shape < 1) and beta's Johnk branch draw
// U^(1/a) through it, so glibc's rare 1-ulp misroundings have to be reproduced here.
import { expInline } from './glibc-exp';
import { fma } from './glibc-log';
import * as powData from './glibc-pow-data';
import * as logData from './glibc-log-data';
// The tables as module constants: read through the import binding, every access would be a
// property get on the module object in CommonJS builds (tsx, mocha), in the hottest loops.
const { POW_INVC, POW_LOGC, POW_LOGCTAIL, POW_POLY } = powData;
const { LN2_HI, LN2_LO } = logData;

const [A0, A1, A2, A3, A4, A5, A6] = POW_POLY;
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

let TAIL = 0;

/** log_inline: returns hi, leaves the tail in TAIL. x must be positive, normal and finite. */
function logInline(x: number): number {
  f64[0] = x;
  const ixHi = u32[HI];
  const ixLo = u32[LO];
  const t64Hi = (ixHi - 0x3fe69555) | 0; // tmp = ix - 0x3fe6955500000000 (low word unaffected)
  const i = (t64Hi >>> 13) & 127;
  const k = t64Hi >> 20;
  u32[HI] = (ixHi - (t64Hi & 0xfff00000)) >>> 0;
  u32[LO] = ixLo;
  const z = f64[0];
  const kd = k;
  const invc = POW_INVC[i];
  const logc = POW_LOGC[i];
  const logctail = POW_LOGCTAIL[i];
  const r = fma(z, invc, -1);
  const t1 = fma(kd, LN2_HI, logc);
  const t2 = t1 + r;
  const lo1 = fma(kd, LN2_LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = fma(ar, r, -ar2);
  const lo4 = t2 - hi + ar2;
  const p = ar3 * fma(ar2, fma(ar2, fma(r, A6, A5), fma(r, A4, A3)), fma(r, A2, A1));
  const lo = lo1 + lo2 + lo3 + lo4 + p;
  const y = hi + lo;
  TAIL = hi - y + lo;
  return y;
}

export function glibcPow(x: number, y: number): number {
  // Only the common case is reproduced; zeros, subnormals, negatives, non-finite values and
  // extreme exponents fall back to Math.pow.
  if (!(x >= 2.2250738585072014e-308) || x === Infinity || !Number.isFinite(y) || y === 0) return Math.pow(x, y);
  const ay = Math.abs(y);
  if (ay < 2 ** -65 || ay >= 2 ** 63) return Math.pow(x, y);
  if (x === 1) return 1;
  const hi = logInline(x);
  const lo = TAIL;
  const ehi = y * hi;
  const elo = fma(y, lo, fma(y, hi, -ehi));
  return expInline(ehi, elo);
}
