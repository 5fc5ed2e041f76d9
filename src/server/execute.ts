// Runs one job on the bundled interpreter and shapes its answer for the protocol: output,
// value repr, values with capped previews, and the error with where it was raised. Shared by
// the Node worker thread (runWorker.node.ts) and the in-process executor of the browser build.
// This is the only file of the server that knows the interpreter's API.
import type { RunJob, RunOutcome } from './backend';
import { makePreview, type RawValue } from './preview';
import { runSelectionOnInterpreter } from './interpreterBridge';

export function executeJob(job: RunJob): RunOutcome {
  try {
    const r = runSelectionOnInterpreter(job);
    return {
      kind: r.kind,
      output: r.output,
      valueRepr: r.valueRepr,
      values: r.values.map((v: RawValue) => makePreview(v)),
      error: r.error,
    };
  } catch (err) {
    return {
      kind: 'crash',
      output: '',
      values: [],
      error: { type: 'InternalError', message: `Shapewise's evaluator failed: ${(err as Error)?.message ?? err}` },
    };
  }
}
