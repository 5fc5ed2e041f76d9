// Benchmark of `shapewise run` against python3 on the tutorial examples (examples/**/*.py):
// start-up time (an empty program; python3 with and without `import numpy`), then per example
// the wall time of a fresh `shapewise run` process, of `python3`, their ratio, and the
// in-process time of runProgram (interpreter + engine only, warm). Best of N runs each.
// Usage: npx tsx scripts/bench/run.ts [--runs 3] [files...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { runProgram } from '../../src/interpreter';

const ROOT = path.resolve(__dirname, '../..');
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
const files = argv.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));

function walk(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (n.endsWith('.py')) out.push(p);
  }
  return out;
}

function bundle(): string {
  const built = path.join(ROOT, 'dist/cli/shapewise.js');
  if (existsSync(built)) return built;
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'sw-bench-')), 'shapewise.js');
  esbuild.buildSync({ entryPoints: [path.join(ROOT, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', external: ['vscode'] });
  return out;
}

function best(cmd: string, args: string[], cwd: string): { ms: number; status: number | null } {
  let ms = Infinity, status: number | null = null;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
    const dt = Number(process.hrtime.bigint() - t0) / 1e6;
    ms = Math.min(ms, dt);
    status = r.status;
  }
  return { ms, status };
}

function inProcess(source: string, filename: string): number {
  let ms = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    runProgram(source, { filename });
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return ms;
}

const cli = bundle();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sw-bench-'));
const empty = path.join(tmp, 'empty.py');
writeFileSync(empty, 'pass\n');
const withNp = path.join(tmp, 'numpy_import.py');
writeFileSync(withNp, 'import numpy as np\n');
const f = (x: number) => x.toFixed(1).padStart(8);

console.log(`start-up (best of ${RUNS})`);
const sStart = best('node', [cli, 'run', empty], tmp);
const pStart = best('python3', [empty], tmp);
const sNp = best('node', [cli, 'run', withNp], tmp);
const pNp = best('python3', [withNp], tmp);
console.log(`  empty program:       shapewise ${f(sStart.ms)} ms   python3 ${f(pStart.ms)} ms   ratio ${(sStart.ms / pStart.ms).toFixed(2)}`);
console.log(`  import numpy as np:  shapewise ${f(sNp.ms)} ms   python3 ${f(pNp.ms)} ms   ratio ${(sNp.ms / pNp.ms).toFixed(2)}`);

const list = files.length ? files.map((x) => path.resolve(x)) : walk(path.join(ROOT, 'examples'));
console.log(`\nper example (ms, best of ${RUNS}; in-process = runProgram only, no Node start-up)`);
console.log(`${'file'.padEnd(48)} ${'shapewise'.padStart(9)} ${'python3'.padStart(8)} ${'ratio'.padStart(6)} ${'in-proc'.padStart(8)} exit`);
let sumS = 0, sumP = 0, sumI = 0;
for (const file of list) {
  const rel = path.relative(ROOT, file);
  const s = best('node', [cli, 'run', path.basename(file)], path.dirname(file));
  const p = best('python3', [path.basename(file)], path.dirname(file));
  const i = inProcess(readFileSync(file, 'utf8'), path.basename(file));
  sumS += s.ms; sumP += p.ms; sumI += i;
  const exits = s.status === p.status ? `${s.status}` : `${s.status}≠${p.status}`;
  console.log(`${rel.padEnd(48)} ${f(s.ms).padStart(9)} ${f(p.ms)} ${(s.ms / p.ms).toFixed(2).padStart(6)} ${f(i)} ${exits}`);
}
console.log(`${'total'.padEnd(48)} ${f(sumS).padStart(9)} ${f(sumP)} ${(sumS / sumP).toFixed(2).padStart(6)} ${f(sumI)}`);
