// The real Node bundles over a real transport, as another editor (Neovim, Helix, Zed) would use
// them: builds src/server/main.node.ts and the evaluator worker with esbuild into a temp dir,
// spawns `node server.node.js --stdio`, and speaks LSP over its stdin/stdout — diagnostics on
// open with NumPy's message, and Run Selection on a tutorial example printing exactly what
// python3 + NumPy printed (test/e2e/golden.json).
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { RUN_SELECTION_METHOD, type RunResult } from '../../src/protocol/messages';

const ROOT = path.resolve(__dirname, '../..');
const golden: { file: string; error?: { message: string; line: number }; stdout: string; arrays: Record<string, { shape: number[]; dtype: string; data?: number[] }> }[] = JSON.parse(readFileSync(path.join(ROOT, 'test/e2e/golden.json'), 'utf8')).cases;

describe('server: Node bundle over --stdio', function () {
  this.timeout(120_000);
  let dir: string;
  let child: ChildProcess;
  let client: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'shapewise-stdio-'));
    await esbuild.build({
      entryPoints: { 'server/server.node': path.join(ROOT, 'src/server/main.node.ts'), 'server/run-worker.node': path.join(ROOT, 'src/server/runWorker.node.ts') },
      outdir: dir, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', logLevel: 'error',
    });
    child = spawn(process.execPath, [path.join(dir, 'server/server.node.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    client = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { published.push(p); });
    client.onNotification('window/logMessage', () => undefined);
    client.onNotification('shapewise/status', () => undefined);
    client.listen();
    const init = await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} }) as { capabilities: Record<string, unknown>; serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'shapewise');
    assert.equal(init.capabilities.completionProvider, undefined, 'never claims completion (Pylance keeps it)');
    assert.equal(init.capabilities.documentFormattingProvider, undefined, 'never claims formatting');
    await client.sendNotification('initialized', {});
  });

  after(async () => {
    try {
      await client.sendRequest('shutdown');
      await client.sendNotification('exit');
    } catch { /* already gone */ }
    client.dispose();
    if (child.exitCode === null) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("publishes the broadcast error with NumPy's message", async () => {
    const c = golden.find((g) => g.file === 'examples/bugs/01_broadcast_mismatch.py')!;
    const uri = `file://${path.join(ROOT, c.file)}`;
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: readFileSync(path.join(ROOT, c.file), 'utf8') } });
    const deadline = Date.now() + 30_000;
    while (!published.some((p) => p.uri === uri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const p = published.find((x) => x.uri === uri)!;
    assert.deepEqual(p.diagnostics.filter((d) => d.severity === 1).map((d) => [d.range.start.line + 1, String(d.message).split('\n')[0].trim()]), [[c.error!.line, c.error!.message.trim()]]);
  });

  it("Run Selection in the worker thread prints exactly what NumPy printed", async () => {
    const c = golden.find((g) => g.file === 'examples/en_basics/05_1_axis_2d.py')!;
    const uri = `file://${path.join(ROOT, c.file)}`;
    const text = readFileSync(path.join(ROOT, c.file), 'utf8');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
    const lines = text.split('\n');
    const result = await client.sendRequest(RUN_SELECTION_METHOD, {
      uri, mode: 'selection', range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
    }) as RunResult;
    assert.equal(result.kind, 'ok', JSON.stringify(result.error));
    assert.equal(result.output, c.stdout);
    const x = result.values.find((v) => v.name === 'X')!;
    const want = c.arrays.X;
    assert.deepEqual([x.shape, x.dtype, x.previewShape, x.data], [want.shape, want.dtype, want.shape, want.data]);
  });
});
