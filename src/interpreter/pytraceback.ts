// The traceback module for except blocks: print_exc/format_exc (the exception being handled,
// 'NoneType: None' when there is none), print_exception/format_exception of an exception
// object or a (type, value, tb) triple, and format_exception_only. As in CPython, an exception's
// traceback starts at the frame that caught it, not at the top of the program.
import { Kwargs, PyBuiltin, PyClass, PyInstance, PyList, PyModule, PyValue } from './values';
import { throwErr } from './types';
import { callValue, getattr } from './runtime';
import { current } from './interp';
import { exceptionLine, formatTraceback } from './program';

/** The exception an except block is handling now, innermost first, or null. */
export function handledException(): PyInstance | null {
  const h = current.interp?.handling ?? [];
  return h.length ? h[h.length - 1] : null;
}

/** CPython's text for `exc`, its traceback trimmed to the frames from the catching one down. */
function formatted(exc: PyInstance, chain: boolean): string {
  const interp = current.interp!;
  const depth = Math.max(0, interp.frames.length - 1);
  const saved: [PyInstance, typeof exc.traceback][] = [];
  for (let e: PyInstance | null = exc; e && !saved.some(([x]) => x === e); e = chain ? (e.dict.get('__cause__') as PyInstance | undefined) ?? e.context : null) {
    saved.push([e, e.traceback]);
    if (e.traceback && e.traceback.length > depth) e.traceback = e.traceback.slice(depth);
  }
  try {
    const file = interp.frames[0]?.filename ?? '<string>';
    return formatTraceback(exc, interp.sourceLines.get(file) ?? []);
  } finally {
    for (const [e, tb] of saved) e.traceback = tb;
  }
}

/** format_exception's list: the header, one string per frame, the exception line(s). */
function chunks(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    if (out.length && (line.startsWith('    ') || (line.startsWith('  ') && !line.startsWith('  File ')))) out[out.length - 1] += line;
    else out.push(line);
  }
  return out;
}

function excArg(a: PyValue[], k: Kwargs): PyInstance | null {
  const v = a.length >= 2 ? a[1] : a[0] ?? k?.get('exc') ?? k?.get('value') ?? null;
  if (v === null) return null;
  if (v instanceof PyInstance && v.cls.isException) return v;
  if (v instanceof PyClass && v.isException) return callValue(v, [], null) as PyInstance;
  throwErr('TypeError', 'Exception expected for value, ' + (v === null ? 'NoneType' : typeof v) + ' found');
}

function write(file: PyValue | undefined, text: string): void {
  if (file === undefined || file === null) current.interp!.err(text);
  else callValue(getattr(file, 'write'), [text], null);
}

export function makeTracebackModule(): PyModule {
  const m = new PyModule('traceback');
  const def = (name: string, fn: (a: PyValue[], k: Kwargs) => PyValue) => m.dict.set(name, new PyBuiltin(name, fn));
  const currentText = () => { const e = handledException(); return e ? formatted(e, true) : 'NoneType: None\n'; };
  def('format_exc', () => currentText());
  def('print_exc', (a, k) => { write(k?.get('file') ?? a[1], currentText()); return null; });
  def('format_exception', (a, k) => { const e = excArg(a, k); return new PyList(e ? chunks(formatted(e, true)) : ['NoneType: None\n']); });
  def('print_exception', (a, k) => { const e = excArg(a, k); write(k?.get('file'), e ? formatted(e, true) : 'NoneType: None\n'); return null; });
  def('format_exception_only', (a, k) => { const e = excArg(a, k); return new PyList([e ? exceptionLine(e) + '\n' : 'NoneType: None\n']); });
  def('print_stack', () => null);
  return m;
}
