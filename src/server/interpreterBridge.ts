// Adapter from the interpreter's run API (src/interpreter) to the server's RunJob / outcome
// vocabulary. Kept separate so that a change in the interpreter's API touches one file.
//
// Until the interpreter offers run-selection, a selection runs as a program made of the
// file's top-level imports followed by the selected lines (dedented), so `np` is defined;
// line numbers of errors are mapped back to the document.
import { runProgram } from '../interpreter/program';
import type { RunJob, RunOutcome } from './backend';
import type { RawValue } from './preview';

export interface BridgeOutcome extends Omit<RunOutcome, 'values'> { values: RawValue[] }

const IMPORT_LINE = /^(import\s+\S|from\s+\S+\s+import\s)/;

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)));
}

export function runSelectionOnInterpreter(job: RunJob): BridgeOutcome {
  const before = job.source.slice(0, job.start).split(/\r\n|\r|\n/);
  const firstLine = before.length - 1; // 0-based document line where the selection starts
  const imports = before.slice(0, -1).filter((l) => IMPORT_LINE.test(l));
  const selected = dedent(job.source.slice(job.start, job.end).split(/\r\n|\r|\n/));
  const program = [...imports, ...selected].join('\n') + '\n';
  const r = runProgram(program, {
    filename: '<selection>',
    limits: { timeoutMs: job.limits.timeLimitMs, maxArrayBytes: job.limits.memoryLimitMb * 1024 * 1024 },
  });
  const outcome: BridgeOutcome = { kind: 'ok', output: r.stdout, values: [] };
  if (r.error) {
    const timedOut = r.error.type === 'TimeoutError' && /evaluator stopped/.test(r.error.message);
    outcome.kind = timedOut ? 'timeout' : r.error.type === 'MemoryError' ? 'memory' : 'error';
    const programLine = r.error.line; // 1-based in `program`
    let line: number | undefined;
    if (programLine !== undefined && programLine > imports.length) line = firstLine + programLine - imports.length - 1;
    outcome.error = { type: r.error.type, message: r.error.message, line };
  }
  return outcome;
}
