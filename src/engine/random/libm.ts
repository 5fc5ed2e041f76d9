// Correctly rounded log, log1p, exp, sin and cos for the samplers (log itself is taken from
// glibc-log.ts, which reproduces glibc bit for bit). NumPy and CPython call
// glibc's libm, whose results are (nearly always) the correctly rounded ones, while V8's
// Math.log/exp/log1p/sin/cos (fdlibm ports) differ from glibc in the last bit for ~3-19% of
// arguments, which would break bit-exact streams. Each function evaluates in double-double
// arithmetic (~106 bits) and rounds once. Slower than Math.*, but samplers call them rarely
// (ziggurat rejection paths) or once per value (Box–Muller, exponential).

// ---- double-double primitives; results in (H, L) through module scratch to avoid allocation
let H = 0;
let L = 0;

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  L = a - (s - bb) + (b - bb);
  H = s;
}

function split(a: number): [number, number] {
  const c = 134217729 * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  L = ah * bh - p + ah * bl + al * bh + al * bl;
  H = p;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = H;
  let sl = L;
  twoSum(al, bl);
  const th = H;
  const tl = L;
  sl += th;
  const hi = sh + sl;
  sl = sl - (hi - sh);
  sl += tl;
  const h2 = hi + sl;
  L = sl - (h2 - hi);
  H = h2;
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = H;
  const pl = L + (ah * bl + al * bh);
  H = ph + pl;
  L = pl - (H - ph);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -H, -L);
  const rh = H;
  const rl = L;
  const q2 = rh / bh;
  ddMul(q2, 0, bh, bl);
  ddAdd(rh, rl, -H, -L);
  const q3 = H / bh;
  twoSum(q1, q2);
  ddAdd(H, L, q3, 0);
}

/** 1/n as a double-double. */
function recip(n: number): [number, number] {
  ddDiv(1, 0, n, 0);
  return [H, L];
}

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const SQRT2 = Math.SQRT2;

const ATANH_TERMS = 22;
const INV_ODD: [number, number][] = Array.from({ length: ATANH_TERMS + 1 }, (_, k) => recip(2 * k + 1));

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** log(x) as a double-double in (H, L), for finite x > 0. */
function logDD(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    e = -54;
  }
  f64[0] = x;
  const hiWord = u32[HI_WORD];
  e += ((hiWord >>> 20) & 0x7ff) - 1023;
  u32[HI_WORD] = (hiWord & 0x800fffff) | (1023 << 20);
  let m = f64[0];
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1); m - 1 is exact, m + 1 kept as a double-double.
  twoSum(m, 1);
  ddDiv(m - 1, 0, H, L);
  const sh = H;
  const sl = L;
  ddMul(sh, sl, sh, sl);
  const zh = H;
  const zl = L;
  let ph = INV_ODD[ATANH_TERMS][0];
  let pl = INV_ODD[ATANH_TERMS][1];
  for (let k = ATANH_TERMS - 1; k >= 0; k--) {
    ddMul(ph, pl, zh, zl);
    ddAdd(H, L, INV_ODD[k][0], INV_ODD[k][1]);
    ph = H;
    pl = L;
  }
  ddMul(ph, pl, sh, sl);
  const lmh = 2 * H;
  const lml = 2 * L;
  if (e === 0) {
    H = lmh;
    L = lml;
    return;
  }
  twoProd(e, LN2_HI);
  ddAdd(H, L + e * LN2_LO, lmh, lml);
}

/** Correctly rounded log (the random module itself uses glibcLog, which copies glibc's misroundings). */
export function log(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  logDD(x);
  return H + L;
}

/** log(1 + y) with 1 + y formed exactly as a double-double. */
export function log1p(y: number): number {
  if (!(y > -1) || y === Infinity) return Math.log1p(y);
  if (Math.abs(y) < 1e-300) return y;
  twoSum(1, y);
  const ah = H;
  const al = L;
  logDD(ah);
  const lh = H;
  const ll = L;
  ddAdd(lh, ll, al / ah, 0);
  return H + L;
}

const EXP_TERMS = 11;
const INV_FACT: [number, number][] = [];
{
  let fh = 1;
  let fl = 0;
  for (let n = 0; n <= 30; n++) {
    if (n > 0) {
      ddDiv(fh, fl, n, 0);
      fh = H;
      fl = L;
    }
    INV_FACT.push([fh, fl]);
  }
}

export function exp(x: number): number {
  return expDD(x, 0);
}

/** expm1(x) = exp(x) - 1, correctly rounded (the subtraction done in double-double). */
export function expm1(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  if (x > 709.8) return Infinity;
  if (x < -40) return -1;
  if (Math.abs(x) < 1e-300) return x;
  expDD(x, 0, true);
  return H + L;
}

/**
 * exp(xh + xl) for a double-double argument, rounded once; with `minusOne` it leaves
 * exp - 1 as a double-double in (H, L) instead (for expm1, |x| <= 40).
 */
function expDD(xh: number, xl: number, minusOne = false): number {
  const x = xh;
  if (Number.isNaN(x)) return x;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0 && xl === 0) return 1;
  const k = Math.round(x / LN2_HI);
  twoProd(k, LN2_HI);
  const ph = H;
  const pl = L + k * LN2_LO;
  ddAdd(xh, xl, -ph, -pl);
  const rh = H / 256;
  const rl = L / 256;
  // expm1(r) by Taylor, then (1 + a)^2 - 1 = 2a + a^2 eight times.
  let ah = INV_FACT[EXP_TERMS][0];
  let al = INV_FACT[EXP_TERMS][1];
  for (let n = EXP_TERMS - 1; n >= 1; n--) {
    ddMul(ah, al, rh, rl);
    ddAdd(H, L, INV_FACT[n][0], INV_FACT[n][1]);
    ah = H;
    al = L;
  }
  ddMul(ah, al, rh, rl);
  ah = H;
  al = L;
  for (let i = 0; i < 8; i++) {
    ddMul(ah, al, ah, al);
    ddAdd(H, L, 2 * ah, 2 * al);
    ah = H;
    al = L;
  }
  ddAdd(1, 0, ah, al);
  const hi = H;
  const lo = L;
  if (minusOne) {
    ddAdd(hi * 2 ** k, lo * 2 ** k, -1, 0);
    return H + L;
  }
  if (k > -1000) {
    const rounded = hi + lo;
    return k > 1000 ? rounded * 2 ** 1000 * 2 ** (k - 1000) : rounded * 2 ** k;
  }
  return (hi + lo) * 2 ** (k + 200) * 2 ** -200;
}

// pi/2 in three parts (each exactly representable, with trailing zeros so k·part is exact-ish).
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;

/** Reduces x by k·pi/2 into a double-double (H, L); returns k mod 4. */
function reduce(x: number): number {
  const k = Math.round(x / PIO2_1);
  twoProd(k, PIO2_1);
  const p1h = H;
  const p1l = L;
  ddAdd(x, 0, -p1h, -p1l);
  const r1h = H;
  const r1l = L;
  twoProd(k, PIO2_2);
  ddAdd(r1h, r1l, -H, -L - k * PIO2_3);
  return ((k % 4) + 4) % 4;
}

function sinSeries(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = H;
  const zl = L;
  let ph = INV_FACT[27][0];
  let pl = INV_FACT[27][1];
  for (let n = 25; n >= 1; n -= 2) {
    ddMul(ph, pl, -zh, -zl);
    ddAdd(H, L, INV_FACT[n][0], INV_FACT[n][1]);
    ph = H;
    pl = L;
  }
  ddMul(ph, pl, rh, rl);
}

function cosSeries(rh: number, rl: number): void {
  ddMul(rh, rl, rh, rl);
  const zh = H;
  const zl = L;
  let ph = INV_FACT[28][0];
  let pl = INV_FACT[28][1];
  for (let n = 26; n >= 0; n -= 2) {
    ddMul(ph, pl, -zh, -zl);
    ddAdd(H, L, INV_FACT[n][0], INV_FACT[n][1]);
    ph = H;
    pl = L;
  }
}

function sinCos(x: number, wantSin: boolean): number {
  if (!Number.isFinite(x) || Math.abs(x) > 1e6) return wantSin ? Math.sin(x) : Math.cos(x);
  if (x === 0) return wantSin ? x : 1;
  const q = reduce(x);
  const rh = H;
  const rl = L;
  const useSin = wantSin ? q % 2 === 0 : q % 2 === 1;
  if (useSin) sinSeries(rh, rl);
  else cosSeries(rh, rl);
  const v = H + L;
  const negate = wantSin ? q >= 2 : q === 1 || q === 2;
  return negate ? -v : v;
}

export function sin(x: number): number {
  return sinCos(x, true);
}

export function cos(x: number): number {
  return sinCos(x, false);
}

/** x^y for x > 0 via exp(y·log x) in double-double, correctly rounded in all but rare cases. */
export function pow(x: number, y: number): number {
  if (!(x > 0) || !Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 1) return Math.pow(x, y);
  logDD(x);
  ddMul(H, L, y, 0);
  if (H > 709.8 || H < -745.2) return Math.pow(x, y);
  return expDD(H, L);
}

/** log(k!) for k = 0..n-1, each correctly rounded (double-double sums of log i). */
export function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n);
  let sh = 0;
  let sl = 0;
  for (let k = 2; k < n; k++) {
    logDD(k);
    ddAdd(sh, sl, H, L);
    sh = H;
    sl = L;
    out[k] = sh + sl;
  }
  return out;
}
