// The Node run executor: runs each job in a worker thread with V8 heap limits, terminates it
// when the time limit passes or the user cancels, and respawns lazily. The server's main
// thread never runs user code, so diagnostics and hovers keep answering during a long run.
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { RunExecutor, RunJob, RunLimits, RunOutcome } from './backend';
import { KILL_GRACE_MS, memoryOutcome, timeoutOutcome } from './limits';

export { KILL_GRACE_MS, memoryOutcome, timeoutOutcome };

export interface WorkerSpawn { filename: string; options?: WorkerOptions }

export class WorkerRunExecutor implements RunExecutor {
  private worker: Worker | undefined;
  private workerMemoryMb = 0;
  private current: ((outcome?: RunOutcome) => void) | undefined;

  constructor(private readonly spawn: WorkerSpawn, private readonly log: (msg: string) => void = () => undefined) {}

  private ensureWorker(limits: RunLimits): Worker {
    if (this.worker && this.workerMemoryMb === limits.memoryLimitMb) return this.worker;
    this.kill();
    const started = Date.now();
    this.worker = new Worker(this.spawn.filename, {
      ...this.spawn.options,
      // A deep stack lets Python recursion reach CPython's limit of 1000 frames before the
      // interpreter's own RecursionError fires (Node's default stack stops at about 480).
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryLimitMb, stackSizeMb: 64, ...this.spawn.options?.resourceLimits },
      stdout: true,
      stderr: true,
    });
    this.worker.unref();
    this.workerMemoryMb = limits.memoryLimitMb;
    this.log(`evaluator worker started in ${Date.now() - started} ms`);
    return this.worker;
  }

  private kill() {
    const w = this.worker;
    this.worker = undefined;
    if (w) {
      w.removeAllListeners();
      void w.terminate();
    }
  }

  run(job: RunJob): Promise<RunOutcome> {
    // A new run supersedes one still going.
    this.cancel();
    const worker = this.ensureWorker(job.limits);
    return new Promise<RunOutcome>((resolve) => {
      let done = false;
      const finish = (outcome: RunOutcome, killWorker: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (this.current === cancel) this.current = undefined;
        if (killWorker && this.worker === worker) this.kill();
        resolve(outcome);
      };
      const onMessage = (msg: { type: string; outcome: RunOutcome }) => {
        if (msg?.type === 'result') finish(msg.outcome, false);
      };
      const onError = (err: Error & { code?: string }) => {
        const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /heap|memory/i.test(err.message);
        this.log(`evaluator worker failed: ${err.message}`);
        finish(oom ? memoryOutcome(job.limits) : {
          kind: 'crash', output: '', values: [], error: { type: 'InternalError', message: err.message },
        }, true);
      };
      const onExit = (code: number) => {
        finish({ kind: 'crash', output: '', values: [], error: { type: 'InternalError', message: `the evaluator stopped (exit code ${code})` } }, true);
      };
      const cancel = (outcome?: RunOutcome) => finish(outcome ?? {
        kind: 'cancelled', output: '', values: [], error: { type: 'KeyboardInterrupt', message: 'Run cancelled.' },
      }, true);
      // The interpreter stops itself at the time limit (with the line it was on); terminating the
      // thread is the backstop for code that never returns to the interpreter's loop.
      const timer = setTimeout(() => finish(timeoutOutcome(job.limits), true), job.limits.timeLimitMs + KILL_GRACE_MS);
      this.current = cancel;
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
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
