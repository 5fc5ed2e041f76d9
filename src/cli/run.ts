// `shapewise run FILE.py`: runs the file on the bundled interpreter and NumPy engine, writing
// exactly what `python3 FILE.py` would to stdout, the traceback to stderr, and returning the
// exit status (0, or 1 on an uncaught exception). Like `python3 FILE.py`, a program runs until it
// ends: no wall-clock limit and no step budget by default (QA-19: an honest training loop must not
// be cut off). SHAPEWISE_TIMEOUT_MS / SHAPEWISE_MAX_STEPS opt in to limits (0 means none); the
// sandbox's memory cap and recursion limit stay. The editor keeps the interpreter's own 10 s /
// 50M-step defaults, so a runaway selection still ends there.
import { runProgram } from '../interpreter';
import { installHeapCollector } from '../engine/wasm/collector.node';
import nodePath from 'node:path';
import type { CliIO } from './io';

export function runFile(path: string, source: string, io: CliIO): number {
  const limits = cliLimits(typeof process !== 'undefined' ? process.env : {});
  // python3 names the main script by its absolute path in tracebacks.
  const filename = nodePath.isAbsolute(path) || !path.endsWith('.py') ? path : nodePath.resolve(path);
  installHeapCollector(); // garbage arrays hand their heap blocks back during the run (QA-38)
  const r = runProgram(source, { filename, limits, onStdout: (s) => io.stdout(s), onStderr: (s) => io.stderr(s) });
  return r.exitCode;
}

/** The run limits of the CLI: none unless the environment asks for them. */
export function cliLimits(env: Record<string, string | undefined>): { timeoutMs: number; maxSteps: number } {
  return {
    timeoutMs: limitFromEnv(env.SHAPEWISE_TIMEOUT_MS, Infinity),
    maxSteps: limitFromEnv(env.SHAPEWISE_MAX_STEPS, Infinity),
  };
}

/** A limit from the environment: a positive number, 0 for "no limit", or the default when unset or unreadable. */
export function limitFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return n === 0 ? Infinity : n;
}

/** `run` with already-split arguments (used by tests and the lead's dispatcher alike). */
export function runCommand(args: { path: string; source: string }, io: CliIO): number {
  return runFile(args.path, args.source, io);
}
