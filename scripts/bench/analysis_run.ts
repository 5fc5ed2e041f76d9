// The measuring half of scripts/bench/analysis.ts: bundled by it with esbuild (as the language
// server ships the analysis) and run in a fresh node process. Not a test.
import { performance } from 'node:perf_hooks';
import { parse, parseFast } from '../../src/python';
import type { ParseResult } from '../../src/python';
import { analyze, analyzeParsed } from '../../src/analysis/index';
import { memoForDocument } from '../../src/analysis/statementMemo';
import { tuneHeap, HEAP_GROWING_PERCENT } from '../../src/server/heapTuning.node';

// The language server and the CLI run with this heap tuning; SHAPEWISE_V8_DEFAULTS=1 measures without it.
const tuned = tuneHeap();
console.log(tuned ? `V8 heap: as shipped (--heap-growing-percent=${HEAP_GROWING_PERCENT}, src/server/heapTuning.node.ts)` : 'V8 heap: V8 defaults (SHAPEWISE_V8_DEFAULTS=1), for comparison');

  const runs = Number(process.argv[2] ?? 15);
  const block = (i: number): string => {
    const b = 8 + (i % 7), d = 16 + (i % 5), h = 32 + (i % 3);
    return `
# block ${i}
X${i} = np.random.randn(${b}, ${d})
W${i} = np.random.randn(${d}, ${h}) * 0.01
b${i} = np.zeros(${h})
H${i} = np.maximum(0, X${i} @ W${i} + b${i})
m${i} = H${i}.mean(axis=0, keepdims=True)
Z${i} = (H${i} - m${i}) / (H${i}.std(axis=0) + 1e-8)
flat${i} = Z${i}.reshape(-1)
idx${i} = np.arange(${b})
sel${i} = Z${i}[idx${i} % 2 == 0]
def f${i}(x, w):
    y = x @ w
    return y - y.max(axis=1, keepdims=True)
out${i} = f${i}(X${i}, W${i})
acc${i} = 0.0
for t in range(3):
    acc${i} = acc${i} + out${i}.sum()
parts${i} = np.split(np.zeros((${b * 2}, ${d})), 2)
cat${i} = np.concatenate([X${i}, X${i}], axis=1)
`;
  };
  const generate = (lines: number): string => {
    let src = 'import numpy as np\n';
    let i = 0;
    while (src.split('\n').length < lines) src += block(i++);
    return src;
  };
  const stats = (xs: number[]): string => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms (min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)}, n=${s.length})`;
  };
  let peak = 0;
  const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };
  const timed = (f: () => void): [number, number] => {
    const c0 = process.cpuUsage();
    const t = performance.now();
    f();
    const c = process.cpuUsage(c0);
    return [performance.now() - t, (c.user + c.system) / 1000];
  };

  const big = generate(10000);
  for (let i = 0; i < 3; i++) analyze(big);
  const full: number[] = [], fullCpu: number[] = [], parseOnly: number[] = [], interp: number[] = [];
  let diags = 0;
  for (let i = 0; i < runs; i++) {
    let parsed: ParseResult | undefined;
    const [pw] = timed(() => { parsed = parseFast(big) ?? parse(big); });
    parseOnly.push(pw);
    const [iw] = timed(() => { analyzeParsed(big, parsed!); });
    interp.push(iw);
    const [w, c] = timed(() => { diags = analyze(big).diagnostics.length; });
    full.push(w); fullCpu.push(c);
    sample();
  }
  console.log(`full analysis, ${big.split('\n').length} lines: ${stats(full)}; CPU ${stats(fullCpu)}   [target < 100 ms]`);
  console.log(`  parsing alone (the analysis's parse: fast path, else parse()) ${stats(parseOnly)}; abstract interpretation alone ${stats(interp)}; ${diags} diagnostics`);

  // Re-analysis as the language server does it: the document's URI as `documentKey`, so the
  // top-level statements an edit did not reach are replayed (src/analysis/statementMemo.ts).
  // The edits are in the file's first statement, the worst place: everything after it moves
  // or may depend on it.
  const mid = generate(2000);
  const key = 'file:///bench/mid.py';
  for (let i = 0; i < 3; i++) analyze(mid, { documentKey: key });
  const edit: number[] = [], editCpu: number[] = [];
  let replayed = 0, ran = 0;
  for (let i = 0; i < runs; i++) {
    const edited = mid.replace('X0 = np.random.randn(8, 16)', `X0 = np.random.randn(${8 + i}, 16)`);
    const [w, c] = timed(() => {
      const a = analyze(edited, { documentKey: key });
      a.hoverAt(edited.indexOf('H0 ='));
      a.inlayHints(0, 4000);
    });
    replayed += memoForDocument(key).replayed; ran += memoForDocument(key).ran;
    edit.push(w); editCpu.push(c);
    sample();
  }
  console.log(`re-analysis after an edit, ${mid.split('\n').length} lines: ${stats(edit)}; CPU ${stats(editCpu)}   [target < 30 ms]`);
  console.log(`  (statements per re-analysis: ${(replayed / runs).toFixed(0)} replayed, ${(ran / runs).toFixed(0)} run)`);
  // The same with a line inserted in the middle (every later statement moves: its parse is
  // reused, shifted) and with a one-character edit near the end (everything before is reused).
  const insertAt = mid.indexOf('# block 50\n');
  const variants: [string, (i: number) => string][] = [
    ['typing in the first statement (every later statement moves)', (i) => mid.replace('X0 = np.random.randn(8, 16)', `X0 = np.random.randn(8${'0'.repeat(i % 3)}, 16)`)],
    ['a line inserted in the middle', (i) => mid.slice(0, insertAt) + `extra = np.ones(${i + 1})\n` + mid.slice(insertAt)],
    ['an edit near the end', (i) => mid.replace('X95 = np.random.randn(', `X95 = np.random.randn(${i + 1}, `)],
  ];
  for (const [label, make] of variants) {
    const wall: number[] = [], cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const edited = make(i);
      const [w, c] = timed(() => {
        const a = analyze(edited, { documentKey: key });
        a.hoverAt(edited.indexOf('H0 ='));
        a.inlayHints(0, 4000);
      });
      wall.push(w); cpu.push(c);
    }
    console.log(`  re-analysis after ${label}: ${stats(wall)}; CPU ${stats(cpu)}`);
  }
  // The same edit without the memo: the document's parse is reused, every statement is interpreted.
  {
    const wall: number[] = [], cpu: number[] = [];
    const plainKey = 'file:///bench/plain.py';
    analyze(mid, { documentKey: plainKey, recordStatements: false });
    for (let i = 0; i < runs; i++) {
      const edited = mid.replace('X0 = np.random.randn(8, 16)', `X0 = np.random.randn(${8 + i}, 16)`);
      const [w, c] = timed(() => {
        const a = analyze(edited, { documentKey: plainKey, recordStatements: false });
        a.hoverAt(edited.indexOf('H0 ='));
        a.inlayHints(0, 4000);
      });
      wall.push(w); cpu.push(c);
    }
    console.log(`  the first edit without the statement memo (incremental parse only): ${stats(wall)}; CPU ${stats(cpu)}`);
  }
  console.log(`peak RSS ${(peak / 1048576).toFixed(0)} MB`);
