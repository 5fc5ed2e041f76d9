// Scalar kernels of every ufunc, and the compiler that turns one into a fast strided row loop.
// A kernel is a small self-contained arrow function `(x, y, H) => expr` (H = helper table below);
// `compileBinary`/`compileUnary` paste its source into a fresh loop function per (kernel, array
// types) so V8 sees a monomorphic loop and inlines the kernel (5-10x faster than calling one
// shared loop with many kernels). Where `new Function` is forbidden (strict CSP) they fall back to
// closures over the same kernels: slower, same results. Kernels reference nothing but their
// parameters, `Math` and H's properties, so minified bundles still paste correctly.

import { npyArctan, npyArctanF32, npyExpm1F32, npyLog1pF32, npyTanF32, npyTan, npyExp2, npyExp2F32, npyCoshF32, npySinhF32, npyCosF32, npyCosh, npySinh, npyExp, npyExpF32, npyExpm1, npyLog, npyLog2, npyLog10, npyLog10F32, npyLog1p, npyLog2F32, npyLogF32, npySinF32, npyTanh, npyTanhF32 } from './npymath';
import { npyArccos, npyArccosF32, npyArcsin, npyArcsinF32, npyArctan2, npyArctan2F32, npyCbrt, npyCbrtF32, npyArcsinh, npyArccosh, npyArctanh, npyArcsinhF32, npyArccoshF32, npyArctanhF32 } from './npymath-arc';
import { glibcSin, glibcCos } from './random/glibc-sincos';
import { glibcHypot } from './complex-math';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type BinaryKernel = (x: any, y: any, H: Helpers, C: KernelConsts) => any;
export type UnaryKernel = (x: any, H: Helpers, C: KernelConsts) => any;
/** Per-dtype constants a kernel may read (bit width, signedness). */
export interface KernelConsts {
  bits: number;
  unsigned: boolean;
}
export type BinaryLoop = (o: any, oi: number, os: number, a: any, ai: number, as: number, b: any, bi: number, bs: number, n: number) => void;
export type UnaryLoop = (o: any, oi: number, os: number, a: any, ai: number, as: number, n: number) => void;

const TWO63 = 1n << 63n;

/** Python-semantics helpers the kernels call (all exact; names are part of the kernel ABI). */
export const H = {
  /** glibc's hypot (complex-math.ts), as NumPy's float hypot loops call it. */
  hypot: glibcHypot,
  /** NumPy's npy_divmod floor division for floats. */
  fdiv(a: number, b: number): number {
    if (b === 0) return a / b;
    const mod = a % b;
    let div = (a - mod) / b;
    if (mod !== 0 && b < 0 !== mod < 0) div -= 1;
    if (div !== 0) {
      let fl = Math.floor(div);
      if (div - fl > 0.5) fl += 1;
      return fl;
    }
    return (a / b < 0 || Object.is(a / b, -0)) ? -0 : 0;
  },
  /** NumPy's npy_remainder for floats: result takes the sign of the divisor. */
  fmodPy(a: number, b: number): number {
    if (b === 0) return a % b; // NaN
    let mod = a % b;
    if (mod !== 0) {
      if (b < 0 !== mod < 0) mod += b;
    } else {
      mod = b < 0 ? -0 : 0;
    }
    return mod;
  },
  /** Integer floor division with Python signs; division by zero gives 0 as in NumPy. */
  idiv(a: number, b: number): number {
    return b === 0 ? 0 : Math.floor(a / b);
  },
  imod(a: number, b: number): number {
    if (b === 0) return 0;
    const r = a % b;
    return r !== 0 && r < 0 !== b < 0 ? r + b : r;
  },
  bdiv(a: bigint, b: bigint): bigint {
    if (b === 0n) return 0n;
    const q = a / b;
    return (a % b !== 0n && a < 0n !== b < 0n) ? q - 1n : q;
  },
  bmod(a: bigint, b: bigint): bigint {
    if (b === 0n) return 0n;
    const r = a % b;
    return r !== 0n && r < 0n !== b < 0n ? r + b : r;
  },
  /** Integer power with wraparound (callers reject negative exponents first). */
  ipow(a: number, e: number): number {
    let r = 1;
    let base = a;
    while (e > 0) {
      if (e & 1) r = Math.imul(r, base);
      base = Math.imul(base, base);
      e = Math.floor(e / 2);
    }
    return r;
  },
  bpow(a: bigint, e: bigint): bigint {
    let r = 1n;
    let base = BigInt.asIntN(64, a);
    while (e > 0n) {
      if (e & 1n) r = BigInt.asIntN(64, r * base);
      base = BigInt.asIntN(64, base * base);
      e >>= 1n;
    }
    return r;
  },
  /** Round half to even (np.rint / np.round). */
  rint(x: number): number {
    if (!Number.isFinite(x)) return x;
    const r = Math.round(x);
    if (r - x === 0.5 && r % 2 !== 0) return r - 1;
    return r === 0 && x < 0 ? -0 : r;
  },
  shl(a: number, s: number, bits: number): number {
    return s < 0 || s >= bits ? 0 : s >= 32 ? 0 : a << s;
  },
  shr(a: number, s: number, bits: number, unsigned: boolean): number {
    if (s < 0 || s >= bits) return a < 0 ? -1 : 0;
    return unsigned ? a >>> s : a >> s;
  },
  bshl(a: bigint, s: bigint): bigint {
    return s < 0n || s >= 64n ? 0n : a << s;
  },
  bshr(a: bigint, s: bigint): bigint {
    if (s < 0n || s >= 64n) return a < 0n ? -1n : 0n;
    return a >> s;
  },
  gcd(a: number, b: number): number {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  },
  bgcd(a: bigint, b: bigint): bigint {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b) [a, b] = [b, a % b];
    return a;
  },
  TWO63,
  /** NumPy's float32 exp/log/tanh/sin/cos SIMD algorithms (npymath.ts), bit-exact on x86-64 AVX512F/AVX2. */
  expF32: npyExpF32,
  logF32: npyLogF32,
  tanhF32: npyTanhF32,
  sinF32: npySinF32,
  cosF32: npyCosF32,
  /** SVML's float32 log10/log2 (__svml_log10f16/__svml_log2f16), npymath.ts. */
  log10F32: npyLog10F32,
  log2F32: npyLog2F32,
  /** NumPy's float64 tanh (its port of SVML's), exp and log (SVML's __svml_exp8_ha/__svml_log8_ha), npymath.ts. */
  tanh64: npyTanh,
  exp64: npyExp,
  log64: npyLog,
  log2_64: npyLog2,
  /** SVML's float64 sinh/cosh (__svml_sinh8_ha/__svml_cosh8_ha), npymath.ts. */
  sinh64: npySinh,
  cosh64: npyCosh,
  arctan64: npyArctan,
  /** SVML's arctan2 (__svml_atan28_ha / __svml_atan2f16), npymath-arc.ts. */
  arctan2_64: npyArctan2,
  arctan2F32: npyArctan2F32,
  /** SVML's arcsin/arccos (__svml_asin8_ha, __svml_asinf16, ...), npymath-arc.ts. */
  arcsin64: npyArcsin,
  arccos64: npyArccos,
  arcsinF32: npyArcsinF32,
  arccosF32: npyArccosF32,
  /** SVML's cbrt (__svml_cbrt8_ha / __svml_cbrtf16), npymath-arc.ts. */
  cbrt64: npyCbrt,
  cbrtF32: npyCbrtF32,
  /** SVML's arcsinh/arccosh/arctanh (__svml_asinh8_ha, __svml_asinhf16, ...), npymath-arc.ts. */
  arcsinh64: npyArcsinh,
  arccosh64: npyArccosh,
  arctanh64: npyArctanh,
  arcsinhF32: npyArcsinhF32,
  arccoshF32: npyArccoshF32,
  arctanhF32: npyArctanhF32,
  /** SVML's float32 sinh/cosh (__svml_sinhf16/__svml_coshf16), npymath.ts. */
  sinhF32: npySinhF32,
  coshF32: npyCoshF32,
  /** SVML's float32 arctan/expm1 (__svml_atanf16/__svml_expm1f16), npymath.ts. */
  arctanF32: npyArctanF32,
  expm1F32: npyExpm1F32,
  log1pF32: npyLog1pF32,
  tanF32: npyTanF32,
  /** SVML's float64 tan (__svml_tan8_ha, |x| <= 65536), npymath.ts. */
  tan64: npyTan,
  exp2_64: npyExp2,
  exp2F32: npyExp2F32,
  log10_64: npyLog10,
  log1p64: npyLog1p,
  expm1_64: npyExpm1,
  /** glibc's sin/cos (NumPy's float64 sin/cos call libm). */
  sin64: glibcSin,
  cos64: glibcCos,
};
export type Helpers = typeof H;

let evalAllowed: boolean | undefined;
function canEval(): boolean {
  if (evalAllowed === undefined) {
    try {
      evalAllowed = new Function('return 1')() === 1;
    } catch {
      evalAllowed = false;
    }
  }
  return evalAllowed;
}

const binaryCache = new Map<string, BinaryLoop>();
const unaryCache = new Map<string, UnaryLoop>();

function ctorName(x: unknown): string {
  return (x as { constructor: { name: string } }).constructor.name;
}

/** A strided row loop for `kernel`, specialised to these typed-array types. */
export function compileBinary(key: string, kernel: BinaryKernel, C: KernelConsts, o: unknown, a: unknown, b: unknown): BinaryLoop {
  const k = `${key}|${ctorName(o)}|${ctorName(a)}|${ctorName(b)}`;
  let loop = binaryCache.get(k);
  if (loop) return loop;
  if (canEval()) {
    const src = `const f = ${kernel.toString()};
return function loop(o, oi, os, a, ai, as, b, bi, bs, n) {
  if (os === 1 && as === 1 && bs === 1) {
    for (let k = 0; k < n; k++) o[oi + k] = f(a[ai + k], b[bi + k], H, C);
  } else if (os === 1 && as === 1 && bs === 0) {
    const y = b[bi];
    for (let k = 0; k < n; k++) o[oi + k] = f(a[ai + k], y, H, C);
  } else if (os === 1 && as === 0 && bs === 1) {
    const x = a[ai];
    for (let k = 0; k < n; k++) o[oi + k] = f(x, b[bi + k], H, C);
  } else {
    for (let k = 0; k < n; k++) { o[oi] = f(a[ai], b[bi], H, C); oi += os; ai += as; bi += bs; }
  }
};`;
    loop = new Function('H', 'C', src)(H, C) as BinaryLoop;
  } else {
    loop = (o, oi, os, a, ai, as, b, bi, bs, n) => {
      for (let k = 0; k < n; k++) {
        o[oi] = kernel(a[ai], b[bi], H, C);
        oi += os;
        ai += as;
        bi += bs;
      }
    };
  }
  binaryCache.set(k, loop);
  return loop;
}

export function compileUnary(key: string, kernel: UnaryKernel, C: KernelConsts, o: unknown, a: unknown): UnaryLoop {
  const k = `${key}|${ctorName(o)}|${ctorName(a)}`;
  let loop = unaryCache.get(k);
  if (loop) return loop;
  if (canEval()) {
    const src = `const f = ${kernel.toString()};
return function loop(o, oi, os, a, ai, as, n) {
  if (os === 1 && as === 1) {
    for (let k = 0; k < n; k++) o[oi + k] = f(a[ai + k], H, C);
  } else {
    for (let k = 0; k < n; k++) { o[oi] = f(a[ai], H, C); oi += os; ai += as; }
  }
};`;
    loop = new Function('H', 'C', src)(H, C) as UnaryLoop;
  } else {
    loop = (o, oi, os, a, ai, as, n) => {
      for (let k = 0; k < n; k++) {
        o[oi] = kernel(a[ai], H, C);
        oi += os;
        ai += as;
      }
    };
  }
  unaryCache.set(k, loop);
  return loop;
}
