// functools.lru_cache and functools.cache: a wrapper that really memoises, keyed like CPython's
// _make_key (positional arguments, a keyword marker, then keyword name/value pairs; with
// typed=True the argument types too), so 3 and 3.0 share an entry unless typed. maxsize=None is
// unbounded, maxsize=0 caches nothing, otherwise least-recently-used entries are evicted. The
// cached object itself is returned (identity holds), cache_info() is the CacheInfo namedtuple,
// cache_clear() empties it, and the wrapper binds as a method when it is a class attribute.
import {
  Kwargs, PyBoundMethod, PyBuiltin, PyClass, PyDict, PyFunction, PyInstance, PyNamedTuple, PyNative, PyTuple, PyValue, isInt,
} from './values';
import { T, throwErr } from './types';
import { callValue, dictSet, getattrOpt, hashKey, objectId, typeOf } from './runtime';
import { makeNamedTupleClass } from './namedtuple';

const wrapperClass = new PyClass('_lru_cache_wrapper', [T.object], 'functools');
export const CACHE_INFO = makeNamedTupleClass('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], new Map(), new Map(), 'functools');
/** Separates positional from keyword arguments in a key (CPython's kwd_mark object). */
const KWD_MARK = new PyInstance(T.object);

class LruCacheWrapper extends PyNative {
  private entries = new Map<unknown, PyValue>();
  private hits = 0;
  private misses = 0;
  constructor(private fn: PyValue, private maxsize: number | null, private typed: boolean) { super(); }
  pyType(): PyClass { return wrapperClass; }

  private key(args: PyValue[], kwargs: Kwargs): unknown {
    // CPython keys a lone int or str argument by the value itself, everything else by a tuple,
    // so f(1) and f(1.0) are two entries while f(1.0) and f(True) share one
    const a0 = args[0];
    if (!this.typed && args.length === 1 && !(kwargs && kwargs.size) && (typeof a0 === 'number' || typeof a0 === 'bigint' || typeof a0 === 'string')) {
      return 'lone:' + String(hashKey(a0));
    }
    const parts: PyValue[] = [...args];
    if (kwargs && kwargs.size) {
      parts.push(KWD_MARK);
      for (const [k, v] of kwargs) parts.push(k, v);
    }
    if (this.typed) {
      for (const a of args) parts.push(typeOf(a));
      if (kwargs) for (const v of kwargs.values()) parts.push(typeOf(v));
    }
    // one hashable tuple key: hashKey raises CPython's "unhashable type" for lists/dicts
    return hashKey(new PyTuple(parts));
  }

  override call(args: PyValue[], kwargs: Kwargs): PyValue {
    if (this.maxsize === 0) {
      this.misses++;
      return callValue(this.fn, args, kwargs);
    }
    const k = this.key(args, kwargs);
    if (this.entries.has(k)) {
      this.hits++;
      const v = this.entries.get(k)!;
      if (this.maxsize !== null) { this.entries.delete(k); this.entries.set(k, v); }
      return v;
    }
    this.misses++;
    const v = callValue(this.fn, args, kwargs);
    if (this.entries.has(k)) return v; // a recursive call filled it meanwhile: keep the first entry
    this.entries.set(k, v);
    if (this.maxsize !== null && this.entries.size > this.maxsize) this.entries.delete(this.entries.keys().next().value);
    return v;
  }

  override getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'cache_info':
        return new PyBuiltin('cache_info', () => new PyNamedTuple([this.hits, this.misses, this.maxsize, this.entries.size], CACHE_INFO));
      case 'cache_clear':
        return new PyBuiltin('cache_clear', () => { this.entries.clear(); this.hits = 0; this.misses = 0; return null; });
      case 'cache_parameters':
        return new PyBuiltin('cache_parameters', () => {
          const d = new PyDict();
          dictSet(d, 'maxsize', this.maxsize);
          dictSet(d, 'typed', this.typed);
          return d;
        });
      case '__wrapped__': return this.fn;
      case '__name__': case '__qualname__': case '__doc__': case '__module__': return getattrOpt(this.fn, name) ?? null;
    }
    return undefined;
  }

  /** A cached function stored on a class binds its instance like a plain function does. */
  override bindTo(self: PyValue): PyValue {
    return new PyBuiltin(String(getattrOpt(this.fn, '__name__') ?? 'method'), (args, kwargs) => this.call([self, ...args], kwargs));
  }

  override repr(): string { return `<functools._lru_cache_wrapper object at 0x${objectId(this).toString(16)}>`; }
}

function isCallable(v: PyValue): boolean {
  if (v instanceof PyNative) return !!v.call;
  if (v instanceof PyInstance) return v.cls.lookup('__call__') !== undefined;
  return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyClass;
}

/** functools.lru_cache(maxsize=128, typed=False), usable bare (`@lru_cache`) or called. */
export const lruCache = new PyBuiltin('lru_cache', (args, kwargs) => {
  let maxsize: PyValue = 128;
  let typed: PyValue = false;
  if (args.length > 2) throwErr('TypeError', `lru_cache() takes from 0 to 2 positional arguments but ${args.length} were given`);
  if (args.length) maxsize = args[0];
  if (args.length > 1) typed = args[1];
  if (kwargs) for (const [k, v] of kwargs) {
    if (k === 'maxsize' && args.length < 1) maxsize = v;
    else if (k === 'typed' && args.length < 2) typed = v;
    else throwErr('TypeError', `lru_cache() got an unexpected keyword argument '${k}'`);
  }
  if (args.length && isCallable(args[0]) && typeof args[0] !== 'boolean' && !isInt(args[0])) {
    return new LruCacheWrapper(args[0], 128, typed === true);
  }
  let size: number | null;
  if (maxsize === null) size = null;
  else if (isInt(maxsize) || typeof maxsize === 'boolean') size = Math.max(0, Number(maxsize));
  else throwErr('TypeError', 'Expected first argument to be an integer, a callable, or None');
  const isTyped = typed !== false && typed !== null && typed !== 0;
  return new PyBuiltin('decorating_function', (a) => new LruCacheWrapper(a[0], size, isTyped));
});

/** functools.cache(user_function): lru_cache(maxsize=None). */
export const cacheDecorator = new PyBuiltin('cache', (args) => {
  if (args.length !== 1) throwErr('TypeError', `cache() takes 1 positional argument but ${args.length} were given`);
  return new LruCacheWrapper(args[0], null, false);
});

