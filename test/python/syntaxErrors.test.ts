// Syntax errors in CPython's words: each snippet in test/python/golden/syntax_errors.json was
// compiled by python3 (scripts/golden/python_syntax_errors.py), which recorded the exception
// type, message, line and offset. Our parser's first error must say the same, at the same place.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../../src/python/index';

interface Case { source: string; type: string; msg: string; lineno: number; offset: number; text?: string }

const golden = JSON.parse(readFileSync(path.join(__dirname, 'golden/syntax_errors.json'), 'utf8')) as { cases: Case[] };

describe('syntax errors read like CPython 3.11', () => {
  it('has cases', () => assert.ok(golden.cases.length >= 30));
  for (const c of golden.cases) {
    it(`${c.type}: ${c.msg} — ${JSON.stringify(c.source).slice(0, 60)}`, () => {
      const first = parse(c.source).errors[0];
      assert.ok(first, 'no syntax error reported');
      // CPython's offset is 1-based; our columns are 0-based (in UTF-16 units: no snippet has a
      // non-BMP character before its error).
      // For an error in an f-string's field CPython shows `(expr)` with the caret in that text.
      const column = first.display ? `${first.display.offset} in ${first.display.text}` : `${first.range.column + 1}`;
      const expected = c.text === undefined ? `${c.offset}` : `${c.offset} in ${c.text}`;
      assert.equal(`${first.type ?? 'SyntaxError'}: ${first.message} @${first.range.line}:${column}`, `${c.type}: ${c.msg} @${c.lineno}:${expected}`);
    });
  }
});
