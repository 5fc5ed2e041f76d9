// Benchmark of the random module's hot paths against NumPy in the same run: for each case the
// median CPU time (process.cpuUsage / time.process_time, steadier than wall time on the shared
// machine) of several repetitions, and our/NumPy ratio. Goes through the NDArray layer
// (NpGenerator / NpRandomState), which is what the interpreter's np.random calls.
// A developer tool: it runs python3 + NumPy as the reference.
//
//   npx tsx scripts/bench/random.ts [--reps N] [--n N]
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { NpGenerator, NpRandomState } from '../../src/engine/random/index';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const reps = option('--reps', 7);
const n = option('--n', 1e6);

interface Case {
  name: string;
  /** The NumPy statement timed (g = default_rng(1), rs = RandomState(1)). */
  py: string;
  run: (g: NpGenerator, rs: NpRandomState) => unknown;
}

const batch = [32, 3, 64, 64];
const cases: Case[] = [
  { name: 'gen.random(n)', py: 'g.random(n)', run: (g) => g.random(n) },
  { name: 'gen.random(n, float32)', py: 'g.random(n, dtype=np.float32)', run: (g) => g.random(n, 'float32') },
  { name: 'gen.standard_normal(n)', py: 'g.standard_normal(n)', run: (g) => g.standardNormal(n) },
  { name: 'gen.standard_normal(32,3,64,64)', py: 'g.standard_normal((32,3,64,64))', run: (g) => g.standardNormal(batch) },
  { name: 'gen.normal(2, 3, n)', py: 'g.normal(2, 3, n)', run: (g) => g.normal(2, 3, n) },
  { name: 'gen.uniform(-1, 1, n)', py: 'g.uniform(-1, 1, n)', run: (g) => g.uniform(-1, 1, n) },
  { name: 'gen.integers(0, 100, n)', py: 'g.integers(0, 100, n)', run: (g) => g.integers(0n, 100n, n) },
  { name: 'gen.integers(0, 2**40, n)', py: 'g.integers(0, 2**40, n)', run: (g) => g.integers(0n, 2n ** 40n, n) },
  { name: 'gen.integers(0, 100, n, int32)', py: 'g.integers(0, 100, n, dtype=np.int32)', run: (g) => g.integers(0n, 100n, n, 'int32') },
  { name: 'gen.exponential(1, n)', py: 'g.exponential(1, n)', run: (g) => g.exponential(1, n) },
  { name: 'gen.permutation(n)', py: 'g.permutation(n)', run: (g) => g.permutation(n) },
  { name: 'rs.rand(n)', py: 'rs.rand(n)', run: (_, rs) => rs.rand(n) },
  { name: 'rs.randn(n)', py: 'rs.randn(n)', run: (_, rs) => rs.randn(n) },
  { name: 'rs.randn(32,3,64,64)', py: 'rs.randn(32,3,64,64)', run: (_, rs) => rs.randn(...batch) },
  { name: 'rs.normal(2, 3, n)', py: 'rs.normal(2, 3, n)', run: (_, rs) => rs.normal(2, 3, n) },
  { name: 'rs.uniform(-1, 1, n)', py: 'rs.uniform(-1, 1, n)', run: (_, rs) => rs.uniform(-1, 1, n) },
  { name: 'rs.randint(0, 100, n)', py: 'rs.randint(0, 100, n)', run: (_, rs) => rs.randint(0n, 100n, n) },
  { name: 'rs.randint(0, 100, n, int32)', py: 'rs.randint(0, 100, n, dtype=np.int32)', run: (_, rs) => rs.randint(0n, 100n, n, 'int32') },
  { name: 'rs.permutation(n)', py: 'rs.permutation(n)', run: (_, rs) => rs.permutation(n) },
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function cpuMs(fn: () => unknown): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function numpyTimes(): number[] {
  const script = [
    'import sys, json, time, numpy as np',
    `n = ${n}; reps = ${reps}`,
    'g = np.random.default_rng(1); rs = np.random.RandomState(1)',
    'out = []',
    'for stmt in json.loads(sys.stdin.read()):',
    '    code = compile(stmt, "<bench>", "eval")',
    '    eval(code)',
    '    ts = []',
    '    for _ in range(reps):',
    '        t0 = time.process_time(); eval(code); ts.append((time.process_time() - t0) * 1000)',
    '    ts.sort(); out.append(ts[len(ts) // 2])',
    'print(json.dumps(out))',
  ].join('\n');
  const text = execFileSync('python3', ['-c', script], { input: JSON.stringify(cases.map((c) => c.py)), encoding: 'utf8' });
  return JSON.parse(text) as number[];
}

const loadBefore = loadavg()[0];
const g = new NpGenerator(1);
const rs = new NpRandomState(1);
// Warm every case up first: process CPU time includes the JIT's background compile threads,
// which would otherwise be charged to whichever case runs first.
for (let round = 0; round < 2; round++) for (const c of cases) c.run(g, rs);
const ours = cases.map((c) => median(Array.from({ length: reps }, () => cpuMs(() => c.run(g, rs)))));
const theirs = numpyTimes();
const loadAfter = loadavg()[0];

const pad = (s: string, w: number): string => s.padEnd(w);
console.log(`random bench: n=${n}, ${reps} reps, median CPU ms; load average ${loadBefore.toFixed(1)} -> ${loadAfter.toFixed(1)}`);
console.log(`${pad('case', 34)}${pad('ours', 10)}${pad('numpy', 10)}ratio`);
cases.forEach((c, i) => {
  console.log(`${pad(c.name, 34)}${pad(ours[i].toFixed(1), 10)}${pad(theirs[i].toFixed(1), 10)}${(ours[i] / theirs[i]).toFixed(1)}x`);
});
