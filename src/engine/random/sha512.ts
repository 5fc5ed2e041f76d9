// SHA-512 (FIPS 180-4), needed because CPython's random.seed(str | bytes) seeds with
// int.from_bytes(data + sha512(data).digest()). Round constants and initial hash values are
// derived in code from their definitions (first 64 bits of the fractional parts of the cube /
// square roots of the first primes) with exact integer roots. BigInt-based: seeds are rare.
const MASK = (1n << 64n) - 1n;

function firstPrimes(n: number): number[] {
  const out: number[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % p !== 0)) out.push(c);
  return out;
}

/** floor(v^(1/k)) for a non-negative bigint by Newton's method. */
function iroot(v: bigint, k: bigint): bigint {
  if (v < 2n) return v;
  let x = 1n << (BigInt(v.toString(2).length) / k + 1n);
  for (;;) {
    const y = ((k - 1n) * x + v / x ** (k - 1n)) / k;
    if (y >= x) return x;
    x = y;
  }
}

const K = firstPrimes(80).map((p) => iroot(BigInt(p) << 192n, 3n) & MASK);
const H0 = firstPrimes(8).map((p) => iroot(BigInt(p) << 128n, 2n) & MASK);

const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK;

export function sha512(data: Uint8Array): Uint8Array {
  const bitLen = BigInt(data.length) * 8n;
  const padLen = (((data.length + 17 + 127) >> 7) << 7);
  const msg = new Uint8Array(padLen);
  msg.set(data);
  msg[data.length] = 0x80;
  for (let i = 0; i < 16; i++) msg[padLen - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  const h = H0.slice();
  const w = new Array<bigint>(80);
  for (let off = 0; off < padLen; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(msg[off + 8 * t + b]);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15], 1n) ^ rotr(w[t - 15], 8n) ^ (w[t - 15] >> 7n);
      const s1 = rotr(w[t - 2], 19n) ^ rotr(w[t - 2], 61n) ^ (w[t - 2] >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const t1 = (hh + (rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n)) + ((e & f) ^ (~e & MASK & g)) + K[t] + w[t]) & MASK;
      const t2 = ((rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) & MASK));
  }
  const out = new Uint8Array(64);
  h.forEach((v, i) => {
    for (let b = 0; b < 8; b++) out[8 * i + b] = Number((v >> BigInt(56 - 8 * b)) & 0xffn);
  });
  return out;
}
