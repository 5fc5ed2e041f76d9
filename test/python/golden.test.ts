// Node-by-node agreement of parse() with CPython's `ast` on the golden corpus of tricky
// snippets (test/python/golden/python_ast.json, made by scripts/golden/python_ast.py):
// kinds, fields, ctx, constant values and positions (UTF-16 columns).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../../src/python/index';
import { compareWithCPython } from './astCompare';

interface GoldenCase {
  source: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ast: any;
}

const cases: GoldenCase[] = JSON.parse(readFileSync(path.join(__dirname, 'golden/python_ast.json'), 'utf8'));

describe('python/golden: parse() agrees with CPython ast', () => {
  for (const c of cases) {
    const title = c.source.length > 60 ? JSON.stringify(c.source.slice(0, 57)) + '...' : JSON.stringify(c.source);
    it(title, () => {
      const result = parse(c.source);
      assert.deepEqual(result.errors.map((e) => e.message), [], 'valid code must have no syntax errors');
      assert.equal(compareWithCPython(result.module.body, c.ast), null);
    });
  }
});
