// Correctly rounded fused multiply-add for float64 (JS has no Math.fma): a*b + c with one
// rounding, as the FMA instructions of OpenBLAS kernels and Intel SVML use. Three tiers:
// - fast (every ordinary operand): Veltkamp/Dekker exact product error, TwoSum of p + c, the
//   error terms summed and added once, and a cheap test for the only case where that can differ
//   from one rounding (the sum lands exactly on a midpoint between two doubles);
// - careful: the midpoint decided by the discarded tail, huge operands scaled by 2^-600;
// - exact: BigInt arithmetic, rounded once (round half to even), for everything else
//   (infinities, NaN, subnormal products).

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp split)
const TWO_M600 = 2 ** -600;
const TWO_600 = 2 ** 600;

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

/** fma by exact BigInt arithmetic (finite operands), rounded once to nearest, ties to even. */
export function exactFma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  const [ma, ea] = toScaled(a);
  const [mb, eb] = toScaled(b);
  const [mc, ec] = toScaled(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const num = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  if (num === 0n) return a * b + c;
  const neg = num < 0n;
  let n = neg ? -num : num;
  const bits = n.toString(2).length;
  // precision: 53 bits, fewer when the result is subnormal (its lowest bit is 2^-1074)
  const keep = Math.min(53, e + bits + 1074);
  const shift = bits - Math.max(keep, 0);
  let ee = e;
  if (shift > 0) {
    const rem = n & ((1n << BigInt(shift)) - 1n);
    n >>= BigInt(shift);
    ee += shift;
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (n & 1n) === 1n)) n += 1n;
  }
  // Number(n) is exact (n <= 2^53); scale in two steps so 2^ee itself cannot underflow
  const r = ee < -1000 ? Number(n) * 2 ** (ee + 200) * 2 ** -200 : Number(n) * 2 ** ee;
  return neg ? -r : r;
}

/** fma(a, b, c) = a*b + c rounded once. */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const ap = p < 0 ? -p : p;
  const as = s < 0 ? -s : s;
  if (as > ap * 8 && as < Infinity) {
    // |p| < |s|/8 <= |c|: err = p + c - s exactly (Fast2Sum), a multiple of ulp(p), which is at
    // most a quarter of the spacing of doubles around s; the product's error e is below ulp(p)/2.
    // So s + err + e rounds to s unless |err| is exactly half that spacing (s + 2 err is then
    // s's neighbour), where e decides: the careful path.
    const err = p - (s - c);
    if (err === 0 || s + 2 * err - s !== 2 * err) return s;
    // exactly halfway (frequent when |p| is just below |s|/8): the product's error decides
    if (ap > 1e-280 && ap < 1e300) {
      const e = twoProductError(a, b, p);
      // (e is NaN when a split overflowed, |a| or |b| beyond 2^996: the careful path scales)
      if (e === 0 || e > 0 || e < 0) return e === 0 || (e > 0) !== (err > 0) ? s : s + 2 * err;
    }
    return fmaCareful(a, b, c);
  }
  return fmaGeneral(a, b, p, c);
}

function fmaGeneral(a: number, b: number, p: number, c: number): number {
  let t0 = SPLIT * a;
  const ah = t0 - (t0 - a);
  const al = a - ah;
  t0 = SPLIT * b;
  const bh = t0 - (t0 - b);
  const bl = b - bh;
  const e = ah * bh - p + ah * bl + al * bh + al * bl;
  const s = p + c;
  const sb = s - p;
  const t = p - (s - sb) + (c - sb) + e;
  const r = s + t;
  // r = RN(s + t) is the correctly rounded a*b + c unless s + t is exactly a midpoint between two
  // doubles (t's own rounding error then decides: no other double-rounding is possible, since
  // s + t and the exact sum lie on a grid finer than r's half-ulp). d = s + t - r is exact by
  // Fast2Sum (|t| > |s| only under Sterbenz cancellation, where t = e exactly and r is exact),
  // and |d| is half an ulp of r exactly when r + 2d is r's neighbour. NaN/inf (e.g. a split that
  // overflowed) and tiny products (inexact error terms) take the careful path.
  const d = t - (r - s);
  if ((p > 1e-280 || p < -1e-280) && r - r === 0 && (d === 0 || r + 2 * d - r !== 2 * d)) return r;
  return fmaCareful(a, b, c);
}

function fmaCareful(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = p < 0 ? -p : p;
  // the splits need |a|, |b| < 2^996; the error terms need p far from under/overflow
  if (!(ap < 1e300 && (ap > 1e-280 || p === 0) && a < 1e290 && a > -1e290 && b < 1e290 && b > -1e290) || !(c - c === 0)) {
    // huge operands: scale by 2^-600 (exact, and rounding commutes with it) when that is safe
    const aa = a < 0 ? -a : a;
    const ab = b < 0 ? -b : b;
    if (c - c === 0 && aa - aa === 0 && ab - ab === 0 && (aa >= 1e290 || ab >= 1e290 || ap >= 1e300)) {
      const big = aa >= ab;
      return fma(big ? a * TWO_M600 : a, big ? b : b * TWO_M600, c * TWO_M600) * TWO_600;
    }
    return exactFma(a, b, c);
  }
  if (p === 0) return a === 0 || b === 0 ? p + c : exactFma(a, b, c);
  const e = twoProductError(a, b, p);
  const s = p + c;
  const sb = s - p;
  const err = p - (s - sb) + (c - sb);
  const t = err + e;
  const tb = t - err;
  const tt = err - (t - tb) + (e - tb);
  const r = s + t;
  if (tt === 0) return r;
  const rb = r - s;
  const d = s - (r - rb) + (t - rb);
  // exactly halfway (r + 2d is r's neighbour): the tail tt decides which side the exact sum is on
  if (d === 0 || r + 2 * d - r !== 2 * d) return r;
  return (tt < 0) === (d < 0) ? r + 2 * d : r;
}
