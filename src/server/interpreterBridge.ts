// Adapter from the interpreter's run API (src/interpreter) to the server's RunJob / outcome
// vocabulary. Kept separate so that a change in the interpreter's API touches one file.
// (Filled in by the interpreter area: runSelection → BridgeOutcome.)
import type { RunJob, RunOutcome } from './backend';
import type { RawValue } from './preview';
import { runSelection } from '../interpreter';

export interface BridgeOutcome extends Omit<RunOutcome, 'values'> { values: RawValue[] }

/** Largest array (in elements) whose data is read for the panel's picture and statistics. */
const MAX_DATA_FOR_PREVIEW = 4_000_000;

export function runSelectionOnInterpreter(job: RunJob): BridgeOutcome {
  const r = runSelection(job.source, { start: job.start, end: job.end }, {
    limits: { timeoutMs: job.limits.timeLimitMs, maxArrayBytes: job.limits.memoryLimitMb * 1024 * 1024 },
    // This runs inside the worker, and execute.ts samples the data down to a small preview
    // before anything crosses to the server, so take whole arrays up to a generous size.
    maxData: MAX_DATA_FOR_PREVIEW,
  });
  const type = r.error?.type;
  const kind = !r.error ? 'ok' : type === 'TimeoutError' ? 'timeout' : type === 'MemoryError' || type === '_ArrayMemoryError' ? 'memory' : 'error';
  const output = r.error ? r.output + r.error.traceback : r.output;
  return {
    kind,
    output,
    valueRepr: r.valueRepr,
    values: r.values.filter((v) => !(v.dtype === '' && /^<(module|function|class|built-in) /.test(v.repr))).map((v) => ({ name: v.name, shape: v.shape, dtype: v.dtype, repr: v.repr, data: v.data, stats: v.stats && v.stats.min !== null ? { min: v.stats.min, max: v.stats.max ?? 0, mean: v.stats.mean ?? 0 } : null })),
    error: r.error ? { type: r.error.type, message: r.error.message, line: r.error.line !== undefined ? r.error.line - 1 : undefined } : undefined,
  };
}
