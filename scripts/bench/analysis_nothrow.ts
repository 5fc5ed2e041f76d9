// No-throw run (a script, not a unit test): analyses every .py file of the installed Python's
// standard library and of NumPy's own sources and checks that the analysis never throws.
// Prints files, lines, throughput, how many files reported shape errors (to review by hand:
// NumPy's tests raise shape errors on purpose, inside pytest.raises/assert_raises) and the
// first few of them. Exit 1 if anything threw.
// Usage: npx tsx scripts/bench/analysis_nothrow.ts [dir...]   (default: stdlib + numpy via python3)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/analysis/index';

function roots(): string[] {
  if (process.argv.length > 2) return process.argv.slice(2);
  const out = execFileSync('python3', ['-c', 'import sysconfig, numpy, os; print(sysconfig.get_paths()["stdlib"]); print(os.path.dirname(numpy.__file__))'], { encoding: 'utf8' });
  return out.trim().split('\n');
}

function pyFiles(dir: string, out: string[] = []): string[] {
  let names: string[];
  try { names = readdirSync(dir); } catch { return out; }
  for (const n of names) {
    const p = path.join(dir, n);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) { if (n !== 'site-packages' && n !== '__pycache__') pyFiles(p, out); }
    else if (n.endsWith('.py')) out.push(p);
  }
  return out;
}

let files = 0, lines = 0, bytes = 0, threw = 0, withErrors = 0, errors = 0, warnings = 0;
const samples: string[] = [];
const warnSamples: string[] = [];
const t0 = performance.now();
for (const root of roots()) {
  for (const f of pyFiles(root)) {
    let src: string;
    try { src = readFileSync(f, 'utf8'); } catch { continue; }
    files++;
    lines += src.split('\n').length;
    bytes += src.length;
    const t = performance.now();
    try {
      const a = analyze(src);
      const ms = performance.now() - t;
      if (ms > 2000) console.log(`slow: ${f} (${src.split('\n').length} lines) ${ms.toFixed(0)} ms`);
      const errs = a.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'syntax-error');
      errors += errs.length;
      const warns = a.diagnostics.filter((d) => d.severity === 'warning');
      warnings += warns.length;
      for (const w of warns) if (warnSamples.length < 15) warnSamples.push(`${f}:${w.range.line}: ${w.code}: ${w.message}`);
      if (errs.length) {
        withErrors++;
        if (samples.length < 40) samples.push(`${f}:${errs[0].range.line}: ${errs[0].code}: ${errs[0].message}`);
      }
    } catch (e) {
      threw++;
      console.log(`THREW ${f}: ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
    }
  }
}
const secs = (performance.now() - t0) / 1000;
console.log(`${files} files, ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB in ${secs.toFixed(1)} s (${(files / secs).toFixed(0)} files/s); threw: ${threw}`);
console.log(`shape errors reported: ${errors} in ${withErrors} files; warnings: ${warnings}. First ones (review):`);
for (const s of samples) console.log('  ' + s);
console.log('First warnings (review):');
for (const s of warnSamples) console.log('  ' + s);
process.exitCode = threw ? 1 : 0;
