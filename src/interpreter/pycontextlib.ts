// The contextlib module: contextmanager (a generator function as a `with` manager: the code
// before `yield` runs on entry, an exception in the block is thrown in at the yield so the
// generator's try/except/finally see it), suppress, nullcontext and closing, with CPython's
// RuntimeError texts for generators that do not yield or do not stop; redirect_stdout/stderr.
import { PyThrow, T, throwErr } from './types';
import { Kwargs, PyBuiltin, PyClass, PyInstance, PyIterator, PyModule, PyNative, PyValue } from './values';
import { callValue, getattr, iterate } from './runtime';
import { current } from './interp';

const cmClass = new PyClass('_GeneratorContextManager', [T.object], 'contextlib');

class GeneratorContextManager extends PyNative {
  private gen: PyIterator | null = null;
  constructor(private fn: PyValue, private args: PyValue[], private kwargs: Kwargs) { super(); }
  pyType(): PyClass { return cmClass; }
  override enter(): PyValue {
    const g = callValue(this.fn, this.args, this.kwargs);
    if (!(g instanceof PyIterator)) throwErr('TypeError', "'contextmanager' needs a generator function");
    this.gen = g;
    const v = g.next();
    if (v === undefined) throwErr('RuntimeError', "generator didn't yield");
    return v;
  }
  override exit(exc?: PyInstance | null): boolean {
    const g = this.gen!;
    if (!exc) {
      if (g.next() !== undefined) throwErr('RuntimeError', "generator didn't stop");
      return false;
    }
    if (!g.throwInto) return false; // an eagerly collected generator: the exception just propagates
    try {
      if (g.throwInto(new PyThrow(exc)) !== undefined) throwErr('RuntimeError', "generator didn't stop after throw()");
      return true; // the generator caught it and finished: suppressed
    } catch (e) {
      if (e instanceof PyThrow && e.exc === exc) return false; // re-raised as is
      throw e;
    }
  }
  override repr(): string { return '<contextlib._GeneratorContextManager object>'; }
}

class Suppress extends PyNative {
  constructor(private classes: PyClass[]) { super(); }
  pyType(): PyClass { return T.object; }
  override enter(): PyValue { return null; }
  override exit(exc?: PyInstance | null): boolean {
    return !!exc && this.classes.some((c) => exc.cls.isSubclassOf(c));
  }
  override repr(): string { return '<contextlib.suppress object>'; }
}

class NullContext extends PyNative {
  constructor(private value: PyValue) { super(); }
  pyType(): PyClass { return T.object; }
  override enter(): PyValue { return this.value; }
  override exit(): boolean { return false; }
  override repr(): string { return '<contextlib.nullcontext object>'; }
}

class Closing extends PyNative {
  constructor(private thing: PyValue) { super(); }
  pyType(): PyClass { return T.object; }
  override enter(): PyValue { return this.thing; }
  override exit(): boolean {
    callValue(getattr(this.thing, 'close'), [], null);
    return false;
  }
}

/** redirect_stdout / redirect_stderr: the run's output goes to target.write() inside the block. */
class Redirect extends PyNative {
  private saved: ((s: string) => void) | null = null;
  constructor(private target: PyValue, private stream: 'out' | 'err') { super(); }
  pyType(): PyClass { return T.object; }
  override enter(): PyValue {
    const interp = current.interp!;
    this.saved = interp[this.stream];
    const write = getattr(this.target, 'write');
    interp[this.stream] = (text: string) => { callValue(write, [text], null); };
    return this.target;
  }
  override exit(): boolean {
    if (this.saved) current.interp![this.stream] = this.saved;
    return false;
  }
  override repr(): string { return `<contextlib.redirect_std${this.stream} object>`; }
}

function exceptionClasses(args: PyValue[]): PyClass[] {
  const out: PyClass[] = [];
  for (const a of args) {
    if (a instanceof PyClass) out.push(a);
    else {
      const next = iterate(a);
      for (let v = next(); v !== undefined; v = next()) if (v instanceof PyClass) out.push(v);
    }
  }
  return out;
}

export function makeContextlibModule(): PyModule {
  const m = new PyModule('contextlib');
  m.dict.set('contextmanager', new PyBuiltin('contextmanager', (a) => {
    const fn = a[0];
    return new PyBuiltin(typeof fn === 'object' && fn !== null && 'name' in fn ? String((fn as { name: string }).name) : 'contextmanager', (args, kwargs) => new GeneratorContextManager(fn, args, kwargs));
  }));
  m.dict.set('suppress', new PyBuiltin('suppress', (a) => new Suppress(exceptionClasses(a))));
  m.dict.set('nullcontext', new PyBuiltin('nullcontext', (a, k) => new NullContext(a[0] ?? k?.get('enter_result') ?? null)));
  m.dict.set('closing', new PyBuiltin('closing', (a) => new Closing(a[0])));
  m.dict.set('redirect_stdout', new PyBuiltin('redirect_stdout', (a) => new Redirect(a[0] ?? null, 'out')));
  m.dict.set('redirect_stderr', new PyBuiltin('redirect_stderr', (a) => new Redirect(a[0] ?? null, 'err')));
  return m;
}
