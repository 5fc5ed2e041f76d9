// The browser run executor (VS Code for the Web): runs each job in a nested web worker spawned
// by the language-server worker, terminates it when the user cancels or the time limit passes,
// and respawns lazily — the browser counterpart of runner.node.ts. The server worker never runs
// user code, so diagnostics and hovers keep answering during a long run, and Stop Running stops
// at once (an in-process run could only stop at the interpreter's own limits).
import type { RunExecutor, RunJob, RunOutcome } from './backend';
import { KILL_GRACE_MS, timeoutOutcome } from './limits';

/** What the executor needs of a browser Worker (a structural subset, so tests can fake it). */
export interface RunWorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

export class NestedWorkerRunExecutor implements RunExecutor {
  private worker: RunWorkerLike | undefined;
  private current: ((outcome?: RunOutcome) => void) | undefined;

  constructor(private readonly spawn: () => RunWorkerLike, private readonly log: (msg: string) => void = () => undefined) {}

  private ensureWorker(): RunWorkerLike {
    if (!this.worker) {
      const started = Date.now();
      this.worker = this.spawn();
      this.log(`evaluator web worker started in ${Date.now() - started} ms`);
    }
    return this.worker;
  }

  private kill() {
    const w = this.worker;
    this.worker = undefined;
    if (w) {
      w.onmessage = null;
      w.onerror = null;
      w.terminate();
    }
  }

  run(job: RunJob): Promise<RunOutcome> {
    this.cancel(); // a new run supersedes one still going
    const worker = this.ensureWorker();
    return new Promise<RunOutcome>((resolve) => {
      let done = false;
      const finish = (outcome: RunOutcome, killWorker: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (this.current === cancel) this.current = undefined;
        if (killWorker && this.worker === worker) this.kill();
        else if (this.worker === worker) worker.onmessage = worker.onerror = null;
        resolve(outcome);
      };
      const cancel = (outcome?: RunOutcome) => finish(outcome ?? {
        kind: 'cancelled', output: '', values: [], error: { type: 'KeyboardInterrupt', message: 'Run cancelled.' },
      }, true);
      // The interpreter stops itself at the time limit (with the line it was on); terminating the
      // worker is the backstop for code that never returns to the interpreter's loop.
      const timer = setTimeout(() => finish(timeoutOutcome(job.limits), true), job.limits.timeLimitMs + KILL_GRACE_MS);
      this.current = cancel;
      worker.onmessage = (event) => {
        const msg = event.data as { type?: string; outcome?: RunOutcome };
        if (msg?.type === 'result' && msg.outcome) finish(msg.outcome, false);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        this.log(`evaluator web worker failed: ${event.message ?? 'unknown error'}`);
        finish({ kind: 'crash', output: '', values: [], error: { type: 'InternalError', message: `the evaluator stopped: ${event.message ?? 'unknown error'}` } }, true);
      };
      worker.postMessage(job);
    });
  }

  cancel(): void {
    this.current?.();
  }

  dispose(): void {
    this.cancel();
    this.kill();
  }
}
