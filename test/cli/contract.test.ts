// The command-line contract as a user meets it (README "Command line"), tested from outside:
// JSON record shapes of check/shapes, exit codes 0/1/2, SARIF 2.1.0 structure (and URIs for
// paths with spaces or non-ASCII letters), directories, standard input ('-'), CRLF sources, a
// closed stdout pipe, and the language server over stdio (initialize, didOpen, diagnostics,
// hover, shutdown, exit) through the built bin/shapewise.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sarifUri } from '../../src/cli/check';
import { main } from '../../src/cli/main';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'shapewise');

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { status, out, err };
}

const BUG = 'import numpy as np\n\nX = np.ones((32, 10))\nb = np.zeros(32)\nY = X + b\n';
const SILENT = 'import numpy as np\n\ny = np.zeros((100, 1))\np = np.zeros(100)\ne = y - p\n';
const CLEAN = 'import numpy as np\n\nx = np.arange(6).reshape(2, 3)\nprint(x.sum(axis=0))\n';

describe('cli contract (QA)', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shapewise-qa-cli-'));
  const tree = path.join(dir, 'proj ü');
  mkdirSync(path.join(tree, 'sub dir'), { recursive: true });
  const bug = path.join(tree, 'bug.py');
  const silent = path.join(tree, 'sub dir', 'silent café.py');
  const clean = path.join(tree, 'clean.py');
  writeFileSync(bug, BUG);
  writeFileSync(silent, SILENT);
  writeFileSync(clean, CLEAN);

  it('exit status: 0 clean, 0 with only warnings, 1 with an error, 2 for a missing file among good ones', async () => {
    assert.equal((await cli('check', clean)).status, 0);
    assert.equal((await cli('check', silent)).status, 0);
    assert.equal((await cli('check', bug)).status, 1);
    assert.equal((await cli('check', clean, path.join(dir, 'missing.py'))).status, 2);
  });

  it('an undecodable file in a directory is reported, the others are still checked, exit 2', async () => {
    const mixed = path.join(dir, 'mixed');
    mkdirSync(mixed);
    writeFileSync(path.join(mixed, 'a.py'), BUG);
    writeFileSync(path.join(mixed, 'b.py'), Buffer.from('x = "\xe9"\n', 'latin1'));
    const r = await cli('check', '--format', 'json', mixed);
    assert.equal(r.status, 2);
    assert.deepEqual(JSON.parse(r.out).map((d: { file: string; line: number }) => [path.basename(d.file), d.line]), [['a.py', 5]]);
    assert.equal(r.err, `shapewise: ${path.join(mixed, 'b.py')}: not valid UTF-8 text; save it as UTF-8 or declare its encoding with a coding comment\n`);
  });

  it('check --format json on a directory: one record per diagnostic, README fields and types', async () => {
    const r = await cli('check', '--format', 'json', tree);
    assert.equal(r.status, 1);
    const records = JSON.parse(r.out) as Record<string, unknown>[];
    assert.deepEqual(records.map((d) => [d.file, d.line, d.severity, d.code]), [
      [bug, 5, 'error', 'broadcast-mismatch'],
      [silent, 5, 'warning', 'silent-broadcast'],
    ]);
    for (const d of records) {
      assert.deepEqual(Object.keys(d).sort(), ['code', 'column', 'endColumn', 'endLine', 'file', 'line', 'message', 'severity']);
      for (const k of ['line', 'column', 'endLine', 'endColumn']) assert.ok(Number.isInteger(d[k]) && (d[k] as number) >= 1, `${k} is a 1-based integer`);
    }
    assert.deepEqual(JSON.parse((await cli('check', '--format', 'json', clean)).out), []);
  });

  it('shapes --format json: {line,name,shape,dtype} per module-level assignment', async () => {
    const r = await cli('shapes', '--format', 'json', bug);
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.out), [
      { line: 3, name: 'X', shape: [32, 10], dtype: 'float64' },
      { line: 4, name: 'b', shape: [32], dtype: 'float64' },
      { line: 5, name: 'Y', shape: null, dtype: null },
    ]);
  });

  it('SARIF 2.1.0: required structure, rule indices that point at their rule, URI references', async () => {
    const r = await cli('check', '--format', 'sarif', tree);
    assert.equal(r.status, 1);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    assert.ok(Array.isArray(log.runs) && log.runs.length === 1);
    const run = log.runs[0];
    assert.equal(typeof run.tool.driver.name, 'string');
    const rules = run.tool.driver.rules as { id: string; defaultConfiguration?: { level: string } }[];
    assert.equal(new Set(rules.map((x) => x.id)).size, rules.length, 'rule ids are unique');
    const levels = ['none', 'note', 'warning', 'error'];
    for (const rule of rules) if (rule.defaultConfiguration) assert.ok(levels.includes(rule.defaultConfiguration.level), rule.id);
    assert.equal(run.results.length, 2);
    for (const res of run.results) {
      assert.ok(levels.includes(res.level));
      assert.equal(typeof res.message.text, 'string');
      assert.equal(rules[res.ruleIndex].id, res.ruleId);
      const loc = res.locations[0].physicalLocation;
      assert.doesNotThrow(() => new URL(loc.artifactLocation.uri), 'an absolute path becomes a valid file: URI');
      assert.ok(!/[ \u00e9\u00fc]/.test(loc.artifactLocation.uri), `percent-encoded: ${loc.artifactLocation.uri}`);
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
    }
    assert.equal(decodeURIComponent(new URL(run.results[1].locations[0].physicalLocation.artifactLocation.uri).pathname), silent);
  });

  it('SARIF URIs: relative paths keep their folders, segments are percent-encoded', () => {
    assert.equal(sarifUri(path.join('src', 'my model.py')), 'src/my%20model.py');
    assert.equal(sarifUri('café.py'), 'caf%C3%A9.py');
    assert.equal(sarifUri('/tmp/a b.py'), 'file:///tmp/a%20b.py');
  });

  it('CRLF sources run and check like LF ones', async () => {
    const crlf = path.join(dir, 'crlf.py');
    writeFileSync(crlf, BUG.replace(/\n/g, '\r\n'));
    const lines = JSON.parse((await cli('check', '--format', 'json', crlf)).out).map((d: { line: number; column: number }) => [d.line, d.column]);
    const lf = JSON.parse((await cli('check', '--format', 'json', bug)).out).map((d: { line: number; column: number }) => [d.line, d.column]);
    assert.deepEqual(lines, lf);
    const cleanCrlf = path.join(dir, 'clean_crlf.py');
    writeFileSync(cleanCrlf, CLEAN.replace(/\n/g, '\r\n'));
    const r = await cli('run', cleanCrlf);
    assert.deepEqual([r.status, r.out], [0, (await cli('run', clean)).out]);
  });

  it('run names the script by its absolute path in tracebacks, as python3 does', async () => {
    const failing = path.join(dir, 'fails.py');
    writeFileSync(failing, 'x = 1 / 0\n');
    const r = await cli('run', path.relative(process.cwd(), failing));
    assert.equal(r.status, 1);
    assert.match(r.err, new RegExp(`File "${failing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}", line 1, in <module>`));
  });

  it("'-' reads the program from standard input, named <stdin> like python3", () => {
    const run = spawnSync(process.execPath, [BIN, 'run', '-'], { input: 'import numpy as np\nprint(np.arange(3))\n1/0\n', encoding: 'utf8' });
    assert.equal(run.stdout, '[0 1 2]\n');
    assert.equal(run.status, 1);
    assert.match(run.stderr, /File "<stdin>", line 3, in <module>/);
    const check = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '-'], { input: BUG, encoding: 'utf8' });
    assert.equal(check.status, 1);
    assert.deepEqual(JSON.parse(check.stdout).map((d: { file: string; line: number }) => [d.file, d.line]), [['<stdin>', 5]]);
  });

  it('a closed stdout pipe (| head) ends the run quietly, without a stack trace', async () => {
    const big = path.join(dir, 'big.py');
    writeFileSync(big, 'import numpy as np\nfor i in range(3000):\n    print(np.arange(i % 7))\n');
    const child = spawn(process.execPath, [BIN, 'run', big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.doesNotMatch(err, /EPIPE|Unhandled 'error' event/);
    assert.equal(status, 0);
  });

  it('the language server over stdio: diagnostics on open, hover with the shape, clean shutdown', async () => {
    const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = Buffer.alloc(0);
    const messages: { id?: number; method?: string; params?: any; result?: any }[] = [];
    const waiters: (() => void)[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) break;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())![1]);
        if (buffer.length < head + 4 + length) break;
        messages.push(JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString('utf8')));
        buffer = buffer.subarray(head + 4 + length);
      }
      waiters.splice(0).forEach((w) => w());
    });
    const send = (msg: object) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }), 'utf8');
      child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      child.stdin.write(body);
    };
    const waitFor = async <T>(pick: () => T | undefined): Promise<T> => {
      for (;;) {
        const found = pick();
        if (found !== undefined) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    };
    const uri = 'file:///tmp/qa_lsp_bug.py';
    send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const init = await waitFor(() => messages.find((m) => m.id === 1));
    assert.ok(init.result.capabilities.hoverProvider, 'hover is offered');
    send({ method: 'initialized', params: {} });
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'python', version: 1, text: BUG } } });
    const diags = await waitFor(() => messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0));
    assert.deepEqual(diags.params.diagnostics.map((d: any) => [d.range.start.line, d.severity, d.code]), [[4, 1, 'broadcast-mismatch']]);
    send({ id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 2, character: 0 } } });
    const hover = await waitFor(() => messages.find((m) => m.id === 2));
    assert.match(JSON.stringify(hover.result), /32, 10/);
    // Fixing the bug clears the diagnostics (never stale); an edit that breaks it again brings them back.
    send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: BUG.replace('np.zeros(32)', 'np.zeros(10)') }] } });
    await waitFor(() => messages.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length === 0));
    const published = messages.length;
    send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 3 }, contentChanges: [{ text: BUG.replace('np.zeros(32)', 'np.zeros(7)') }] } });
    const again = await waitFor(() => messages.slice(published).find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.diagnostics.length > 0));
    assert.match(again.params.diagnostics[0].message, /\(32,10\) \(7,\)/);
    send({ id: 3, method: 'shutdown' });
    await waitFor(() => messages.find((m) => m.id === 3));
    send({ method: 'exit' });
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.equal(status, 0);
  });

  it('leaves the tree as it was (no stray files from the runs above)', () => {
    assert.equal(readFileSync(bug, 'utf8'), BUG);
  });
});
