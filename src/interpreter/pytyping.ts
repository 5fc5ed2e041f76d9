// The typing module at run time: the special forms as subscriptable aliases with CPython's reprs
// (typing.Optional[int], typing.Dict[str, int]), TypeVar objects (~T), Generic and Protocol as
// real base classes (Protocol classes refuse instantiation), TypedDict classes whose call builds
// a dict, NamedTuple, NewType, and the no-op helpers (cast, overload, final, runtime_checkable,
// no_type_check, get_type_hints, reveal_type, assert_never). Nothing here checks types.
import { ClassMeta, Kwargs, PyBuiltin, PyClass, PyDict, PyEllipsis, PyList, PyModule, PyNative, PyTuple, PyValue } from './values';
import { T, throwErr } from './types';
import { dictSet, repr, str, typeName } from './runtime';
import { NAMEDTUPLE_BASE } from './namedtuple';
import { current } from './interp';

/** How an annotation argument reads inside typing's reprs: `int`, `None`, `typing.List[int]`. */
function argText(v: PyValue): string {
  if (v === null) return 'None';
  if (v instanceof PyClass) return v.module === 'builtins' ? v.name : `${v.module}.${v.name}`;
  if (v instanceof PyList) return `[${v.items.map(argText).join(', ')}]`;
  if (v instanceof PyEllipsis) return '...';
  if (typeof v === 'string') return `ForwardRef(${repr(v)})`;
  return repr(v);
}

const aliasClass = new PyClass('_SpecialForm', [T.object], 'typing');
export class TypingAlias extends PyNative {
  constructor(public name: string, public args: PyValue[] | null = null) { super(); }
  pyType(): PyClass { return aliasClass; }
  override getitem(key: PyValue): PyValue {
    const args = key instanceof PyTuple ? key.items : [key];
    if (this.name === 'Optional') {
      const inner = args[0] ?? null;
      if (inner instanceof TypingAlias && inner.name === 'Union' && inner.args) return new TypingAlias('Union', [...inner.args, T.NoneType]);
      return new TypingAlias('Optional', [inner]);
    }
    if (this.name === 'Union') {
      const flat: PyValue[] = [];
      for (const a of args) for (const x of a instanceof TypingAlias && a.name === 'Union' && a.args ? a.args : [a]) if (!flat.includes(x)) flat.push(x === null ? T.NoneType : x);
      if (flat.length === 1) return flat[0];
      if (flat.length === 2 && flat.includes(T.NoneType)) return new TypingAlias('Optional', [flat.find((x) => x !== T.NoneType)!]);
      return new TypingAlias('Union', flat);
    }
    return new TypingAlias(this.name, args);
  }
  override repr(): string {
    if (!this.args) return `typing.${this.name}`;
    return `typing.${this.name}[${this.args.map((a) => (a === T.NoneType ? 'NoneType' : argText(a))).join(', ')}]`;
  }
  override call(args: PyValue[]): PyValue {
    if (this.name === 'Any' || this.args) throwErr('TypeError', `Cannot instantiate ${this.repr()}`);
    return args[0] ?? null;
  }
  override binop(op: string, other: PyValue): PyValue {
    return op === 'BitOr' ? new TypingAlias('Union', [this, other]) : this;
  }
  override hashKey(): unknown { return 'typing:' + this.repr(); }
}

const typeVarClass = new PyClass('TypeVar', [T.object], 'typing');
class TypeVarObj extends PyNative {
  constructor(public name: string, public covariant: boolean, public contravariant: boolean) { super(); }
  pyType(): PyClass { return typeVarClass; }
  override repr(): string { return `${this.covariant ? '+' : this.contravariant ? '-' : '~'}${this.name}`; }
  override getattr(n: string): PyValue | undefined { return n === '__name__' ? this.name : undefined; }
  override binop(op: string, other: PyValue): PyValue { return op === 'BitOr' ? new TypingAlias('Union', [this, other]) : this; }
}

export const GENERIC = new PyClass('Generic', [T.object], 'typing');
const protocolMeta: ClassMeta = {
  beforeInstantiate(cls) {
    if (cls === PROTOCOL || cls.bases.includes(PROTOCOL)) throwErr('TypeError', 'Protocols cannot be instantiated');
  },
};
export const PROTOCOL = new PyClass('Protocol', [GENERIC], 'typing');
PROTOCOL.meta = protocolMeta;

/** TypedDict: a class statement or TypedDict('Name', {...}) whose instances are plain dicts. */
const typedDictMeta: ClassMeta = {
  call(cls, args, kwargs) {
    if (cls === TYPED_DICT) {
      const name = args[0];
      if (typeof name !== 'string') throwErr('TypeError', 'TypedDict() first argument must be a string');
      const c = new PyClass(name, [TYPED_DICT], '__main__');
      const ann = new PyDict();
      const spec = args[1];
      if (spec instanceof PyDict) for (const [k, v] of spec.store.map.values()) dictSet(ann, k, v);
      c.dict.set('__annotations__', ann);
      return c;
    }
    const d = new PyDict();
    if (args[0] instanceof PyDict) for (const [k, v] of args[0].store.map.values()) dictSet(d, k, v);
    if (kwargs) for (const [k, v] of kwargs) dictSet(d, k, v);
    return d;
  },
  repr: (cls) => `<class '${cls.module === 'builtins' ? '' : cls.module + '.'}${cls.name}'>`,
};
export const TYPED_DICT = new PyClass('TypedDict', [T.dict], 'typing');
TYPED_DICT.meta = typedDictMeta;

const ALIASES = ['Any', 'List', 'Tuple', 'Dict', 'Set', 'FrozenSet', 'Optional', 'Union', 'Callable', 'Sequence', 'MutableSequence',
  'Iterable', 'Iterator', 'Mapping', 'MutableMapping', 'Literal', 'Final', 'ClassVar', 'NoReturn', 'Never', 'Type', 'DefaultDict',
  'Deque', 'Counter', 'OrderedDict', 'ChainMap', 'Generator', 'AsyncIterator', 'Awaitable', 'Coroutine', 'Annotated', 'Self',
  'Concatenate', 'TypeAlias', 'AnyStr', 'Hashable', 'Sized', 'Collection', 'Container', 'Reversible', 'SupportsFloat', 'SupportsInt',
  'SupportsAbs', 'SupportsIndex', 'SupportsRound', 'LiteralString', 'Required', 'NotRequired', 'Unpack', 'IO', 'TextIO', 'BinaryIO',
  'Pattern', 'Match', 'AbstractSet', 'KeysView', 'ValuesView', 'ItemsView', 'ContextManager', 'Text'];

export function makeTypingModule(): PyModule {
  const m = new PyModule('typing');
  for (const n of ALIASES) m.dict.set(n, new TypingAlias(n));
  m.dict.set('Text', T.str);
  m.dict.set('TYPE_CHECKING', false);
  m.dict.set('NamedTuple', NAMEDTUPLE_BASE);
  m.dict.set('Generic', GENERIC);
  m.dict.set('Protocol', PROTOCOL);
  m.dict.set('TypedDict', TYPED_DICT);
  const def = (name: string, fn: (a: PyValue[], k: Kwargs) => PyValue) => m.dict.set(name, new PyBuiltin(name, fn));
  def('TypeVar', (a, k) => {
    if (typeof a[0] !== 'string') throwErr('TypeError', 'TypeVar name must be a string');
    return new TypeVarObj(a[0], k?.get('covariant') === true, k?.get('contravariant') === true);
  });
  def('ParamSpec', (a) => new TypeVarObj(str(a[0] ?? null), false, false));
  def('TypeVarTuple', (a) => new TypeVarObj(str(a[0] ?? null), false, false));
  def('NewType', (a) => {
    const name = str(a[0] ?? null);
    const b = new PyBuiltin(name, (x) => x[0] ?? null);
    return b;
  });
  for (const n of ['overload', 'final', 'no_type_check', 'runtime_checkable', 'dataclass_transform', 'type_check_only']) {
    def(n, (a) => (a.length === 1 ? a[0] : new PyBuiltin(n, (b) => b[0] ?? null)));
  }
  def('cast', (a) => a[1] ?? null);
  def('get_type_hints', (a) => {
    const v = a[0] ?? null;
    const out = new PyDict();
    const classes = v instanceof PyClass ? [...v.mro].reverse() : [];
    for (const c of classes) {
      const ann = c.dict.get('__annotations__');
      if (ann instanceof PyDict) for (const [k, x] of ann.store.map.values()) dictSet(out, k, x);
    }
    return out;
  });
  def('reveal_type', (a) => {
    current.interp?.err(`Runtime type is '${typeName(a[0] ?? null)}'\n`);
    return a[0] ?? null;
  });
  def('assert_never', (a) => throwErr('AssertionError', `Expected code to be unreachable, but got: ${repr(a[0] ?? null)}`));
  def('get_origin', () => null);
  def('get_args', () => new PyTuple([]));
  return m;
}
