// The browser run executor (src/server/runner.webworker.ts) against a fake nested worker: a
// result passes through and the worker is reused, Stop Running ends a run at once with
// 'cancelled' and terminates the worker (a fresh one serves the next run), the time-limit
// backstop terminates a worker that never answers, and a worker error becomes a 'crash'.
import { strict as assert } from 'node:assert';
import type { RunJob, RunOutcome } from '../../src/server/backend';
import { NestedWorkerRunExecutor, type RunWorkerLike } from '../../src/server/runner.webworker';

class FakeWorker implements RunWorkerLike {
  onmessage: RunWorkerLike['onmessage'] = null;
  onerror: RunWorkerLike['onerror'] = null;
  jobs: RunJob[] = [];
  terminated = false;
  constructor(private readonly answer: boolean) {}
  postMessage(job: RunJob) {
    this.jobs.push(job);
    const outcome: RunOutcome = { kind: 'ok', output: `ran ${job.source.slice(job.start, job.end)}\n`, values: [] };
    if (this.answer) setTimeout(() => this.onmessage?.({ data: { type: 'result', outcome } }), 5);
  }
  terminate() { this.terminated = true; }
}

const job = (code: string, timeLimitMs = 5000): RunJob => ({ source: code, start: 0, end: code.length, limits: { timeLimitMs, memoryLimitMb: 512 } });

describe('server: nested web worker run executor', () => {
  it('passes the worker\'s result through and reuses the worker', async () => {
    const spawned: FakeWorker[] = [];
    const ex = new NestedWorkerRunExecutor(() => { const w = new FakeWorker(true); spawned.push(w); return w; });
    assert.equal((await ex.run(job('a = 1'))).output, 'ran a = 1\n');
    assert.equal((await ex.run(job('b = 2'))).output, 'ran b = 2\n');
    assert.equal(spawned.length, 1);
    assert.equal(spawned[0].terminated, false);
    ex.dispose();
    assert.equal(spawned[0].terminated, true);
  });

  it('Stop Running ends the run with cancelled and terminates the worker; the next run gets a new one', async () => {
    const spawned: FakeWorker[] = [];
    let answer = false;
    const ex = new NestedWorkerRunExecutor(() => { const w = new FakeWorker(answer); spawned.push(w); return w; });
    const running = ex.run(job('while True: pass'));
    ex.cancel();
    const outcome = await running;
    assert.equal(outcome.kind, 'cancelled');
    assert.equal(outcome.error?.type, 'KeyboardInterrupt');
    assert.equal(spawned[0].terminated, true);
    answer = true;
    assert.equal((await ex.run(job('c = 3'))).output, 'ran c = 3\n');
    assert.equal(spawned.length, 2);
    ex.dispose();
  });

  it('terminates a worker that never answers once the time limit (plus grace) has passed', async () => {
    const spawned: FakeWorker[] = [];
    const ex = new NestedWorkerRunExecutor(() => { const w = new FakeWorker(false); spawned.push(w); return w; });
    const outcome = await ex.run(job('while True: pass', 100));
    assert.equal(outcome.kind, 'timeout');
    assert.match(outcome.error!.message, /shapewise\.run\.timeLimitMs/);
    assert.equal(spawned[0].terminated, true);
  });

  it('a worker error becomes a crash outcome with the error text', async () => {
    const w = new FakeWorker(false);
    const ex = new NestedWorkerRunExecutor(() => w);
    const running = ex.run(job('x'));
    w.onerror?.({ message: 'Uncaught RangeError: boom' });
    const outcome = await running;
    assert.equal(outcome.kind, 'crash');
    assert.match(outcome.error!.message, /boom/);
    assert.equal(w.terminated, true);
  });
});
