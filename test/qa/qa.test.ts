// QA replay: every program in test/qa/programs/ (written the way NumPy learners write them) run
// through the CLI entry point (src/cli/main.ts `main`) as `run`, `check --format json` and
// `shapes --format json`, against what python3 + NumPy 2.4.6 did (test/qa/golden/qa_golden.jsonl,
// recorded by scripts/golden/qa_golden.py). Contract per aspect:
//   run    - stdout byte-exact, exit status equal, last stderr line equal; endless loops stop
//            with a non-zero status; sandbox escapes (escape_*) fail without touching the system;
//            warn_* programs: the whole stderr equal too (warning texts, lines, deduplication).
//   check  - never an error on a program python3 runs cleanly (false errors are the worst bug);
//            on bug_* programs, an error on the raising line is recall (printed, floor asserted).
//   shapes - each reported shape is null or the right one (final value of a once-assigned name).
// test/qa/pending.json lists the case:aspect ids that fail today, each with a finding in
// docs/dev/QA-FINDINGS.md; a listed case that starts passing fails the test so the list shrinks.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main';

const QA = __dirname;
const PROGRAMS = path.join(QA, 'programs');
const ROOT = path.resolve(QA, '../..');

interface Value { shape: number[]; dtype: string }
interface Case {
  id: string;
  stdout?: string;
  exit?: number;
  stderrLast?: string;
  raiseLine?: number | null;
  names?: Record<string, Value | null>;
  timeout?: boolean;
  escape?: boolean;
  stderr?: string;
}
interface Pending { reason: string; finding: string }
interface PendingFile { recallFloor: number; cases: Record<string, Pending> }

const goldenLines = readFileSync(path.join(QA, 'golden', 'qa_golden.jsonl'), 'utf8').trim().split('\n');
const cases: Case[] = goldenLines.slice(1).map((l) => JSON.parse(l) as Case);
const pending = JSON.parse(readFileSync(path.join(QA, 'pending.json'), 'utf8')) as PendingFile;
const findings = readFileSync(path.join(ROOT, 'docs', 'dev', 'QA-FINDINGS.md'), 'utf8');

async function cli(argv: string[], env: Record<string, string> = {}): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) { saved[k] = process.env[k]; process.env[k] = v; }
  try {
    const status = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
    return { status, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  }
}

function lastLine(s: string): string {
  const lines = s.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

const file = (c: Case) => path.join(PROGRAMS, c.id);
const isSyntaxError = (c: Case) => /^(SyntaxError|IndentationError|TabError)\b/.test(c.stderrLast ?? '');

/** Problems with `run` on this case, or null when it behaves as python3 did. */
async function runProblem(c: Case): Promise<string | null> {
  if (c.escape) {
    for (const p of ['/tmp/shapewise_qa_pwned', '/tmp/shapewise_qa_escape.npy']) rmSync(p, { force: true });
    const r = await cli(['run', file(c)], { SHAPEWISE_TIMEOUT_MS: '5000' });
    const leaked = ['root:', 'uid=', 'PWNED'].filter((s) => r.out.includes(s));
    const touched = ['/tmp/shapewise_qa_pwned', '/tmp/shapewise_qa_escape.npy'].filter((p) => existsSync(p));
    if (r.status === 0 || leaked.length || touched.length) {
      return `escape not contained: status ${r.status}, leaked ${JSON.stringify(leaked)}, wrote ${JSON.stringify(touched)}`;
    }
    return null;
  }
  if (c.timeout) {
    const r = await cli(['run', file(c)], { SHAPEWISE_TIMEOUT_MS: '3000', SHAPEWISE_MAX_STEPS: '5000000' });
    if (r.status === 0 || r.err.trim() === '') return `endless program ended with status ${r.status} and stderr ${JSON.stringify(r.err)}`;
    return null;
  }
  // `run` has no default limit (like python3, QA-19): a generous explicit one keeps a regression
  // that loops forever from hanging the suite
  const r = await cli(['run', file(c)], { SHAPEWISE_TIMEOUT_MS: '120000' });
  const problems: string[] = [];
  if (r.out !== c.stdout) {
    const a = r.out.split('\n');
    const b = (c.stdout ?? '').split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    problems.push(`stdout differs at line ${i + 1}: got ${JSON.stringify(a[i])}, python3 ${JSON.stringify(b[i])}`);
  }
  if (r.status !== c.exit) problems.push(`exit ${r.status}, python3 ${c.exit}`);
  if (c.stderr !== undefined) {
    const err = r.err.split(PROGRAMS + path.sep).join('{DIR}/');
    if (err !== c.stderr) {
      const a = err.split('\n');
      const b = c.stderr.split('\n');
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      problems.push(`stderr differs at line ${i + 1}: got ${JSON.stringify(a[i])}, python3 ${JSON.stringify(b[i])}`);
    }
  }
  if (c.exit !== 0) {
    const got = lastLine(r.err).replace(/ \(not available in the Shapewise evaluator[^)]*\)$/, '');
    if (got !== c.stderrLast) problems.push(`last stderr line ${JSON.stringify(got)}, python3 ${JSON.stringify(c.stderrLast)}`);
  }
  return problems.length ? problems.join('; ') : null;
}

interface CheckRecord { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }

const recall = { bugs: 0, hit: 0, missed: [] as string[], silent: 0, warned: 0, unwarned: [] as string[], syntax: 0, syntaxReported: 0, falseErrors: [] as string[] };

/** Problems with `check` on this case; also accumulates recall. */
async function checkProblem(c: Case): Promise<string | null> {
  const r = await cli(['check', '--format', 'json', file(c)]);
  let records: CheckRecord[];
  try {
    records = JSON.parse(r.out) as CheckRecord[];
  } catch {
    return `check output is not JSON (status ${r.status}): ${r.out.slice(0, 200)} ${r.err.slice(0, 200)}`;
  }
  const lines = readFileSync(file(c), 'utf8').split(/\r\n|\r|\n/).length; // CR-only files count too
  for (const rec of records) {
    const bad = typeof rec.line !== 'number' || rec.line < 1 || rec.line > lines || rec.column < 1 || rec.endLine < rec.line
      || !['error', 'warning', 'information'].includes(rec.severity) || typeof rec.code !== 'string' || !rec.message;
    if (bad) return `malformed record ${JSON.stringify(rec)}`;
  }
  const errors = records.filter((d) => d.severity === 'error');
  if (r.status !== (errors.length ? 1 : 0)) return `exit ${r.status} with ${errors.length} errors`;
  if (c.escape || c.timeout) return null;
  if (c.id.startsWith('bug_')) {
    recall.bugs++;
    if (errors.some((d) => d.line === c.raiseLine)) recall.hit++;
    else recall.missed.push(c.id);
  }
  if (c.id.startsWith('silent_')) {
    recall.silent++;
    if (records.some((d) => d.severity === 'warning' && /broadcast/.test(d.code))) recall.warned++;
    else recall.unwarned.push(c.id);
  }
  if (isSyntaxError(c)) {
    recall.syntax++;
    if (errors.some((d) => d.line === c.raiseLine)) recall.syntaxReported++;
  }
  if (c.exit === 0 && errors.length) {
    recall.falseErrors.push(c.id);
    return `false error on a program python3 runs cleanly: ${errors.map((d) => `${d.line}: [${d.code}] ${d.message}`).join(' | ')}`;
  }
  return null;
}

const shapeStats = { arrays: 0, known: 0 };

/** Problems with `shapes` on this case: any non-null shape that is not the value's real one. */
async function shapesProblem(c: Case): Promise<string | null> {
  const r = await cli(['shapes', '--format', 'json', file(c)]);
  if (r.status !== 0) return `shapes exit ${r.status}: ${r.err.slice(0, 200)}`;
  const records = JSON.parse(r.out) as { line: number; name: string; shape: (number | string)[] | null; dtype: string | null }[];
  if (c.escape || c.timeout || !c.names) return null;
  const wrong: string[] = [];
  const seen = new Set<string>();
  for (const rec of records) {
    if (!(rec.name in c.names)) continue;
    const want = c.names[rec.name];
    if (want && !seen.has(rec.name)) {
      seen.add(rec.name);
      if (rec.shape !== null) shapeStats.known++;
    }
    if (rec.shape === null) continue;
    if (want === null) { wrong.push(`${rec.name} (line ${rec.line}) is not an array, got shape ${JSON.stringify(rec.shape)}`); continue; }
    const rankOk = rec.shape.length === want.shape.length;
    const dimsOk = rankOk && rec.shape.every((d, i) => typeof d === 'string' || d === want.shape[i]);
    const numeric = /^(bool|u?int\d+|float\d+|complex\d+)$/.test(want.dtype);
    const dtypeOk = rec.dtype === null || !numeric || rec.dtype === want.dtype;
    if (!dimsOk || !dtypeOk) wrong.push(`${rec.name} (line ${rec.line}): got ${JSON.stringify(rec.shape)} ${rec.dtype}, python3 ${JSON.stringify(want.shape)} ${want.dtype}`);
  }
  shapeStats.arrays += Object.values(c.names).filter((v) => v !== null).length;
  return wrong.length ? wrong.join('; ') : null;
}

const outcome = { run: [0, 0], check: [0, 0], shapes: [0, 0] } as Record<string, [number, number]>;

function replay(aspect: 'run' | 'check' | 'shapes', probe: (c: Case) => Promise<string | null>): void {
  describe(`qa ${aspect}`, () => {
    for (const c of cases) {
      const key = `${c.id}:${aspect}`;
      it(key, async () => {
        const problem = await probe(c);
        outcome[aspect][1]++;
        if (problem === null) outcome[aspect][0]++;
        const listed = pending.cases[key];
        if (listed) assert.ok(problem !== null, `${key} passes now: remove it from test/qa/pending.json (${listed.finding})`);
        else assert.equal(problem, null, `${key}: ${problem}`);
      });
    }
  });
}

describe('qa programs against python3', function () {
  this.timeout(120_000);

  it('the golden covers every program and the pending list is honest', () => {
    const programs = require('node:fs').readdirSync(PROGRAMS).filter((f: string) => f.endsWith('.py')).sort();
    assert.deepEqual(cases.map((c) => c.id).sort(), programs, 'rerun scripts/golden/qa_golden.py');
    const ids = new Set(cases.map((c) => c.id));
    for (const [key, p] of Object.entries(pending.cases)) {
      const [id, aspect] = key.split(':');
      assert.ok(ids.has(id) && ['run', 'check', 'shapes'].includes(aspect), `pending ${key} names no case`);
      assert.match(p.finding, /^QA-\d+$/, `pending ${key} needs a finding id`);
      assert.ok(findings.includes(`## ${p.finding}:`), `pending ${key}: ${p.finding} is not in docs/dev/QA-FINDINGS.md`);
      assert.ok(p.reason.length > 0 && !p.reason.includes('\n'), `pending ${key} needs a one-line reason`);
    }
  });

  replay('run', runProblem);
  replay('check', checkProblem);
  replay('shapes', shapesProblem);

  after(() => {
    const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
    const lines = [
      `qa: run ${outcome.run[0]}/${outcome.run[1]}, check ${outcome.check[0]}/${outcome.check[1]}, shapes ${outcome.shapes[0]}/${outcome.shapes[1]} pass`,
      `qa: bug-line recall ${recall.hit}/${recall.bugs} (${pct(recall.hit, recall.bugs)}); missed: ${recall.missed.join(', ') || 'none'}`,
      `qa: silent-broadcast warnings ${recall.warned}/${recall.silent} (none on ${recall.unwarned.join(', ') || '-'}); syntax errors reported on their line ${recall.syntaxReported}/${recall.syntax}`,
      `qa: false errors on clean programs: ${recall.falseErrors.length} ${recall.falseErrors.join(', ')}`,
      `qa: shapes known for ${shapeStats.known}/${shapeStats.arrays} once-assigned arrays`,
    ];
    console.log(lines.join('\n'));
  });

  describe('qa recall', () => {
    it('bug-line recall stays at or above the floor in test/qa/pending.json', async () => {
      // A sibling suite declared after the replays runs after them; alone (--grep) it measures itself.
      if (recall.bugs === 0) for (const c of cases) await checkProblem(c);
      assert.ok(recall.hit / recall.bugs >= pending.recallFloor, `recall ${recall.hit}/${recall.bugs} below floor ${pending.recallFloor}`);
    });
  });
});
