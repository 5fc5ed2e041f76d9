// Replays the interpreter corpus (test/corpus/run/*.py) and the tutorial examples
// (examples/**/*.py) against python3 goldens recorded by scripts/golden/run_corpus.py:
// stdout must be identical byte for byte, the exit status equal, the last stderr line (the
// exception line of the traceback) equal, the whole traceback equal when python3's shows
// only the script's own frames, and the whole stderr (RuntimeWarnings) of programs that exit 0.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runProgram } from '../../src/interpreter';

const ROOT = path.resolve(__dirname, '../..');

interface Golden { cases: Record<string, { stdout: string; stderrLast: string; stderr?: string; exit: number }> }

function lastLine(s: string): string {
  const lines = s.trim().split('\n');
  return lines[lines.length - 1] ?? '';
}

for (const file of ['run_corpus.json', 'run_examples.json']) {
  const golden = JSON.parse(readFileSync(path.join(__dirname, 'golden', file), 'utf8')) as Golden;
  describe(`interpreter golden replay: ${file}`, () => {
    for (const [rel, want] of Object.entries(golden.cases)) {
      it(rel, () => {
        const source = readFileSync(path.join(ROOT, rel), 'utf8');
        const dir = path.join(ROOT, path.dirname(rel));
        const got = runProgram(source, { filename: path.join(dir, path.basename(rel)), limits: { timeoutMs: 30_000 } });
        assert.equal(got.stdout, want.stdout, `stdout of ${rel}`);
        // Deliberate deviation: a missing module says it is not available in the evaluator.
        const gotLast = (got.exitCode ? lastLine(got.stderr) : '').replace(/ \(not available in the Shapewise evaluator[^)]*\)$/, '');
        assert.equal(gotLast, want.stderrLast, `last stderr line of ${rel}`);
        assert.equal(got.exitCode, want.exit, `exit status of ${rel}`);
        // Whole stderr: the RuntimeWarnings of a program that exits 0 (or nothing at all), the
        // traceback (frames, source lines, position markers) of one that fails, except the
        // deliberate ModuleNotFoundError wording checked above.
        if (want.stderr !== undefined && !want.stderrLast.startsWith('ModuleNotFoundError')) {
          assert.equal(got.stderr.split(dir + path.sep).join('{DIR}/'), want.stderr, `stderr of ${rel}`);
        }
      });
    }
  });
}
