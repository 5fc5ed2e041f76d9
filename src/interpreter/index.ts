// Public API of the interpreter: run a whole program (runProgram, like `python3 FILE.py`),
// run a selection against the file above it (runSelection), and the worker message handler.
export { runProgram, type RunOptions, type RunResult } from './program';
export { runSelection, clearSelectionCache, type SelectionResult, type SelectionValue, type SelectionRange, type SelectionOptions } from './runSelection';
export { handleRunRequest, type RunRequest, type RunResponse } from './runWorker';
export { DEFAULT_LIMITS, type Limits } from './interp';
