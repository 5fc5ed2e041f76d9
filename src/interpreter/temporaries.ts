// Early release of an expression's array temporaries. In `0.001 * (X.T @ G) / 512` the
// products `X.T @ G` and `0.001 * (...)` are garbage as soon as the next operator has consumed
// them, but a run is one synchronous JavaScript job, so the engine heap's FinalizationRegistry
// cannot hand their blocks back until the program ends: a training loop would fill the heap
// with dead temporaries and then fall back to slower plain arrays (QA-38). The evaluator knows
// better than the garbage collector here, within strict limits:
// - only the direct result of a nested operator node (BinOp/UnaryOp) or NumPy ufunc call
//   (np.exp, np.maximum, ...) is a candidate — never a value read from a name, attribute or
//   container, or returned by any other call, which something else may hold;
// - only when that nested operation and the consuming one were both computed by the engine
//   (every operand an ndarray, NumPy scalar or Python number), because then the engine made a
//   new array that no Python object has seen, and the consumer keeps no reference to it
//   (a user class's __radd__ could store its operand, so user objects disqualify);
// - `NDArray.dispose()` itself refuses views and arrays that ever had views.
// A fresh temporary whose method is called, `(Z * X).sum(axis=0)`, is released after the call
// when the method is one of NumPy's own that keep no reference to their array (RECEIVER_SAFE)
// and its result shares no memory with it (releaseMethodReceiver).
// Sole-owner bindings: `Z = X * 0.5 + 1.0` binds a fresh temporary to a name, which is then its
// only reference. While every later read of the name only feeds an operation the engine computes
// and that keeps nothing (an operator or NumPy ufunc on engine operands, a RECEIVER_SAFE method,
// each checked not to return the array or a view of it), the binding stays the sole owner, and
// rebinding the name (`Z = np.maximum(Z, 0)`) releases the old array at once. Any other read of
// the name (an argument to any other call, a container display, a subscript or attribute, a
// closure, `return Z`, an augmented assignment, a walrus) ends the ownership for good.
// Whatever neither scheme sees, the engine heap's sweeps reclaim: `safePoint` runs one between
// statements when the heap has grown enough (src/engine/wasm/heap.ts), using the garbage
// collector's own reachability.
import type { NDArray } from '../engine';
import { heapSafePoint, heapSweepWanted, mayShareMemory } from '../engine/wasm/heap';
import { PyBoundMethod, PyBuiltin, PyClass, PyDict, PyFloat, PyFunction, PyInstance, PyList, PyTuple, type PyValue } from './values';

type ArrayWrapper = { arr: NDArray };
type WrapperClass = abstract new (...args: never[]) => ArrayWrapper;
// numpy.ts registers its ndarray and NumPy-scalar classes at load (importing numpy.ts here
// would close an import cycle through interp.ts, which numpy.ts needs at load).
let PyNdArray: WrapperClass | null = null;
let PyNpScalar: WrapperClass | null = null;

// npfuncs.ts registers NumPy's ufunc class the same way.
let PyUfunc: (abstract new (...args: never[]) => object) | null = null;

export function registerArrayClasses(ndarray: WrapperClass, npScalar: WrapperClass): void {
  PyNdArray = ndarray;
  PyNpScalar = npScalar;
}

export function registerUfuncClass(ufunc: abstract new (...args: never[]) => object): void {
  PyUfunc = ufunc;
}

/** True for NumPy's ufuncs (np.exp, np.maximum, ...): they keep no reference to their inputs. */
export function isUfunc(f: PyValue): boolean {
  return PyUfunc !== null && f instanceof PyUfunc;
}

function isArray(v: PyValue): v is PyValue & ArrayWrapper {
  return PyNdArray !== null && v instanceof PyNdArray;
}
function isArrayOrScalar(v: PyValue): v is PyValue & ArrayWrapper {
  return isArray(v) || (PyNpScalar !== null && v instanceof PyNpScalar);
}

function isEngineOperand(v: PyValue): boolean {
  return isArrayOrScalar(v) || v instanceof PyFloat || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/**
 * True when `out`, the value of an operator applied to `operands`, is an array the engine has
 * just made: nothing but the evaluator holds it yet.
 */
export function isFreshOperatorResult(out: PyValue, operands: readonly PyValue[]): boolean {
  if (!isArray(out)) return false;
  let anyArray = false;
  for (const v of operands) {
    if (!isEngineOperand(v) || v === out) return false;
    if (isArrayOrScalar(v)) {
      anyArray = true;
      // an output written into an operand (out= passed positionally, say) is not new
      if (mayReference(out, v.arr)) return false;
    }
  }
  return anyArray;
}

/**
 * Frees `operand`'s buffer when it was a fresh temporary (see isFreshOperatorResult) and the
 * operator that consumed it was computed by the engine into a different array.
 */
export function releaseConsumedTemporary(operand: PyValue, wasFresh: boolean, out: PyValue, operands: readonly PyValue[]): void {
  if (!wasFresh || !isArray(operand) || out === operand) return;
  for (const v of operands) if (!isEngineOperand(v)) return;
  if (isArrayOrScalar(out)) {
    if (out.arr === operand.arr || out.arr.base === operand.arr) return;
  }
  operand.arr.dispose();
}

/**
 * ndarray methods that keep no reference to their array and return a new array, a scalar, a
 * Python value or None (reductions, copies, casts, in-place sort): after one of them, a fresh
 * temporary receiver is garbage unless the result is the receiver or shares its memory (checked).
 */
const RECEIVER_SAFE = new Set([
  'sum', 'mean', 'std', 'var', 'prod', 'max', 'min', 'argmax', 'argmin', 'all', 'any', 'ptp',
  'cumsum', 'cumprod', 'trace', 'dot', 'round', 'clip', 'copy', 'astype', 'tolist', 'item',
  'nonzero', 'argsort', 'sort', 'nansum', 'nanmean', 'fill', 'tobytes',
]);

/** True when `out` is, or holds, an array or NumPy scalar that may share memory with `arr`. */
function mayReference(out: PyValue, arr: NDArray): boolean {
  if (isArrayOrScalar(out)) return out.arr === arr || out.arr.base === arr || mayShareMemory(out.arr.data, arr.data);
  if (out instanceof PyTuple) return out.items.some((v) => mayReference(v, arr));
  // plain Python values hold no array; any other object might
  return !(out === null || typeof out === 'number' || typeof out === 'bigint' || typeof out === 'boolean' || typeof out === 'string' || out instanceof PyFloat || isPlainList(out));
}

function isPlainList(v: PyValue): boolean {
  // tolist() gives nested lists of Python numbers; a list holding anything else counts as an object
  return v instanceof PyList && v.items.every((x) => x === null || typeof x !== 'object' || x instanceof PyFloat || isPlainList(x));
}

/**
 * After `receiver.method(...)` returned `out`: frees the receiver's buffer when it was a fresh
 * operator temporary (the caller checked with isFreshOperatorResult), the method is one of
 * RECEIVER_SAFE and `out` does not reference its memory. A method that raised releases nothing.
 */
export function releaseMethodReceiver(receiver: PyValue, method: string, out: PyValue): void {
  if (!isArray(receiver) || !RECEIVER_SAFE.has(method) || mayReference(out, receiver.arr)) return;
  receiver.arr.dispose();
}

/** Between statements: lets the engine heap sweep garbage arrays when it has grown enough. */
export function safePoint(): void {
  if (heapSweepWanted()) heapSafePoint();
}

// ---------------------------------------------------------------- sole-owner bindings

/** The binding (scope variables, name) that holds the only reference to an array. */
interface Binding {
  vars: Map<string, PyValue>;
  name: string;
}
const soleOwner = new WeakMap<object, Binding>();

/** `name = v` stored v in `vars`, v a fresh temporary (isFreshOperatorResult): the binding owns it. */
export function bindFresh(vars: Map<string, PyValue>, name: string, v: PyValue): void {
  if (isArray(v)) soleOwner.set(v, { vars, name });
}

/** `v` was read in a way that may keep a reference: no binding owns it any more. */
export function escape(v: PyValue): void {
  if (isArray(v)) soleOwner.delete(v);
}

/** Before `vars[name] = value`: releases the old value when this binding was its sole owner. */
export function releaseRebound(vars: Map<string, PyValue>, name: string, value: PyValue): void {
  const old = vars.get(name);
  if (old === undefined || old === value || !isArray(old)) return;
  const b = soleOwner.get(old);
  if (b === undefined || b.vars !== vars || b.name !== name) return;
  soleOwner.delete(old);
  old.arr.dispose();
}

/**
 * Before an operator or ufunc consumes `operands` read from names without escaping them: unless
 * every operand is an engine operand (so no user code sees them), they all escape.
 */
export function guardOperandReads(operands: readonly PyValue[]): void {
  for (const v of operands) {
    if (!isEngineOperand(v)) {
      for (const w of operands) escape(w);
      return;
    }
  }
}

/**
 * True when passing `v` to a builtin method might run user code that could keep the receiver:
 * instances of user classes (dunder methods), functions, bound methods, classes (constructors);
 * containers are looked into.
 */
function mayRunUserCode(v: PyValue): boolean {
  if (v === null || typeof v !== 'object' || isEngineOperand(v)) return false;
  if (v instanceof PyTuple || v instanceof PyList) return v.items.some(mayRunUserCode);
  return v instanceof PyInstance || v instanceof PyFunction || v instanceof PyBoundMethod || v instanceof PyClass || v instanceof PyDict || v instanceof PyBuiltin;
}

/** Before `receiver.method(args)` with the receiver read from a name: it escapes unless the method is RECEIVER_SAFE and no argument is user code. */
export function guardMethodRead(receiver: PyValue, method: string, args: readonly PyValue[], kwargs: Map<string, PyValue> | null): void {
  if (!isArray(receiver)) return;
  let safe = RECEIVER_SAFE.has(method);
  for (const v of args) if (mayRunUserCode(v)) safe = false;
  if (kwargs) for (const v of kwargs.values()) if (mayRunUserCode(v)) safe = false;
  if (!safe) escape(receiver);
}

/** After the consuming operation returned `out`: `v` escapes when `out` may reference its memory. */
export function escapeIfReferenced(v: PyValue, out: PyValue): void {
  if (isArray(v) && soleOwner.has(v) && mayReference(out, v.arr)) soleOwner.delete(v);
}

/** True for a method whose fresh receiver or name-read receiver keeps no reference after the call. */
export function isReceiverSafe(method: string): boolean {
  return RECEIVER_SAFE.has(method);
}

/**
 * True when `out`, returned by `self.method(args)`, is an array the method has just made: self is
 * an engine array, the method RECEIVER_SAFE, no out= was given, and out is neither an argument
 * nor shares memory with self (astype(copy=False) may return self).
 */
export function isFreshMethodResult(self: PyValue, method: string, out: PyValue, args: readonly PyValue[], kwargs: Map<string, PyValue> | null): boolean {
  if (!isArray(self) || !isArray(out) || !RECEIVER_SAFE.has(method) || kwargs?.has('out')) return false;
  for (const v of args) if (v === out || mayRunUserCode(v)) return false;
  if (kwargs) for (const v of kwargs.values()) if (v === out || mayRunUserCode(v)) return false;
  return !mayReference(out, self.arr);
}
