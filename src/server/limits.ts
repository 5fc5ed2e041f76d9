// The wording of a run stopped by a limit — one message for the time limit and one for the
// memory limit, naming the setting that controls each — shared by the worker executor (which
// terminates the thread) and the server (which also receives the interpreter's own stop).
import type { RunLimits, RunOutcome } from './backend';

/** How long past the time limit a run's thread or worker may go on before it is terminated. */
export const KILL_GRACE_MS = 750;


export function timeoutOutcome(limits: RunLimits): RunOutcome {
  const seconds = limits.timeLimitMs / 1000;
  return {
    kind: 'timeout', output: '', values: [],
    error: {
      type: 'TimeoutError',
      message: `Stopped after ${seconds} s: the run hit the time limit (setting shapewise.run.timeLimitMs). Is there an endless loop?`,
    },
  };
}

export function memoryOutcome(limits: RunLimits): RunOutcome {
  return {
    kind: 'memory', output: '', values: [],
    error: {
      type: 'MemoryError',
      message: `Stopped: the run needed more than ${limits.memoryLimitMb} MB (setting shapewise.run.memoryLimitMb).`,
    },
  };
}
