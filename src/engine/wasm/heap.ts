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
// class, and a bump pointer; blocks are never split or merged. A block is freed when its typed
// array is garbage-collected (FinalizationRegistry) or at once by NDArray.dispose (heapFree).
// Typed arrays made over part of a block that may outlive the array (subarray views) are
// registered with heapRetainView, so the block is freed only when every one of them is gone.
// Past the heap limit (live blocks + free lists) allocations fall back to plain typed arrays;
// those make V8 collect garbage, which runs the finalizers that refill the free lists.

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
const freeLists = new Map<number, number[]>();
/** Size class of every block handed out (address -> bytes). */
const blockClass = new Map<number, number>();
/** Registered typed arrays still alive per block (the array itself plus retained views). */
const blockRefs = new Map<number, number>();
let liveBytes = 0;

const registry: FinalizationRegistry<number> | null =
  typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<number>((addr) => release(addr)) : null;

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
}

export function heapStats(): HeapStats {
  let free = 0;
  for (const [cls, list] of freeLists) free += cls * list.length;
  return { reservedBytes: top - RESERVED, liveBytes, freeBytes: free, memoryBytes: memory ? memory.buffer.byteLength : 0 };
}

/** The size class of a request: 8 classes per power of two, multiples of 16 bytes. */
export function sizeClass(bytes: number): number {
  if (bytes <= 256) return Math.max(16, (bytes + 15) & ~15);
  const p = 2 ** Math.floor(Math.log2(bytes));
  const step = p / 8;
  return Math.ceil(bytes / step) * step;
}

/**
 * A typed array of `n` elements on the heap, or null (heap off, request too small, limit
 * reached). `zero`: the contents must read 0 (a recycled block holds old data).
 */
export function heapAlloc<T extends ArrayBufferView>(ctor: Ctor<T>, n: number, zero: boolean): T | null {
  const bytes = n * ctor.BYTES_PER_ELEMENT;
  if (!enabled || memory === null || bytes < minBytes || bytes === 0) return null;
  const cls = sizeClass(bytes);
  const list = freeLists.get(cls);
  let addr: number;
  let recycled = false;
  if (list && list.length > 0) {
    addr = list.pop()!;
    recycled = true;
  } else {
    if (top + cls > limitBytes) return null;
    if (top + cls > current!.byteLength && !grow(top + cls)) return null;
    addr = top;
    top += cls;
    blockClass.set(addr, cls);
  }
  const t = new ctor(current!, addr, n);
  if (recycled && zero) (t as unknown as { fill(v: number | bigint): void }).fill(typeof (t as unknown as { [i: number]: unknown })[0] === 'bigint' ? 0n : 0);
  blockRefs.set(addr, 1);
  liveBytes += cls;
  registry!.register(t, addr, t);
  return t;
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
  const addr = blockOf(parent.byteOffset);
  if (addr === undefined) return;
  blockRefs.set(addr, (blockRefs.get(addr) ?? 0) + 1);
  registry.register(view, addr, view);
}

/** The block holding byte address `at` (blocks start where heapAlloc put them). */
function blockOf(at: number): number | undefined {
  if (blockClass.has(at) && blockRefs.has(at)) return at;
  // a view that does not start at its block: search the live blocks (rare path)
  for (const [addr] of blockRefs) if (at >= addr && at < addr + blockClass.get(addr)!) return addr;
  return undefined;
}

/**
 * Hands the block of heap array `t` back now (NDArray.dispose). The caller promises `t` is not
 * used again. No-op for plain arrays and for arrays already freed.
 */
export function heapFree(t: ArrayBufferView): void {
  if (!registry || !isHeapArray(t)) return;
  if (registry.unregister(t)) release(blockOf(t.byteOffset)!);
}

function release(addr: number): void {
  const refs = (blockRefs.get(addr) ?? 1) - 1;
  if (refs > 0) {
    blockRefs.set(addr, refs);
    return;
  }
  blockRefs.delete(addr);
  const cls = blockClass.get(addr)!;
  liveBytes -= cls;
  let list = freeLists.get(cls);
  if (!list) freeLists.set(cls, (list = []));
  list.push(addr);
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
