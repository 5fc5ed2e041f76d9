// The builtin type objects (int, float, str, list, ...) and the builtin exception hierarchy,
// plus PyThrow (the JS exception carrying a Python exception) and pyErr to raise one with
// Python's exact type and message. Also SandboxAbort: the uncatchable stop for budgets.
import { PyClass, PyInstance, PyValue, TracebackEntry } from './values';

export const T = {
  object: new PyClass('object', []),
} as Record<string, PyClass>;

function mk(name: string, base: PyClass = T.object, module = 'builtins'): PyClass {
  const c = new PyClass(name, [base], module);
  T[name] = c;
  return c;
}
T.object.mro = [T.object];
for (const n of ['type', 'int', 'float', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'NoneType', 'function',
  'builtin_function_or_method', 'method', 'range', 'slice', 'module', 'complex', 'ellipsis', 'NotImplementedType',
  'generator', 'list_iterator', 'bytes', 'property', 'staticmethod', 'classmethod', 'super', 'iterator', 'enumerate', 'zip', 'map', 'filter', 'reversed']) mk(n);
T.bool = new PyClass('bool', [T.int]);

const exceptionTree: [string, string][] = [
  ['BaseException', 'object'], ['Exception', 'BaseException'], ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'], ['GeneratorExit', 'BaseException'],
  ['ArithmeticError', 'Exception'], ['ZeroDivisionError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'],
  ['FloatingPointError', 'ArithmeticError'], ['LookupError', 'Exception'], ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'], ['ValueError', 'Exception'], ['TypeError', 'Exception'], ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'], ['AttributeError', 'Exception'], ['RuntimeError', 'Exception'],
  ['RecursionError', 'RuntimeError'], ['NotImplementedError', 'RuntimeError'], ['StopIteration', 'Exception'],
  ['AssertionError', 'Exception'], ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'],
  ['MemoryError', 'Exception'], ['OSError', 'Exception'], ['TimeoutError', 'OSError'], ['EOFError', 'Exception'], ['SystemError', 'Exception'],
  ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'], ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'],
  ['Warning', 'Exception'], ['UserWarning', 'Warning'], ['DeprecationWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
  ['PermissionError', 'OSError'], ['FileNotFoundError', 'OSError'],
  ['FutureWarning', 'Warning'], ['PendingDeprecationWarning', 'Warning'], ['ImportWarning', 'Warning'], ['ResourceWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
];
for (const [n, b] of exceptionTree) T[n] = new PyClass(n, [T[b]]);
export const EXCEPTION_NAMES = exceptionTree.map(([n]) => n);

/** A Python exception travelling through JS frames. */
export class PyThrow {
  constructor(public exc: PyInstance) {}
}

/** Stops the program for a sandbox limit; Python `except` cannot catch it. */
export class SandboxAbort {
  /** The Python stack where the program was stopped (its traceback, like KeyboardInterrupt's). */
  traceback: TracebackEntry[];
  constructor(public typeName: string, public message: string) {
    // no position markers: the stop falls between operations, not on one
    this.traceback = tracebackHook.capture().map((f) => ({ filename: f.filename, line: f.line, name: f.name }));
  }
}

/** Filled in by the interpreter: the Python call stack at this moment, outermost first. */
export const tracebackHook: { capture: () => TracebackEntry[] } = { capture: () => [] };

export function makeExc(cls: PyClass, args: PyValue[]): PyInstance {
  const e = new PyInstance(cls);
  e.args = args;
  return e;
}

export function pyErr(typeName: string, message?: string): PyThrow {
  const cls = T[typeName] ?? T.RuntimeError;
  const e = makeExc(cls, message === undefined ? [] : [message]);
  e.traceback = tracebackHook.capture();
  return new PyThrow(e);
}

export function throwErr(typeName: string, message?: string): never {
  throw pyErr(typeName, message);
}

/** Raises an exception whose class may be a foreign one (numpy.exceptions.AxisError etc). */
export function pyErrOfClass(cls: PyClass, message: string): PyThrow {
  const e = makeExc(cls, [message]);
  e.traceback = tracebackHook.capture();
  return new PyThrow(e);
}
