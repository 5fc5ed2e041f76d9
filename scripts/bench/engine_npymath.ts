// Benchmark (not a test) of the NumPy-exact transcendental ufuncs (src/engine/npymath.ts) against
// NumPy (python3) and V8's Math.* in one run: 1e6 float64/float32 elements per call, medians of
// process CPU time, ratios to NumPy. Math.* is the speed of light for a scalar JS loop (it is not
// bit-exact with NumPy: that is why npymath.ts exists).
// Usage: npx tsx scripts/bench/engine_npymath.ts [--quick] [name:dtype ...]
//
// Measured 2026-12-07 on the shared 2-core machine (load ~10; +-30% run to run), 1e6 elements:
//   NumPy (AVX512 SVML) ~1 ms for every float64 row; engine exp 80-125 ms (~95x), log ~130
//   (~140x), tanh ~240-290 (~180x), log10/log1p/expm1/log2/sinh/cosh 150-330, arctan ~450,
//   tan ~630; float32 exp/log/tanh 50-95 ms. Math.* loops (not bit-exact) 11-45 ms.
//   Against the previous npymath (same process, alternating): exp 2.5x, log 1.8x, log10 1.6x,
//   log1p 1.5x, expm1 1.8x, float32 exp 2.0x faster, tanh ~1.2x. The emulated float64 fma is
//   latency-bound (~15-40 cycles each when its Dekker path runs); the ~3x-NumPy target needs
//   hardware fma (WebAssembly relaxed SIMD is behind a flag in Node 20).
import { execFileSync } from 'node:child_process';
import * as E from '../../src/engine/index';

const N = 1_000_000;
const quick = process.argv.includes('--quick');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

interface Row {
  fn: string; // NumPy ufunc name
  dtype: 'float32' | 'float64';
  lo: number;
  hi: number;
  math?: (x: number) => number;
}

const ROWS: Row[] = [
  { fn: 'exp', dtype: 'float64', lo: -10, hi: 10, math: Math.exp },
  { fn: 'log', dtype: 'float64', lo: 0, hi: 100, math: Math.log },
  { fn: 'tanh', dtype: 'float64', lo: -10, hi: 10, math: Math.tanh },
  { fn: 'log10', dtype: 'float64', lo: 0, hi: 100, math: Math.log10 },
  { fn: 'log1p', dtype: 'float64', lo: -0.5, hi: 100, math: Math.log1p },
  { fn: 'expm1', dtype: 'float64', lo: -10, hi: 10, math: Math.expm1 },
  { fn: 'log2', dtype: 'float64', lo: 0, hi: 100, math: Math.log2 },
  { fn: 'sinh', dtype: 'float64', lo: -10, hi: 10, math: Math.sinh },
  { fn: 'cosh', dtype: 'float64', lo: -10, hi: 10, math: Math.cosh },
  { fn: 'arctan', dtype: 'float64', lo: -10, hi: 10, math: Math.atan },
  { fn: 'tan', dtype: 'float64', lo: -10, hi: 10, math: Math.tan },
  { fn: 'exp', dtype: 'float32', lo: -10, hi: 10, math: Math.exp },
  { fn: 'log', dtype: 'float32', lo: 0, hi: 100, math: Math.log },
  { fn: 'tanh', dtype: 'float32', lo: -10, hi: 10, math: Math.tanh },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function cpuMs(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}

function inputs(row: Row): E.NDArray {
  const x = E.zeros([N], row.dtype);
  const d = x.data as Float64Array | Float32Array;
  let s = 12345;
  for (let i = 0; i < N; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    d[i] = row.lo + ((row.hi - row.lo) * s) / 2 ** 32;
  }
  return x;
}

function numpyTimes(rows: Row[], reps: number): number[] {
  const py = [
    'import numpy as np, time',
    'res = []',
    ...rows.map((r) => `x = np.random.default_rng(1).uniform(${r.lo}, ${r.hi}, ${N}).astype(np.${r.dtype}); o = np.empty_like(x)
ts = []
for _ in range(${reps}):
    t = time.process_time(); np.${r.fn}(x, out=o); ts.append(time.process_time() - t)
res.append(sorted(ts)[len(ts) // 2] * 1000)`),
    'print(" ".join(repr(v) for v in res))',
  ].join('\n');
  return execFileSync('python3', ['-c', py]).toString().trim().split(' ').map(Number);
}

function main(): void {
  const reps = quick ? 5 : 11;
  const rows = ROWS.filter((r) => only.length === 0 || only.includes(`${r.fn}:${r.dtype}`));
  const np = numpyTimes(rows, reps * 3);
  console.log('ufunc (1e6)      NumPy ms   engine ms  ratio   Math.* loop ms  ratio');
  rows.forEach((row, k) => {
    const x = inputs(row);
    const out = E.zeros([N], row.dtype);
    const eng: number[] = [];
    for (let i = 0; i < reps + 2; i++) {
      const t = cpuMs(() => E.ufunc1(row.fn, x, { out }));
      if (i >= 2) eng.push(t);
    }
    const mathT: number[] = [];
    if (row.math) {
      const f = row.math;
      const xd = x.data as Float64Array;
      const od = out.data as Float64Array;
      for (let i = 0; i < reps + 2; i++) {
        const t = cpuMs(() => {
          for (let j = 0; j < N; j++) od[j] = f(xd[j]);
        });
        if (i >= 2) mathT.push(t);
      }
    }
    const e = median(eng);
    const m = mathT.length ? median(mathT) : NaN;
    const name = `${row.fn}:${row.dtype}`.padEnd(16);
    console.log(`${name} ${np[k].toFixed(2).padStart(8)} ${e.toFixed(2).padStart(10)} ${(e / np[k]).toFixed(1).padStart(6)}x ${m.toFixed(2).padStart(12)} ${(m / np[k]).toFixed(1).padStart(6)}x`);
  });
}

main();
