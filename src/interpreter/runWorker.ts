// The evaluator's message protocol for a worker: the request/response shapes and the pure
// handler that runs one request. It does no I/O itself (the server's worker entry,
// src/server/runWorker.node.ts, owns worker_threads and postMessage and calls handleRunRequest).
import { runProgram, type RunResult } from './program';
import { runSelection, type SelectionResult } from './runSelection';
import type { Limits } from './interp';

export type RunRequest =
  | { type: 'runProgram'; id: number; source: string; filename?: string; limits?: Partial<Limits> }
  | { type: 'runSelection'; id: number; source: string; start: number; end: number; filename?: string; limits?: Partial<Limits> };

export type RunResponse =
  | { type: 'programResult'; id: number; result: RunResult }
  | { type: 'selectionResult'; id: number; result: SelectionResult }
  | { type: 'internalError'; id: number; message: string };

export function handleRunRequest(req: RunRequest): RunResponse {
  try {
    if (req.type === 'runProgram') return { type: 'programResult', id: req.id, result: runProgram(req.source, { filename: req.filename, limits: req.limits }) };
    return { type: 'selectionResult', id: req.id, result: runSelection(req.source, { start: req.start, end: req.end }, { filename: req.filename, limits: req.limits }) };
  } catch (e) {
    return { type: 'internalError', id: req.id, message: e instanceof Error ? e.message : String(e) };
  }
}

export { runProgram, runSelection };
