// Runs every Markdown test in test/analysis/mdtest/ (and the examples of every diagnostic doc
// page in docs/diagnostics/): one mocha test per fenced py block, expectations on their lines.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMarkdown, checkCase } from './mdtestLib';

const ROOT = path.resolve(__dirname, '../..');

for (const dir of ['test/analysis/mdtest', 'docs/diagnostics']) {
  const abs = path.join(ROOT, dir);
  describe(`mdtest: ${dir}`, () => {
    for (const f of readdirSync(abs).filter((n) => n.endsWith('.md')).sort()) {
      const cases = parseMarkdown(readFileSync(path.join(abs, f), 'utf8'), f);
      describe(f, () => {
        for (const c of cases) {
          it(c.title, () => {
            const problems = checkCase(c);
            assert.deepEqual(problems, [], `${c.title}\n${problems.join('\n')}`);
          });
        }
      });
    }
  });
}
