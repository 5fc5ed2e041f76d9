// The CLI's usage contract: exit codes and one-line messages for bad usage and unusable input,
// directory expansion and source decoding. Subcommand output formats are tested by their owners.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectPythonFiles, decodePythonSource, InputError } from '../../src/cli/files';
import { main } from '../../src/cli/main';
import { limitFromEnv } from '../../src/cli/run';

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { status, out, err };
}

describe('cli usage', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shapewise-cli-'));

  it('--version prints the version and exits 0', async () => {
    const r = await cli('--version');
    assert.equal(r.status, 0);
    assert.match(r.out, /^shapewise \d+\.\d+\.\d+\n$/);
  });

  it('--help prints usage on stdout and exits 0; no arguments prints it on stderr and exits 2', async () => {
    const help = await cli('--help');
    assert.equal(help.status, 0);
    assert.match(help.out, /shapewise check \[--format text\|json\|sarif\] PATH/);
    const none = await cli();
    assert.equal(none.status, 2);
    assert.match(none.err, /Usage:/);
  });

  it('an unknown command, option or format exits 2 with one clear line', async () => {
    assert.deepEqual(await cli('lint', 'x.py'), { status: 2, out: '', err: "shapewise: unknown command 'lint'\nRun 'shapewise --help' for usage.\n" });
    assert.equal((await cli('check', '--fast', 'x.py')).err, "shapewise: unknown option --fast\nRun 'shapewise --help' for usage.\n");
    assert.equal((await cli('check', '--format', 'xml', 'x.py')).err, "shapewise: unknown format 'xml'; expected one of: text, json, sarif\nRun 'shapewise --help' for usage.\n");
    assert.equal((await cli('check', '--format')).status, 2);
    assert.equal((await cli('check')).status, 2);
    assert.equal((await cli('shapes', 'a.py', 'b.py')).err, "shapewise: shapes needs exactly one file\nRun 'shapewise --help' for usage.\n");
  });

  it('a missing, binary or undecodable file exits 2 naming the file', async () => {
    const missing = path.join(dir, 'nope.py');
    assert.deepEqual(await cli('check', missing), { status: 2, out: '', err: `shapewise: ${missing}: no such file or directory\n` });
    const binary = path.join(dir, 'blob.py');
    writeFileSync(binary, Buffer.from([0x78, 0x00, 0x79]));
    assert.equal((await cli('run', binary)).err, `shapewise: ${binary}: binary file (contains NUL bytes), not Python source\n`);
    const latin = path.join(dir, 'latin.py');
    writeFileSync(latin, Buffer.from('x = "\xe9"\n', 'latin1'));
    assert.equal((await cli('shapes', latin)).err, `shapewise: ${latin}: not valid UTF-8 text; save it as UTF-8 or declare its encoding with a coding comment\n`);
  });

  it('decodes a coding cookie and a BOM like Python', () => {
    assert.equal(decodePythonSource('a.py', Buffer.from('# -*- coding: latin-1 -*-\nx = "\xe9"\n', 'latin1')), '# -*- coding: latin-1 -*-\nx = "é"\n');
    assert.equal(decodePythonSource('a.py', Buffer.from('\ufeffx = 1\n', 'utf8')), 'x = 1\n');
    assert.throws(() => decodePythonSource('a.py', Buffer.from('# coding: klingon\n')), InputError);
  });

  it('expands directories into their .py files, sorted, skipping caches and hidden folders', () => {
    const tree = path.join(dir, 'tree');
    mkdirSync(path.join(tree, 'pkg', '__pycache__'), { recursive: true });
    mkdirSync(path.join(tree, '.venv'), { recursive: true });
    for (const f of ['b.py', 'a.py', 'notes.txt', 'pkg/c.py', 'pkg/__pycache__/c.py', '.venv/v.py']) writeFileSync(path.join(tree, f), 'x = 1\n');
    assert.deepEqual(collectPythonFiles([tree]).map((f) => path.relative(tree, f)), ['a.py', 'b.py', path.join('pkg', 'c.py')]);
  });
});

describe('run limits from the environment', () => {
  it('reads a positive number, 0 as no limit, and falls back on junk', () => {
    assert.equal(limitFromEnv('5000', 60_000), 5000);
    assert.equal(limitFromEnv('0', 60_000), Infinity);
    assert.equal(limitFromEnv(undefined, 60_000), 60_000);
    assert.equal(limitFromEnv('soon', 60_000), 60_000);
    assert.equal(limitFromEnv('-3', Infinity), Infinity);
  });
});
