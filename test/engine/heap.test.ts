// The WebAssembly heap (src/engine/wasm/heap.ts): which arrays go on it, block reuse after
// dispose, zero-filling of recycled blocks, growth keeping old arrays valid, the limit and the
// disabled (browser without cross-origin isolation) fallbacks, retained subarray views, and the
// overlap test that replaces `.buffer` identity.
import { strict as assert } from 'node:assert';
import * as E from '../../src/engine/index';
import { allocate, allocateUninit } from '../../src/engine/ndarray';
import { HEAP_DEFAULT_LIMIT, heapAlloc, heapFree, heapStats, sizeClass, heapMemory } from '../../src/engine/wasm/heap';

describe('engine WebAssembly heap', () => {
  // room for these tests whatever the suite before them left live (finalizers run only between jobs)
  beforeEach(() => E.setHeapLimit(1 << 30));
  afterEach(() => {
    E.setHeapEnabled(true);
    E.setHeapLimit(HEAP_DEFAULT_LIMIT);
  });

  it('is available under Node (shared WebAssembly memory)', () => {
    assert.notEqual(heapMemory(), null);
  });

  it('holds numeric arrays of 4 KiB and more; small and str arrays stay plain', () => {
    assert.equal(E.isHeapArray(E.zeros([512]).data), true); // 4096 bytes
    assert.equal(E.isHeapArray(E.zeros([511]).data), false);
    assert.equal(E.isHeapArray(E.zeros([4096], 'bool').data), true);
    assert.equal(E.isHeapArray(E.zeros([1024], 'int64').data), true);
    assert.equal(E.isHeapArray(E.zeros([1024], 'float32').data), true);
    assert.equal(E.isHeapArray(E.array(['a', 'b']).data as never), false);
  });

  it('size classes are 16-byte multiples within 12.5% of the request', () => {
    for (const b of [4096, 4097, 5000, 65535, 65536, 1e6 + 8, 8e6]) {
      const c = sizeClass(b);
      assert.ok(c >= b && c <= b * 1.125 + 16, `${b} -> ${c}`);
      assert.equal(c % 16, 0);
    }
  });

  it('a disposed block is reused, and allocate() zero-fills it while allocateUninit() may not', () => {
    const a = allocate([3000], 'float64');
    (a.data as Float64Array).fill(7);
    const addr = a.data.byteOffset;
    a.dispose();
    const b = allocate([3000], 'float64');
    assert.equal(b.data.byteOffset, addr);
    assert.equal((b.data as Float64Array).every((v) => v === 0), true);
    (b.data as Float64Array).fill(5);
    b.dispose();
    const c = allocateUninit([3000], 'float64');
    assert.equal(c.data.byteOffset, addr);
    assert.equal(c.data[0], 5);
    c.dispose();
    const d = allocate([3000], 'int64'); // 24000 bytes: the same size class, any dtype
    assert.equal(d.data.byteOffset, addr);
    assert.equal((d.data as BigInt64Array)[2999], 0n);
  });

  it('dispose twice frees once; views keep their buffer', () => {
    const a = E.zeros([1000]);
    a.dispose();
    a.dispose();
    const b = E.zeros([1000]);
    const c = E.zeros([1000]);
    assert.notEqual(b.data.byteOffset, c.data.byteOffset);
    const v = E.getitem(b, [{ start: 1 }]);
    b.dispose(); // has views: left alone
    const d = E.zeros([1000]);
    assert.notEqual(d.data.byteOffset, b.data.byteOffset);
    assert.equal(v.base, b);
  });

  it('growing the memory keeps earlier arrays valid', () => {
    const before = heapStats().memoryBytes;
    const first = E.full([1000], 3.5);
    const big: E.NDArray[] = [];
    // 8 MiB arrays until the memory grows (free blocks left by earlier suites come first)
    for (let i = 0; i < 6 || (heapStats().memoryBytes === before && i < 200); i++) big.push(E.full([1 << 20], i % 6)); // 6 x 8 MiB
    assert.ok(heapStats().memoryBytes > before);
    assert.equal(first.get(999), 3.5);
    assert.equal(E.isHeapArray(first.data), true);
    assert.equal(E.isHeapArray(big[5].data), true);
    assert.equal(big[5].get(12345), 5);
    for (const b of big) b.dispose();
  });

  it('past the limit, and with the heap off, arrays are plain typed arrays with the same values', () => {
    E.setHeapLimit(0); // no new blocks (free blocks of a size class may still be reused)
    const a = E.arange(0, 123457, 1, 'float64'); // a size class nothing else uses
    assert.equal(E.isHeapArray(a.data), false);
    E.setHeapLimit(1 << 30);
    E.setHeapEnabled(false);
    const b = E.ufunc2('add', a, a);
    assert.equal(E.isHeapArray(b.data), false);
    assert.equal(b.get(123456), 246912);
  });

  it('a subarray view handed out by contiguousData keeps its block after the array is disposed', () => {
    const a = E.arange(0, 3000, 1, 'float64');
    const view = a.contiguousData(); // whole array: the array itself
    assert.equal(view, a.data);
    const sliced = E.getitem(a, [{ start: 10 }]);
    const sub = sliced.contiguousData();
    assert.equal(E.mayShareMemory(sub, a.data), true);
    // free the parent block directly (as the finalizer would): the retained view keeps it
    heapFree(a.data);
    const again = allocate([3000], 'float64');
    assert.notEqual(again.data.byteOffset, a.data.byteOffset);
    assert.equal(sub[0], 10);
  });

  it('free blocks at the top go back to the bump region: a freed region serves another size class, zero-filled when asked', () => {
    const cls = sizeClass(160000);
    const top = () => heapStats().reservedBytes + 1024; // + the reserved bytes below the first block
    // two neighbouring blocks at the top (free blocks of the class left by earlier suites first)
    const keep: E.NDArray[] = [];
    let a = allocate([20000], 'float64'); // 160000 bytes
    let b = allocate([20000], 'float64');
    while (!(a.data.byteOffset + cls === b.data.byteOffset && b.data.byteOffset + cls === top())) {
      keep.push(a, b);
      a = allocate([20000], 'float64');
      b = allocate([20000], 'float64');
    }
    (a.data as Float64Array).fill(3);
    (b.data as Float64Array).fill(4);
    const topBefore = heapStats().reservedBytes;
    b.dispose();
    a.dispose();
    // a different class: no free block fits it, so the top blocks are given back and reused
    const c = allocate([30000], 'float32'); // 120000 bytes
    assert.equal(c.data.byteOffset, Math.min(a.data.byteOffset, b.data.byteOffset));
    assert.equal((c.data as Float32Array).every((v) => v === 0), true);
    const d = allocateUninit([30000], 'float32');
    assert.ok(heapStats().reservedBytes <= topBefore);
    (d.data as Float32Array).fill(1);
    c.dispose();
    d.dispose();
    const e = allocate([1000], 'int64'); // old data below the high-water mark reads 0 too
    assert.equal((e.data as BigInt64Array).every((v) => v === 0n), true);
  });

  it('a disposed array never frees its block twice, even after the block was handed out again', () => {
    const a = E.zeros([3000]);
    const addr = a.data.byteOffset;
    a.dispose();
    const b = E.full([3000], 7);
    assert.equal(b.data.byteOffset, addr);
    a.dispose(); // a second dispose of the old array must not free b's block
    const c = E.full([3000], 9);
    assert.notEqual(c.data.byteOffset, addr);
    assert.equal(b.get(2999), 7);
  });

  it('heapAlloc declines requests below the minimum size', () => {
    assert.equal(heapAlloc(Float64Array, 100, true), null);
  });

  it('mayShareMemory: distinct heap arrays do not overlap, views of one do', () => {
    const a = E.zeros([1000]);
    const b = E.zeros([1000]);
    assert.equal(a.data.buffer === b.data.buffer, true); // why `.buffer` identity is no test
    assert.equal(E.mayShareMemory(a.data, b.data), false);
    assert.equal(E.mayShareMemory(a.data, (a.data as Float64Array).subarray(500)), true);
    const p = new Float64Array(10);
    assert.equal(E.mayShareMemory(p, p.subarray(2)), true);
    assert.equal(E.mayShareMemory(p, new Float64Array(10)), false);
  });
});
