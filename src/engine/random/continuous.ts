// The gamma family and simple inverse-CDF samplers, each written once over a "source" of
// uniform, normal and exponential draws so that RandomState (legacy_double, polar gauss,
// -log(1-U)) and Generator (53-bit double, ziggurat normal and exponential) share the code and
// differ only in the source, as NumPy's legacy-distributions.c and distributions.c do.
import { glibcLog as log } from './glibc-log';
import { glibcExp as exp } from './glibc-exp';
import { glibcPow as pow } from './glibc-pow';

export interface DrawSource {
  uniform(): number;
  normal(): number;
  exponential(): number;
}

/** standard_gamma: Marsaglia–Tsang for shape >= 1, Johnk-style rejection below. */
export function standardGamma(src: DrawSource, shape: number): number {
  if (shape === 1) return src.exponential();
  if (shape === 0) return 0;
  if (shape < 1) {
    for (;;) {
      const u = src.uniform();
      const v = src.exponential();
      if (u <= 1 - shape) {
        const x = pow(u, 1 / shape);
        if (x <= v) return x;
      } else {
        const y = -log((1 - u) / shape);
        const x = pow(1 - shape + shape * y, 1 / shape);
        if (x <= v + y) return x;
      }
    }
  }
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = src.normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = src.uniform();
    if (u < 1 - 0.0331 * (x * x) * (x * x)) return b * v;
    if (log(u) < 0.5 * x * x + b * (1 - v + log(v))) return b * v;
  }
}

/** beta: Johnk's algorithm when both parameters are <= 1, else a ratio of gammas. */
export function beta(src: DrawSource, a: number, b: number, legacy: boolean): number {
  if (a <= 1 && b <= 1) {
    for (;;) {
      const u = src.uniform();
      const v = src.uniform();
      const x = pow(u, 1 / a);
      const y = pow(v, 1 / b);
      const xpy = x + y;
      if (xpy <= 1 && (legacy || u + v > 0)) {
        if (xpy > 0) return x / xpy;
        let logX = log(u) / a;
        let logY = log(v) / b;
        const logM = logX > logY ? logX : logY;
        logX -= logM;
        logY -= logM;
        return exp(logX - log(exp(logX) + exp(logY)));
      }
    }
  }
  const ga = standardGamma(src, a);
  const gb = standardGamma(src, b);
  return ga / (ga + gb);
}

/** laplace: inverse CDF on one uniform (U = 0 is redrawn). */
export function laplace(src: DrawSource, loc: number, scale: number): number {
  for (;;) {
    const u = src.uniform();
    if (u >= 0.5) return loc - scale * log(2 - u - u);
    if (u > 0) return loc + scale * log(u + u);
  }
}

/** logistic: loc + scale·log(U / (1 - U)) (U = 0 is redrawn). */
export function logistic(src: DrawSource, loc: number, scale: number): number {
  for (;;) {
    const u = src.uniform();
    if (u > 0) return loc + scale * log(u / (1 - u));
  }
}

/** triangular on one uniform. */
export function triangular(src: DrawSource, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const u = src.uniform();
  if (u <= ratio) return left + Math.sqrt(u * leftprod);
  return right - Math.sqrt((1 - u) * rightprod);
}
