// The server's LSP plumbing, over an in-process connection with a small marker analyzer (a
// test double that flags the text `BAD`): offsets become positions, diagnostics carry the
// version they were computed for and a burst of edits publishes only the last one, per-code
// severities and the silent-broadcast switch apply live from workspace/configuration, and
// hover, inlay hints and quick fixes arrive where the analyzer put them.
import { strict as assert } from 'node:assert';
import { FILE_SHAPES_METHOD, type FileShapesResult } from '../../src/protocol/messages';
import { idleExecutor, startHarness, type Harness } from './harness';
import { markerAnalyzer } from './markerAnalyzer';

describe('server: LSP plumbing (in-process connection)', () => {
  let h: Harness;
  const uri = 'file:///t/a.py';
  beforeEach(async () => {
    h = await startHarness({ analyzer: markerAnalyzer, executor: idleExecutor, debounceMs: 20 });
  });
  afterEach(() => h.close());

  it('publishes diagnostics on open, with ranges from offsets and the document version', async () => {
    const next = h.nextDiagnostics(uri);
    await h.open(uri, 'a = 1\nb = BAD + 2\n', 7);
    const p = await next;
    assert.equal(p.version, 7);
    assert.deepEqual(p.diagnostics.map((d) => [d.range.start, d.range.end, d.code, d.severity, d.source]), [
      [{ line: 1, character: 4 }, { line: 1, character: 7 }, 'shape-mismatch', 1, 'shapewise'],
    ]);
  });

  it('a burst of edits publishes only the newest version, never a stale one', async () => {
    await h.close();
    // A quiet period far longer than the in-memory round trip, so the burst is one burst.
    h = await startHarness({ analyzer: markerAnalyzer, executor: idleExecutor, debounceMs: 300 });
    await h.open(uri, 'a = 1\n', 1);
    await h.nextDiagnostics(uri, 1);
    const last = h.nextDiagnostics(uri, 6);
    await Promise.all([2, 3, 4, 5, 6].map((v) => h.change(uri, v, `${'BAD '.repeat(v)}\n`)));
    const p = await last;
    assert.equal(p.diagnostics.length, 6);
    await h.server.idle();
    assert.deepEqual(h.published.filter((x) => x.uri === uri).map((x) => x.version), [1, 6]);
  });

  it('per-code severities and the silent-broadcast switch apply without a restart', async () => {
    await h.open(uri, 'BAD SB\n', 1);
    assert.deepEqual((await h.nextDiagnostics(uri, 1)).diagnostics.map((d) => [d.code, d.severity]), [
      ['shape-mismatch', 1], ['silent-broadcast', 2],
    ]);
    h.settings = { diagnostics: { severity: { 'shape-mismatch': 'hint' }, silentBroadcast: false } };
    const next = h.nextDiagnostics(uri, 1);
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await next).diagnostics.map((d) => [d.code, d.severity]), [['shape-mismatch', 4]]);
    h.settings = { diagnostics: { severity: { 'shape-mismatch': 'off' } } };
    const off = h.nextDiagnostics(uri, 1);
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await off).diagnostics.map((d) => d.code), ['silent-broadcast']);
  });

  it('closing a document clears its diagnostics', async () => {
    await h.open(uri, 'BAD\n', 1);
    await h.nextDiagnostics(uri, 1);
    const cleared = h.nextDiagnostics(uri);
    await h.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('hover, inlay hints, quick fixes and file shapes land on the right positions', async () => {
    await h.open(uri, 'import numpy as np\nx = BAD\n', 1);
    const hover = await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 0 } }) as any;
    assert.deepEqual(hover.contents, { kind: 'markdown', value: '`x`: (3, 4) float64' });
    assert.deepEqual(hover.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } });
    const none = await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(none, null);

    const hints = await h.client.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } }) as any[];
    assert.deepEqual(hints.map((x) => [x.position, x.label]), [[{ line: 1, character: 1 }, ': (3, 4)']]);

    const diag = (await h.diagnosticsFor(uri, 1)).diagnostics;
    const actions = await h.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: diag[0].range, context: { diagnostics: diag },
    }) as any[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].isPreferred, true);
    assert.deepEqual(actions[0].edit.changes[uri], [{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } }, newText: 'GOOD' }]);
    assert.deepEqual(actions[0].diagnostics.map((d: any) => d.code), ['shape-mismatch']);

    const shapes = await h.client.sendRequest(FILE_SHAPES_METHOD, { uri }) as FileShapesResult;
    assert.deepEqual(shapes.shapes, [{ name: 'x', line: 1, shape: '(3, 4)', dtype: 'float64' }]);
  });

  it('inlay hints switch off live', async () => {
    await h.open(uri, 'x = 1\n', 1);
    await h.nextDiagnostics(uri, 1);
    h.settings = { inlayHints: { enable: false } };
    await h.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await h.server.idle();
    // The server re-reads settings asynchronously; wait until it has applied them.
    for (let i = 0; i < 50 && h.server.settings().inlayHints.enable; i++) await new Promise((r) => setTimeout(r, 10));
    const hints = await h.client.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } }) as any[];
    assert.deepEqual(hints, []);
  });

  it('an analyzer that throws yields no diagnostics instead of a crash', async () => {
    await h.close();
    h = await startHarness({ analyzer: () => { throw new Error('boom'); }, executor: idleExecutor, debounceMs: 5 });
    await h.open(uri, 'x = 1\n', 1);
    assert.deepEqual((await h.nextDiagnostics(uri, 1)).diagnostics, []);
    const hover = await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(hover, null);
  });

  describe('a large document is first analysed plainly, then recorded for reuse', () => {
    const big = `${'x = 1\n'.repeat(20_000)}BAD\n`;
    // Each analysis as 'plain' (kept parse, nothing recorded) or 'recorded'; always with the key.
    const calls: string[] = [];
    const spy: typeof markerAnalyzer = (source, options) => {
      assert.equal(options.documentKey, uri);
      calls.push(options.recordStatements === false ? 'plain' : 'recorded');
      return markerAnalyzer(source, options);
    };
    const waitFor = async (test: () => boolean) => {
      for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 10));
    };

    it('on opening: a plain analysis, then once idle the recorded one', async () => {
      await h.close();
      calls.length = 0;
      h = await startHarness({ analyzer: spy, executor: idleExecutor, debounceMs: 20 });
      await h.open(uri, big, 1);
      assert.equal((await h.nextDiagnostics(uri, 1)).diagnostics.length, 1);
      await waitFor(() => calls.length >= 2);
      assert.deepEqual(calls, ['plain', 'recorded']);
      // Later edits are recorded analyses too.
      await h.change(uri, 2, big + 'BAD\n');
      assert.equal((await h.nextDiagnostics(uri, 2)).diagnostics.length, 2);
      assert.deepEqual(calls, ['plain', 'recorded', 'recorded']);
    });

    it('an edit before the warm-up is itself the recorded analysis (no extra one)', async () => {
      await h.close();
      calls.length = 0;
      h = await startHarness({ analyzer: spy, executor: idleExecutor, debounceMs: 200 });
      await h.open(uri, big, 1);
      await h.nextDiagnostics(uri, 1);
      await h.change(uri, 2, big + 'BAD\n');
      await h.nextDiagnostics(uri, 2);
      await new Promise((r) => setTimeout(r, 450));
      assert.deepEqual(calls, ['plain', 'recorded']);
    });

    it('a small document is recorded from its first analysis', async () => {
      await h.close();
      calls.length = 0;
      h = await startHarness({ analyzer: spy, executor: idleExecutor, debounceMs: 20 });
      await h.open(uri, 'BAD\n', 1);
      await h.nextDiagnostics(uri, 1);
      await new Promise((r) => setTimeout(r, 80));
      assert.deepEqual(calls, ['recorded']);
    });
  });
});
