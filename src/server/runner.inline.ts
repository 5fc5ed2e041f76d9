// The in-process run executor, for the browser build (and the CLI): runs the job on the
// calling thread. The interpreter's own step and memory budgets stop runaway programs; the
// wall-clock limit is passed to it as well, since nothing here can preempt it.
import type { RunExecutor, RunJob, RunOutcome } from './backend';
import { executeJob } from './execute';

export class InlineRunExecutor implements RunExecutor {
  async run(job: RunJob): Promise<RunOutcome> {
    return executeJob(job);
  }
  cancel(): void {}
  dispose(): void {}
}
