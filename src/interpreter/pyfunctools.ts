// The rest of functools beyond reduce/partial/lru_cache: cmp_to_key (KeyWrapper objects ordered
// by the comparison function), cached_property (computed on first access, then the instance's own
// attribute), total_ordering (the missing rich comparisons from __eq__ and one ordering method)
// and singledispatch (dispatch on the first argument's class through its MRO; register(cls),
// register(cls, func) and register(func) with an annotated first parameter). Also the
// floating-point helpers math lacked: ulp, nextafter, remainder, frexp, ldexp.
import { Kwargs, NOT_IMPLEMENTED, PyBuiltin, PyClass, PyFloat, PyFunction, PyInstance, PyNative, PyTuple, PyValue } from './values';
import { T, throwErr } from './types';
import { bindIfFunction, callValue, compare, getattrOpt, objectId, toIndex, truthy, typeOf, asFloat, typeName } from './runtime';
import { current } from './interp';
import type * as ast from '../python/ast';

const keyWrapperClass = new PyClass('KeyWrapper', [T.object], 'functools');
class KeyWrapper extends PyNative {
  constructor(private cmp: PyValue, public obj: PyValue) { super(); }
  pyType(): PyClass { return keyWrapperClass; }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof KeyWrapper)) throwErr('TypeError', 'other argument must be K instance');
    const r = callValue(this.cmp, [this.obj, other.obj], null);
    return compare(op, r, 0);
  }
  override hashKey(): unknown { throwErr('TypeError', "unhashable type: 'functools.KeyWrapper'"); }
  /** cmp_to_key(f) itself: calling it wraps an object. */
  override call(args: PyValue[]): PyValue {
    if (args.length !== 1) throwErr('TypeError', `K() takes exactly 1 argument (${args.length} given)`);
    return new KeyWrapper(this.cmp, args[0]);
  }
  override repr(): string { return `<functools.KeyWrapper object at 0x${objectId(this).toString(16)}>`; }
}

const cachedPropertyClass = new PyClass('cached_property', [T.object], 'functools');
class CachedProperty extends PyNative {
  name: string;
  constructor(private fn: PyValue) {
    super();
    const n = getattrOpt(fn, '__name__');
    this.name = typeof n === 'string' ? n : '?';
  }
  pyType(): PyClass { return cachedPropertyClass; }
  override bindTo(self: PyValue): PyValue {
    if (!(self instanceof PyInstance)) return this;
    const v = callValue(this.fn, [self], null);
    self.dict.set(this.name, v);
    return v;
  }
  override repr(): string { return `<functools.cached_property object at 0x${objectId(this).toString(16)}>`; }
}

const ORDER: Record<string, [string, (lt: boolean, eq: boolean) => boolean][]> = {
  // from one defined method, each missing one as a function of (result, a == b)
  __lt__: [['__gt__', (r, eq) => !r && !eq], ['__le__', (r, eq) => r || eq], ['__ge__', (r) => !r]],
  __le__: [['__ge__', (r, eq) => !r || eq], ['__lt__', (r, eq) => r && !eq], ['__gt__', (r) => !r]],
  __gt__: [['__lt__', (r, eq) => !r && !eq], ['__ge__', (r, eq) => r || eq], ['__le__', (r) => !r]],
  __ge__: [['__le__', (r, eq) => !r || eq], ['__gt__', (r, eq) => r && !eq], ['__lt__', (r) => !r]],
};

function totalOrdering(cls: PyValue): PyValue {
  if (!(cls instanceof PyClass)) throwErr('TypeError', 'total_ordering needs a class');
  const roots = ['__lt__', '__le__', '__gt__', '__ge__'].filter((n) => cls.mro.some((c) => c !== T.object && c.dict.has(n)));
  if (!roots.length) throwErr('ValueError', 'must define at least one ordering operation: < > <= >=');
  const root = ['__lt__', '__le__', '__gt__', '__ge__'].find((n) => roots.includes(n))!;
  const method = cls.lookup(root)!;
  for (const [name, derive] of ORDER[root]) {
    if (roots.includes(name)) continue;
    cls.dict.set(name, new PyBuiltin(name, (a) => {
      const [self, other] = a;
      const r = callValue(bindIfFunction(method, self), [other], null);
      if (r === NOT_IMPLEMENTED) return r;
      const needEq = derive(false, true) !== derive(false, false) || derive(true, true) !== derive(true, false);
      const eq = needEq ? truthy(compare('Eq', self, other)) : false;
      return derive(truthy(r), eq);
    }));
  }
  return cls;
}

const dispatchClass = new PyClass('singledispatch', [T.object], 'functools');
class SingleDispatch extends PyNative {
  registry = new Map<PyClass, PyValue>();
  constructor(private dflt: PyValue) { super(); this.registry.set(T.object, dflt); }
  pyType(): PyClass { return dispatchClass; }
  dispatch(cls: PyClass): PyValue {
    for (const c of cls.mro) { const f = this.registry.get(c); if (f !== undefined) return f; }
    return this.dflt;
  }
  override call(args: PyValue[], kwargs: Kwargs): PyValue {
    if (!args.length) throwErr('TypeError', `${String(getattrOpt(this.dflt, '__name__') ?? 'function')} requires at least 1 positional argument`);
    return callValue(this.dispatch(typeOf(args[0])), args, kwargs);
  }
  private annotationClass(fn: PyValue): PyClass {
    if (fn instanceof PyFunction) {
      const first = (fn.args as ast.Arguments).args[0] ?? (fn.args as ast.Arguments).posonlyargs?.[0];
      const ann = first?.annotation;
      if (ann && current.interp) {
        const v = current.interp.eval(ann, fn.closure as never);
        if (v instanceof PyClass) return v;
      }
    }
    throwErr('TypeError', `Invalid first argument to \`register()\`: ${typeName(fn)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
  }
  override getattr(name: string): PyValue | undefined {
    if (name === 'register') {
      return new PyBuiltin('register', (a) => {
        const [cls, fn] = a;
        if (cls instanceof PyClass) {
          if (fn !== undefined) { this.registry.set(cls, fn); return fn; }
          return new PyBuiltin('register', (b) => { this.registry.set(cls, b[0] ?? null); return b[0] ?? null; });
        }
        this.registry.set(this.annotationClass(cls ?? null), cls ?? null);
        return cls ?? null;
      });
    }
    if (name === 'dispatch') return new PyBuiltin('dispatch', (a) => this.dispatch(a[0] instanceof PyClass ? a[0] : typeOf(a[0] ?? null)));
    if (name === '__wrapped__') return this.dflt;
    if (name === '__name__' || name === '__qualname__') return getattrOpt(this.dflt, name) ?? null;
    return undefined;
  }
  override bindTo(self: PyValue): PyValue {
    return new PyBuiltin('method', (a, k) => this.call([self, ...a], k));
  }
}

export const FUNCTOOLS_EXTRAS: Record<string, PyValue> = {
  cmp_to_key: new PyBuiltin('cmp_to_key', (a) => new KeyWrapper(a[0] ?? null, null)),
  cached_property: new PyBuiltin('cached_property', (a) => new CachedProperty(a[0] ?? null)),
  total_ordering: new PyBuiltin('total_ordering', (a) => totalOrdering(a[0] ?? null)),
  singledispatch: new PyBuiltin('singledispatch', (a) => new SingleDispatch(a[0] ?? null)),
};

// ------------------------------------------------------------------------------------------
// math helpers

function realArg(v: PyValue): number {
  const x = asFloat(v);
  if (x === undefined || typeof v === 'string') throwErr('TypeError', `must be real number, not ${typeName(v)}`);
  return x;
}
function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return 5e-324;
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  const bits = b.getBigUint64(0);
  b.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return b.getFloat64(0);
}
function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  return y > x ? nextUp(x) : -nextUp(-x);
}
function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * 2 ** -e;
  while (Math.abs(m) < 0.5) { m *= 2; e -= 1; }
  while (Math.abs(m) >= 1) { m /= 2; e += 1; }
  return [m, e];
}

export const MATH_EXTRAS: Record<string, PyValue> = {
  ulp: new PyBuiltin('ulp', (a) => {
    const x = Math.abs(realArg(a[0] ?? null));
    if (Number.isNaN(x) || x === Infinity) return new PyFloat(x);
    if (x === Number.MAX_VALUE) return new PyFloat(x - -nextUp(-x));
    return new PyFloat(nextUp(x) - x);
  }),
  nextafter: new PyBuiltin('nextafter', (a) => new PyFloat(nextAfter(realArg(a[0] ?? null), realArg(a[1] ?? null)))),
  remainder: new PyBuiltin('remainder', (a) => {
    const x = realArg(a[0] ?? null), y = realArg(a[1] ?? null);
    if (Number.isNaN(x) || Number.isNaN(y)) return new PyFloat(NaN);
    if (!Number.isFinite(x) || y === 0) throwErr('ValueError', 'math domain error');
    if (!Number.isFinite(y)) return new PyFloat(x);
    // IEEE remainder: x - n*y with n the integer nearest x/y (ties to even), computed exactly
    const m = x % y;
    const ay = Math.abs(y), am = Math.abs(m);
    let r = m;
    if (am > ay / 2 || (am === ay / 2 && Math.abs(Math.round((x - m) / y)) % 2 === 1)) r = m - Math.sign(m) * ay;
    return new PyFloat(r === 0 ? Math.sign(x) * 0 : r);
  }),
  frexp: new PyBuiltin('frexp', (a) => { const [m, e] = frexp(realArg(a[0] ?? null)); return new PyTuple([new PyFloat(m), e]); }),
  ldexp: new PyBuiltin('ldexp', (a) => {
    const x = realArg(a[0] ?? null);
    const i = toIndex(a[1] ?? null);
    let r = x;
    let e = i;
    while (e > 1000) { r *= 2 ** 1000; e -= 1000; }
    while (e < -1000) { r *= 2 ** -1000; e += 1000; }
    r *= 2 ** e;
    if (!Number.isFinite(r) && Number.isFinite(x)) throwErr('OverflowError', 'math range error');
    return new PyFloat(r);
  }),
};
