// Benchmark of the static analysis (a script, not a test: no wall-clock asserts anywhere).
// Bundles the analysis with esbuild the way the language server ships it, then measures in a
// fresh node process:
// 1. full analysis (parse + abstract interpretation) of a generated 10,000-line NumPy file;
// 2. re-analysis of a 2,000-line file after a one-line edit, as the server does on every
//    (debounced) keystroke, with a hover and the inlay hints of the visible range.
// Prints median/min/max wall time, CPU time (less sensitive to a busy machine), the share of
// parsing, the machine's load average, and peak memory.
// Runs the measurement twice: as shipped (the server's and CLI's V8 heap tuning), then with V8's
// defaults for comparison.
// Usage: npx tsx scripts/bench/analysis.ts [runs] [--shipped-only]
import { buildSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 15);
const dir = mkdtempSync(path.join(tmpdir(), 'shapewise-bench-'));
const out = path.join(dir, 'bench.js');
buildSync({ entryPoints: [path.join(__dirname, 'analysis_run.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
console.log(`load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')} (2 cores)`);
process.stdout.write(execFileSync(process.execPath, [out, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24 }));
// The same without the heap tuning the server and CLI ship with (src/server/heapTuning.node.ts),
// to show what it is worth; `--shipped-only` skips it.
if (!process.argv.includes('--shipped-only')) {
  console.log('');
  process.stdout.write(execFileSync(process.execPath, [out, String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24, env: { ...process.env, SHAPEWISE_V8_DEFAULTS: '1' } }));
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
