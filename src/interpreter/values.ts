// Runtime representation of Python values inside the Shapewise interpreter.
// Owns: the value union (ints are JS numbers while they are safe integers and bigints beyond,
// floats are boxed PyFloat so int and float stay distinct, bool is boolean, None is null,
// str is a JS string), the container and callable classes, the class/instance model, the
// hashing key used by dicts and sets, and the PyNative base that foreign objects (NumPy
// arrays, scalars, dtypes) extend so the core never needs to know the engine.
import type * as ast from '../python/ast';

export type PyValue = null | boolean | number | bigint | string | PyObject;

export abstract class PyObject {}

export class PyFloat extends PyObject {
  constructor(public v: number) { super(); }
}

export class PyComplex extends PyObject {
  constructor(public re: number, public im: number) { super(); }
}

export class PyList extends PyObject {
  constructor(public items: PyValue[]) { super(); }
}

export class PyTuple extends PyObject {
  constructor(public items: PyValue[]) { super(); }
}
/** An instance of a collections.namedtuple / typing.NamedTuple class: a tuple with a class. */
export class PyNamedTuple extends PyTuple {
  constructor(items: PyValue[], public cls: PyClass) { super(items); }
}

export class PyEllipsis extends PyObject {}
export const ELLIPSIS = new PyEllipsis();
export class PyNotImplemented extends PyObject {}
export const NOT_IMPLEMENTED = new PyNotImplemented();

/** Insertion-ordered hash table keyed by Python equality (1 == 1.0 == True share a key). */
export class HashStore {
  map = new Map<unknown, [PyValue, PyValue]>();
  get size(): number { return this.map.size; }
}

export class PyDict extends PyObject {
  store = new HashStore();
}

export class PySet extends PyObject {
  store = new HashStore();
  constructor(public frozen = false) { super(); }
}

export class PyRange extends PyObject {
  constructor(public start: number, public stop: number, public step: number) { super(); }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice extends PyObject {
  constructor(public start: PyValue, public stop: PyValue, public step: PyValue) { super(); }
}

/** Keyword arguments of a call, in order. */
export type Kwargs = Map<string, PyValue> | null;

export type NativeFn = (args: PyValue[], kwargs: Kwargs) => PyValue;

export class PyBuiltin extends PyObject {
  constructor(public name: string, public fn: NativeFn, public self: PyValue | undefined = undefined) { super(); }
}

export class PyFunction extends PyObject {
  /** The class whose body defined this function (for zero-argument super()). */
  definingClass: PyClass | null = null;
  isGenerator = false;
  constructor(
    public name: string,
    public qualname: string,
    public args: ast.Arguments,
    public body: ast.Stmt[] | ast.Expr,
    public defaults: PyValue[],
    public kwDefaults: (PyValue | undefined)[],
    public closure: unknown,
    public info: unknown,
    public module: string,
  ) { super(); }
}

export class PyBoundMethod extends PyObject {
  constructor(public self: PyValue, public func: PyValue) { super(); }
}

export class PyStaticMethod extends PyObject {
  constructor(public func: PyValue) { super(); }
}
export class PyClassMethod extends PyObject {
  constructor(public func: PyValue) { super(); }
}
export class PyProperty extends PyObject {
  constructor(public fget: PyValue, public fset: PyValue = null) { super(); }
}

export class PyClass extends PyObject {
  mro: PyClass[] = [];
  dict = new Map<string, PyValue>();
  /** Builtin types construct through this instead of creating a PyInstance. */
  construct: NativeFn | null = null;
  isException = false;
  /** Builds an instance of a subclass `cls` (namedtuple classes: the subclass keeps its methods). */
  constructAs: ((cls: PyClass, args: PyValue[], kwargs: Kwargs) => PyValue) | null = null;
  /** Name shown in a traceback when it differs from __name__ (NumPy's private error classes). */
  tracebackName: string | null = null;
  /**
   * What a metaclass would do, for the few the evaluator provides (abc.ABCMeta, enum.EnumType):
   * found through the MRO, so subclasses inherit it. See ClassMeta.
   */
  meta: ClassMeta | null = null;
  constructor(public name: string, public bases: PyClass[], public module = 'builtins') {
    super();
    this.mro = [this, ...linearize(bases)];
    this.isException = this.mro.some((c) => c.name === 'BaseException' && c.module === 'builtins');
  }
  lookup(name: string): PyValue | undefined {
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubclassOf(other: PyClass): boolean {
    return this.mro.includes(other);
  }
  get qualname(): string { return this.module === 'builtins' ? this.name : `${this.module}.${this.name}`; }
}

/** Class-level behaviour a metaclass gives its classes; every member is optional. */
export interface ClassMeta {
  /** After a subclass's body ran and the class exists (EnumType builds the members here). */
  initSubclass?(cls: PyClass): void;
  /** Before an instance is made by calling the class (ABCMeta refuses abstract classes). */
  beforeInstantiate?(cls: PyClass): void;
  /** Calling the class, instead of making an instance (Color(1) looks a member up). */
  call?(cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue | undefined;
  iter?(cls: PyClass): PyValue[] | undefined;
  getitem?(cls: PyClass, key: PyValue): PyValue | undefined;
  len?(cls: PyClass): number | undefined;
  contains?(cls: PyClass, item: PyValue): boolean | undefined;
  repr?(cls: PyClass): string | undefined;
  /** The dict/set key of an instance, when it hashes like another value (IntEnum like its int). */
  hashKey?(inst: PyInstance): unknown;
  /** isinstance(v, cls) by protocol (collections.abc); undefined falls back to the MRO. */
  instancecheck?(cls: PyClass, v: PyValue): boolean | undefined;
  /** Class attribute lookup miss (Color.__members__). */
  getattr?(cls: PyClass, name: string): PyValue | undefined;
}

/** The metaclass behaviour in effect for `cls`, if any. */
export function classMeta(cls: PyClass): ClassMeta | null {
  for (const c of cls.mro) if (c.meta) return c.meta;
  return null;
}

/** C3 linearisation of the bases' MROs (what Python uses for multiple inheritance). */
function linearize(bases: PyClass[]): PyClass[] {
  const seqs = bases.map((b) => [...b.mro]).concat([[...bases]]).filter((s) => s.length);
  const out: PyClass[] = [];
  while (seqs.some((s) => s.length)) {
    let head: PyClass | null = null;
    for (const s of seqs) {
      if (!s.length) continue;
      const cand = s[0];
      if (!seqs.some((t) => t.indexOf(cand) > 0)) { head = cand; break; }
    }
    if (!head) break;
    out.push(head);
    for (const s of seqs) if (s[0] === head) s.shift();
  }
  return out;
}

export class PyInstance extends PyObject {
  dict = new Map<string, PyValue>();
  /** Exceptions only: the constructor arguments and the traceback captured where raised. */
  args: PyValue[] = [];
  traceback: TracebackEntry[] | null = null;
  context: PyInstance | null = null;
  constructor(public cls: PyClass) { super(); }
}

export interface TracebackEntry {
  filename: string; line: number; name: string;
  /** Position of the failing operation on `line` (0-based columns), when known. */
  col?: number; endLine?: number; endCol?: number;
  /** BinOp: end column of the left operand and start column of the right one. */
  binop?: [number, number];
  /** Subscript: end column of the value and of the slice. */
  subscript?: [number, number];
}

export class PySuper extends PyObject {
  constructor(public cls: PyClass, public self: PyValue) { super(); }
}

export class PyModule extends PyObject {
  dict = new Map<string, PyValue>();
  constructor(public name: string) { super(); }
}

/** A Python iterator: `next()` returns undefined when exhausted. */
export class PyIterator extends PyObject {
  /** Lazy generators: raises `exc` at the paused yield (generator.throw); the next value or undefined when done. */
  throwInto?: (exc: unknown) => PyValue | undefined;
  constructor(public next: () => PyValue | undefined, public typeName = 'iterator') { super(); }
}

/** Base of objects implemented outside the core (NumPy arrays, scalars, dtypes, modules' helpers). */
export abstract class PyNative extends PyObject {
  abstract pyType(): PyClass;
  getattr?(name: string): PyValue | undefined;
  setattr?(name: string, value: PyValue): boolean;
  /** Binary operator; returns NOT_IMPLEMENTED when it does not handle the other operand. */
  binop?(op: string, other: PyValue, reflected: boolean): PyValue;
  /** In-place operator (`+=`); returns NOT_IMPLEMENTED to fall back to binop. */
  inplace?(op: string, other: PyValue): PyValue;
  compare?(op: string, other: PyValue): PyValue;
  unary?(op: string): PyValue;
  repr?(): string;
  str?(): string;
  format?(spec: string): string;
  len?(): number;
  getitem?(key: PyValue): PyValue;
  setitem?(key: PyValue, value: PyValue): void;
  iter?(): PyIterator;
  bool?(): boolean;
  call?(args: PyValue[], kwargs: Kwargs): PyValue;
  contains?(item: PyValue): boolean;
  enter?(): PyValue;
  /** Leaving a `with` block: `exc` is the exception raised in it (null if none); true suppresses it. */
  exit?(exc?: PyInstance | null): boolean | void;
  /** Conversions used by int(), float(), index positions. */
  toNumber?(): number | bigint | undefined;
  toFloat?(): number | undefined;
  toIndex?(): number | undefined;
  hashKey?(): unknown;
  /** A descriptor stored on a class (functools' cached functions): the value an instance sees. */
  bindTo?(self: PyValue): PyValue;
}

export function isInt(v: PyValue): v is number | bigint {
  return typeof v === 'number' || typeof v === 'bigint';
}

export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function mkTuple(items: PyValue[]): PyTuple { return new PyTuple(items); }
export function mkFloat(v: number): PyFloat { return new PyFloat(v); }
