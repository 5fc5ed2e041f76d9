// The oracle test: the analysis against python3 + NumPy on the corpus in test/corpus/oracle/
// (truth recorded by scripts/golden/analysis_oracle.py into golden/analysis_oracle.json).
// Fails on any false error (an error where NumPy did not raise), any wrong shape or dtype, any
// unexpected warning, or a drop in recall or shape coverage below the floors measured when the
// corpus was made; prints recall, false errors and coverage.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analysis/index';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, 'test/corpus/oracle');
type Entry = { raises: number | null; error: string | null; shapes: [number, string, number[] | null, string | null][] };
const golden: Record<string, Entry> = JSON.parse(readFileSync(path.join(__dirname, 'golden/analysis_oracle.json'), 'utf8'));

/** Exceptions that are shape bugs (not values: singular matrices, missing modules). */
const SHAPE_ERROR = /^(ValueError|IndexError|AxisError|LinAlgError): (?!Singular matrix)/;

describe('oracle corpus: analysis vs python3 + NumPy', () => {
  const stats = { scripts: 0, bugs: 0, found: 0, falseErrors: 0, bindings: 0, arrayBindings: 0, exact: 0, wrong: 0, warningsExpected: 0, warningsFound: 0, unexpectedWarnings: 0, unverified: 0 };
  const problems: string[] = [];

  for (const [file, truth] of Object.entries(golden)) {
    it(file, () => {
      const src = readFileSync(path.join(CORPUS, file), 'utf8');
      const a = analyze(src);
      const mine: string[] = [];
      stats.scripts++;
      const isShapeBug = truth.raises !== null && SHAPE_ERROR.test(truth.error ?? '');
      if (isShapeBug) stats.bugs++;
      let hit = false;
      for (const d of a.diagnostics.filter((x) => x.severity === 'error')) {
        const atRaise = truth.raises !== null && d.range.line <= truth.raises && truth.raises <= d.range.endLine;
        if (atRaise && isShapeBug) { if (!hit) stats.found++; hit = true; }
        else if (truth.raises !== null && d.range.line > truth.raises) stats.unverified++;
        else {
          stats.falseErrors++;
          mine.push(`FALSE ERROR line ${d.range.line}: ${d.code}: ${d.message} (python: ${truth.raises ? `raises at ${truth.raises}` : 'runs clean'})`);
        }
      }
      // Warnings: only where the corpus expects them.
      const expectedWarn = new Map<number, string>();
      src.split('\n').forEach((l, i) => { const m = /# expect-warning: ([\w-]+)/.exec(l); if (m) expectedWarn.set(i + 1, m[1]); });
      stats.warningsExpected += expectedWarn.size;
      for (const d of a.diagnostics.filter((x) => x.severity === 'warning')) {
        if (expectedWarn.get(d.range.line) === d.code) stats.warningsFound++;
        else { stats.unexpectedWarnings++; mine.push(`UNEXPECTED WARNING line ${d.range.line}: ${d.code}: ${d.message}`); }
      }
      // Shapes after each top-level assignment that ran.
      for (const [line, name, shape, dtype] of truth.shapes) {
        stats.bindings++;
        const got = a.topLevelShapes.filter((t) => t.line === line && t.name === name).pop();
        if (shape === null) {
          if (got && got.shape !== null) { stats.wrong++; mine.push(`WRONG line ${line} ${name}: python has a non-array, analysis says ${JSON.stringify(got.shape)}`); }
          continue;
        }
        stats.arrayBindings++;
        if (!got || got.shape === null) continue;
        const sameRank = got.shape.length === shape.length;
        const clash = !sameRank || got.shape.some((d, i) => typeof d === 'number' && d !== shape[i]);
        const dtypeClash = got.dtype !== null && dtype !== null && got.dtype !== dtype;
        if (clash || dtypeClash) {
          stats.wrong++;
          mine.push(`WRONG line ${line} ${name}: python ${JSON.stringify(shape)} ${dtype}, analysis ${JSON.stringify(got.shape)} ${got.dtype}`);
        } else if (got.shape.every((d) => typeof d === 'number') && got.dtype === dtype) stats.exact++;
      }
      problems.push(...mine.map((m) => `${file}: ${m}`));
      assert.deepEqual(mine, []);
    });
  }

  after(() => {
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '100.0');
    console.log(`      oracle: ${stats.scripts} scripts, ${stats.bugs} shape bugs; recall ${stats.found}/${stats.bugs} (${pct(stats.found, stats.bugs)}%); ` +
      `false errors ${stats.falseErrors} (errors after the raise, unverifiable: ${stats.unverified}); warnings ${stats.warningsFound}/${stats.warningsExpected}, unexpected ${stats.unexpectedWarnings}; ` +
      `array bindings exact (shape+dtype) ${stats.exact}/${stats.arrayBindings} (${pct(stats.exact, stats.arrayBindings)}%), wrong ${stats.wrong}`);
  });

  it('recall and coverage stay at their floors', () => {
    // Runs after the per-file tests (mocha keeps definition order).
    assert.equal(stats.scripts, Object.keys(golden).length);
    assert.ok(stats.scripts >= 150, 'corpus has at least 150 scripts');
    assert.equal(stats.falseErrors, 0);
    assert.equal(stats.wrong, 0);
    assert.ok(stats.found / stats.bugs >= RECALL_FLOOR, `recall ${stats.found}/${stats.bugs} below ${RECALL_FLOOR}`);
    assert.ok(stats.exact / stats.arrayBindings >= COVERAGE_FLOOR, `coverage ${stats.exact}/${stats.arrayBindings} below ${COVERAGE_FLOOR}`);
    assert.equal(stats.warningsFound, stats.warningsExpected);
  });
});

const RECALL_FLOOR = 0.95;
const COVERAGE_FLOOR = 0.95;
