// Keeps the repository small enough to land: a submission is capped in size, so generated data
// that a script can make again stays out of git, and committed goldens stay compact.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const MAX_FILE_BYTES = 3 * 1024 * 1024;
const MAX_TOTAL_BYTES = 40 * 1024 * 1024;

describe('repository size', () => {
  it('no tracked file is over 3 MiB and all tracked files stay under 40 MiB', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    let total = 0;
    const big: string[] = [];
    for (const f of files) {
      let size = 0;
      try { size = statSync(path.join(ROOT, f)).size; } catch { continue; }
      total += size;
      if (size > MAX_FILE_BYTES) big.push(`${f}: ${size} bytes`);
    }
    assert.deepEqual(big, []);
    assert.ok(total < MAX_TOTAL_BYTES, `tracked files total ${total} bytes`);
  });
});
