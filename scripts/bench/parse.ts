// Benchmark and conformance run of the Python front end over real code: every .py file of the
// installed Python's standard library and of NumPy's sources. Reports crashes (must be 0),
// files where we report syntax errors but CPython compiles them (must be 0), tree mismatches
// against CPython's ast for a sample, and speed (files/s, MB/s, the slowest large files).
// A developer tool: it runs python3 to locate the sources and as the oracle.
//
//   npx tsx scripts/bench/parse.ts [--sample N (0: every file)] [--limit N] [--verbose]
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../../src/python/index';
import { compareWithCPython } from '../../test/python/astCompare';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const sampleSize = option('--sample', 400);
const limit = option('--limit', Infinity);
const verbose = args.includes('--verbose');
const root = path.resolve(__dirname, '../..');
const dumper = path.join(root, 'scripts/golden/python_ast.py');

function python(code: string): string {
  return execFileSync('python3', ['-c', code], { encoding: 'utf8' }).trim();
}

function pyFiles(dir: string, skip: (p: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (skip(p)) continue;
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) pyFiles(p, skip, out);
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

const stdlib = python('import sysconfig;print(sysconfig.get_paths()["stdlib"])');
const numpyDir = python('import numpy,os;print(os.path.dirname(numpy.__file__))');
const files = [
  ...pyFiles(stdlib, (p) => p.endsWith('site-packages') || p.endsWith('__pycache__')),
  ...pyFiles(numpyDir, (p) => p.endsWith('__pycache__')),
].slice(0, limit);

const decoder = new TextDecoder('utf-8', { fatal: true });
let bytes = 0;
let parseMs = 0;
let parsed = 0;
let nonUtf8 = 0;
const crashes: string[] = [];
const withErrors: { file: string; message: string; line: number }[] = [];
const timings: { file: string; lines: number; ms: number }[] = [];
const sources = new Map<string, string>();

// Wall time per file plus the process's CPU time over the whole loop: on a shared machine the
// CPU figure is the steadier one (it leaves out time spent waiting for a core).
let cpuMicros = 0;
for (const file of files) {
  const raw = readFileSync(file);
  let source: string;
  try {
    source = decoder.decode(raw);
  } catch {
    nonUtf8++;
    continue;
  }
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  bytes += raw.length;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let result;
  try {
    result = parse(source);
  } catch (error) {
    crashes.push(`${file}: ${error instanceof Error ? error.stack : String(error)}`);
    continue;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  cpuMicros += cpu.user + cpu.system;
  parseMs += ms;
  parsed++;
  timings.push({ file, lines: result.lineStarts.length, ms });
  if (result.errors.some((e) => e.message.startsWith('Internal parser error'))) {
    crashes.push(`${file}: ${result.errors[0].message}`);
  }
  if (result.errors.length) withErrors.push({ file, message: result.errors[0].message, line: result.errors[0].range.line });
  sources.set(file, source);
}

// Which of the files we flagged does CPython compile? Those are false syntax errors.
let falseErrors: typeof withErrors = [];
if (withErrors.length) {
  const script = [
    'import sys, json',
    'ok = []',
    'for p in json.load(sys.stdin):',
    '    try:',
    '        compile(open(p, "rb").read(), p, "exec", dont_inherit=True)',
    '        ok.append(p)',
    '    except (SyntaxError, ValueError):',
    '        pass',
    'print(json.dumps(ok))',
  ].join('\n');
  const compiled = new Set<string>(JSON.parse(execFileSync('python3', ['-W', 'ignore', '-c', script], {
    input: JSON.stringify(withErrors.map((e) => e.file)), encoding: 'utf8', maxBuffer: 1 << 26,
  })));
  falseErrors = withErrors.filter((e) => compiled.has(e.file));
}

// Tree comparison with CPython on an evenly spread sample of the error-free files.
const clean = [...sources.keys()].filter((f) => !withErrors.some((e) => e.file === f));
const step = sampleSize > 0 ? Math.max(1, Math.floor(clean.length / sampleSize)) : 1;
const sample = sampleSize > 0 ? clean.filter((_, i) => i % step === 0).slice(0, sampleSize) : clean;
const mismatches: string[] = [];
let compared = 0;
for (let i = 0; i < sample.length; i += 50) {
  const batch = sample.slice(i, i + 50);
  const out = execFileSync('python3', ['-W', 'ignore', dumper, '--files', ...batch], { encoding: 'utf8', maxBuffer: 1 << 28 });
  for (const line of out.split('\n')) {
    if (!line) continue;
    const dump = JSON.parse(line);
    if (!dump.ast) continue;
    compared++;
    const ours = parse(sources.get(dump.file)!);
    const diff = compareWithCPython(ours.module.body, dump.ast);
    if (diff) mismatches.push(`${path.relative(path.dirname(stdlib), dump.file)}: ${diff}`);
  }
}

const mb = bytes / 1e6;
const seconds = parseMs / 1000;
timings.sort((a, b) => b.lines - a.lines);
const rel = (f: string) => (f.startsWith(numpyDir) ? 'numpy/' + path.relative(numpyDir, f) : path.relative(stdlib, f));
console.log(`files: ${files.length} (${parsed} parsed, ${nonUtf8} not UTF-8, skipped) from ${stdlib} and ${numpyDir}`);
console.log(`crashes: ${crashes.length}`);
for (const c of crashes.slice(0, 10)) console.log(`  ${c}`);
console.log(`files with syntax errors: ${withErrors.length}; of those CPython compiles (false errors): ${falseErrors.length}`);
for (const e of falseErrors.slice(0, verbose ? 1000 : 20)) console.log(`  ${rel(e.file)}:${e.line}: ${e.message}`);
console.log(`tree comparison with CPython ast: ${compared} files, ${mismatches.length} mismatches`);
for (const m of mismatches.slice(0, verbose ? 1000 : 20)) console.log(`  ${m}`);
console.log(`speed: ${(parsed / seconds).toFixed(0)} files/s, ${(mb / seconds).toFixed(2)} MB/s (${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s wall)`);
const cpuSeconds = cpuMicros / 1e6;
console.log(`speed by CPU time: ${(parsed / cpuSeconds).toFixed(0)} files/s, ${(mb / cpuSeconds).toFixed(2)} MB/s (${cpuSeconds.toFixed(2)} s CPU, GC threads included)`);
console.log('largest files:');
for (const t of timings.slice(0, 5)) console.log(`  ${rel(t.file)}: ${t.lines} lines, ${t.ms.toFixed(1)} ms`);
// A steady-state figure for one big file (the first parses above include JIT warm-up).
if (timings.length) {
  const big = sources.get(timings[0].file)!;
  const runs = 10;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) parse(big);
  const per = (performance.now() - t0) / runs;
  console.log(`warm: ${rel(timings[0].file)} (${timings[0].lines} lines) parses in ${per.toFixed(1)} ms (${(per * 10000 / timings[0].lines).toFixed(1)} ms per 10,000 lines)`);
}
process.exitCode = crashes.length || falseErrors.length ? 1 : 0;
