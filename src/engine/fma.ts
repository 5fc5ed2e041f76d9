// Correctly rounded fused multiply-add for float64 (JS has no Math.fma): a*b + c with one
// rounding, as the FMA instructions OpenBLAS kernels use. Fast path: Dekker's exact product and
// TwoSum error terms; when the final rounding could be decided by the discarded tail, the exact
// value is formed with BigInt and rounded once (round half to even).

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp split)

/** The rounding error of p = a*b (a*b = p + error exactly, barring under/overflow). */
export function twoProductError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

function ulp(x: number): number {
  const ax = Math.abs(x);
  if (ax === 0) return Number.MIN_VALUE;
  let e = Math.floor(Math.log2(ax));
  if (2 ** e > ax) e--;
  else if (2 ** (e + 1) <= ax) e++;
  return 2 ** Math.max(e - 52, -1074);
}

/** x = m * 2^e with integer m. */
function toScaled(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  let e = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  return [BigInt(m), e];
}

function exactFma(a: number, b: number, c: number): number {
  const [ma, ea] = toScaled(a);
  const [mb, eb] = toScaled(b);
  const [mc, ec] = toScaled(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const num = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (num === 0n) return a * b + c;
  const neg = num < 0n;
  let n = neg ? -num : num;
  const shift = n.toString(2).length - 53;
  let ee = e;
  if (shift > 0) {
    const rem = n & ((1n << BigInt(shift)) - 1n);
    n >>= BigInt(shift);
    ee += shift;
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (n & 1n) === 1n)) n += 1n;
  }
  const r = Number(n) * 2 ** ee;
  return neg ? -r : r;
}

/** fma(a, b, c) = a*b + c rounded once. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c)) return p + c;
  // Veltkamp's split overflows for |a| or |b| above ~2^996 (it gave NaN): decide exactly
  if (Math.abs(a) > 1e300 || Math.abs(b) > 1e300) return exactFma(a, b, c);
  if (p === 0 || c === 0 || Math.abs(p) < 1e-290 || Math.abs(c) < 1e-290) return p === 0 || c === 0 ? (p === 0 ? p + c : exactFma(a, b, c)) : exactFma(a, b, c);
  const e = twoProductError(a, b, p);
  const s = p + c;
  const sb = s - p;
  const err = p - (s - sb) + (c - sb);
  const t = err + e;
  const tb = t - err;
  const tt = err - (t - tb) + (e - tb);
  const r = s + t;
  const rb = r - s;
  const d = s - (r - rb) + (t - rb);
  // the discarded tail tt could tip a near-tie: decide exactly
  if (r === 0 || Math.abs(Math.abs(d) - ulp(r) / 2) <= Math.abs(tt) * 2) return exactFma(a, b, c);
  return r;
}
