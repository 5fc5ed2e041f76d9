// Quick fixes as a user applies them: for every shape error on the QA bug programs
// (test/qa/programs/bug_*.py) each offered fix (the diagnostic's code actions) is applied to the
// source, and the fixed program
// must (1) no longer get that error from the analysis on that line and (2) run to the end on the
// interpreter (exit 0). A fix that leaves the program crashing sends the learner in circles.
// (Applied by hand to python3 at 19:00 UTC, every fix offered then made the program run.)
// Fixes known to fail are listed in test/qa/pending.json `quickfixes` ("file:line title" ->
// finding); a listed fix that starts working fails the test so the list shrinks.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analysis/index';
import { runProgram } from '../../src/interpreter';

const PROGRAMS = path.join(__dirname, 'programs');
const pending = (JSON.parse(readFileSync(path.join(__dirname, 'pending.json'), 'utf8')) as { quickfixes?: Record<string, { reason: string; finding: string }> }).quickfixes ?? {};

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

describe('qa quick fixes', function () {
  this.timeout(120_000);
  it('every listed fix names a finding in docs/dev/QA-FINDINGS.md', () => {
    const findings = readFileSync(path.join(__dirname, '..', '..', 'docs', 'dev', 'QA-FINDINGS.md'), 'utf8');
    for (const [key, p] of Object.entries(pending)) {
      assert.match(p.finding, /^QA-\d+$/, `${key} needs a finding id`);
      assert.ok(findings.includes(`## ${p.finding}:`) || findings.includes(`## ${p.finding} `), `${key}: ${p.finding} is not in docs/dev/QA-FINDINGS.md`);
      assert.ok(p.reason.length > 0 && !p.reason.includes('\n'), `${key} needs a one-line reason`);
    }
  });
  const offeredKeys = new Set<string>();
  for (const file of readdirSync(PROGRAMS).filter((f) => f.startsWith('bug_')).sort()) {
    // A BOM is not part of the text: the CLI and VS Code drop it before analysis and run.
    const source = readFileSync(path.join(PROGRAMS, file), 'utf8').replace(/^\uFEFF/, '');
    const analysis = analyze(source);
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error' && d.fixes.length > 0);
    for (const d of errors) {
      // The fixes the editor offers for this diagnostic (the analysis checks each one first).
      const offered = analysis.codeActions(d.range.start, d.range.end).filter((x) => x.diagnosticStart === d.range.start && x.diagnosticEnd === d.range.end);
      offered.forEach((fix, i) => {
        const key = `${file}:${d.range.line} ${fix.title}`;
        offeredKeys.add(key);
        it(key, () => {
          const listed = pending[key];
          if (listed) {
            assert.throws(() => applyAndRun(fix, i), `${key} works now: remove it from test/qa/pending.json quickfixes (${listed.finding})`);
            return;
          }
          applyAndRun(fix, i);
        });
        const applyAndRun = (fix: (typeof offered)[number], i: number): void => {
          let fixed = source;
          for (const e of [...fix.edits].sort((x, y) => y.start - x.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
          assert.notEqual(fixed, source, 'the fix changes the source');
          const line = lineOf(source, fix.edits[0].start);
          const still = analyze(fixed).diagnostics.filter((x) => x.severity === 'error' && x.code === d.code && x.range.line === line);
          assert.deepEqual(still.map((x) => x.message), [], `fix #${i} leaves the error`);
          const run = runProgram(fixed, { filename: file, limits: { timeoutMs: 30_000 } });
          assert.equal(run.exitCode, 0, `fixed program still fails: ${run.stderr.trim().split('\n').pop()}`);
        };
      });
    }
  }
  it('every listed fix is still offered (else it leaves pending.json)', () => {
    for (const key of Object.keys(pending)) assert.ok(offeredKeys.has(key), `${key} is no longer offered: remove it from test/qa/pending.json quickfixes`);
  });
});
