// `shapewise run FILE.py`: runs the file on the bundled interpreter and NumPy engine, writing
// exactly what `python3 FILE.py` would to stdout, the traceback to stderr, and returning the
// exit status (0, or 1 on an uncaught exception). Limits: SHAPEWISE_TIMEOUT_MS / SHAPEWISE_MAX_STEPS.
import { runProgram } from '../interpreter';
import nodePath from 'node:path';
import type { CliIO } from './io';

export function runFile(path: string, source: string, io: CliIO): number {
  const env = typeof process !== 'undefined' ? process.env : {};
  const limits: { timeoutMs?: number; maxSteps?: number } = {};
  if (env.SHAPEWISE_TIMEOUT_MS) limits.timeoutMs = Number(env.SHAPEWISE_TIMEOUT_MS);
  if (env.SHAPEWISE_MAX_STEPS) limits.maxSteps = Number(env.SHAPEWISE_MAX_STEPS);
  // python3 names the main script by its absolute path in tracebacks.
  const filename = nodePath.isAbsolute(path) || !path.endsWith('.py') ? path : nodePath.resolve(path);
  const r = runProgram(source, { filename, limits, onStdout: (s) => io.stdout(s), onStderr: (s) => io.stderr(s) });
  return r.exitCode;
}

/** `run` with already-split arguments (used by tests and the lead's dispatcher alike). */
export function runCommand(args: { path: string; source: string }, io: CliIO): number {
  return runFile(args.path, args.source, io);
}
