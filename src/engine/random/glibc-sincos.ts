// sin and cos evaluated the way glibc's IBM-derived s_sin.c does on x86-64 with FMA (the libm
// CPython's random.gauss calls): small arguments by a Taylor polynomial, others via the nearest
// j/128 from __sincostab plus short polynomials, arguments past 2.426 reduced by pi/2 in three
// parts. Covers |x| < 105414350 (gauss only needs [0, 2pi)); beyond that Math.sin/cos.
import { fma } from './glibc-log';
import * as sincosData from './glibc-sincos-data';
// The tables as module constants: read through the import binding, every access would be a
// property get on the module object in CommonJS builds (tsx, mocha), in the hottest loops.
const { SINCOSTAB } = sincosData;

const S1 = -0.16666666666666666; // -0x1.5555555555555p-3
const S2 = 0.008333333333332329; // 0x1.1111111110ECEp-7
const S3 = -0.00019841269834414642; // -0x1.A01A019DB08B8p-13
const S4 = 2.755729806860771e-6; // 0x1.71DE27B9A7ED9p-19
const S5 = -2.5022014848318398e-8; // -0x1.ADDFFC2FCDF59p-26
const BIG = 52776558133248; // 0x1.8p45: adding it rounds |x| to a multiple of 1/128
const HP0 = 1.5707963267948966; // 0x1.921FB54442D18p0
const HP1 = 6.123233995736766e-17; // 0x1.1A62633145C07p-54
const MP1 = 1.5707963407039642; // 0x1.921FB58000000p0
const MP2 = -1.3909067564377153e-8; // -0x1.DDE973C000000p-27
const PP3 = -4.97899623147991e-17; // -0x1.CB3B398000000p-55
const PP4 = -1.9034889620193266e-25; // -0x1.d747f23e32ed7p-83
const HPINV = 0.6366197723675814; // 0x1.45F306DC9C883p-1
const TOINT = 6755399441055744; // 0x1.8p52
const SN3 = -0.16666666666666488;
const SN5 = 0.008333332142857223;
const CS2 = 0.5;
const CS4 = -0.04166666666666644;
const CS6 = 0.001388888740079376;

function taylorSin(xx: number, a: number, da: number): number {
  const poly = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
  const t = fma(fma(poly, a, -0.5 * da), xx, da);
  return a + t;
}

/** Index of the table entry nearest |x| (x rounded to a multiple of 1/128), and that value. */
function nearest(ax: number): [number, number] {
  const u = BIG + ax;
  return [4 * Math.round((u - BIG) * 128), u - BIG];
}

function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const [k, base] = nearest(ax);
  x = ax - base + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const sn = SINCOSTAB[k];
  const ssn = SINCOSTAB[k + 1];
  const cs = SINCOSTAB[k + 2];
  const ccs = SINCOSTAB[k + 3];
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}

function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x * x, x, dx);
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const [k, base] = nearest(ax);
  x = ax - base;
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const sn = SINCOSTAB[k];
  const ssn = SINCOSTAB[k + 1];
  const cs = SINCOSTAB[k + 2];
  const ccs = SINCOSTAB[k + 3];
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  const r = sn + cor;
  return xold < 0 || Object.is(xold, -0) ? -Math.abs(r) : Math.abs(r);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** The high 32 bits of |x| (glibc picks the method by comparing them). */
function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] & 0x7fffffff;
}

let RED_A = 0;
let RED_DA = 0;

/** reduce_sincos: x = n·pi/2 + (RED_A + RED_DA) with pi/2 in four parts; returns n mod 4. */
function reduce(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  let t1 = xn * PP3;
  const t2 = y - t1;
  let db = y - t2 - t1;
  t1 = xn * PP4;
  const b = t2 - t1;
  db += t2 - b - t1;
  RED_A = b;
  RED_DA = db;
  return xn & 3;
}

function doSinCos(a: number, da: number, n: number): number {
  const v = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -v : v;
}

export function glibcSin(x: number): number {
  const k = highWord(x);
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const v = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -v : v;
  }
  if (k < 0x419921fb) {
    const n = reduce(x);
    return doSinCos(RED_A, RED_DA, n);
  }
  return Math.sin(x);
}

export function glibcCos(x: number): number {
  const k = highWord(x);
  if (k < 0x3e400000) return 1;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = y - a + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduce(x);
    return doSinCos(RED_A, RED_DA, (n + 1) & 3);
  }
  return Math.cos(x);
}
