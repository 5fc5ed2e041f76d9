// The README's quick start and CI must not drift apart: CI runs exactly the README's test
// command, and the quick start is exactly two commands.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export function quickStartCommands(readme: string): string[] {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Quick start'));
  if (!section) return [];
  const block = /```(?:sh|bash|shell)\n([\s\S]*?)```/.exec(section);
  return block ? block[1].split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];
}

describe('README quick start', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');

  it('has exactly two commands: the main job and the tests', () => {
    assert.equal(quickStartCommands(readme).length, 2);
  });

  it('CI runs the README test command verbatim', () => {
    const testCommand = quickStartCommands(readme)[1];
    const ciLines = ci.split('\n').map((l) => l.trim());
    assert.ok(ciLines.includes(testCommand), `.ci/run does not run: ${testCommand}`);
  });

  it('finds the commands in a quick-start section (and nothing elsewhere)', () => {
    assert.deepEqual(quickStartCommands('# X\n## Quick start\n```sh\n# main\na && b\nc\n```\n## Other\n```sh\nd\n```\n'), ['a && b', 'c']);
  });
});
