// collections.deque: a double-ended queue with an optional maxlen (appending to a full deque drops
// from the other end, the moving-window idiom of training loops), the list-like methods
// (append/appendleft/pop/popleft/extend/extendleft/rotate/insert/remove/index/count/reverse/
// clear/copy), indexing, iteration (RuntimeError when mutated meanwhile), comparisons and
// CPython's reprs and error texts.
import { Kwargs, NOT_IMPLEMENTED, PyBuiltin, PyClass, PyIterator, PyList, PyNative, PyValue } from './values';
import { T, throwErr } from './types';
import { compare, pyEq, repr, toArray, toIndex } from './runtime';

export const DEQUE_CLASS = new PyClass('deque', [T.object], 'collections');

export class PyDeque extends PyNative {
  items: PyValue[];
  private mutations = 0;
  constructor(items: PyValue[], public maxlen: number | null) {
    super();
    this.items = maxlen !== null && items.length > maxlen ? items.slice(items.length - maxlen) : items;
  }
  pyType(): PyClass { return DEQUE_CLASS; }
  private trimLeft(): void { if (this.maxlen !== null) while (this.items.length > this.maxlen) this.items.shift(); }
  private trimRight(): void { if (this.maxlen !== null) while (this.items.length > this.maxlen) this.items.pop(); }
  private index(i: PyValue): number {
    let k = toIndex(i);
    if (k < 0) k += this.items.length;
    if (k < 0 || k >= this.items.length) throwErr('IndexError', 'deque index out of range');
    return k;
  }
  override len(): number { return this.items.length; }
  override bool(): boolean { return this.items.length > 0; }
  override getitem(key: PyValue): PyValue {
    if (key !== null && typeof key === 'object' && key.constructor.name === 'PySlice') throwErr('TypeError', "sequence index must be integer, not 'slice'");
    return this.items[this.index(key)];
  }
  override setitem(key: PyValue, value: PyValue): void { this.items[this.index(key)] = value; this.mutations++; }
  override contains(item: PyValue): boolean { return this.items.some((x) => x === item || pyEq(x, item)); }
  override iter(): PyIterator {
    const start = this.mutations;
    let i = 0;
    return new PyIterator(() => {
      if (this.mutations !== start) throwErr('RuntimeError', 'deque mutated during iteration');
      return i < this.items.length ? this.items[i++] : undefined;
    }, 'deque_iterator');
  }
  override repr(): string {
    const body = `[${this.items.map(repr).join(', ')}]`;
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof PyDeque)) return op === 'Eq' ? false : op === 'NotEq' ? true : NOT_IMPLEMENTED;
    return compare(op, new PyList(this.items), new PyList(other.items));
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue {
    if (op === 'Add' && other instanceof PyDeque && !reflected) return new PyDeque([...this.items, ...other.items], this.maxlen);
    if (op === 'Mult' && typeof other === 'number') {
      const out: PyValue[] = [];
      for (let i = 0; i < other; i++) out.push(...this.items);
      return new PyDeque(out, this.maxlen);
    }
    return NOT_IMPLEMENTED;
  }
  override inplace(op: string, other: PyValue): PyValue {
    if (op === 'Add') { this.items.push(...toArray(other)); this.trimLeft(); this.mutations++; return this; }
    return NOT_IMPLEMENTED;
  }
  override hashKey(): unknown { throwErr('TypeError', "unhashable type: 'collections.deque'"); }
  override getattr(name: string): PyValue | undefined {
    const m = (fn: (a: PyValue[]) => PyValue) => new PyBuiltin(name, (a) => fn(a));
    const mutate = (fn: (a: PyValue[]) => PyValue) => m((a) => { this.mutations++; return fn(a); });
    switch (name) {
      case 'maxlen': return this.maxlen;
      case 'append': return mutate((a) => { this.items.push(a[0] ?? null); this.trimLeft(); return null; });
      case 'appendleft': return mutate((a) => { this.items.unshift(a[0] ?? null); this.trimRight(); return null; });
      case 'pop': return mutate(() => { if (!this.items.length) throwErr('IndexError', 'pop from an empty deque'); return this.items.pop()!; });
      case 'popleft': return mutate(() => { if (!this.items.length) throwErr('IndexError', 'pop from an empty deque'); return this.items.shift()!; });
      case 'extend': return mutate((a) => { this.items.push(...toArray(a[0] ?? null)); this.trimLeft(); return null; });
      case 'extendleft': return mutate((a) => { for (const v of toArray(a[0] ?? null)) this.items.unshift(v); this.trimRight(); return null; });
      case 'clear': return mutate(() => { this.items = []; return null; });
      case 'copy': return m(() => new PyDeque(this.items.slice(), this.maxlen));
      case 'count': return m((a) => this.items.filter((x) => x === a[0] || pyEq(x, a[0] ?? null)).length);
      case 'reverse': return mutate(() => { this.items.reverse(); return null; });
      case 'rotate': return mutate((a) => {
        const n = this.items.length;
        if (!n) return null;
        let k = a.length ? toIndex(a[0]) : 1;
        k = ((k % n) + n) % n;
        if (k) this.items = [...this.items.slice(n - k), ...this.items.slice(0, n - k)];
        return null;
      });
      case 'insert': return mutate((a) => {
        if (this.maxlen !== null && this.items.length >= this.maxlen) throwErr('IndexError', 'deque already at its maximum size');
        let i = toIndex(a[0] ?? null);
        const n = this.items.length;
        if (i < 0) i = Math.max(0, i + n);
        this.items.splice(Math.min(i, n), 0, a[1] ?? null);
        return null;
      });
      case 'remove': return mutate((a) => {
        const i = this.items.findIndex((x) => x === a[0] || pyEq(x, a[0] ?? null));
        if (i < 0) throwErr('ValueError', `${repr(a[0] ?? null)} is not in deque`);
        this.items.splice(i, 1);
        return null;
      });
      case 'index': return m((a) => {
        const n = this.items.length;
        const norm = (v: PyValue | undefined, d: number) => { if (v === undefined) return d; let k = toIndex(v); if (k < 0) k = Math.max(0, k + n); return Math.min(k, n); };
        const lo = norm(a[1], 0), hi = norm(a[2], n);
        for (let i = lo; i < hi; i++) if (this.items[i] === a[0] || pyEq(this.items[i], a[0] ?? null)) return i;
        throwErr('ValueError', `${repr(a[0] ?? null)} is not in deque`);
      });
    }
    return undefined;
  }
}

DEQUE_CLASS.construct = (a: PyValue[], k: Kwargs) => {
  const iterable = a[0] ?? k?.get('iterable') ?? null;
  const ml = a.length > 1 ? a[1] : k?.get('maxlen') ?? null;
  let maxlen: number | null = null;
  if (ml !== null) {
    if (typeof ml !== 'number' && typeof ml !== 'bigint' && typeof ml !== 'boolean') throwErr('TypeError', 'an integer is required');
    maxlen = Number(ml);
    if (maxlen < 0) throwErr('ValueError', 'maxlen must be non-negative');
  }
  return new PyDeque(iterable === null ? [] : toArray(iterable), maxlen);
};

