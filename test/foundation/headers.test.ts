// Every source file opens with a short comment saying what it owns (ARCHITECTURE.md asks for
// it): a reader should know what a file is for before reading its code.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function hasHeaderComment(source: string): boolean {
  const text = source.replace(/^#!.*\n/, '').trimStart();
  return text.startsWith('//') || text.startsWith('/*');
}

describe('file headers', () => {
  it('every file in src/ and scripts/ starts with a comment saying what it owns', () => {
    const files = [...walk(path.join(ROOT, 'src')), ...walk(path.join(ROOT, 'scripts'))];
    const missing = files.filter((f) => !hasHeaderComment(readFileSync(f, 'utf8'))).map((f) => path.relative(ROOT, f));
    assert.deepEqual(missing, []);
  });

  it('a file without one is caught', () => {
    assert.equal(hasHeaderComment('import x from "y";\n'), false);
    assert.equal(hasHeaderComment('#!/usr/bin/env node\n// owns the CLI\n'), true);
  });
});
