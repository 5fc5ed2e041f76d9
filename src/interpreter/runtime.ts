// The object protocol of the interpreter: type of a value, repr/str, truth, hashing keys,
// equality and ordering, arithmetic with Python's int/float semantics (arbitrary-size ints,
// floor division and modulo signs, exact error messages), attribute and item access, iteration
// and calling. Everything the evaluator does to a value goes through here; dunder methods of
// user classes and PyNative hooks (NumPy objects) are dispatched from here too.
import { pyComplexPow, pyComplexQuot } from '../engine';
import {
  ELLIPSIS, HashStore, Kwargs, NOT_IMPLEMENTED, PyBoundMethod, PyBuiltin, PyClass, PyClassMethod, PyComplex, PyDict,
  PyEllipsis, PyFloat, PyFunction, PyInstance, PyIterator, PyList, PyModule, PyNative, PyNotImplemented, PyObject,
  PyNamedTuple, PyProperty, PyRange, PySet, PySlice, PyStaticMethod, PySuper, PyTuple, PyValue, classMeta, isInt, normBig,
} from './values';
import { T, pyErr, throwErr } from './types';
import { pyFloatRepr as floatRepr } from '../engine/print/pyformat';
import { percentOp } from './format';

/** Installed by the interpreter: runs a user-defined function. */
export const hooks: {
  callFunction: (fn: PyFunction, args: PyValue[], kwargs: Kwargs) => PyValue;
  strMethods: (self: string, name: string) => PyValue | undefined;
  typeMethods: (v: PyValue, name: string) => PyValue | undefined;
} = {
  callFunction: () => null,
  strMethods: () => undefined,
  typeMethods: () => undefined,
};

export const OP_SYMBOL: Record<string, string> = {
  Add: '+', Sub: '-', Mult: '*', MatMult: '@', Div: '/', Mod: '%', Pow: '** or pow()', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', FloorDiv: '//',
};
const OP_DUNDER: Record<string, string> = {
  Add: 'add', Sub: 'sub', Mult: 'mul', MatMult: 'matmul', Div: 'truediv', Mod: 'mod', Pow: 'pow', LShift: 'lshift',
  RShift: 'rshift', BitOr: 'or', BitXor: 'xor', BitAnd: 'and', FloorDiv: 'floordiv',
};
const CMP_SYMBOL: Record<string, string> = { Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Eq: '==', NotEq: '!=' };
const CMP_DUNDER: Record<string, string> = { Lt: '__lt__', LtE: '__le__', Gt: '__gt__', GtE: '__ge__', Eq: '__eq__', NotEq: '__ne__' };
const CMP_SWAP: Record<string, string> = { Lt: 'Gt', LtE: 'GtE', Gt: 'Lt', GtE: 'LtE', Eq: 'Eq', NotEq: 'NotEq' };

// ------------------------------------------------------------------------------------------
// Types and names

export function typeOf(v: PyValue): PyClass {
  switch (typeof v) {
    case 'number': case 'bigint': return T.int;
    case 'string': return T.str;
    case 'boolean': return T.bool;
  }
  if (v === null) return T.NoneType;
  if (v instanceof PyFloat) return T.float;
  if (v instanceof PyList) return T.list;
  if (v instanceof PyTuple) return v instanceof PyNamedTuple ? v.cls : T.tuple;
  if (v instanceof PyDict) return (v.constructor as unknown as { cls?: PyClass }).cls ?? T.dict;
  if (v instanceof PyInstance) return v.cls;
  if (v instanceof PyNative) return v.pyType();
  if (v instanceof PySet) return v.frozen ? T.frozenset : T.set;
  if (v instanceof PyClass) return T.type;
  if (v instanceof PyFunction) return v.isGenerator ? T.function : T.function;
  if (v instanceof PyBuiltin) return T.builtin_function_or_method;
  if (v instanceof PyBoundMethod) return T.method;
  if (v instanceof PyRange) return T.range;
  if (v instanceof PySlice) return T.slice;
  if (v instanceof PyModule) return T.module;
  if (v instanceof PyComplex) return T.complex;
  if (v instanceof PyEllipsis) return T.ellipsis;
  if (v instanceof PyIterator) return T[v.typeName] ?? T.iterator;
  if (v instanceof PyProperty) return T.property;
  if (v instanceof PyStaticMethod) return T.staticmethod;
  if (v instanceof PyClassMethod) return T.classmethod;
  if (v instanceof PySuper) return T.super;
  if (v instanceof PyNotImplemented) return T.NotImplementedType;
  return T.object;
}

export function typeName(v: PyValue): string {
  const c = typeOf(v);
  return c.module === 'builtins' || c.module === '__main__' ? c.name : `${c.module}.${c.name}`;
}

export function isinstance(v: PyValue, cls: PyClass): boolean {
  if (cls.meta?.instancecheck && cls.meta.instancecheck(cls, v)) return true;
  return typeOf(v).isSubclassOf(cls);
}

// ------------------------------------------------------------------------------------------
// Numbers

export function intRepr(v: number | bigint): string {
  return typeof v === 'number' ? (Object.is(v, -0) ? '0' : String(v)) : v.toString();
}

/** Float value of an int/float/bool or numeric native, or undefined. */
export function asFloat(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof PyNative && v.toFloat) return v.toFloat();
  return undefined;
}

/** Python int of an int/bool (not float), or undefined. */
export function asInt(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyNative && v.toIndex) return v.toIndex();
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__index__');
    if (m !== undefined) return asInt(callValue(bindIfFunction(m, v), [], null));
  }
  return undefined;
}

/** An index argument (list index, range bound): int-like or a TypeError Python would raise. */
export function toIndex(v: PyValue): number {
  const i = asInt(v);
  if (i === undefined) throw pyErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  return typeof i === 'bigint' ? Number(i) : i;
}

function intAdd(a: number, b: number): number | bigint {
  const r = a + b;
  return Number.isSafeInteger(r) ? r : normBig(BigInt(a) + BigInt(b));
}
function intSub(a: number, b: number): number | bigint {
  const r = a - b;
  return Number.isSafeInteger(r) ? r : normBig(BigInt(a) - BigInt(b));
}
function intMul(a: number, b: number): number | bigint {
  const r = a * b;
  if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  return normBig(BigInt(a) * BigInt(b));
}
function big(a: number | bigint): bigint { return typeof a === 'bigint' ? a : BigInt(a); }

function floorDivInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throwErr('ZeroDivisionError', 'integer division or modulo by zero');
    const q = Math.floor(a / b);
    if (Number.isSafeInteger(q) && Math.abs(a) < 2 ** 52) return q === 0 ? 0 : q;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throwErr('ZeroDivisionError', 'integer division or modulo by zero');
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return normBig(q);
}
function modInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throwErr('ZeroDivisionError', 'integer modulo by zero');
    const r = a % b;
    const m = r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const A = big(a), B = big(b);
  if (B === 0n) throwErr('ZeroDivisionError', 'integer modulo by zero');
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return normBig(r);
}

export function floatMod(a: number, b: number): number {
  if (b === 0) throwErr('ZeroDivisionError', 'float modulo');
  let m = a % b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throwErr('ZeroDivisionError', 'float floor division by zero');
  const mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0 && (b < 0) !== (mod < 0)) div -= 1;
  if (div !== 0) {
    const fl = Math.floor(div);
    if (div - fl > 0.5) return fl + 1;
    return fl;
  }
  return div * 0 === 0 ? (a / b < 0 ? -0 : 0) : div;
}

function intPow(a: number | bigint, b: number | bigint): PyValue {
  if ((typeof b === 'number' && b < 0) || (typeof b === 'bigint' && b < 0n)) {
    const fa = Number(a);
    if (fa === 0) throwErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return new PyFloat(Math.pow(fa, Number(b)));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) ** big(b));
}

function floatPow(a: number, b: number): PyValue {
  if (a === 0 && b < 0) throwErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b)) {
    // Python returns a complex number here.
    const r = Math.pow(-a, b), th = Math.PI * b;
    return new PyComplex(r * Math.cos(th), r * Math.sin(th));
  }
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throwErr('OverflowError', "(34, 'Numerical result out of range')");
  return new PyFloat(r);
}

function intArith(op: string, a: number | bigint, b: number | bigint): PyValue {
  if (typeof a === 'number' && typeof b === 'number') {
    switch (op) {
      case 'Add': return intAdd(a, b);
      case 'Sub': return intSub(a, b);
      case 'Mult': return intMul(a, b);
    }
  }
  switch (op) {
    case 'Add': return normBig(big(a) + big(b));
    case 'Sub': return normBig(big(a) - big(b));
    case 'Mult': return normBig(big(a) * big(b));
    case 'Div': {
      if (Number(b) === 0) throwErr('ZeroDivisionError', 'division by zero');
      if (typeof a === 'number' && typeof b === 'number') return new PyFloat(a / b);
      return new PyFloat(bigTrueDiv(big(a), big(b)));
    }
    case 'FloorDiv': return floorDivInt(a, b);
    case 'Mod': return modInt(a, b);
    case 'Pow': return intPow(a, b);
    case 'LShift': {
      if (Number(b) < 0) throwErr('ValueError', 'negative shift count');
      return normBig(big(a) << big(b));
    }
    case 'RShift': {
      if (Number(b) < 0) throwErr('ValueError', 'negative shift count');
      return normBig(big(a) >> big(b));
    }
    case 'BitAnd': return normBig(big(a) & big(b));
    case 'BitOr': return normBig(big(a) | big(b));
    case 'BitXor': return normBig(big(a) ^ big(b));
  }
  return NOT_IMPLEMENTED;
}

function bigTrueDiv(a: bigint, b: bigint): number {
  const na = Number(a), nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && Math.abs(na) < 2 ** 53 && Math.abs(nb) < 2 ** 53) return na / nb;
  // Scale to keep 64 significant bits of the quotient.
  const neg = (a < 0n) !== (b < 0n);
  let A = a < 0n ? -a : a; const B = b < 0n ? -b : b;
  const shift = Math.max(0, B.toString(2).length - A.toString(2).length + 64);
  A <<= BigInt(shift);
  const q = Number(A / B) / 2 ** shift;
  if (!Number.isFinite(q)) throwErr('OverflowError', 'integer division result too large for a float');
  return neg ? -q : q;
}

function floatArith(op: string, a: number, b: number): PyValue {
  switch (op) {
    case 'Add': return new PyFloat(a + b);
    case 'Sub': return new PyFloat(a - b);
    case 'Mult': return new PyFloat(a * b);
    case 'Div':
      if (b === 0) throwErr('ZeroDivisionError', 'float division by zero');
      return new PyFloat(a / b);
    case 'FloorDiv': return new PyFloat(floatFloorDiv(a, b));
    case 'Mod': return new PyFloat(floatMod(a, b));
    case 'Pow': return floatPow(a, b);
  }
  return NOT_IMPLEMENTED;
}

function complexOf(v: PyValue): PyComplex | undefined {
  if (v instanceof PyComplex) return v;
  const f = isInt(v) || typeof v === 'boolean' || v instanceof PyFloat ? asFloat(v) : undefined;
  return f === undefined ? undefined : new PyComplex(f, 0);
}
function complexArith(op: string, a: PyComplex, b: PyComplex): PyValue {
  switch (op) {
    case 'Add': return new PyComplex(a.re + b.re, a.im + b.im);
    case 'Sub': return new PyComplex(a.re - b.re, a.im - b.im);
    case 'Mult': return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    case 'Div': {
      // CPython's _Py_c_quot and c_powi/_Py_c_pow (engine complex-math.ts), bit for bit
      const q = pyComplexQuot(a.re, a.im, b.re, b.im);
      if (q === null) throwErr('ZeroDivisionError', 'complex division by zero');
      return new PyComplex(q.re, q.im);
    }
    case 'Pow': {
      const p = pyComplexPow(a.re, a.im, b.re, b.im);
      if (p === null) throwErr('ZeroDivisionError', '0.0 to a negative or complex power');
      return new PyComplex(p.re, p.im);
    }
  }
  return NOT_IMPLEMENTED;
}

// ------------------------------------------------------------------------------------------
// Binary operators

/** Largest Python list/tuple/str the sandbox builds (V8 aborts the process beyond its own limits). */
export const MAX_SEQUENCE = 20_000_000;
export function checkSize(n: number): void {
  if (n > MAX_SEQUENCE) throwErr('MemoryError', `the Shapewise evaluator caps Python lists and strings at ${MAX_SEQUENCE.toLocaleString('en-US')} items (this one would have ${Math.round(n).toLocaleString('en-US')})`);
}

function seqRepeat(items: PyValue[], n: PyValue): PyValue[] | undefined {
  const k = asInt(n);
  if (k === undefined) return undefined;
  const c = Number(k);
  if (c > 0) checkSize(items.length * c);
  const out: PyValue[] = [];
  for (let i = 0; i < c; i++) for (const x of items) out.push(x);
  return out;
}

function dunderBinop(op: string, a: PyValue, b: PyValue, reflected: boolean): PyValue {
  const name = `__${reflected ? 'r' : ''}${OP_DUNDER[op]}__`;
  const self = reflected ? b : a, other = reflected ? a : b;
  if (self instanceof PyInstance) {
    const m = self.cls.lookup(name);
    if (m !== undefined) return callValue(bindIfFunction(m, self), [other], null);
  }
  if (self instanceof PyNamedTuple) {
    const m = self.cls.lookup(name); // a method written in a namedtuple subclass
    if (m instanceof PyFunction) return callValue(bindIfFunction(m, self), [other], null);
  }
  if (self instanceof PyNative && self.binop) return self.binop(op, other, reflected);
  return NOT_IMPLEMENTED;
}

interface DictWithOps { dictBinop?: (op: string, other: PyValue) => PyValue }

export function binop(op: string, a: PyValue, b: PyValue): PyValue {
  // Fast paths: small ints and floats.
  if (typeof a === 'number' && typeof b === 'number') return intArith(op, a, b);
  const aNum = isInt(a) || typeof a === 'boolean', bNum = isInt(b) || typeof b === 'boolean';
  if ((a instanceof PyFloat || aNum) && (b instanceof PyFloat || bNum)) {
    if (aNum && bNum) {
      const ia = asInt(a)!, ib = asInt(b)!;
      if (typeof a === 'boolean' && typeof b === 'boolean' && (op === 'BitAnd' || op === 'BitOr' || op === 'BitXor')) {
        return op === 'BitAnd' ? a && b : op === 'BitOr' ? a || b : a !== b;
      }
      return intArith(op, ia, ib);
    }
    const r = floatArith(op, toF(a), toF(b));
    if (r !== NOT_IMPLEMENTED) return r;
    return unsupported(op, a, b);
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const ca = complexOf(a), cb = complexOf(b);
    if (ca && cb) {
      const r = complexArith(op, ca, cb);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  // Natives and user classes (NumPy arrays take precedence over Python scalars).
  if (a instanceof PyNative || a instanceof PyInstance || a instanceof PyNamedTuple) {
    if (b instanceof PyNative && a instanceof PyNative && b.constructor !== a.constructor && nativePriority(b) > nativePriority(a)) {
      const r = dunderBinop(op, a, b, true);
      if (r !== NOT_IMPLEMENTED) return r;
    }
    const r = dunderBinop(op, a, b, false);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  if (b instanceof PyNative || b instanceof PyInstance || b instanceof PyNamedTuple) {
    const r = dunderBinop(op, a, b, true);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  // dict subclasses with their own operators (collections.Counter's multiset arithmetic)
  if (a instanceof PyDict && (a as DictWithOps).dictBinop) {
    const r = (a as DictWithOps).dictBinop!(op, b);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  if (typeof a === 'string') {
    if (op === 'Add') {
      if (typeof b === 'string') return a + b;
      throwErr('TypeError', `can only concatenate str (not "${typeName(b)}") to str`);
    }
    if (op === 'Mult') {
      const k = asInt(b);
      if (k !== undefined) { checkSize(a.length * Number(k)); return Number(k) > 0 ? a.repeat(Number(k)) : ''; }
      throwErr('TypeError', `can't multiply sequence by non-int of type '${typeName(b)}'`);
    }
    if (op === 'Mod') return percentOp(a, b);
  }
  if (typeof b === 'string' && op === 'Mult' && asInt(a) !== undefined) checkSize(b.length * Number(asInt(a)));
  if (typeof b === 'string' && op === 'Mult' && asInt(a) !== undefined) return Number(asInt(a)) > 0 ? b.repeat(Number(asInt(a))) : '';
  if (a instanceof PyList || a instanceof PyTuple) {
    if (op === 'Add') {
      const same = a instanceof PyList ? b instanceof PyList : b instanceof PyTuple;
      if (same) checkSize(a.items.length + (b as PyList).items.length);
      if (same) return a instanceof PyList ? new PyList(a.items.concat((b as PyList).items)) : new PyTuple(a.items.concat((b as PyTuple).items));
      throwErr('TypeError', `can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
    }
    if (op === 'Mult') {
      const r = seqRepeat(a.items, b);
      if (r) return a instanceof PyList ? new PyList(r) : new PyTuple(r);
      throwErr('TypeError', `can't multiply sequence by non-int of type '${typeName(b)}'`);
    }
  }
  if ((b instanceof PyList || b instanceof PyTuple) && op === 'Mult' && asInt(a) !== undefined) {
    const r = seqRepeat(b.items, a)!;
    return b instanceof PyList ? new PyList(r) : new PyTuple(r);
  }
  if ((a instanceof PySet) && (b instanceof PySet)) {
    const r = setOp(op, a, b);
    if (r) return r;
  }
  if (a instanceof PyDict && b instanceof PyDict && op === 'BitOr') {
    const d = new PyDict();
    for (const [k, v] of a.store.map.values()) dictSet(d, k, v);
    for (const [k, v] of b.store.map.values()) dictSet(d, k, v);
    return d;
  }
  return unsupported(op, a, b);
}

function nativePriority(v: PyNative): number {
  const p = (v as unknown as { priority?: number }).priority;
  return p ?? 0;
}

function toF(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throwErr('OverflowError', 'int too large to convert to float');
    return f;
  }
  return NaN;
}

function unsupported(op: string, a: PyValue, b: PyValue): never {
  throwErr('TypeError', `unsupported operand type(s) for ${OP_SYMBOL[op]}: '${typeName(a)}' and '${typeName(b)}'`);
}

function setOp(op: string, a: PySet, b: PySet): PySet | undefined {
  const out = new PySet(a.frozen);
  switch (op) {
    case 'BitOr': for (const [k, v] of a.store.map) out.store.map.set(k, v); for (const [k, v] of b.store.map) if (!out.store.map.has(k)) out.store.map.set(k, v); return out;
    case 'BitAnd': for (const [k, v] of a.store.map) if (b.store.map.has(k)) out.store.map.set(k, v); return out;
    case 'Sub': for (const [k, v] of a.store.map) if (!b.store.map.has(k)) out.store.map.set(k, v); return out;
    case 'BitXor':
      for (const [k, v] of a.store.map) if (!b.store.map.has(k)) out.store.map.set(k, v);
      for (const [k, v] of b.store.map) if (!a.store.map.has(k)) out.store.map.set(k, v);
      return out;
  }
  return undefined;
}

/** `a op= b`: in place for lists, sets, user __iadd__ and NumPy arrays; otherwise binop. */
export function inplaceOp(op: string, a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyList && op === 'Add') {
    const items = b instanceof PyList || b instanceof PyTuple ? b.items : toArray(b);
    checkSize(a.items.length + items.length);
    for (const x of items) a.items.push(x);
    return a;
  }
  if (a instanceof PyList && op === 'Mult') {
    const r = seqRepeat(a.items, b);
    if (r) { a.items = r; return a; }
  }
  if (a instanceof PyNative && a.inplace) {
    const r = a.inplace(op, b);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  if (a instanceof PyInstance) {
    const m = a.cls.lookup(`__i${OP_DUNDER[op]}__`);
    if (m !== undefined) {
      const r = callValue(bindIfFunction(m, a), [b], null);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  if (a instanceof PySet && b instanceof PySet) {
    const r = setOp(op, a, b);
    if (r) { a.store = r.store; return a; }
  }
  try {
    return binop(op, a, b);
  } catch (e) {
    // Python words the in-place failure with `+=`.
    if (e && typeof e === 'object' && 'exc' in e) {
      const exc = (e as { exc: PyInstance }).exc;
      const msg = exc.args[0];
      if (typeof msg === 'string' && msg.startsWith('unsupported operand type(s) for ')) {
        exc.args[0] = msg.replace(`for ${OP_SYMBOL[op]}:`, `for ${op === 'Pow' ? '**=' : OP_SYMBOL[op] + '='}:`);
      }
    }
    throw e;
  }
}

export function unaryop(op: string, v: PyValue): PyValue {
  if (op === 'Not') return !truthy(v);
  if (typeof v === 'number') {
    if (op === 'USub') return v === 0 ? 0 : -v;
    if (op === 'UAdd') return v;
    if (op === 'Invert') return -v - 1;
  }
  if (typeof v === 'boolean') return unaryop(op, v ? 1 : 0);
  if (typeof v === 'bigint') {
    if (op === 'USub') return normBig(-v);
    if (op === 'UAdd') return v;
    if (op === 'Invert') return normBig(-v - 1n);
  }
  if (v instanceof PyFloat) {
    if (op === 'USub') return new PyFloat(-v.v);
    if (op === 'UAdd') return v;
  }
  if (v instanceof PyComplex) {
    if (op === 'USub') return new PyComplex(-v.re, -v.im);
    if (op === 'UAdd') return v;
  }
  if (v instanceof PyNative && v.unary) {
    const r = v.unary(op);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  const dn = op === 'USub' ? '__neg__' : op === 'UAdd' ? '__pos__' : '__invert__';
  if (v instanceof PyInstance) {
    const m = v.cls.lookup(dn);
    if (m !== undefined) return callValue(bindIfFunction(m, v), [], null);
  }
  const sym = op === 'USub' ? 'unary -' : op === 'UAdd' ? 'unary +' : 'unary ~';
  throwErr('TypeError', `bad operand type for ${sym}: '${typeName(v)}'`);
}

// ------------------------------------------------------------------------------------------
// Truth, equality, ordering, hashing

export function truthy(v: PyValue): boolean {
  switch (typeof v) {
    case 'boolean': return v;
    case 'number': return v !== 0;
    case 'string': return v.length > 0;
    case 'bigint': return v !== 0n;
  }
  if (v === null) return false;
  if (v instanceof PyFloat) return v.v !== 0 && !Number.isNaN(v.v) ? true : Number.isNaN(v.v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.store.size > 0;
  if (v instanceof PyNative) {
    if (v.bool) return v.bool();
    if (v.len) return v.len() > 0;
    return true;
  }
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  if (v instanceof PyInstance) {
    const b = v.cls.lookup('__bool__');
    if (b !== undefined) {
      const r = callValue(bindIfFunction(b, v), [], null);
      if (typeof r !== 'boolean') throwErr('TypeError', `__bool__ should return bool, returned ${typeName(r)}`);
      return r;
    }
    const l = v.cls.lookup('__len__');
    if (l !== undefined) return toIndex(callValue(bindIfFunction(l, v), [], null)) > 0;
  }
  return true;
}

/** Key for dict/set storage; equal Python values share a key. */
export function hashKey(v: PyValue): unknown {
  switch (typeof v) {
    case 'number': return v;
    case 'string': return 's' + v;
    case 'boolean': return v ? 1 : 0;
    case 'bigint': return normBig(v);
  }
  if (v === null) return v;
  if (v instanceof PyFloat) return Number.isInteger(v.v) && Math.abs(v.v) <= Number.MAX_SAFE_INTEGER ? v.v : Number.isNaN(v.v) ? v : 'f' + v.v;
  if (v instanceof PyComplex) return v.im === 0 ? hashKey(new PyFloat(v.re)) : 'c' + v.re + ',' + v.im;
  if (v instanceof PyTuple) return 't(' + v.items.map((x) => keyString(hashKey(x))).join(',') + ')';
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) throwErr('TypeError', `unhashable type: '${typeName(v)}'`);
  if (v instanceof PySet) return 'fs{' + [...v.store.map.keys()].map(keyString).sort().join(',') + '}';
  if (v instanceof PyNative && v.hashKey) return v.hashKey();
  if (v instanceof PyInstance) {
    const metaKey = classMeta(v.cls)?.hashKey?.(v);
    if (metaKey !== undefined) return metaKey;
    const h = v.cls.lookup('__hash__');
    if (h === null) throwErr('TypeError', `unhashable type: '${typeName(v)}'`);
    if (h !== undefined && v.cls.lookup('__eq__') !== undefined) return 'h' + String(callValue(bindIfFunction(h, v), [], null));
  }
  return v;
}

const objectIds = new WeakMap<object, number>();
let nextId = 1;
export function objectId(v: object): number {
  let id = objectIds.get(v);
  if (id === undefined) { id = 0x7f0000000000 + 16 * nextId++; objectIds.set(v, id); }
  return id;
}
function keyString(k: unknown): string {
  if (typeof k === 'object' && k !== null) return '#' + objectId(k);
  if (typeof k === 'number') return 'n' + k;
  return String(k);
}

export function pyEq(a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  return truthy(compare('Eq', a, b));
}

export function pyIs(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  // Small ints and interned strings are the same object in CPython.
  if (typeof a === 'number' && typeof b === 'number') return a === b && a >= -5 && a <= 256;
  return false;
}

function seqCompare(op: string, a: PyValue[], b: PyValue[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!pyEq(a[i], b[i])) {
      if (op === 'Eq') return false;
      if (op === 'NotEq') return true;
      return truthy(compare(op, a[i], b[i]));
    }
  }
  switch (op) {
    case 'Eq': return a.length === b.length;
    case 'NotEq': return a.length !== b.length;
    case 'Lt': return a.length < b.length;
    case 'LtE': return a.length <= b.length;
    case 'Gt': return a.length > b.length;
    default: return a.length >= b.length;
  }
}

function cmpNum(op: string, x: number | bigint, y: number | bigint): boolean {
  switch (op) {
    case 'Lt': return x < y;
    case 'LtE': return x <= y;
    case 'Gt': return x > y;
    case 'GtE': return x >= y;
    case 'Eq': return x == y; // eslint-disable-line eqeqeq
    default: return x != y; // eslint-disable-line eqeqeq
  }
}

function numOf(v: PyValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  return undefined;
}

/** Rich comparison with Python's fallbacks (== falls back to identity, ordering raises). */
export function compare(op: string, a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return cmpNum(op, a, b);
  const na = numOf(a), nb = numOf(b);
  if (na !== undefined && nb !== undefined) {
    if (typeof na === 'bigint' && typeof nb === 'number' && !Number.isInteger(nb)) return cmpNum(op, Number(na), nb);
    if (typeof nb === 'bigint' && typeof na === 'number' && !Number.isInteger(na)) return cmpNum(op, na, Number(nb));
    if (typeof na === 'bigint' && typeof nb === 'number' && Number.isFinite(nb)) return cmpNum(op, na, BigInt(nb));
    if (typeof nb === 'bigint' && typeof na === 'number' && Number.isFinite(na)) return cmpNum(op, BigInt(na), nb);
    return cmpNum(op, na, nb);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    return cmpNum(op, a < b ? -1 : a > b ? 1 : 0, 0);
  }
  if (a instanceof PyNative && a.compare) {
    const r = a.compare(op, b);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  if (b instanceof PyNative && b.compare) {
    const r = b.compare(CMP_SWAP[op], a);
    if (r !== NOT_IMPLEMENTED) return r;
  }
  if (a instanceof PyInstance) {
    const m = a.cls.lookup(CMP_DUNDER[op]);
    if (m !== undefined) {
      const r = callValue(bindIfFunction(m, a), [b], null);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  if (b instanceof PyInstance) {
    const m = b.cls.lookup(CMP_DUNDER[CMP_SWAP[op]]);
    if (m !== undefined) {
      const r = callValue(bindIfFunction(m, b), [a], null);
      if (r !== NOT_IMPLEMENTED) return r;
    }
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return seqCompare(op, a.items, b.items);
  }
  if (a instanceof PyComplex && b instanceof PyComplex && (op === 'Eq' || op === 'NotEq')) {
    return (a.re === b.re && a.im === b.im) === (op === 'Eq');
  }
  if (a instanceof PyComplex || b instanceof PyComplex) {
    const ca = complexOf(a), cb = complexOf(b);
    if (ca && cb && (op === 'Eq' || op === 'NotEq')) return (ca.re === cb.re && ca.im === cb.im) === (op === 'Eq');
  }
  if (a instanceof PyDict && b instanceof PyDict && (op === 'Eq' || op === 'NotEq')) {
    let eq = a.store.size === b.store.size;
    if (eq) for (const [k, [, v]] of a.store.map) { const o = b.store.map.get(k); if (!o || !pyEq(v, o[1])) { eq = false; break; } }
    return eq === (op === 'Eq');
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => [...x.store.map.keys()].every((k) => y.store.map.has(k));
    switch (op) {
      case 'Eq': return a.store.size === b.store.size && sub(a, b);
      case 'NotEq': return !(a.store.size === b.store.size && sub(a, b));
      case 'LtE': return sub(a, b);
      case 'Lt': return a.store.size < b.store.size && sub(a, b);
      case 'GtE': return sub(b, a);
      case 'Gt': return a.store.size > b.store.size && sub(b, a);
    }
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === 'Eq' || op === 'NotEq')) {
    const eq = a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
    return eq === (op === 'Eq');
  }
  if (op === 'Eq') return a === b;
  if (op === 'NotEq') return a !== b;
  throwErr('TypeError', `'${CMP_SYMBOL[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throwErr('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || pyEq(x, item)) return true;
    return false;
  }
  if (container instanceof PyDict || container instanceof PySet) return container.store.map.has(hashKey(item));
  if (container instanceof PyRange) {
    const i = numOf(item);
    if (i === undefined || !Number.isInteger(Number(i))) return false;
    const n = Number(i), { start, step } = container;
    const k = (n - start) / step;
    return Number.isInteger(k) && k >= 0 && k < container.length;
  }
  if (container instanceof PyNative && container.contains) return container.contains(item);
  if (container instanceof PyClass) {
    const r = classMeta(container)?.contains?.(container, item);
    if (r !== undefined) return r;
  }
  if (container instanceof PyInstance) {
    const m = container.cls.lookup('__contains__');
    if (m !== undefined) return truthy(callValue(bindIfFunction(m, container), [item], null));
  }
  const it = iterate(container);
  for (let x = it(); x !== undefined; x = it()) if (pyEq(x, item)) return true;
  return false;
}

// ------------------------------------------------------------------------------------------
// Dict helpers

export function dictGet(d: PyDict, key: PyValue): PyValue | undefined {
  const e = d.store.map.get(hashKey(key));
  return e === undefined ? undefined : e[1];
}
export function dictSet(d: PyDict, key: PyValue, value: PyValue): void {
  const k = hashKey(key);
  const e = d.store.map.get(k);
  if (e) e[1] = value; else d.store.map.set(k, [key, value]);
}
export function storeOf(items: Iterable<PyValue>): HashStore {
  const s = new HashStore();
  for (const x of items) { const k = hashKey(x); if (!s.map.has(k)) s.map.set(k, [x, null]); }
  return s;
}

// ------------------------------------------------------------------------------------------
// repr / str

export function repr(v: PyValue): string {
  switch (typeof v) {
    case 'number': case 'bigint': return intRepr(v);
    case 'string': return strRepr(v);
    case 'boolean': return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyList) return '[' + v.items.map(repr).join(', ') + ']';
  if (v instanceof PyNamedTuple) return namedTupleRepr(v);
  if (v instanceof PyTuple) return v.items.length === 1 ? '(' + repr(v.items[0]) + ',)' : '(' + v.items.map(repr).join(', ') + ')';
  if (v instanceof PyDict && (v as unknown as { reprOverride?: () => string }).reprOverride) return (v as unknown as { reprOverride: () => string }).reprOverride();
  if (v instanceof PyDict) return '{' + [...v.store.map.values()].map(([k, x]) => repr(k) + ': ' + repr(x)).join(', ') + '}';
  if (v instanceof PySet) {
    if (v.store.size === 0) return v.frozen ? 'frozenset()' : 'set()';
    const body = '{' + setOrder(v).map(repr).join(', ') + '}';
    return v.frozen ? `frozenset(${body})` : body;
  }
  if (v instanceof PyNative) return v.repr ? v.repr() : `<${v.pyType().qualname} object>`;
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__repr__');
    if (m !== undefined) {
      const r = callValue(bindIfFunction(m, v), [], null);
      if (typeof r !== 'string') throwErr('TypeError', `__repr__ returned non-string (type ${typeName(r)})`);
      return r;
    }
    if (v.cls.isException) return excRepr(v);
    return `<${v.cls.module === 'builtins' ? '' : v.cls.module + '.'}${v.cls.name} object at 0x${objectId(v).toString(16)}>`;
  }
  if (v instanceof PyClass) return classMeta(v)?.repr?.(v) ?? `<class '${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at 0x${objectId(v).toString(16)}>`;
  if (v instanceof PyBuiltin) return v.self !== undefined ? `<built-in method ${v.name} of ${typeName(v.self)} object at 0x${objectId(v).toString(16)}>` : `<built-in function ${v.name}>`;
  if (v instanceof PyBoundMethod) return `<bound method ${v.func instanceof PyFunction ? v.func.qualname : '?'} of ${repr(v.self)}>`;
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyComplex) return complexRepr(v);
  if (v instanceof PyEllipsis) return 'Ellipsis';
  if (v instanceof PyNotImplemented) return 'NotImplemented';
  if (v instanceof PyIterator) return `<${v.typeName} object at 0x${objectId(v).toString(16)}>`;
  return `<${typeName(v)} object>`;
}

function complexRepr(c: PyComplex): string {
  const part = (x: number) => { const s = floatRepr(x); return s.endsWith('.0') ? s.slice(0, -2) : s; };
  if (c.re === 0 && !Object.is(c.re, -0)) return part(c.im) + 'j';
  const im = part(c.im);
  return `(${part(c.re)}${im.startsWith('-') || im === 'nan' && false ? '' : '+'}${im}j)`;
}

/** CPython iterates a set of small non-negative ints in (roughly) ascending order. */
function setOrder(s: PySet): PyValue[] {
  const items = [...s.store.map.values()].map(([k]) => k);
  if (items.every((x) => typeof x === 'number' && x >= 0 && x < 2 ** 31)) {
    let mask = 7;
    while ((items.length) * 5 >= (mask + 1) * 3) mask = mask * 4 + 3;
    if (items.every((x) => (x as number) <= mask)) return items.sort((a, b) => (a as number) - (b as number));
  }
  return items;
}
export function setItems(s: PySet): PyValue[] { return setOrder(s); }

export function excRepr(e: PyInstance): string {
  const args = e.args;
  if (args.length === 1) return `${e.cls.name}(${repr(args[0])})`;
  return `${e.cls.name}(${args.map(repr).join(', ')})`;
}

export function excStr(e: PyInstance): string {
  const m = e.cls.lookup('__str__');
  if (m !== undefined && !(m instanceof PyBuiltin)) return str(callValue(bindIfFunction(m, e), [], null));
  const args = e.args;
  if (args.length === 0) return '';
  if (args.length === 1) return e.cls.isSubclassOf(T.KeyError) ? repr(args[0]) : str(args[0]);
  return repr(new PyTuple(args));
}

export function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && c < 0xa0) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

export function str(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyNative) return v.str ? v.str() : repr(v);
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__str__');
    if (m !== undefined) {
      const r = callValue(bindIfFunction(m, v), [], null);
      if (typeof r !== 'string') throwErr('TypeError', `__str__ returned non-string (type ${typeName(r)})`);
      return r;
    }
    if (v.cls.isException) return excStr(v);
  }
  if (v instanceof PyNamedTuple) {
    const m = v.cls.lookup('__str__');
    if (m instanceof PyFunction) return str(callValue(bindIfFunction(m, v), [], null));
  }
  return repr(v);
}

/** `Point(x=1, y=2)`, or the class's own __repr__. */
function namedTupleRepr(v: PyNamedTuple): string {
  const m = v.cls.lookup('__repr__');
  if (m instanceof PyFunction || (m instanceof PyBuiltin && v.cls.module !== 'builtins')) {
    const r = callValue(bindIfFunction(m, v), [], null);
    if (typeof r !== 'string') throwErr('TypeError', `__repr__ returned non-string (type ${typeName(r)})`);
    return r;
  }
  const fields = v.cls.lookup('_fields');
  const names = fields instanceof PyTuple ? fields.items.map((f) => str(f)) : [];
  return `${v.cls.name}(${v.items.map((x, i) => `${names[i] ?? '_' + i}=${repr(x)}`).join(', ')})`;
}

// ------------------------------------------------------------------------------------------
// Attributes

export function bindIfFunction(m: PyValue, self: PyValue): PyValue {
  if (m instanceof PyFunction) return new PyBoundMethod(self, m);
  if (m instanceof PyBuiltin && m.self === undefined) return new PyBuiltin(m.name, m.fn, self);
  if (m instanceof PyStaticMethod) return m.func;
  // through super() inside a classmethod, self is the class itself
  if (m instanceof PyClassMethod) return new PyBoundMethod(self instanceof PyClass ? self : typeOf(self), m.func);
  if (m instanceof PyNative && m.bindTo) return m.bindTo(self);
  return m;
}

export function getattr(obj: PyValue, name: string): PyValue {
  const r = getattrOpt(obj, name);
  if (r !== undefined) return r;
  if (obj instanceof PyModule) throwErr('AttributeError', `module '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyClass) throwErr('AttributeError', `type object '${obj.name}' has no attribute '${name}'`);
  throwErr('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
}

export function getattrOpt(obj: PyValue, name: string): PyValue | undefined {
  if (name.startsWith('__') && name.endsWith('__')) {
    checkDunderAccess(obj, name);
    // `type(self).__name__` style introspection is harmless: the class object is the
    // interpreter's own, and the attributes that walk further (__bases__, ...) stay blocked.
    if (name === '__class__') return typeOf(obj);
    if (name === '__dict__') {
      if (obj instanceof PyInstance || obj instanceof PyModule) {
        const d = new PyDict();
        for (const [k, v] of obj.dict) dictSet(d, k, v);
        return d;
      }
      throwErr('AttributeError', `'${typeName(obj)}' attribute '__dict__' is not available in the Shapewise evaluator (sandboxed)`);
    }
  }
  if (obj instanceof PyInstance) {
    const clsAttr = obj.cls.lookup(name);
    if (clsAttr instanceof PyProperty) return callValue(clsAttr.fget, [obj], null);
    const own = obj.dict.get(name);
    if (own !== undefined) return own;
    if (clsAttr !== undefined) return bindIfFunction(clsAttr, obj);
    if (obj.cls.isException && name === 'args') return new PyTuple(obj.args);
    const ga = obj.cls.lookup('__getattr__');
    if (ga !== undefined) return callValue(bindIfFunction(ga, obj), [name], null);
    return hooks.typeMethods(obj, name);
  }
  if (obj instanceof PyNative) {
    const r = obj.getattr ? obj.getattr(name) : undefined;
    if (r !== undefined) return r;
    return hooks.typeMethods(obj, name);
  }
  if (obj instanceof PyNamedTuple) {
    const a = obj.cls.lookup(name);
    if (a instanceof PyProperty) return callValue(a.fget, [obj], null);
    if (a !== undefined && !(obj.cls.module === 'builtins')) return bindIfFunction(a, obj);
  }
  if (obj instanceof PyModule) return obj.dict.get(name);
  if (obj instanceof PyClass) {
    const v = obj.lookup(name);
    if (v instanceof PyClassMethod) return new PyBoundMethod(obj, v.func);
    if (v instanceof PyStaticMethod) return v.func;
    if (v !== undefined) return v;
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.name;
    if (name === '__module__') return obj.module;
    const m = classMeta(obj)?.getattr?.(obj, name);
    if (m !== undefined) return m;
    return hooks.typeMethods(obj, name);
  }
  if (obj instanceof PySuper) {
    const mro = typeOf(obj.self) === obj.self ? (obj.self as PyClass).mro : typeOf(obj.self).mro;
    const i = mro.indexOf(obj.cls);
    for (const c of mro.slice(i + 1)) {
      const v = c.dict.get(name);
      if (v !== undefined) return bindIfFunction(v, obj.self);
    }
    return undefined;
  }
  if (typeof obj === 'string') return hooks.strMethods(obj, name);
  return hooks.typeMethods(obj, name);
}

/** The sandbox: the dunder attributes that lead from any object to the interpreter's internals. */
const BLOCKED_DUNDERS = new Set(['__bases__', '__base__', '__mro__', '__subclasses__', '__globals__', '__code__',
  '__builtins__', '__closure__', '__func__', '__self__', '__getattribute__', '__reduce__', '__reduce_ex__',
  '__import__', '__loader__', '__spec__', '__subclasshook__', '__dir__']);
function checkDunderAccess(obj: PyValue, name: string): void {
  if (BLOCKED_DUNDERS.has(name)) {
    throwErr('AttributeError', `'${typeName(obj)}' attribute '${name}' is not available in the Shapewise evaluator (sandboxed)`);
  }
}

/** object.__setattr__: a property's setter or the instance's own attribute. */
export function setInstanceAttr(obj: PyInstance, name: string, value: PyValue): void {
  const clsAttr = obj.cls.lookup(name);
  if (clsAttr instanceof PyProperty) {
    if (clsAttr.fset === null) throwErr('AttributeError', `property '${name}' of '${obj.cls.name}' object has no setter`);
    callValue(clsAttr.fset, [obj, value], null);
    return;
  }
  obj.dict.set(name, value);
}
export const OBJECT_SETATTR = new PyBuiltin('__setattr__', (a) => {
  const [self, name, value] = a;
  if (!(self instanceof PyInstance)) throwErr('TypeError', "can't apply this __setattr__ to this object");
  if (typeof name !== 'string') throwErr('TypeError', `attribute name must be string, not '${typeName(name)}'`);
  setInstanceAttr(self, name, value ?? null);
  return null;
});

export function setattr(obj: PyValue, name: string, value: PyValue): void {
  if (obj instanceof PyInstance) {
    // a class's own __setattr__ (frozen dataclasses, user classes) decides
    const hook = obj.cls.lookup('__setattr__');
    if (hook !== undefined && hook !== OBJECT_SETATTR) { callValue(bindIfFunction(hook, obj), [name, value], null); return; }
    const clsAttr = obj.cls.lookup(name);
    if (clsAttr instanceof PyProperty) {
      if (clsAttr.fset === null) throwErr('AttributeError', `property '${name}' of '${obj.cls.name}' object has no setter`);
      callValue(clsAttr.fset, [obj, value], null);
      return;
    }
    obj.dict.set(name, value);
    return;
  }
  if (obj instanceof PyNamedTuple) {
    if (obj.cls.lookup(name) instanceof PyProperty) throwErr('AttributeError', "can't set attribute");
    throwErr('AttributeError', `'${obj.cls.name}' object has no attribute '${name}'`);
  }
  if (obj instanceof PyClass && obj.module !== 'builtins') { obj.dict.set(name, value); return; }
  if (obj instanceof PyModule) { obj.dict.set(name, value); return; }
  if (obj instanceof PyNative && obj.setattr && obj.setattr(name, value)) return;
  if (obj instanceof PyFunction) throwErr('AttributeError', `'function' object attribute '${name}' is read-only in the Shapewise evaluator`);
  throwErr('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
}

// ------------------------------------------------------------------------------------------
// Items

export function normIndex(i: number, n: number, what: string): number {
  const k = i < 0 ? i + n : i;
  if (k < 0 || k >= n) throwErr('IndexError', `${what} index out of range`);
  return k;
}

/** Resolves a slice against a length like PySlice_AdjustIndices. */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  const step = s.step === null ? 1 : toIndex(s.step);
  if (step === 0) throwErr('ValueError', 'slice step cannot be zero');
  const clamp = (v: PyValue, def: number, lo: number, hi: number) => {
    if (v === null) return def;
    let i = toIndex(v);
    if (i < 0) { i += n; if (i < lo) i = lo; } else if (i > hi) i = hi;
    return i;
  };
  const start = step > 0 ? clamp(s.start, 0, 0, n) : clamp(s.start, n - 1, -1, n - 1);
  const stop = step > 0 ? clamp(s.stop, n, 0, n) : clamp(s.stop, -1, -1, n - 1);
  let len = 0;
  if (step > 0 ? start < stop : stop < start) len = Math.floor((Math.abs(stop - start) - 1) / Math.abs(step)) + 1;
  return [start, stop, step, len];
}

function sliceSeq<X>(items: X[] | string, s: PySlice): X[] {
  const [start, , step, len] = sliceIndices(s, items.length);
  const out: X[] = [];
  for (let i = 0, j = start; i < len; i++, j += step) out.push(items[j] as X);
  return out;
}

export function getitem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList || obj instanceof PyTuple) {
    const what = obj instanceof PyList ? 'list' : 'tuple';
    if (typeof key === 'number') return obj.items[normIndex(key, obj.items.length, what)];
    if (key instanceof PySlice) { const r = sliceSeq(obj.items, key); return obj instanceof PyList ? new PyList(r) : new PyTuple(r); }
    const i = asInt(key);
    if (i !== undefined) return obj.items[normIndex(Number(i), obj.items.length, what)];
    throwErr('TypeError', `${what} indices must be integers or slices, not ${typeName(key)}`);
  }
  if (obj instanceof PyDict) {
    const v = dictGet(obj, key);
    if (v !== undefined) return v;
    const miss = (obj as unknown as { missing?: (k: PyValue) => PyValue }).missing;
    if (miss) return miss.call(obj, key);
    throw pyErrKey(key);
  }
  if (typeof obj === 'string') {
    if (key instanceof PySlice) return sliceSeq([...obj], key).join('');
    const i = asInt(key);
    if (i === undefined) throwErr('TypeError', `string indices must be integers, not '${typeName(key)}'`);
    const chars = obj.length === [...obj].length ? null : [...obj];
    if (!chars) return obj[normIndex(Number(i), obj.length, 'string')];
    return chars[normIndex(Number(i), chars.length, 'string')];
  }
  if (obj instanceof PyNative && obj.getitem) return obj.getitem(key);
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, obj.length);
      const s = obj.start + start * obj.step, st = obj.step * step;
      return new PyRange(s, s + len * st, st);
    }
    const i = normIndex(toIndex(key), obj.length, 'range object');
    return obj.start + i * obj.step;
  }
  if (obj instanceof PyInstance) {
    const m = obj.cls.lookup('__getitem__');
    if (m !== undefined) return callValue(bindIfFunction(m, obj), [key], null);
  }
  if (obj instanceof PyClass) {
    const r = classMeta(obj)?.getitem?.(obj, key);
    if (r !== undefined) return r;
    return obj; // list[int] style annotations
  }
  throwErr('TypeError', `'${typeName(obj)}' object is not subscriptable`);
}

function pyErrKey(key: PyValue) {
  const e = pyErr('KeyError');
  e.exc.args = [key];
  return e;
}
export { pyErrKey };

export function setitem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step, len] = sliceIndices(key, obj.items.length);
      const vals = toArray(value);
      if (step === 1) { obj.items.splice(start, Math.max(0, stop - start), ...vals); return; }
      if (vals.length !== len) throwErr('ValueError', `attempt to assign sequence of size ${vals.length} to extended slice of size ${len}`);
      for (let i = 0, j = start; i < len; i++, j += step) obj.items[j] = vals[i];
      return;
    }
    const i = asInt(key);
    if (i === undefined) throwErr('TypeError', `list indices must be integers or slices, not ${typeName(key)}`);
    const n = Number(i);
    const k = n < 0 ? n + obj.items.length : n;
    if (k < 0 || k >= obj.items.length) throwErr('IndexError', 'list assignment index out of range');
    obj.items[k] = value;
    return;
  }
  if (obj instanceof PyDict) { dictSet(obj, key, value); return; }
  if (obj instanceof PyNative && obj.setitem) { obj.setitem(key, value); return; }
  if (obj instanceof PyInstance) {
    const m = obj.cls.lookup('__setitem__');
    if (m !== undefined) { callValue(bindIfFunction(m, obj), [key, value], null); return; }
  }
  throwErr('TypeError', `'${typeName(obj)}' object does not support item assignment`);
}

export function delitem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, obj.items.length);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
      obj.items = obj.items.filter((_, i) => !drop.has(i));
      return;
    }
    const k = normIndex(toIndex(key), obj.items.length, 'list assignment');
    obj.items.splice(k, 1);
    return;
  }
  if (obj instanceof PyDict) {
    const k = hashKey(key);
    if (!obj.store.map.delete(k)) throw pyErrKey(key);
    return;
  }
  if (obj instanceof PyInstance) {
    const m = obj.cls.lookup('__delitem__');
    if (m !== undefined) { callValue(bindIfFunction(m, obj), [key], null); return; }
  }
  throwErr('TypeError', `'${typeName(obj)}' object doesn't support item deletion`);
}

// ------------------------------------------------------------------------------------------
// Iteration and length

export type Next = () => PyValue | undefined;

export function iterate(v: PyValue): Next {
  if (v instanceof PyList || v instanceof PyTuple) {
    let i = 0;
    const items = v instanceof PyList ? null : v.items;
    return items ? () => (i < items.length ? items[i++] : undefined) : () => (i < (v as PyList).items.length ? (v as PyList).items[i++] : undefined);
  }
  if (v instanceof PyRange) {
    let i = 0;
    const n = v.length, { start, step } = v;
    return () => (i < n ? start + step * i++ : undefined);
  }
  if (typeof v === 'string') {
    const chars = [...v];
    let i = 0;
    return () => (i < chars.length ? chars[i++] : undefined);
  }
  if (v instanceof PyIterator) return v.next;
  if (v instanceof PyDict) {
    const it = v.store.map.values();
    const size = v.store.size;
    return () => {
      if (v.store.size !== size) throwErr('RuntimeError', 'dictionary changed size during iteration');
      const r = it.next();
      return r.done ? undefined : r.value[0];
    };
  }
  if (v instanceof PySet) {
    const items = setOrder(v);
    let i = 0;
    return () => (i < items.length ? items[i++] : undefined);
  }
  if (v instanceof PyNative && v.iter) return v.iter().next;
  if (v instanceof PyClass) {
    const items = classMeta(v)?.iter?.(v);
    if (items) { let i = 0; return () => (i < items.length ? items[i++] : undefined); }
    throwErr('TypeError', `'type' object is not iterable`);
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__iter__');
    if (m !== undefined) {
      const it = callValue(bindIfFunction(m, v), [], null);
      if (it instanceof PyIterator) return it.next;
      if (it instanceof PyInstance) {
        const nx = it.cls.lookup('__next__');
        if (nx === undefined) throwErr('TypeError', `iter() returned non-iterator of type '${typeName(it)}'`);
        const bound = bindIfFunction(nx, it);
        return () => {
          try {
            return callValue(bound, [], null);
          } catch (e) {
            if (e instanceof Object && 'exc' in e && (e as { exc: PyInstance }).exc.cls.isSubclassOf(T.StopIteration)) return undefined;
            throw e;
          }
        };
      }
      return iterate(it);
    }
    const gi = v.cls.lookup('__getitem__');
    if (gi !== undefined) {
      let i = 0;
      const bound = bindIfFunction(gi, v);
      return () => {
        try {
          return callValue(bound, [i++], null);
        } catch (e) {
          if (e instanceof Object && 'exc' in e && (e as { exc: PyInstance }).exc.cls.isSubclassOf(T.IndexError)) return undefined;
          throw e;
        }
      };
    }
  }
  throwErr('TypeError', `'${typeName(v)}' object is not iterable`);
}

export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const it = iterate(v);
  const out: PyValue[] = [];
  for (let x = it(); x !== undefined; x = it()) {
    out.push(x);
    if (out.length > MAX_SEQUENCE) checkSize(out.length);
  }
  return out;
}

export function pyLen(v: PyValue): number {
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.store.size;
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyNative && v.len) return v.len();
  if (v instanceof PyClass) {
    const n = classMeta(v)?.len?.(v);
    if (n !== undefined) return n;
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__len__');
    if (m !== undefined) {
      const r = callValue(bindIfFunction(m, v), [], null);
      const n = asInt(r);
      if (n === undefined) throwErr('TypeError', `'${typeName(r)}' object cannot be interpreted as an integer`);
      if (Number(n) < 0) throwErr('ValueError', '__len__() should return >= 0');
      return Number(n);
    }
  }
  throwErr('TypeError', `object of type '${typeName(v)}' has no len()`);
}

// ------------------------------------------------------------------------------------------
// Calls

export function callValue(f: PyValue, args: PyValue[], kwargs: Kwargs): PyValue {
  if (f instanceof PyFunction) return hooks.callFunction(f, args, kwargs);
  if (f instanceof PyBuiltin) return f.self === undefined ? f.fn(args, kwargs) : f.fn([f.self, ...args], kwargs);
  if (f instanceof PyBoundMethod) return callValue(f.func, [f.self, ...args], kwargs);
  if (f instanceof PyClass) return construct(f, args, kwargs);
  if (f instanceof PyNative && f.call) return f.call(args, kwargs);
  if (f instanceof PyInstance) {
    const m = f.cls.lookup('__call__');
    if (m !== undefined) return callValue(bindIfFunction(m, f), args, kwargs);
  }
  throwErr('TypeError', `'${typeName(f)}' object is not callable`);
}

export function construct(cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue {
  const meta = classMeta(cls);
  if (meta) {
    const r = meta.call?.(cls, args, kwargs);
    if (r !== undefined) return r;
    meta.beforeInstantiate?.(cls);
  }
  for (const c of cls.mro) {
    if (c.construct) {
      if (c === cls) return c.construct(args, kwargs);
      if (c.constructAs) return c.constructAs(cls, args, kwargs);
      if (!c.isException) {
        // A user subclass of a builtin value type: not supported beyond exceptions.
        if (c !== T.object) throwErr('TypeError', `subclassing '${c.name}' is not supported in the Shapewise evaluator`);
      }
      break;
    }
  }
  const inst = new PyInstance(cls);
  if (cls.isException) inst.args = args.slice();
  const init = cls.lookup('__init__');
  const trivialInit = init instanceof PyBuiltin && (init === T.object.dict.get('__init__') || init === T.BaseException?.dict.get('__init__'));
  if (init !== undefined && !trivialInit) {
    const r = callValue(new PyBoundMethod(inst, init), args, kwargs);
    if (r !== null) throwErr('TypeError', `__init__() should return None, not '${typeName(r)}'`);
  } else if ((args.length || (kwargs && kwargs.size)) && !cls.isException) {
    throwErr('TypeError', `${cls.name}() takes no arguments`);
  }
  return inst;
}

export { ELLIPSIS, PyObject };
