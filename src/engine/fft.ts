// np.fft.fft / ifft (complex-to-complex) with NumPy 2.x's pocketfft algorithm (the C++
// pocketfft_hdronly that NumPy vendors): the FFTPACK-style mixed-radix passes for factors
// 8, 4, 2, 3, 5, 7 in pocketfft's factor order, twiddles from its two-table sincos_2pibyn
// (glibc sin/cos of x * (pi/4n)), the normalisation factor applied after the last pass. Lengths
// whose plan needs another factor (11 and larger primes, Bluestein) raise NotImplementedError.
// Operates on lanes of Complex values; fftAlongAxis maps it over one axis of an array.

import { Complex } from './complex-math';
import { glibcCos, glibcSin } from './random/glibc-sincos';
import { fma } from './fma';
import { EngineError } from './errors';
import { NDArray, allocate } from './ndarray';
import { astype } from './creation';

type C = { r: number; i: number };

// ---------------------------------------------------------------- twiddles (sincos_2pibyn)

const PI_HI = Math.PI;
const PI_LO = 1.2246467991473532e-16;

/** pi / (4n) rounded to double from a double-double pi (pocketfft: Thigh(0.25L*pi/n)). */
function quarterPiOver(n: number): number {
  const a = PI_HI / 4, b = PI_LO / 4;
  const q = a / n;
  const r = (fma(-q, n, a) + b) / n;
  return q + r;
}

function twiddleCalc(x0: number, n: number, ang: number): C {
  let x = x0 * 8;
  const cs = (v: number) => glibcCos(v), sn = (v: number) => glibcSin(v);
  if (x < 4 * n) {
    if (x < 2 * n) {
      if (x < n) return { r: cs(x * ang), i: sn(x * ang) };
      return { r: sn((2 * n - x) * ang), i: cs((2 * n - x) * ang) };
    }
    x -= 2 * n;
    if (x < n) return { r: -sn(x * ang), i: cs(x * ang) };
    return { r: -cs((2 * n - x) * ang), i: sn((2 * n - x) * ang) };
  }
  x = 8 * n - x;
  if (x < 2 * n) {
    if (x < n) return { r: cs(x * ang), i: -sn(x * ang) };
    return { r: sn((2 * n - x) * ang), i: -cs((2 * n - x) * ang) };
  }
  x -= 2 * n;
  if (x < n) return { r: -sn(x * ang), i: -cs(x * ang) };
  return { r: -cs((2 * n - x) * ang), i: -sn((2 * n - x) * ang) };
}

class Twiddles {
  private shift = 1;
  private mask: number;
  private v1: C[] = [];
  private v2: C[] = [];
  constructor(private readonly n: number) {
    const ang = quarterPiOver(n);
    const nval = Math.floor((n + 2) / 2);
    while ((1 << this.shift) * (1 << this.shift) < nval) this.shift++;
    this.mask = (1 << this.shift) - 1;
    this.v1.push({ r: 1, i: 0 });
    for (let i = 1; i <= this.mask; i++) this.v1.push(twiddleCalc(i, n, ang));
    const n2 = Math.floor((nval + this.mask) / (this.mask + 1));
    this.v2.push({ r: 1, i: 0 });
    for (let i = 1; i < n2; i++) this.v2.push(twiddleCalc(i * (this.mask + 1), n, ang));
  }
  at(idx0: number): C {
    let idx = idx0;
    const conj = 2 * idx > this.n;
    if (conj) idx = this.n - idx;
    const x1 = this.v1[idx & this.mask], x2 = this.v2[idx >>> this.shift];
    const r = x1.r * x2.r - x1.i * x2.i, i = x1.r * x2.i + x1.i * x2.r;
    return { r, i: conj ? -i : i };
  }
}

// ---------------------------------------------------------------- passes

const add = (a: C, b: C): C => ({ r: a.r + b.r, i: a.i + b.i });
const sub = (a: C, b: C): C => ({ r: a.r - b.r, i: a.i - b.i });
/** special_mul<fwd>: v * conj(w) forward, v * w backward. */
function smul(fwd: boolean, v: C, w: C): C {
  return fwd ? { r: v.r * w.r + v.i * w.i, i: v.i * w.r - v.r * w.i } : { r: v.r * w.r - v.i * w.i, i: v.r * w.i + v.i * w.r };
}
const rotx90 = (fwd: boolean, a: C): C => (fwd ? { r: a.i, i: -a.r } : { r: -a.i, i: a.r });
const HSQT2 = Number('0.707106781186547524400844362104849');
const rotx45 = (fwd: boolean, a: C): C => (fwd ? { r: HSQT2 * (a.r + a.i), i: HSQT2 * (a.i - a.r) } : { r: HSQT2 * (a.r - a.i), i: HSQT2 * (a.i + a.r) });
const rotx135 = (fwd: boolean, a: C): C => (fwd ? { r: HSQT2 * (a.i - a.r), i: HSQT2 * (-a.r - a.i) } : { r: HSQT2 * (-a.r - a.i), i: HSQT2 * (a.r - a.i) });

type Pass = (fwd: boolean, ido: number, l1: number, cc: C[], ch: C[], wa: C[]) => void;

const pass2: Pass = (fwd, ido, l1, cc, ch, wa) => {
  const CC = (a: number, b: number, c: number) => cc[a + ido * (b + 2 * c)];
  const CH = (a: number, b: number, c: number, v: C) => { ch[a + ido * (b + l1 * c)] = v; };
  const WA = (x: number, i: number) => wa[i - 1 + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    CH(0, k, 0, add(CC(0, 0, k), CC(0, 1, k)));
    CH(0, k, 1, sub(CC(0, 0, k), CC(0, 1, k)));
    for (let i = 1; i < ido; i++) {
      CH(i, k, 0, add(CC(i, 0, k), CC(i, 1, k)));
      CH(i, k, 1, smul(fwd, sub(CC(i, 0, k), CC(i, 1, k)), WA(0, i)));
    }
  }
};

const pass3: Pass = (fwd, ido, l1, cc, ch, wa) => {
  const twr = -0.5, twi = (fwd ? -1 : 1) * Number('0.8660254037844386467637231707529362');
  const CC = (a: number, b: number, c: number) => cc[a + ido * (b + 3 * c)];
  const CH = (a: number, b: number, c: number, v: C) => { ch[a + ido * (b + l1 * c)] = v; };
  const WA = (x: number, i: number) => wa[i - 1 + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    for (let i = 0; i < ido; i++) {
      const t0 = CC(i, 0, k), t1 = add(CC(i, 1, k), CC(i, 2, k)), t2 = sub(CC(i, 1, k), CC(i, 2, k));
      CH(i, k, 0, add(t0, t1));
      const ca = { r: t0.r + t1.r * twr, i: t0.i + t1.i * twr };
      const cb = { r: -t2.i * twi, i: t2.r * twi };
      if (i === 0) { CH(0, k, 1, add(ca, cb)); CH(0, k, 2, sub(ca, cb)); }
      else { CH(i, k, 1, smul(fwd, add(ca, cb), WA(0, i))); CH(i, k, 2, smul(fwd, sub(ca, cb), WA(1, i))); }
    }
  }
};

const pass4: Pass = (fwd, ido, l1, cc, ch, wa) => {
  const CC = (a: number, b: number, c: number) => cc[a + ido * (b + 4 * c)];
  const CH = (a: number, b: number, c: number, v: C) => { ch[a + ido * (b + l1 * c)] = v; };
  const WA = (x: number, i: number) => wa[i - 1 + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    for (let i = 0; i < ido; i++) {
      const c0 = CC(i, 0, k), c1 = CC(i, 1, k), c2 = CC(i, 2, k), c3 = CC(i, 3, k);
      const t2 = add(c0, c2), t1 = sub(c0, c2), t3 = add(c1, c3);
      const t4 = rotx90(fwd, sub(c1, c3));
      if (i === 0) {
        CH(0, k, 0, add(t2, t3)); CH(0, k, 2, sub(t2, t3));
        CH(0, k, 1, add(t1, t4)); CH(0, k, 3, sub(t1, t4));
      } else {
        CH(i, k, 0, add(t2, t3));
        CH(i, k, 1, smul(fwd, add(t1, t4), WA(0, i)));
        CH(i, k, 2, smul(fwd, sub(t2, t3), WA(1, i)));
        CH(i, k, 3, smul(fwd, sub(t1, t4), WA(2, i)));
      }
    }
  }
};

const TW5 = [Number('0.3090169943749474241022934171828191'), Number('0.9510565162951535721164393333793821'), Number('-0.8090169943749474241022934171828191'), Number('0.5877852522924731291687059546390728')];
const pass5: Pass = (fwd, ido, l1, cc, ch, wa) => {
  const s = fwd ? -1 : 1;
  const tw1r = TW5[0], tw1i = s * TW5[1], tw2r = TW5[2], tw2i = s * TW5[3];
  const CC = (a: number, b: number, c: number) => cc[a + ido * (b + 5 * c)];
  const CH = (a: number, b: number, c: number, v: C) => { ch[a + ido * (b + l1 * c)] = v; };
  const WA = (x: number, i: number) => wa[i - 1 + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    for (let i = 0; i < ido; i++) {
      const t0 = CC(i, 0, k);
      const t1 = add(CC(i, 1, k), CC(i, 4, k)), t4 = sub(CC(i, 1, k), CC(i, 4, k));
      const t2 = add(CC(i, 2, k), CC(i, 3, k)), t3 = sub(CC(i, 2, k), CC(i, 3, k));
      CH(i, k, 0, { r: t0.r + t1.r + t2.r, i: t0.i + t1.i + t2.i });
      const step = (u1: number, u2: number, twar: number, twbr: number, twai: number, twbi: number) => {
        const ca = { r: t0.r + twar * t1.r + twbr * t2.r, i: t0.i + twar * t1.i + twbr * t2.i };
        const cb = { r: -(twai * t4.i + twbi * t3.i), i: twai * t4.r + twbi * t3.r };
        if (i === 0) { CH(0, k, u1, add(ca, cb)); CH(0, k, u2, sub(ca, cb)); }
        else { CH(i, k, u1, smul(fwd, add(ca, cb), WA(u1 - 1, i))); CH(i, k, u2, smul(fwd, sub(ca, cb), WA(u2 - 1, i))); }
      };
      step(1, 4, tw1r, tw2r, tw1i, tw2i);
      step(2, 3, tw2r, tw1r, tw2i, -tw1i);
    }
  }
};

const TW7 = [
  Number('0.6234898018587335305250048840042398'), Number('0.7818314824680298087084445266740578'),
  Number('-0.2225209339563144042889025644967948'), Number('0.9749279121818236070181316829939312'),
  Number('-0.9009688679024191262361023195074451'), Number('0.433883739117558120475768332848359'),
];
const pass7: Pass = (fwd, ido, l1, cc, ch, wa) => {
  const s = fwd ? -1 : 1;
  const tw1r = TW7[0], tw1i = s * TW7[1], tw2r = TW7[2], tw2i = s * TW7[3], tw3r = TW7[4], tw3i = s * TW7[5];
  const CC = (a: number, b: number, c: number) => cc[a + ido * (b + 7 * c)];
  const CH = (a: number, b: number, c: number, v: C) => { ch[a + ido * (b + l1 * c)] = v; };
  const WA = (x: number, i: number) => wa[i - 1 + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    for (let i = 0; i < ido; i++) {
      const t1 = CC(i, 0, k);
      const t2 = add(CC(i, 1, k), CC(i, 6, k)), t7 = sub(CC(i, 1, k), CC(i, 6, k));
      const t3 = add(CC(i, 2, k), CC(i, 5, k)), t6 = sub(CC(i, 2, k), CC(i, 5, k));
      const t4 = add(CC(i, 3, k), CC(i, 4, k)), t5 = sub(CC(i, 3, k), CC(i, 4, k));
      CH(i, k, 0, { r: t1.r + t2.r + t3.r + t4.r, i: t1.i + t2.i + t3.i + t4.i });
      const step = (u1: number, u2: number, x1: number, x2: number, x3: number, y1: number, y2: number, y3: number) => {
        const ca = { r: t1.r + x1 * t2.r + x2 * t3.r + x3 * t4.r, i: t1.i + x1 * t2.i + x2 * t3.i + x3 * t4.i };
        const cb = { r: -(y1 * t7.i + y2 * t6.i + y3 * t5.i), i: y1 * t7.r + y2 * t6.r + y3 * t5.r };
        if (i === 0) { CH(0, k, u1, add(ca, cb)); CH(0, k, u2, sub(ca, cb)); }
        else { CH(i, k, u1, smul(fwd, add(ca, cb), WA(u1 - 1, i))); CH(i, k, u2, smul(fwd, sub(ca, cb), WA(u2 - 1, i))); }
      };
      step(1, 6, tw1r, tw2r, tw3r, tw1i, tw2i, tw3i);
      step(2, 5, tw2r, tw3r, tw1r, tw2i, -tw3i, -tw1i);
      step(3, 4, tw3r, tw1r, tw2r, tw3i, -tw1i, tw2i);
    }
  }
};

const pass8: Pass = (fwd, ido, l1, cc, ch, wa) => {
  const CC = (a: number, b: number, c: number) => cc[a + ido * (b + 8 * c)];
  const CH = (a: number, b: number, c: number, v: C) => { ch[a + ido * (b + l1 * c)] = v; };
  const WA = (x: number, i: number) => wa[i - 1 + x * (ido - 1)];
  for (let k = 0; k < l1; k++) {
    for (let i = 0; i < ido; i++) {
      let a1 = add(CC(i, 1, k), CC(i, 5, k)), a5 = sub(CC(i, 1, k), CC(i, 5, k));
      let a3 = add(CC(i, 3, k), CC(i, 7, k)), a7 = sub(CC(i, 3, k), CC(i, 7, k));
      [a1, a3] = [add(a1, a3), sub(a1, a3)];
      a3 = rotx90(fwd, a3);
      a7 = rotx90(fwd, a7);
      [a5, a7] = [add(a5, a7), sub(a5, a7)];
      a5 = rotx45(fwd, a5);
      a7 = rotx135(fwd, a7);
      let a0 = add(CC(i, 0, k), CC(i, 4, k)), a4 = sub(CC(i, 0, k), CC(i, 4, k));
      let a2 = add(CC(i, 2, k), CC(i, 6, k)), a6 = sub(CC(i, 2, k), CC(i, 6, k));
      if (i === 0) {
        const s02 = add(a0, a2), d02 = sub(a0, a2);
        CH(0, k, 0, add(s02, a1)); CH(0, k, 4, sub(s02, a1));
        CH(0, k, 2, add(d02, a3)); CH(0, k, 6, sub(d02, a3));
        a6 = rotx90(fwd, a6);
        const s46 = add(a4, a6), d46 = sub(a4, a6);
        CH(0, k, 1, add(s46, a5)); CH(0, k, 5, sub(s46, a5));
        CH(0, k, 3, add(d46, a7)); CH(0, k, 7, sub(d46, a7));
      } else {
        [a0, a2] = [add(a0, a2), sub(a0, a2)];
        CH(i, k, 0, add(a0, a1));
        CH(i, k, 4, smul(fwd, sub(a0, a1), WA(3, i)));
        CH(i, k, 2, smul(fwd, add(a2, a3), WA(1, i)));
        CH(i, k, 6, smul(fwd, sub(a2, a3), WA(5, i)));
        a6 = rotx90(fwd, a6);
        [a4, a6] = [add(a4, a6), sub(a4, a6)];
        CH(i, k, 1, smul(fwd, add(a4, a5), WA(0, i)));
        CH(i, k, 5, smul(fwd, sub(a4, a5), WA(4, i)));
        CH(i, k, 3, smul(fwd, add(a6, a7), WA(2, i)));
        CH(i, k, 7, smul(fwd, sub(a6, a7), WA(6, i)));
      }
    }
  }
};

const PASSES: Record<number, Pass> = { 2: pass2, 3: pass3, 4: pass4, 5: pass5, 7: pass7, 8: pass8 };

// ---------------------------------------------------------------- plan

function largestPrimeFactor(n0: number): number {
  let n = n0, res = 1;
  while (n % 2 === 0) { res = 2; n /= 2; }
  for (let x = 3; x * x <= n; x += 2) while (n % x === 0) { res = x; n /= x; }
  return n > 1 ? n : res;
}

function factorize(n: number): number[] {
  const fact: number[] = [];
  let len = n;
  while (len % 8 === 0) { fact.push(8); len /= 8; }
  while (len % 4 === 0) { fact.push(4); len /= 4; }
  if (len % 2 === 0) {
    len /= 2;
    fact.push(2);
    [fact[0], fact[fact.length - 1]] = [fact[fact.length - 1], fact[0]];
  }
  for (let d = 3; d * d <= len; d += 2) while (len % d === 0) { fact.push(d); len /= d; }
  if (len > 1) fact.push(len);
  return fact;
}

interface Plan { n: number; fact: number[]; tw: C[][] }
const plans = new Map<number, Plan>();

function planFor(n: number): Plan {
  let p = plans.get(n);
  if (p) return p;
  const lpf = n < 50 ? 0 : largestPrimeFactor(n);
  const fact = n === 1 ? [] : factorize(n);
  if (lpf * lpf > n || fact.some((f) => !PASSES[f])) {
    throw new EngineError('NotImplementedError', `np.fft of length ${n} is not available in the Shapewise engine yet (only lengths whose factors are 2, 3, 5 and 7 follow NumPy's pocketfft)`);
  }
  const tw = new Twiddles(n);
  const tws: C[][] = [];
  let l1 = 1;
  for (const ip of fact) {
    const ido = n / (l1 * ip);
    const t: C[] = new Array((ip - 1) * (ido - 1));
    for (let j = 1; j < ip; j++) for (let i = 1; i < ido; i++) t[(j - 1) * (ido - 1) + i - 1] = tw.at(j * l1 * i);
    tws.push(t);
    l1 *= ip;
  }
  p = { n, fact, tw: tws };
  if (plans.size > 32) plans.clear();
  plans.set(n, p);
  return p;
}

/** pocketfft's cfftp pass_all on one lane (in place), then * fct. */
function execLane(c: C[], fct: number, fwd: boolean): C[] {
  const p = planFor(c.length);
  if (p.n === 1) return [{ r: c[0].r * fct, i: c[0].i * fct }];
  let p1 = c, p2: C[] = new Array(p.n);
  let l1 = 1;
  p.fact.forEach((ip, k) => {
    const l2 = ip * l1, ido = p.n / l2;
    PASSES[ip](fwd, ido, l1, p1, p2, p.tw[k]);
    [p1, p2] = [p2, p1];
    l1 = l2;
  });
  return fct !== 1 ? p1.map((z) => ({ r: z.r * fct, i: z.i * fct })) : p1;
}

/**
 * np.fft.fft (forward) / ifft along `axis` with n points (zero-padded or truncated) and the
 * normalisation factor `fct` (NumPy: 1 for fft, 1/n for ifft with norm='backward').
 */
export function fftAlongAxis(a0: NDArray, n: number, axis: number, forward: boolean, fct: number): NDArray {
  if (n < 1) throw new EngineError('ValueError', `Invalid number of FFT data points (${n}) specified.`);
  const a = astype(a0, 'complex128' as never);
  const ax = axis < 0 ? axis + a.ndim : axis;
  const shape = a.shape.slice();
  const len = shape[ax];
  shape[ax] = n;
  const out = allocate(shape, 'complex128' as never);
  const src = a.data as unknown as Complex[], dst = out.data as unknown as Complex[];
  const outer = shape.slice(0, ax).reduce((x, d) => x * d, 1);
  const inner = shape.slice(ax + 1).reduce((x, d) => x * d, 1);
  for (let o = 0; o < outer; o++) {
    for (let q = 0; q < inner; q++) {
      const lane: C[] = new Array(n);
      for (let k = 0; k < n; k++) {
        const z = k < len ? src[(o * len + k) * inner + q] : null;
        lane[k] = z ? { r: z.re, i: z.im } : { r: 0, i: 0 };
      }
      const res = execLane(lane, fct, forward);
      for (let k = 0; k < n; k++) dst[(o * n + k) * inner + q] = new Complex(res[k].r, res[k].i);
    }
  }
  return out;
}
