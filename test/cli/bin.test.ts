// The installed command as users run it: bin/shapewise over the built bundle (npm test builds
// first). Checks what only the real process shows: exit statuses and deep Python recursion,
// which needs the larger stack that `run` re-executes itself with.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(__dirname, '../../bin/shapewise');

function shapewise(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('bin/shapewise', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shapewise-bin-'));

  it('run: recursion 950 frames deep works as in CPython (limit 1000)', () => {
    const file = path.join(dir, 'deep.py');
    writeFileSync(file, 'def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(950))\n');
    const r = shapewise('run', file);
    // python3 deep.py prints "950" and exits 0.
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '950\n');
    assert.equal(r.status, 0);
  });

  it('run: endless recursion ends in RecursionError with exit status 1, not a crash', () => {
    const file = path.join(dir, 'endless.py');
    writeFileSync(file, 'def f(n):\n    return f(n + 1)\nf(0)\n');
    const r = shapewise('run', file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\nRecursionError: maximum recursion depth exceeded\n$/);
  });

  it('check: exit 1 on a shape error, 0 on clean code, 2 on a missing file', () => {
    const bad = path.join(dir, 'bad.py');
    writeFileSync(bad, 'import numpy as np\nx = np.zeros((2, 3)) + np.zeros((4, 3))\n');
    const good = path.join(dir, 'good.py');
    writeFileSync(good, 'import numpy as np\nx = np.zeros((2, 3)) + np.zeros(3)\n');
    assert.equal(shapewise('check', bad).status, 1);
    assert.equal(shapewise('check', good).status, 0);
    assert.equal(shapewise('check', path.join(dir, 'missing.py')).status, 2);
  });
});
