// Run Selection's safety net, with real worker threads: a worker stuck in a loop is
// terminated at the time limit and the run reports it clearly, a worker that exhausts its
// heap reports the memory limit, cancelling stops a run, the server keeps answering hovers
// while a run is stuck, and the previews sent to the panel stay capped for huge arrays.
import { strict as assert } from 'node:assert';
import { CANCEL_RUN_METHOD, RUN_SELECTION_METHOD, type RunResult } from '../../src/protocol/messages';
import { WorkerRunExecutor } from '../../src/server/runner.node';
import { makePreview, PREVIEW_MAX_SIDE, previewAxes } from '../../src/server/preview';
import { inlineSummary } from '../../src/server/summary';
import { startHarness } from './harness';
import { markerAnalyzer } from './markerAnalyzer';

const STUCK_WORKER = "require('node:worker_threads').parentPort.on('message', () => { for (;;) {} });";
const HUNGRY_WORKER = "const keep = []; require('node:worker_threads').parentPort.on('message', () => { for (;;) keep.push(new Array(1e5).fill(Math.random())); });";
const ECHO_WORKER = "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (job) => parentPort.postMessage({ type: 'result', outcome: { kind: 'ok', output: job.source.slice(job.start, job.end), values: [] } }));";
const job = (timeLimitMs: number, memoryLimitMb = 256) => ({ source: 'x = 1\n', start: 0, end: 5, limits: { timeLimitMs, memoryLimitMb } });

describe('server: runs in a killable worker', () => {
  it('a stuck worker is terminated at the time limit with a clear message', async () => {
    const ex = new WorkerRunExecutor({ filename: STUCK_WORKER, options: { eval: true } });
    const r = await ex.run(job(300));
    assert.equal(r.kind, 'timeout');
    assert.equal(r.error?.type, 'TimeoutError');
    assert.match(r.error!.message, /^Stopped after 0\.3 s: the run hit the time limit \(setting shapewise\.run\.timeLimitMs\)/);
    ex.dispose();
  });

  it('a worker that exhausts its heap reports the memory limit', async () => {
    const ex = new WorkerRunExecutor({ filename: HUNGRY_WORKER, options: { eval: true } });
    const r = await ex.run(job(60_000, 32));
    assert.equal(r.kind, 'memory');
    assert.match(r.error!.message, /more than 32 MB/);
    ex.dispose();
  });

  it('cancel stops the run in progress, and the next run gets a fresh worker', async () => {
    const ex = new WorkerRunExecutor({ filename: STUCK_WORKER, options: { eval: true } });
    const pending = ex.run(job(60_000));
    setTimeout(() => ex.cancel(), 50);
    assert.equal((await pending).kind, 'cancelled');
    ex.dispose();
    const echo = new WorkerRunExecutor({ filename: ECHO_WORKER, options: { eval: true } });
    assert.deepEqual(await echo.run(job(10_000)), { kind: 'ok', output: 'x = 1', values: [] });
    assert.deepEqual(await echo.run(job(10_000)), { kind: 'ok', output: 'x = 1', values: [] });
    echo.dispose();
  });

  it('the server answers hovers while a run is stuck, then reports the timeout', async () => {
    const ex = new WorkerRunExecutor({ filename: STUCK_WORKER, options: { eval: true } });
    const h = await startHarness({ analyzer: markerAnalyzer, executor: ex, debounceMs: 5 }, { run: { timeLimitMs: 1500 } });
    const uri = 'file:///t/loop.py';
    await h.open(uri, 'x = 1\nwhile True:\n    pass\n', 1);
    await h.diagnosticsFor(uri, 1);
    // Settings are pulled after `initialized`; wait until the time limit has been applied.
    for (let i = 0; i < 100 && h.server.settings().run.timeLimitMs !== 1500; i++) await new Promise((r) => setTimeout(r, 10));
    const run = h.client.sendRequest(RUN_SELECTION_METHOD, { uri, mode: 'selection', range: { start: { line: 1, character: 0 }, end: { line: 2, character: 8 } } }) as Promise<RunResult>;
    let finished = false;
    void run.then(() => { finished = true; });
    const hover = await h.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }) as { contents: { value: string } };
    assert.equal(finished, false, 'the hover was answered before the run ended');
    assert.equal(hover.contents.value, '`x`: (3, 4) float64');
    const result = await run;
    assert.equal(result.kind, 'timeout');
    assert.equal(result.source, 'while True:\n    pass');
    assert.equal(result.inlineSummary, 'stopped after 1.5 s (time limit)');
    await h.close();
  });

  it('cancel request from the client stops the run', async () => {
    const ex = new WorkerRunExecutor({ filename: STUCK_WORKER, options: { eval: true } });
    const h = await startHarness({ analyzer: markerAnalyzer, executor: ex, debounceMs: 5 });
    const uri = 'file:///t/loop.py';
    await h.open(uri, 'while True:\n    pass\n', 1);
    const run = h.client.sendRequest(RUN_SELECTION_METHOD, { uri, mode: 'line', range: { start: { line: 0, character: 0 }, end: { line: 1, character: 8 } } }) as Promise<RunResult>;
    await new Promise((r) => setTimeout(r, 50));
    await h.client.sendRequest(CANCEL_RUN_METHOD, {});
    const result = await run;
    assert.equal(result.kind, 'cancelled');
    assert.equal(result.inlineSummary, 'run cancelled');
    await h.close();
  });
});

describe('server: value previews for the results panel', () => {
  it('keeps small arrays whole and in row-major order', () => {
    const v = makePreview({ name: 'x', shape: [2, 3], dtype: 'int64', data: [1, 2, 3, 4, 5, 6] });
    assert.deepEqual(v.previewShape, [2, 3]);
    assert.deepEqual(v.data, [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(v.stats, { min: 1, max: 6, mean: 3.5 });
  });

  it('samples a 1000×1000 array down to a bounded grid that keeps both corners', () => {
    const n = 1000;
    const data = new Float64Array(n * n).map((_, i) => i);
    const v = makePreview({ name: 'big', shape: [n, n], dtype: 'float64', data });
    assert.deepEqual(v.previewShape, [PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE]);
    assert.equal(v.data!.length, PREVIEW_MAX_SIDE * PREVIEW_MAX_SIDE);
    assert.equal(v.data![0], 0);
    assert.equal(v.data![v.data!.length - 1], n * n - 1);
    assert.deepEqual(v.stats, { min: 0, max: n * n - 1, mean: (n * n - 1) / 2 });
  });

  it('keeps colour channels of (H, W, 3) whole and the first items of (N, C, H, W)', () => {
    assert.deepEqual(previewAxes([500, 400, 3]).map((a) => a.length), [PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE, 3]);
    assert.deepEqual(previewAxes([64, 3, 32, 32]).map((a) => a.length), [4, 3, 32, 32]);
    assert.deepEqual(previewAxes([64, 3, 32, 32])[0], [0, 1, 2, 3]);
  });

  it('booleans become 0/1, NaN becomes null, strings get no preview', () => {
    assert.deepEqual(makePreview({ name: 'm', shape: [3], dtype: 'bool', data: [true, false, true] }).data, [1, 0, 1]);
    assert.deepEqual(makePreview({ name: 'f', shape: [2], dtype: 'float64', data: [NaN, 1] }).data, [null, 1]);
    assert.equal(makePreview({ name: 's', shape: [2], dtype: '<U3', data: null }).data, undefined);
  });

  it('the inline summary shows the value, or the last array, or the error', () => {
    const base = { id: 'r', uri: 'u', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, mode: 'line' as const, source: 'x', output: '', values: [], durationMs: 1, startedAt: 0 };
    assert.equal(inlineSummary({ ...base, kind: 'ok', valueRepr: 'array([1, 2])' }, 5000), 'array([1, 2])');
    assert.equal(inlineSummary({ ...base, kind: 'ok', values: [{ name: 'x', shape: [3], dtype: 'int64' }] }, 5000), 'x: (3,) int64');
    assert.equal(inlineSummary({ ...base, kind: 'error', error: { type: 'ValueError', message: 'bad' } }, 5000), 'ValueError: bad');
    assert.equal(inlineSummary({ ...base, kind: 'timeout' }, 5000), 'stopped after 5 s (time limit)');
    assert.equal(inlineSummary({ ...base, kind: 'timeout', error: { type: 'TimeoutError', message: 'stopped after 50 steps (step budget exceeded)' } }, 5000),
      'stopped: step budget exceeded (an endless loop?)');
  });
});
