// The engine's WebAssembly heap: one shared `WebAssembly.Memory` that holds the data of every
// numeric array above HEAP_MIN_BYTES, so the SIMD kernels (simd.ts) run on array data in place
// instead of copying it in and out (a copy costs as much as the operation itself).
//
// Why shared memory: a shared memory grows without detaching the typed arrays already viewing
// it (a non-shared memory's grow() detaches its ArrayBuffer, which would break every live array).
// After a grow, `memory.buffer` is a new SharedArrayBuffer object over the same memory, so
// "is this array on the heap" asks a WeakSet of every buffer object handed out (isHeapArray).
// Where shared memory is unavailable (a browser page without cross-origin isolation, no
// WebAssembly) the heap is off and every array is a plain JS typed array: same results, slower.
//
// Allocator: size classes (8 per power of two, so at most 12.5% waste), one free list per
// class (last freed first: it is warm in the cache), and a bump pointer; blocks are never split
// or merged, but before the bump pointer grows, free blocks at the top of the bump region are
// given back to it (so a freed region serves any size class next). A block is
// freed at once by NDArray.dispose (heapFree), when its typed array is garbage-collected
// (FinalizationRegistry, which runs only between jobs), or by a sweep (heapCollect).
// Typed arrays made over part of a block that may outlive the array (subarray views) are
// registered with heapRetainView, so the block is freed only when every one of them is gone.
// Past the heap limit allocations fall back to plain typed arrays.
//
// Sweeps: a whole interpreted program is one synchronous job, so finalizers never run during it
// and garbage arrays (a value dropped by rebinding a name, say) would hold their blocks until
// the end. Where the host can collect garbage synchronously (Node: src/engine/wasm/collector.node.ts
// installs a collector), every allocation also keeps a WeakRef to its typed arrays; once the
// live bytes (garbage included) have doubled since the last sweep, by SWEEP_GROWTH at least
// (or an allocation met the limit), the next safe point (heapSafePoint, which the interpreter
// calls between statements, never inside engine code, which may hold raw addresses) runs the
// collector and frees every block whose typed arrays are all gone. That is V8's
// own reachability analysis, so a block still reachable from anything (a name, a list, a
// closure, a generator frame, a view's base, a half-evaluated expression) is never freed.

/** Arrays smaller than this stay plain JS typed arrays (the kernels gain nothing on them). */
export const HEAP_MIN_BYTES = 4096;
const PAGE = 65536;
const GROW_CHUNK_PAGES = 256; // 16 MiB
/**
 * Default cap on heap bytes. Kept moderate because blocks are recycled only through dispose()
 * or finalizers, and finalizers never run inside one synchronous job (a whole interpreted
 * program): until the job ends every new block is fresh memory, whose first-touch page faults
 * cost as much as the work on it (very slow on some sandboxed hosts). Beyond the cap, arrays are
 * plain typed arrays, which V8 recycles by GC during the job.
 */
export const HEAP_DEFAULT_LIMIT = 128 * 1024 * 1024;
const DEFAULT_LIMIT = HEAP_DEFAULT_LIMIT;
/** Bytes [0, RESERVED) are never handed out (address 0 stays invalid, kernels may use it). */
const RESERVED = 1024;

type Ctor<T> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number };

let memory: WebAssembly.Memory | null = null;
let maxPages = 0;
let minBytes = HEAP_MIN_BYTES;
let limitBytes = DEFAULT_LIMIT;
let enabled = true;
let current: ArrayBufferLike | null = null;
const heapBuffers = new WeakSet<ArrayBufferLike>();
let top = RESERVED;
/** Bytes below this were handed out before (a block there may hold old data). */
let highWater = RESERVED;

/** A block of the bump region [RESERVED, top): live (alloc set) or free (on its class's free list). */
interface Block {
  addr: number;
  cls: number;
  alloc: Alloc | null;
  /** Given back to the bump region (a free list may still hold it: skipped). */
  trimmed: boolean;
}
/** One allocation of a block: the typed arrays registered on it (the array, retained views). */
interface Alloc {
  block: Block;
  /** Registered typed arrays not yet released. */
  refs: number;
  freed: boolean;
  /** WeakRefs to those typed arrays, kept only while a collector is installed (for sweeps). */
  weak: WeakRef<object>[] | null;
}
/** Every block of the bump region by address, and in address order. */
const blocks = new Map<number, Block>();
const order: Block[] = [];
/** Free blocks by size class, last freed on top (a recently used block is warm in the cache). */
const freeLists = new Map<number, Block[]>();
let liveBytes = 0;

// each typed array is registered with itself as the unregister token: a registration ends once,
// by heapFree (unregister) or by the finalizer, never both
const registry: FinalizationRegistry<Alloc> | null =
  typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<Alloc>((alloc) => release(alloc)) : null;

/** Least growth of the live bytes (garbage included) between two sweeps. */
export const SWEEP_GROWTH = 32 * 1024 * 1024;
/** A full synchronous garbage collection after which WeakRefs to unreachable objects read undefined. */
export type HeapCollector = () => void;
let collector: HeapCollector | null = null;
let sweepGrowth = SWEEP_GROWTH;
/** Growth allowed between sweeps is at least the live size (off in tests: a fixed growth). */
let growthProportional = true;
let poison = false;
let sweepWanted = false;
let sweeps = 0;
/** liveBytes after the last sweep. */
let liveAfterSweep = 0;
/** liveBytes that makes a sweep due: liveAfterSweep plus as much again, at least SWEEP_GROWTH. */
let sweepAtLive = SWEEP_GROWTH;

function createMemory(): WebAssembly.Memory | null {
  if (typeof WebAssembly === 'undefined' || typeof SharedArrayBuffer === 'undefined' || !registry) return null;
  // a smaller reservation when the full 4 GiB address space cannot be reserved (32-bit hosts)
  for (const max of [65536, 16384, 4096]) {
    try {
      const m = new WebAssembly.Memory({ initial: 1, maximum: max, shared: true } as WebAssembly.MemoryDescriptor);
      if (!(m.buffer instanceof SharedArrayBuffer)) return null;
      maxPages = max;
      return m;
    } catch {
      // try the next size
    }
  }
  return null;
}

function init(): void {
  memory = createMemory();
  if (memory) {
    current = memory.buffer;
    heapBuffers.add(current);
  }
}
init();

/** The shared memory (for the kernels' import), or null when the heap is unavailable. */
export function heapMemory(): WebAssembly.Memory | null {
  return memory;
}

/** Largest size (pages) the memory may grow to; kernels declare it in their memory import. */
export function heapMaxPages(): number {
  return maxPages;
}

/** True when `t` views the heap (then `t.byteOffset` is its address in the kernels' memory). */
export function isHeapArray(t: ArrayBufferView): boolean {
  return heapBuffers.has(t.buffer);
}

/**
 * Turns heap allocation on or off (off: every new array is a plain typed array, exactly the
 * browser-without-isolation behaviour; arrays already on the heap stay valid).
 */
export function setHeapEnabled(on: boolean): void {
  enabled = on;
}

/** The size from which arrays go on the heap (tests lower it to put small arrays there). */
export function setHeapMinBytes(bytes: number): void {
  minBytes = bytes;
}

export function heapEnabled(): boolean {
  return enabled && memory !== null;
}

/** Caps the bytes the heap hands out (beyond it arrays are plain typed arrays). */
export function setHeapLimit(bytes: number): void {
  limitBytes = Math.max(0, Math.min(bytes, maxPages * PAGE));
}

export interface HeapStats {
  /** Bytes of the memory in use by blocks ever handed out (live or on free lists). */
  reservedBytes: number;
  liveBytes: number;
  freeBytes: number;
  memoryBytes: number;
  /** Sweeps run so far (heapCollect). */
  sweeps: number;
}

export function heapStats(): HeapStats {
  let free = 0;
  for (const b of order) if (b.alloc === null) free += b.cls;
  return { reservedBytes: top - RESERVED, liveBytes, freeBytes: free, memoryBytes: memory ? memory.buffer.byteLength : 0, sweeps };
}

/** The size class of a request: 8 classes per power of two, multiples of 16 bytes. */
export function sizeClass(bytes: number): number {
  if (bytes <= 256) return Math.max(16, (bytes + 15) & ~15);
  const p = 2 ** Math.floor(Math.log2(bytes));
  const step = p / 8;
  return Math.ceil(bytes / step) * step;
}

/** A free block of class `cls`, or null. */
function popFree(cls: number): Block | null {
  const list = freeLists.get(cls);
  if (list === undefined) return null;
  while (list.length > 0) {
    const b = list.pop()!;
    if (!b.trimmed && b.alloc === null) return b;
  }
  return null;
}

/**
 * A typed array of `n` elements on the heap, or null (heap off, request too small, limit
 * reached). `zero`: the contents must read 0 (a recycled block holds old data).
 */
export function heapAlloc<T extends ArrayBufferView>(ctor: Ctor<T>, n: number, zero: boolean): T | null {
  const bytes = n * ctor.BYTES_PER_ELEMENT;
  if (!enabled || memory === null || bytes < minBytes || bytes === 0) return null;
  const cls = sizeClass(bytes);
  let block = popFree(cls);
  let dirty = true;
  if (block === null) {
    trimTop(); // free blocks at the top serve any class: give them back before growing
    if (top + cls > limitBytes) {
      // at the limit a sweep is due too, unless the live arrays alone fill the heap (then one
      // per statement would free nothing)
      if (collector !== null && liveBytes + cls > liveAfterSweep + sweepGrowth / 4) sweepWanted = true;
      return null;
    }
    if (top + cls > current!.byteLength && !grow(top + cls)) return null;
    block = { addr: top, cls, alloc: null, trimmed: false };
    dirty = top < highWater;
    top += cls;
    if (top > highWater) highWater = top;
    blocks.set(block.addr, block);
    order.push(block);
  }
  const t = new ctor(current!, block.addr, n);
  if (dirty && zero) (t as unknown as { fill(v: number | bigint): void }).fill(typeof (t as unknown as { [i: number]: unknown })[0] === 'bigint' ? 0n : 0);
  const alloc: Alloc = { block, refs: 0, freed: false, weak: null };
  block.alloc = alloc;
  liveBytes += cls;
  if (liveBytes > sweepAtLive && collector !== null) sweepWanted = true;
  register(alloc, t);
  return t;
}

function register(alloc: Alloc, t: ArrayBufferView): void {
  alloc.refs++;
  registry!.register(t, alloc, t);
  if (collector !== null) (alloc.weak ??= []).push(new WeakRef(t));
}

function grow(needBytes: number): boolean {
  const have = memory!.buffer.byteLength / PAGE;
  const need = Math.ceil(needBytes / PAGE);
  const pages = Math.min(maxPages, Math.max(need, have + GROW_CHUNK_PAGES)) - have;
  if (have + pages < need) return false;
  try {
    memory!.grow(pages);
  } catch {
    return false;
  }
  current = memory!.buffer;
  heapBuffers.add(current);
  return true;
}

/**
 * Registers `view`, a typed array over part of heap array `parent`'s block that may outlive
 * `parent`: the block stays allocated until both are collected. No-op for non-heap arrays.
 */
export function heapRetainView(parent: ArrayBufferView, view: ArrayBufferView): void {
  if (!isHeapArray(parent) || !registry) return;
  const alloc = allocAt(parent.byteOffset);
  if (alloc === undefined) return;
  register(alloc, view);
}

/** The live allocation holding byte address `at`. */
function allocAt(at: number): Alloc | undefined {
  const b = blocks.get(at);
  if (b !== undefined) return b.alloc ?? undefined;
  // a view that does not start at its block: search the blocks (rare path)
  for (const x of order) if (at >= x.addr && at < x.addr + x.cls) return x.alloc ?? undefined;
  return undefined;
}

/**
 * Hands the block of heap array `t` back now (NDArray.dispose). The caller promises `t` is not
 * used again. No-op for plain arrays and for arrays already freed.
 */
export function heapFree(t: ArrayBufferView): void {
  if (!registry || !registry.unregister(t)) return;
  const alloc = allocAt(t.byteOffset);
  if (alloc !== undefined) release(alloc);
}

/** One registration of `alloc` ended. (A swept allocation's finalizers may still come: ignored.) */
function release(alloc: Alloc): void {
  if (alloc.freed || --alloc.refs > 0) return;
  free(alloc);
}

function free(alloc: Alloc): void {
  alloc.freed = true;
  alloc.weak = null;
  const block = alloc.block;
  const { addr, cls } = block;
  if (poison) new Uint8Array(current!, addr, cls).fill(0xff); // NaN / -1 in whatever reads it next
  block.alloc = null;
  liveBytes -= cls;
  let list = freeLists.get(cls);
  if (!list) freeLists.set(cls, (list = []));
  list.push(block);
}

/** Gives free blocks at the top of the bump region back to it. */
function trimTop(): void {
  while (order.length > 0) {
    const b = order[order.length - 1];
    if (b.alloc !== null) break;
    b.trimmed = true;
    blocks.delete(b.addr);
    order.pop();
    top = b.addr;
  }
}

/**
 * Installs (or with null removes) the host's synchronous garbage collector: a function that
 * runs a full collection after which WeakRefs to unreachable objects read undefined, even inside
 * the current job (see collector.ts). Arrays allocated from then on can be swept.
 */
export function setHeapCollector(collect: HeapCollector | null): void {
  collector = collect;
  sweepWanted = false;
  afterSweep();
}

/**
 * Test hooks: the growth between sweeps (tests sweep after a few small arrays; any other value
 * than SWEEP_GROWTH is a fixed growth, whatever the live size), and
 * poisoning (every freed block is overwritten with 0xff bytes, so a use after free shows).
 */
export function setHeapSweepGrowth(bytes: number): void {
  sweepGrowth = bytes;
  growthProportional = bytes === SWEEP_GROWTH;
  afterSweep();
}
export function setHeapPoison(on: boolean): void {
  poison = on;
}

/** True when a sweep is due (heapSafePoint would run one). Cheap: called between statements. */
export function heapSweepWanted(): boolean {
  return sweepWanted;
}

/**
 * A point where no engine code is running (the interpreter between statements): runs the sweep
 * when one is due. Sweeping only here means engine code can hold raw addresses and transient
 * typed arrays over a block without registering them.
 */
export function heapSafePoint(): void {
  if (sweepWanted) heapCollect();
}

/**
 * Runs the collector and frees the block of every swept allocation whose typed arrays are all
 * unreachable; returns the bytes freed (0 without a collector). Only at a safe point.
 * (A full collection: V8's scavenges keep WeakRef targets alive, so a cheaper young-generation
 * collection would free nothing here — measured.)
 */
export function heapCollect(): number {
  sweepWanted = false;
  if (collector === null) return 0;
  collector();
  sweeps++;
  const freed = sweep();
  afterSweep();
  return freed;
}

function sweep(): number {
  let freed = 0;
  for (const block of order) {
    const alloc = block.alloc;
    if (alloc === null) continue;
    const weak = alloc.weak;
    if (weak === null) continue; // allocated before the collector was installed: finalizers only
    let reachable = false;
    for (let k = 0; k < weak.length && !reachable; k++) reachable = weak[k].deref() !== undefined;
    if (!reachable) {
      freed += block.cls;
      free(alloc);
    }
  }
  return freed;
}

/** After a sweep: stale free-list entries go, and the next sweep is due when the live bytes have doubled (by SWEEP_GROWTH at least). */
function afterSweep(): void {
  trimTop();
  for (const [cls, list] of freeLists) freeLists.set(cls, list.filter((b) => !b.trimmed && b.alloc === null));
  liveAfterSweep = liveBytes;
  sweepAtLive = liveBytes + (growthProportional ? Math.max(sweepGrowth, liveBytes) : sweepGrowth);
}

/**
 * True when the memory of typed arrays x and y may overlap: the same buffer and intersecting
 * byte ranges (distinct heap arrays share one buffer but never overlap).
 */
export function mayShareMemory(x: ArrayBufferView, y: ArrayBufferView): boolean {
  if (x.buffer !== y.buffer) return false;
  if (!isHeapArray(x)) return true;
  return x.byteOffset < y.byteOffset + y.byteLength && y.byteOffset < x.byteOffset + x.byteLength;
}
