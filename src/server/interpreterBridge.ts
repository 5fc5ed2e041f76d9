// Adapter from the interpreter's run API (src/interpreter) to the server's RunJob / outcome
// vocabulary. Kept separate so that a change in the interpreter's API touches one file.
import type { RunJob, RunOutcome } from './backend';
import type { RawValue } from './preview';

export interface BridgeOutcome extends Omit<RunOutcome, 'values'> { values: RawValue[] }

export function runSelectionOnInterpreter(job: RunJob): BridgeOutcome {
  void job;
  return {
    kind: 'crash',
    output: '',
    values: [],
    error: { type: 'NotImplementedError', message: 'The evaluator is not part of this build yet.' },
  };
}
