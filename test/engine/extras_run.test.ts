// Replays test/engine/extras_run/*.py through the interpreter (runProgram, what `bin/shapewise
// run` executes) against python3 + NumPy 2.4.6 stdout recorded by
// scripts/golden/engine_extras_run.py: the printed text of every API-coverage function
// (extras.ts, decomp.ts and their bindings in src/interpreter/npextras.ts) must match byte for byte.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runProgram } from '../../src/interpreter';

const golden = JSON.parse(readFileSync(path.join(__dirname, 'golden', 'extras_run.json'), 'utf8')) as Record<string, { stdout: string; exit: number }>;

describe('API coverage through the interpreter (python3 stdout)', () => {
  for (const [name, want] of Object.entries(golden)) {
    it(name, () => {
      const file = path.join(__dirname, 'extras_run', name);
      const got = runProgram(readFileSync(file, 'utf8'), { filename: file, limits: { timeoutMs: 30_000 } });
      assert.equal(got.stdout, want.stdout, `stdout of ${name}\n${got.stderr}`);
      assert.equal(got.exitCode, want.exit, `exit status of ${name}`);
    });
  }
});
