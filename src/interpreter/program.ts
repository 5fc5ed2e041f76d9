// runProgram: run a whole Python file the way `python3 FILE.py` would, returning its stdout,
// stderr (Python-format traceback on an uncaught exception) and exit status. Also the shared
// pieces run-selection uses: creating a fresh interpreter with builtins and modules, and
// formatting an uncaught exception as CPython's traceback.
import { parse } from '../python';
import type { Module } from '../python';
import { Interpreter, Limits, Scope } from './interp';
import { PyThrow, SandboxAbort, T, pyErr } from './types';
import { PyInstance, type TracebackEntry } from './values';
import { excStr, str } from './runtime';
import { makeBuiltins } from './builtins';
import { installMethods } from './methods';
import { installStdModules } from './stdmodules';
import { installNumpy } from './npfuncs';
import { compileWarnings, installFpListener } from './pywarnings';
import { installNumpyWarnings } from './npwarnings';
import { installBufferFunctions } from './npbuffer';

export interface RunOptions {
  filename?: string;
  limits?: Partial<Limits>;
  /** Clock for the wall-clock limit (default Date.now). */
  now?: () => number;
  /** Streamed output; the result also carries the full text. */
  onStdout?: (s: string) => void;
  onStderr?: (s: string) => void;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** The uncaught exception, if any: its Python type name and message. */
  error?: { type: string; message: string; line?: number };
  steps: number;
}

let installed = false;
let sharedBuiltins: Map<string, import('./values').PyValue> | null = null;
function setup(): void {
  if (installed) return;
  installed = true;
  installMethods();
  installStdModules();
  installNumpy();
  installNumpyWarnings();
  installBufferFunctions();
  installFpListener();
  sharedBuiltins = makeBuiltins();
}

/** Registers an extra module set (the NumPy binding calls this at import time). */
export const extraSetup: (() => void)[] = [];

export function newInterpreter(opts: { limits?: Partial<Limits>; stdout: (s: string) => void; stderr: (s: string) => void; now?: () => number }): Interpreter {
  setup();
  for (const f of extraSetup.splice(0)) f();
  return new Interpreter(sharedBuiltins!, opts);
}

/** The last line of a Python traceback: `ValueError: message` (or just the type name). */
export function exceptionLine(exc: PyInstance): string {
  let msg: string;
  try {
    msg = excStr(exc);
  } catch {
    msg = '<exception str() failed>';
  }
  const cls = exc.cls;
  const shown = cls.tracebackName ?? cls.name;
  const name = cls.module === 'builtins' || cls.module === '__main__' ? shown : `${cls.module}.${shown}`;
  return msg ? `${name}: ${msg}` : name;
}

/** CPython's traceback text for an uncaught exception (with its context chain). */
export function formatTraceback(exc: PyInstance, lines: string[]): string {
  let out = '';
  const cause = exc.dict.get('__cause__');
  if (cause instanceof PyInstance && cause !== exc) {
    out += formatTraceback(cause, lines) + '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (exc.context && exc.context !== exc && !exc.dict.has('__cause__')) {
    out += formatTraceback(exc.context, lines) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  out += 'Traceback (most recent call last):\n';
  const tb = exc.traceback ?? [];
  let repeats = 0;
  for (let i = 0; i < tb.length; i++) {
    const f = tb[i];
    const prev = tb[i - 1];
    // CPython shows a run of identical frames three times, then counts the rest.
    if (prev && prev.filename === f.filename && prev.line === f.line && prev.name === f.name) repeats++;
    else {
      if (repeats > 2) out += `  [Previous line repeated ${repeats - 2} more time${repeats - 2 > 1 ? 's' : ''}]\n`;
      repeats = 0;
    }
    if (repeats > 2) continue;
    out += `  File "${f.filename}", line ${f.line}, in ${f.name}\n`;
    const src = lines[f.line - 1];
    if (src !== undefined && src.trim()) out += `    ${src.trim()}\n` + caretLine(src, f);
  }
  if (repeats > 2) out += `  [Previous line repeated ${repeats - 2} more time${repeats - 2 > 1 ? 's' : ''}]\n`;
  return out + exceptionLine(exc) + '\n';
}

/** CPython 3.11's position markers under a traceback line (`~~^~~`, `^^^^`), or ''. */
export function caretLine(line: string, f: TracebackEntry): string {
  if (f.col === undefined || f.endCol === undefined) return '';
  const stripped = line.trim();
  const lead = line.length - line.trimStart().length;
  const start = f.col;
  const end = f.endLine === f.line ? f.endCol : lead + stripped.length;
  let anchors: [number, number] | null = null;
  if (f.endLine === f.line && f.binop) {
    const seg = line.slice(start, end);
    const opStart = f.binop[0] - start, opEnd = f.binop[1] - start;
    const opStr = seg.slice(opStart, opEnd);
    const opOffset = opStr.length - opStr.trimStart().length;
    let left = opStart + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) right++;
    while (left < seg.length && (/\s/.test(seg[left]) || ')#'.includes(seg[left]))) { left++; right++; }
    anchors = [left, right];
  } else if (f.endLine === f.line && f.subscript) {
    const seg = line.slice(start, end);
    let left = f.subscript[0] - start;
    let right = f.subscript[1] - start + 1;
    while (left < seg.length && seg[left] !== '[') left++;
    while (right < seg.length && seg[right] !== ']') right++;
    if (right < seg.length) right++;
    anchors = [left, right];
  }
  if (!(end - start < stripped.length || (anchors && anchors[1] - anchors[0] > 0))) return '';
  let row = '    ' + ' '.repeat(Math.max(0, start - lead));
  if (anchors) row += '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(Math.max(0, end - start - anchors[1]));
  else row += '^'.repeat(end - start);
  return row + '\n';
}

export function syntaxErrorText(filename: string, source: string, err: { message: string; type?: string; range: { line: number; column: number }; display?: { text: string; offset: number } }): string {
  // An f-string field's error: CPython shows the field as `(expr)` (SyntaxDiagnostic.display).
  const line = err.display ? err.display.text : source.split(/\r\n|\r|\n/)[err.range.line - 1] ?? '';
  const trimmed = line.replace(/^\s+/, '');
  const col = (err.display ? err.display.offset - 1 : err.range.column) - (line.length - trimmed.length);
  const msg = /^(SyntaxError|IndentationError)/.test(err.message) ? err.message : `${err.type ?? 'SyntaxError'}: ${err.message}`;
  return `  File "${filename}", line ${err.range.line}\n    ${trimmed}\n    ${' '.repeat(Math.max(0, col))}^\n${msg}\n`;
}

/** Runs a module body in `scope`; returns the uncaught exception (or a sandbox abort), if any. */
export function execTopLevel(interp: Interpreter, module: Module, scope: Scope, filename: string): PyInstance | null {
  interp.activate();
  try {
    interp.runModule(module.body, scope, filename);
    return null;
  } catch (e) {
    return toPyException(interp, e);
  }
}

export function toPyException(interp: Interpreter, e: unknown): PyInstance {
  if (e instanceof SandboxAbort) {
    const t = pyErr(e.typeName, e.message);
    t.exc.traceback = e.traceback;
    return t.exc;
  }
  const t = interp.asPyThrow(e);
  if (t) return t.exc;
  // An internal failure: report it as Python would report a crash in a C extension.
  const msg = e instanceof Error ? `${e.message}` : String(e);
  const x = pyErr('SystemError', `internal error in the Shapewise evaluator: ${msg}`);
  if (!T.SystemError) x.exc.cls = T.RuntimeError;
  return x.exc;
}

export function runProgram(source: string, options: RunOptions = {}): RunResult {
  const filename = options.filename ?? '<string>';
  let stdout = '', stderr = '';
  const out = (s: string) => { stdout += s; options.onStdout?.(s); };
  const err = (s: string) => { stderr += s; options.onStderr?.(s); };
  const parsed = parse(source);
  if (parsed.errors.length) {
    err(syntaxErrorText(filename, source, parsed.errors[0]));
    return { stdout, stderr, exitCode: 1, error: { type: parsed.errors[0].type ?? 'SyntaxError', message: parsed.errors[0].message, line: parsed.errors[0].range.line }, steps: 0 };
  }
  const interp = newInterpreter({ limits: options.limits, stdout: out, stderr: err, now: options.now });
  interp.startClock();
  const scope = interp.newModuleScope();
  const lines = source.split(/\r\n|\r|\n/);
  interp.sourceLines.set(filename, lines);
  compileWarnings(interp, parsed.module, filename);
  const exc = execTopLevel(interp, parsed.module, scope, filename);
  if (!exc) return { stdout, stderr, exitCode: 0, steps: interp.steps };
  if (exc.cls === T.SystemExit) {
    // As CPython: sys.exit(n) exits with n, sys.exit() / sys.exit(None) with 0, and any other
    // value is printed to stderr and exits with 1 (QA-11).
    const code = exc.args[0];
    if (typeof code === 'boolean') return { stdout, stderr, exitCode: code ? 1 : 0, steps: interp.steps };
    if (typeof code === 'number' || typeof code === 'bigint') return { stdout, stderr, exitCode: Number(BigInt.asUintN(8, BigInt(code))), steps: interp.steps };
    if (code !== null && code !== undefined) err(`${str(code)}\n`);
    return { stdout, stderr, exitCode: code === null || code === undefined ? 0 : 1, steps: interp.steps };
  }
  err(formatTraceback(exc, lines));
  const tb = exc.traceback ?? [];
  return {
    stdout, stderr, exitCode: 1, steps: interp.steps,
    error: { type: exc.cls.name, message: excStr(exc), line: tb.length ? tb[tb.length - 1].line : undefined },
  };
}

export { PyThrow };
