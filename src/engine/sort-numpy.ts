// NumPy 2.4's sorting and selection orders, reproduced element-for-element (ties, NaNs and signed
// zeros included) for an x86-64 CPU with AVX-512 (NumPy's AVX512_SKX/ICL dispatch targets; the CI
// machine has them). What NumPy runs for the default kind, by dtype:
//  - argsort of 32/64-bit (int32/64, uint32/64, float32/64): x86-simd-sort's avx512_argsort. Float
//    lanes with a NaN go whole to libstdc++'s std::sort with a NaN-last comparator; an already
//    non-decreasing lane keeps the identity; otherwise a vectorised quicksort (median-of-8 pivot,
//    4x-unrolled compress-store partition, depth limit 2*floor(log2 n) falling back to std::sort)
//    down to <=256 elements, which a bitonic network of 8-lane key/index registers sorts. The lane
//    behaviour (min/max, masked moves, compress-stores) is emulated because tie order comes from it.
//  - argsort of 8/16-bit, bool, float16, str, complex: NumPy's own introsort (median-of-3,
//    insertion sort at <=16, heapsort when the depth budget 2*msb(n) runs out).
//  - argpartition: avx512_argselect for one kth of a 32/64-bit dtype, else NumPy's introselect.
//  - np.partition (values): avx512_qselect for one kth of a 16/32/64-bit dtype, else introselect.
//  - np.sort (values): only observable where -0.0 meets 0.0 (or for float16): avx512_qsort, whose
//    min/max networks decide the zeros' signs.
// Keys arrive as a Float64Array of order-preserving numbers (see laneKeys in sort.ts): the
// algorithms only compare keys, so any map that keeps <, == and NaN-ness gives the same result.
// The algorithms are re-derived from reading NumPy/x86-simd-sort/libstdc++; no code is copied.

export type Keys = Float64Array;
/** Index buffers: a permutation of 0..n-1 (Int32 suffices: lanes never reach 2^31 elements). */
export type Perm = Int32Array;

/** NumPy's float ordering: NaN after everything. */
function lessNaN(a: number, b: number): boolean {
  return a < b || (b !== b && a === a);
}

// ---------------------------------------------------------------------------------------------
// NumPy introsort (npysort/quicksort.cpp aquicksort_ + heapsort.hpp): 8/16-bit and bool dtypes.

/** Index of the most significant set bit (npy_get_msb). */
function msb(n: number): number {
  let d = 0;
  while ((n = Math.floor(n / 2)) > 0) d++;
  return d;
}

/** Heapsort of arg[lo, lo+n) by v (NumPy's aheapsort: 1-based heap, sift-down on the fly). */
export function npyArgHeapsort(v: Keys, arg: Perm, lo: number, n: number): void {
  const b = lo - 1; // a[k] == arg[b + k]
  let i: number, j: number, tmp: number;
  for (let l = n >> 1; l > 0; --l) {
    tmp = arg[b + l];
    for (i = l, j = l << 1; j <= n; ) {
      if (j < n && lessNaN(v[arg[b + j]], v[arg[b + j + 1]])) j += 1;
      if (lessNaN(v[tmp], v[arg[b + j]])) {
        arg[b + i] = arg[b + j];
        i = j;
        j += j;
      } else break;
    }
    arg[b + i] = tmp;
  }
  for (; n > 1; ) {
    tmp = arg[b + n];
    arg[b + n] = arg[b + 1];
    n -= 1;
    for (i = 1, j = 2; j <= n; ) {
      if (j < n && lessNaN(v[arg[b + j]], v[arg[b + j + 1]])) j++;
      if (lessNaN(v[tmp], v[arg[b + j]])) {
        arg[b + i] = arg[b + j];
        i = j;
        j += j;
      } else break;
    }
    arg[b + i] = tmp;
  }
}

/** NumPy's aquicksort_ (introsort over an index buffer). */
export function npyArgQuicksort(v: Keys, arg: Perm, num: number): void {
  const SMALL = 15;
  const stack: number[] = [];
  const depthStack: number[] = [];
  let pl = 0;
  let pr = num - 1;
  let cdepth = msb(num) * 2;
  let t: number;
  for (;;) {
    if (cdepth < 0) {
      npyArgHeapsort(v, arg, pl, pr - pl + 1);
    } else {
      while (pr - pl > SMALL) {
        const pm = pl + ((pr - pl) >> 1);
        if (lessNaN(v[arg[pm]], v[arg[pl]])) (t = arg[pm]), (arg[pm] = arg[pl]), (arg[pl] = t);
        if (lessNaN(v[arg[pr]], v[arg[pm]])) (t = arg[pr]), (arg[pr] = arg[pm]), (arg[pm] = t);
        if (lessNaN(v[arg[pm]], v[arg[pl]])) (t = arg[pm]), (arg[pm] = arg[pl]), (arg[pl] = t);
        const vp = v[arg[pm]];
        let pi = pl;
        let pj = pr - 1;
        (t = arg[pm]), (arg[pm] = arg[pj]), (arg[pj] = t);
        for (;;) {
          do ++pi;
          while (lessNaN(v[arg[pi]], vp));
          do --pj;
          while (lessNaN(vp, v[arg[pj]]));
          if (pi >= pj) break;
          (t = arg[pi]), (arg[pi] = arg[pj]), (arg[pj] = t);
        }
        const pk = pr - 1;
        (t = arg[pi]), (arg[pi] = arg[pk]), (arg[pk] = t);
        // the larger side waits on the stack; the smaller is sorted next
        if (pi - pl < pr - pi) {
          stack.push(pi + 1, pr);
          pr = pi - 1;
        } else {
          stack.push(pl, pi - 1);
          pl = pi + 1;
        }
        depthStack.push(--cdepth);
      }
      for (let pi = pl + 1; pi <= pr; ++pi) {
        const vi = arg[pi];
        const vp = v[vi];
        let pj = pi;
        let pk = pi - 1;
        while (pj > pl && lessNaN(vp, v[arg[pk]])) arg[pj--] = arg[pk--];
        arg[pj] = vi;
      }
    }
    if (stack.length === 0) break;
    pr = stack.pop()!;
    pl = stack.pop()!;
    cdepth = depthStack.pop()!;
  }
}

// ---------------------------------------------------------------------------------------------
// libstdc++ std::sort over an index range (x86-simd-sort's fallback for NaN lanes and for
// quicksort recursion that exceeds its depth budget).

type IdxLess = (a: number, b: number) => boolean;

function stdAdjustHeap(arg: Perm, first: number, hole: number, len: number, value: number, less: IdxLess): void {
  const top = hole;
  let child = hole;
  while (child < Math.floor((len - 1) / 2)) {
    child = 2 * (child + 1);
    if (less(arg[first + child], arg[first + child - 1])) child--;
    arg[first + hole] = arg[first + child];
    hole = child;
  }
  if ((len & 1) === 0 && child === Math.floor((len - 2) / 2)) {
    child = 2 * (child + 1);
    arg[first + hole] = arg[first + child - 1];
    hole = child - 1;
  }
  let parent = Math.floor((hole - 1) / 2);
  while (hole > top && less(arg[first + parent], value)) {
    arg[first + hole] = arg[first + parent];
    hole = parent;
    parent = Math.floor((hole - 1) / 2);
  }
  arg[first + hole] = value;
}

function stdHeapSort(arg: Perm, first: number, last: number, less: IdxLess): void {
  const len = last - first;
  if (len >= 2) {
    for (let parent = Math.floor((len - 2) / 2); ; parent--) {
      stdAdjustHeap(arg, first, parent, len, arg[first + parent], less);
      if (parent === 0) break;
    }
  }
  while (last - first > 1) {
    --last;
    const value = arg[last];
    arg[last] = arg[first];
    stdAdjustHeap(arg, first, 0, last - first, value, less);
  }
}

function stdUnguardedLinearInsert(arg: Perm, last: number, less: IdxLess): void {
  const val = arg[last];
  let next = last - 1;
  while (less(val, arg[next])) {
    arg[last] = arg[next];
    last = next;
    --next;
  }
  arg[last] = val;
}

function stdInsertionSort(arg: Perm, first: number, last: number, less: IdxLess): void {
  if (first === last) return;
  for (let i = first + 1; i < last; ++i) {
    if (less(arg[i], arg[first])) {
      const val = arg[i];
      arg.copyWithin(first + 1, first, i);
      arg[first] = val;
    } else stdUnguardedLinearInsert(arg, i, less);
  }
}

function stdIntrosortLoop(arg: Perm, first: number, last: number, depth: number, less: IdxLess): void {
  let t: number;
  while (last - first > 16) {
    if (depth === 0) {
      stdHeapSort(arg, first, last, less);
      return;
    }
    --depth;
    // median of (first+1, mid, last-1) moved to first, then Hoare partition around it
    const a = first + 1;
    const b = first + ((last - first) >> 1);
    const c = last - 1;
    let m: number;
    if (less(arg[a], arg[b])) m = less(arg[b], arg[c]) ? b : less(arg[a], arg[c]) ? c : a;
    else m = less(arg[a], arg[c]) ? a : less(arg[b], arg[c]) ? c : b;
    (t = arg[first]), (arg[first] = arg[m]), (arg[m] = t);
    let lo = first + 1;
    let hi = last;
    const pivot = arg[first];
    for (;;) {
      while (less(arg[lo], pivot)) ++lo;
      --hi;
      while (less(pivot, arg[hi])) --hi;
      if (!(lo < hi)) break;
      (t = arg[lo]), (arg[lo] = arg[hi]), (arg[hi] = t);
      ++lo;
    }
    stdIntrosortLoop(arg, lo, last, depth, less);
    last = lo;
  }
}

/** std::sort(arg+first, arg+last, less). */
export function stdSort(arg: Perm, first: number, last: number, less: IdxLess): void {
  if (first === last) return;
  stdIntrosortLoop(arg, first, last, 2 * Math.floor(Math.log2(last - first)), less);
  if (last - first > 16) {
    stdInsertionSort(arg, first, first + 16, less);
    for (let i = first + 16; i < last; ++i) stdUnguardedLinearInsert(arg, i, less);
  } else stdInsertionSort(arg, first, last, less);
}

// ---------------------------------------------------------------------------------------------
// x86-simd-sort avx512_argsort: 8 key lanes (zmm of 64-bit or ymm of 32-bit keys) paired with 8
// 64-bit index lanes.

const LANES = 8;
/** Index-lane filler of masked loads (zmm_max of the uint64 index vector); never stored. */
const PAD_INDEX = -1;
// permutexvar tables as "out lane i takes in lane P[i]"
const SWAP_PAIRS = [1, 0, 3, 2, 5, 4, 7, 6];
const NET1 = [3, 2, 1, 0, 7, 6, 5, 4];
const REVERSE = [7, 6, 5, 4, 3, 2, 1, 0];
const NET3 = [2, 3, 0, 1, 6, 7, 4, 5];
const NET4 = [4, 5, 6, 7, 0, 1, 2, 3];

/** Scratch registers for the network (one key/index lane set per vector, 32 vectors max). */
const netKeys = new Float64Array(256);
const netIdx = new Int32Array(256);
const tmpK = new Float64Array(LANES);
const tmpI = new Int32Array(LANES);

/**
 * cmp_merge of vector `v` with a lane permutation of itself: lanes whose bit is set in `mask`
 * take the max of the pair, the others the min; an index follows its key unless the chosen key
 * differs from the lane's own key (then it takes the partner's index).
 */
function cmpMergeSelf(v: number, perm: number[], mask: number): void {
  const o = v * LANES;
  for (let i = 0; i < LANES; i++) {
    const a = netKeys[o + i];
    const b = netKeys[o + perm[i]];
    const chosen = (mask >> i) & 1 ? (b > a ? b : a) : b < a ? b : a;
    tmpK[i] = chosen;
    tmpI[i] = chosen === a ? netIdx[o + i] : netIdx[o + perm[i]];
  }
  for (let i = 0; i < LANES; i++) {
    netKeys[o + i] = tmpK[i];
    netIdx[o + i] = tmpI[i];
  }
}

function sortVector(v: number): void {
  cmpMergeSelf(v, SWAP_PAIRS, 0xaa);
  cmpMergeSelf(v, NET1, 0xcc);
  cmpMergeSelf(v, SWAP_PAIRS, 0xaa);
  cmpMergeSelf(v, REVERSE, 0xf0);
  cmpMergeSelf(v, NET3, 0xcc);
  cmpMergeSelf(v, SWAP_PAIRS, 0xaa);
}

function bitonicMergeVector(v: number): void {
  cmpMergeSelf(v, NET4, 0xf0);
  cmpMergeSelf(v, NET3, 0xcc);
  cmpMergeSelf(v, SWAP_PAIRS, 0xaa);
}

function reverseVector(v: number): void {
  const o = v * LANES;
  for (let i = 0; i < 4; i++) {
    const j = o + 7 - i;
    let t = netKeys[o + i];
    netKeys[o + i] = netKeys[j];
    netKeys[j] = t;
    t = netIdx[o + i];
    netIdx[o + i] = netIdx[j];
    netIdx[j] = t;
  }
}

/** COEX of two whole vectors: lane-wise min into `x`, max into `y`; ties keep their places. */
function coexVectors(x: number, y: number): void {
  const ox = x * LANES;
  const oy = y * LANES;
  for (let i = 0; i < LANES; i++) {
    const k1 = netKeys[ox + i];
    const k2 = netKeys[oy + i];
    const mn = k1 < k2 ? k1 : k2;
    if (mn !== k1) {
      netKeys[ox + i] = k2;
      netKeys[oy + i] = k1;
      const t = netIdx[ox + i];
      netIdx[ox + i] = netIdx[oy + i];
      netIdx[oy + i] = t;
    }
  }
}

function bitonicMergeVectors(base: number, count: number): void {
  for (let i = 0; i < count / 2; i++) {
    const hi = base + count - i - 1;
    reverseVector(hi);
    coexVectors(base + i, hi);
    reverseVector(hi);
  }
  for (let num = count / 2; num >= 2; num /= 2) {
    for (let j = 0; j < count; j += num) {
      for (let i = 0; i < num / 2; i++) coexVectors(base + i + j, base + i + j + num / 2);
    }
  }
  for (let i = 0; i < count; i++) bitonicMergeVector(base + i);
}

const blockTmp = new Int32Array(256);
const byKey = (keys: Keys) => (a: number, b: number): number => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0);

/**
 * argsort_n: bitonic sort of arg[lo, lo+n) (n <= 256) padded with `padKey` lanes. A block of
 * distinct keys (none equal to the padding) has one sorted order, whatever the network: it is
 * sorted directly, and only blocks with ties run the lane-exact network.
 */
function argsortNetwork(keys: Keys, arg: Perm, lo: number, n: number, padKey: number): void {
  if (n > 16) {
    const tmp = blockTmp.subarray(0, n);
    tmp.set(arg.subarray(lo, lo + n));
    tmp.sort(byKey(keys));
    let distinct = keys[tmp[n - 1]] !== padKey;
    for (let i = 1; distinct && i < n; i++) if (keys[tmp[i]] === keys[tmp[i - 1]]) distinct = false;
    if (distinct) {
      arg.set(tmp, lo);
      return;
    }
  }
  argsortNetworkLanes(keys, arg, lo, n, padKey);
}

function argsortNetworkLanes(keys: Keys, arg: Perm, lo: number, n: number, padKey: number): void {
  let numVecs = 32;
  while (numVecs > 1 && n * 2 <= numVecs * LANES) numVecs >>= 1;
  const total = numVecs * LANES;
  for (let p = 0; p < total; p++) {
    if (p < n) {
      const ix = arg[lo + p];
      netIdx[p] = ix;
      netKeys[p] = keys[ix];
    } else {
      netIdx[p] = PAD_INDEX;
      netKeys[p] = padKey;
    }
  }
  for (let v = 0; v < numVecs; v++) sortVector(v);
  for (let per = 2; per <= numVecs; per *= 2) {
    for (let g = 0; g < numVecs; g += per) bitonicMergeVectors(g, per);
  }
  for (let p = 0; p < n; p++) arg[lo + p] = netIdx[p];
}

/** Median of 8 samples: the pivot of x86-simd-sort's 64-bit argsort (lane 4 of the sorted 8). */
function pivotOf(keys: Keys, arg: Perm, left: number, right: number): number {
  const size = Math.floor((right - left) / 8);
  const s: number[] = [];
  for (let k = 1; k <= 8; k++) s.push(keys[arg[left + k * size]]);
  s.sort((a, b) => a - b);
  return s[4];
}

/** Register file of the unrolled partition: 0-3 first block, 4-7 last block, 8-11 current. */
const partK = new Float64Array(LANES * 12);
const partI = new Int32Array(LANES * 12);
let partMin = Infinity;
let partMax = -Infinity;

/**
 * One vector's partition_vec: `< pivot` lanes compress-stored at l, `>= pivot` lanes ending at
 * rEnd.
 */
function partitionVector(arg: Perm, src: number, l: number, rEnd: number, pivot: number): number {
  let ge = 0;
  for (let i = src; i < src + LANES; i++) if (partK[i] >= pivot) ge++;
  let pl = l;
  let pr = rEnd - ge;
  for (let i = src; i < src + LANES; i++) {
    if (partK[i] >= pivot) arg[pr++] = partI[i];
    else arg[pl++] = partI[i];
  }
  return ge;
}

function loadVectors(keys: Keys, arg: Perm, slot: number, from: number, count: number): void {
  const o = slot * LANES;
  for (let i = 0; i < count * LANES; i++) {
    const ix = arg[from + i];
    partI[o + i] = ix;
    partK[o + i] = keys[ix];
  }
}

/**
 * partition_avx512_unrolled<4> over arg[left, right) (right - left > 256): returns the first
 * index of the `>= pivot` part; partMin/partMax end as the range's min and max.
 */
function partitionUnrolled(keys: Keys, arg: Perm, left: number, right: number, pivot: number): number {
  const UNROLL = 4;
  const block = UNROLL * LANES;
  // min_vec/max_vec end as the range's min and max: one pass up front
  let mn = Infinity;
  let mx = -Infinity;
  for (let i = left; i < right; i++) {
    const x = keys[arg[i]];
    if (x < mn) mn = x;
    if (x > mx) mx = x;
  }
  partMin = mn;
  partMax = mx;
  for (let i = (right - left) % block; i > 0; --i) {
    const x = keys[arg[left]];
    if (!(x < pivot)) {
      --right;
      const t = arg[left];
      arg[left] = arg[right];
      arg[right] = t;
    } else ++left;
  }
  if (left === right) return left;
  loadVectors(keys, arg, 0, left, UNROLL);
  loadVectors(keys, arg, UNROLL, right - block, UNROLL);
  let rStore = right - LANES;
  let lStore = left;
  left += block;
  right -= block;
  while (right - left !== 0) {
    let from: number;
    if (rStore + LANES - right < left - lStore) {
      right -= block;
      from = right;
    } else {
      from = left;
      left += block;
    }
    loadVectors(keys, arg, 2 * UNROLL, from, UNROLL);
    for (let ii = 0; ii < UNROLL; ii++) {
      const ge = partitionVector(arg, (2 * UNROLL + ii) * LANES, lStore, rStore + LANES, pivot);
      lStore += LANES - ge;
      rStore -= ge;
    }
  }
  for (let ii = 0; ii < 2 * UNROLL; ii++) {
    const ge = partitionVector(arg, ii * LANES, lStore, rStore + LANES, pivot);
    lStore += LANES - ge;
    rStore -= ge;
  }
  return lStore;
}

function xssArgsortRange(keys: Keys, arg: Perm, left: number, right: number, maxIters: number, padKey: number): void {
  if (maxIters <= 0) {
    stdSort(arg, left, right + 1, (a, b) => keys[a] < keys[b]);
    return;
  }
  if (right + 1 - left <= 256) {
    argsortNetwork(keys, arg, left, right + 1 - left, padKey);
    return;
  }
  const pivot = pivotOf(keys, arg, left, right);
  const at = partitionUnrolled(keys, arg, left, right + 1, pivot);
  const min = partMin;
  const max = partMax;
  if (pivot !== min) xssArgsortRange(keys, arg, left, at - 1, maxIters - 1, padKey);
  if (pivot !== max) xssArgsortRange(keys, arg, at, right, maxIters - 1, padKey);
}

function xssArgselectRange(keys: Keys, arg: Perm, pos: number, left: number, right: number, maxIters: number, padKey: number): void {
  if (maxIters <= 0) {
    stdSort(arg, left, right + 1, (a, b) => keys[a] < keys[b]);
    return;
  }
  if (right + 1 - left <= 256) {
    argsortNetwork(keys, arg, left, right + 1 - left, padKey);
    return;
  }
  const pivot = pivotOf(keys, arg, left, right);
  const at = partitionUnrolled(keys, arg, left, right + 1, pivot);
  const min = partMin;
  const max = partMax;
  if (pivot !== min && pos < at) xssArgselectRange(keys, arg, pos, left, at - 1, maxIters - 1, padKey);
  else if (pivot !== max && pos >= at) xssArgselectRange(keys, arg, pos, at, right, maxIters - 1, padKey);
}

const nanLastLess = (keys: Keys): IdxLess => (a, b) => {
  const x = keys[a];
  const y = keys[b];
  if (x === x && y === y) return x < y;
  return x === x; // a NaN is never less; a number is less than a NaN
};

function hasNaN(keys: Keys, n: number): boolean {
  for (let i = 0; i < n; i++) if (keys[i] !== keys[i]) return true;
  return false;
}

/**
 * When every key of the lane is distinct, any correct sort gives NumPy's permutation: an LSD radix
 * sort over the keys' order-preserving bit patterns (16-bit digits, constant digits skipped).
 * Fills `arg` and returns true, or returns false (arg untouched) when two keys are equal.
 */
function radixArgsortIfDistinct(keys: Keys, arg: Perm, n: number): boolean {
  // a tie among ~1000 evenly spread samples settles it without the full sort
  const step = Math.max(1, Math.floor(n / 1024));
  const sample = new Float64Array(Math.ceil(n / step));
  for (let i = 0, j = 0; i < n; i += step, j++) sample[j] = keys[i];
  sample.sort();
  for (let j = 1; j < sample.length; j++) if (sample[j] === sample[j - 1]) return false;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  const f = new Float64Array(1);
  const w = new Uint32Array(f.buffer);
  for (let i = 0; i < n; i++) {
    f[0] = keys[i] === 0 ? 0 : keys[i]; // -0 and 0 are one key
    const h = w[1];
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~w[0] >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = w[0];
    }
  }
  let cur = new Int32Array(n);
  let nxt = new Int32Array(n);
  for (let i = 0; i < n; i++) cur[i] = i;
  const count = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const words = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(words[i] >>> shift) & 0xffff]++;
    if (count[(words[0] >>> shift) & 0xffff] === n) continue; // one digit value: order unchanged
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const ix = cur[i];
      nxt[count[(words[ix] >>> shift) & 0xffff]++] = ix;
    }
    const t = cur;
    cur = nxt;
    nxt = t;
  }
  for (let i = 1; i < n; i++) if (hi[cur[i]] === hi[cur[i - 1]] && lo[cur[i]] === lo[cur[i - 1]]) return false;
  arg.set(cur);
  return true;
}

/**
 * avx512_argsort(keys, arg, n, hasnan=true): `arg` must hold 0..n-1. `padKey` is the dtype's
 * largest value in key space (what masked loads fill with), `isFloat` enables the NaN check.
 */
export function xssArgsort(keys: Keys, arg: Perm, n: number, padKey: number, isFloat: boolean): void {
  if (n <= 1) return;
  if (isFloat && hasNaN(keys, n)) {
    stdSort(arg, 0, n, nanLastLess(keys));
    return;
  }
  // early exit: an already non-decreasing lane keeps the identity permutation
  let sorted = true;
  for (let i = 1; i < n; i++) {
    if (keys[i] < keys[i - 1]) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  if (n > 256 && radixArgsortIfDistinct(keys, arg, n)) return;
  xssArgsortRange(keys, arg, 0, n - 1, 2 * Math.floor(Math.log2(n)), padKey);
}

/** avx512_argselect(keys, arg, kth, n, hasnan=true). */
export function xssArgselect(keys: Keys, arg: Perm, kth: number, n: number, padKey: number, isFloat: boolean): void {
  if (n <= 1) return;
  if (isFloat && hasNaN(keys, n)) {
    stdNthElement(arg, 0, kth, n, nanLastLess(keys));
    return;
  }
  xssArgselectRange(keys, arg, kth, 0, n - 1, 2 * Math.floor(Math.log2(n)), padKey);
}

/** std::nth_element (libstdc++ introselect). */
export function stdNthElement(arg: Perm, first: number, nth: number, last: number, less: IdxLess): void {
  if (first === last || nth === last) return;
  let depth = 2 * Math.floor(Math.log2(last - first));
  let t: number;
  while (last - first > 3) {
    if (depth === 0) {
      stdHeapSelect(arg, first, nth + 1, last, less);
      (t = arg[first]), (arg[first] = arg[nth]), (arg[nth] = t);
      return;
    }
    --depth;
    const a = first + 1;
    const b = first + ((last - first) >> 1);
    const c = last - 1;
    let m: number;
    if (less(arg[a], arg[b])) m = less(arg[b], arg[c]) ? b : less(arg[a], arg[c]) ? c : a;
    else m = less(arg[a], arg[c]) ? a : less(arg[b], arg[c]) ? c : b;
    (t = arg[first]), (arg[first] = arg[m]), (arg[m] = t);
    let lo = first + 1;
    let hi = last;
    const pivot = arg[first];
    for (;;) {
      while (less(arg[lo], pivot)) ++lo;
      --hi;
      while (less(pivot, arg[hi])) --hi;
      if (!(lo < hi)) break;
      (t = arg[lo]), (arg[lo] = arg[hi]), (arg[hi] = t);
      ++lo;
    }
    if (lo <= nth) first = lo;
    else last = lo;
  }
  stdInsertionSort(arg, first, last, less);
}

/** libstdc++ __heap_select(first, middle, last) followed by nothing (nth_element's fallback). */
function stdHeapSelect(arg: Perm, first: number, middle: number, last: number, less: IdxLess): void {
  const len = middle - first;
  if (len >= 2) {
    for (let parent = Math.floor((len - 2) / 2); ; parent--) {
      stdAdjustHeap(arg, first, parent, len, arg[first + parent], less);
      if (parent === 0) break;
    }
  }
  for (let i = middle; i < last; ++i) {
    if (less(arg[i], arg[first])) {
      const value = arg[i];
      arg[i] = arg[first];
      stdAdjustHeap(arg, first, 0, len, value, less);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// NumPy's introselect (npysort/selection.cpp, argument form): median-of-3 quickselect with a
// median-of-medians-of-5 fallback, an O(n*k) scan for kth near the low end, and a stack of pivots
// shared by successive kth of one lane (the kth are visited in ascending order).

const MAX_PIVOT_STACK = 50;

/** Pivots found so far in one lane (NumPy's pivots[] / npiv). */
export interface PivotStack {
  p: number[];
}

function storePivot(pivot: number, kth: number, st: PivotStack | null): void {
  if (st === null) return;
  if (pivot === kth && st.p.length === MAX_PIVOT_STACK) st.p[st.p.length - 1] = pivot;
  else if (pivot >= kth && st.p.length < MAX_PIVOT_STACK) st.p.push(pivot);
}

function swapArg(arg: Perm, i: number, j: number): void {
  const t = arg[i];
  arg[i] = arg[j];
  arg[j] = t;
}

/** median5_: orders five entries partially and returns the offset (1..3) of their median. */
function median5(v: Keys, arg: Perm, o: number): number {
  if (lessNaN(v[arg[o + 1]], v[arg[o]])) swapArg(arg, o + 1, o);
  if (lessNaN(v[arg[o + 4]], v[arg[o + 3]])) swapArg(arg, o + 4, o + 3);
  if (lessNaN(v[arg[o + 3]], v[arg[o]])) swapArg(arg, o + 3, o);
  if (lessNaN(v[arg[o + 4]], v[arg[o + 1]])) swapArg(arg, o + 4, o + 1);
  if (lessNaN(v[arg[o + 2]], v[arg[o + 1]])) swapArg(arg, o + 2, o + 1);
  if (lessNaN(v[arg[o + 3]], v[arg[o + 2]])) return lessNaN(v[arg[o + 3]], v[arg[o + 1]]) ? 1 : 3;
  return 2;
}

function medianOfMedians5(v: Keys, arg: Perm, o: number, num: number, isFloat: boolean): number {
  const nmed = Math.floor(num / 5);
  for (let i = 0, sub = 0; i < nmed; i++, sub += 5) {
    const m = median5(v, arg, o + sub);
    swapArg(arg, o + sub + m, o + i);
  }
  if (nmed > 2) npyArgIntroselect(v, arg, o, nmed, nmed >> 1, null, isFloat);
  return nmed >> 1;
}

/**
 * introselect_<Tag, arg=true> over arg[o, o+num): puts the kth smallest at o+kth. `isFloat`
 * enables NumPy's shortcut for kth == num-1 on inexact types.
 */
export function npyArgIntroselect(v: Keys, arg: Perm, o: number, num: number, kth: number, pivots: PivotStack | null, isFloat: boolean): void {
  let low = 0;
  let high = num - 1;
  while (pivots !== null && pivots.p.length > 0) {
    const top = pivots.p[pivots.p.length - 1];
    if (top > kth) {
      high = top - 1;
      break;
    } else if (top === kth) return;
    low = top + 1;
    pivots.p.pop();
  }
  if (kth - low < 3) {
    // dumb_select_: selection sort of the first kth-low+1 places of [low, high]
    const n = high - low + 1;
    const k = kth - low;
    const b = o + low;
    for (let i = 0; i <= k; i++) {
      let minIdx = i;
      let minVal = v[arg[b + i]];
      for (let j = i + 1; j < n; j++) {
        if (lessNaN(v[arg[b + j]], minVal)) {
          minIdx = j;
          minVal = v[arg[b + j]];
        }
      }
      swapArg(arg, b + i, b + minIdx);
    }
    storePivot(kth, kth, pivots);
    return;
  } else if (isFloat && kth === num - 1) {
    let maxIdx = low;
    let maxVal = v[arg[o + low]];
    for (let k = low + 1; k < num; k++) {
      if (!lessNaN(v[arg[o + k]], maxVal)) {
        maxIdx = k;
        maxVal = v[arg[o + k]];
      }
    }
    swapArg(arg, o + kth, o + maxIdx);
    return;
  }
  let depthLimit = msb(num) * 2;
  for (; low + 1 < high; ) {
    let ll = low + 1;
    let hh = high;
    if (depthLimit > 0 || hh - ll < 5) {
      const mid = low + ((high - low) >> 1);
      // median3_swap_: median to low, smallest of the three to low+1
      if (lessNaN(v[arg[o + high]], v[arg[o + mid]])) swapArg(arg, o + high, o + mid);
      if (lessNaN(v[arg[o + high]], v[arg[o + low]])) swapArg(arg, o + high, o + low);
      if (lessNaN(v[arg[o + low]], v[arg[o + mid]])) swapArg(arg, o + low, o + mid);
      swapArg(arg, o + mid, o + low + 1);
    } else {
      const mid = ll + medianOfMedians5(v, arg, o + ll, hh - ll, isFloat);
      swapArg(arg, o + mid, o + low);
      ll--;
      hh++;
    }
    depthLimit--;
    const pivot = v[arg[o + low]];
    for (;;) {
      do ll++;
      while (lessNaN(v[arg[o + ll]], pivot));
      do hh--;
      while (lessNaN(pivot, v[arg[o + hh]]));
      if (hh < ll) break;
      swapArg(arg, o + ll, o + hh);
    }
    swapArg(arg, o + low, o + hh);
    if (hh !== kth) storePivot(hh, kth, pivots);
    if (hh >= kth) high = hh - 1;
    if (hh <= kth) low = ll;
  }
  if (high === low + 1 && lessNaN(v[arg[o + high]], v[arg[o + low]])) swapArg(arg, o + high, o + low);
  storePivot(kth, kth, pivots);
}

// ---------------------------------------------------------------------------------------------
// x86-simd-sort's value quickselect (avx512_qselect, NumPy's np.partition for one kth of a
// 16/32/64-bit dtype). Values move as units, so the emulation moves indices and the caller
// gathers: equal keys are equal values except -0.0/0.0, whose order inside the final sorted
// blocks (a bitonic network in NumPy, a stable sort here) is the one thing not reproduced.

/** Vector width (lanes) of the value sort by element size: zmm of 16/32/64-bit elements. */
function valueLanes(itemsize: number): number {
  return 64 / itemsize;
}

/** One vector's value partition_vec: `< pivot` lanes to l, `>= pivot` lanes ending at rBase+L. */
function valuePartitionVector(keys: Keys, vec: Perm, src: number, L: number, arg: Perm, l: number, rBase: number, pivot: number): number {
  // float16's vector ge compares sign and magnitude and flips the result for two negatives, so a
  // negative lane equal to the pivot counts as below it (the scalar comparison is exact)
  const negEqualIsLess = halfGeQuirk && pivot < 0;
  let ge = 0;
  for (let i = 0; i < L; i++) {
    const x = keys[vec[src + i]];
    if (x >= pivot && !(negEqualIsLess && x === pivot)) ge++;
  }
  let pl = l;
  let pr = rBase + L - ge;
  for (let i = 0; i < L; i++) {
    const ix = vec[src + i];
    const x = keys[ix];
    if (x >= pivot && !(negEqualIsLess && x === pivot)) arg[pr++] = ix;
    else arg[pl++] = ix;
  }
  return ge;
}

/** Set while a float16 value select runs (see valuePartitionVector). */
let halfGeQuirk = false;

function valueScalarHead(keys: Keys, arg: Perm, left: number, right: number, count: number, pivot: number): [number, number] {
  for (let i = count; i > 0; --i) {
    if (!(keys[arg[left]] < pivot)) {
      --right;
      const t = arg[left];
      arg[left] = arg[right];
      arg[right] = t;
    } else ++left;
  }
  return [left, right];
}

/** partition_avx512 (values, no unrolling) over arg[left, right). */
function valuePartition(keys: Keys, arg: Perm, left: number, right: number, pivot: number, L: number): number {
  [left, right] = valueScalarHead(keys, arg, left, right, (right - left) % L, pivot);
  if (left === right) return left;
  const regs = new Int32Array(3 * L);
  if (right - left === L) {
    regs.set(arg.subarray(left, left + L));
    return left + L - valuePartitionVector(keys, regs, 0, L, arg, left, left, pivot);
  }
  regs.set(arg.subarray(left, left + L), 0); // vec_left
  regs.set(arg.subarray(right - L, right), L); // vec_right
  let unpartitioned = right - left - L;
  let lStore = left;
  left += L;
  right -= L;
  while (right - left !== 0) {
    let from: number;
    if (lStore + unpartitioned + L - right < left - lStore) {
      right -= L;
      from = right;
    } else {
      from = left;
      left += L;
    }
    regs.set(arg.subarray(from, from + L), 2 * L);
    lStore += L - valuePartitionVector(keys, regs, 2 * L, L, arg, lStore, lStore + unpartitioned, pivot);
    unpartitioned -= L;
  }
  for (let v = 0; v < 2; v++) {
    lStore += L - valuePartitionVector(keys, regs, v * L, L, arg, lStore, lStore + unpartitioned, pivot);
    unpartitioned -= L;
  }
  return lStore;
}

/** partition_avx512_unrolled<vtype, 8> (values) over arg[left, right). */
function valuePartitionUnrolled(keys: Keys, arg: Perm, left: number, right: number, pivot: number, L: number): number {
  const U = 8;
  if (right - left < 3 * U * L) return valuePartition(keys, arg, left, right, pivot, L);
  [left, right] = valueScalarHead(keys, arg, left, right, (right - left) % L, pivot);
  let unpartitioned = right - left - L;
  let lStore = left;
  const vecsToPartition = Math.floor((right - left) / L) % U;
  // register file: [0, U) vec_left, [U, 2U) vec_right, [2U, 3U) current, [3U, 4U) vec_align
  const regs = new Int32Array(4 * U * L);
  regs.set(arg.subarray(left, left + vecsToPartition * L), 3 * U * L);
  left += vecsToPartition * L;
  for (let ii = 0; ii < U; ii++) {
    regs.set(arg.subarray(left + L * ii, left + L * (ii + 1)), ii * L);
    const r0 = right - L * (U - ii);
    regs.set(arg.subarray(r0, r0 + L), (U + ii) * L);
  }
  left += U * L;
  right -= U * L;
  const part = (slot: number) => {
    lStore += L - valuePartitionVector(keys, regs, slot * L, L, arg, lStore, lStore + unpartitioned, pivot);
    unpartitioned -= L;
  };
  while (right - left !== 0) {
    let from: number;
    if (lStore + unpartitioned + L - right < left - lStore) {
      right -= U * L;
      from = right;
    } else {
      from = left;
      left += U * L;
    }
    regs.set(arg.subarray(from, from + U * L), 2 * U * L);
    for (let ii = 0; ii < U; ii++) part(2 * U + ii);
  }
  for (let ii = 0; ii < U; ii++) part(ii);
  for (let ii = 0; ii < U; ii++) part(U + ii);
  for (let ii = 0; ii < vecsToPartition; ii++) part(3 * U + ii);
  return lStore;
}

/** A fully sorted block (NumPy: bitonic network or std::sort); ties keep index order here. */
function sortBlockByKey(keys: Keys, arg: Perm, left: number, right: number): void {
  const block = Array.from(arg.subarray(left, right));
  block.sort((x, y) => keys[x] - keys[y] || x - y);
  arg.set(block, left);
}

/**
 * qselect_ down to its final block; returns that block [left, right] when a sorting network
 * sorted it (the caller may redo it on the values: see xssValueSelect), else null.
 */
function valueSelectRange(keys: Keys, arg: Perm, pos: number, left: number, right: number, maxIters: number, L: number, threshold: number): [number, number] | null {
  for (;;) {
    if (maxIters <= 0) {
      // std::sort of the values: not stable, so equal keys (-0.0/0.0) move as it moves them
      stdSort(arg, left, right + 1, (a, b) => keys[a] < keys[b]);
      return null;
    }
    if (right + 1 - left <= threshold) return [left, right]; // (left unsorted for the caller)
    const delta = Math.floor((right - left) / L);
    const samples: number[] = [];
    for (let i = 0; i < L; i++) samples.push(keys[arg[left + i * delta]]);
    samples.sort((x, y) => x - y);
    const pivot = samples[L >> 1];
    let min = Infinity;
    let max = -Infinity;
    for (let i = left; i <= right; i++) {
      const x = keys[arg[i]];
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const at = valuePartitionUnrolled(keys, arg, left, right + 1, pivot, L);
    maxIters--;
    if (pivot !== min && pos < at) right = at - 1;
    else if (pivot !== max && pos >= at) left = at;
    else return null;
  }
}

/**
 * avx512_qselect(values, kth, n, hasnan=true) expressed on an index permutation `arg` (0..n-1 on
 * entry): NaNs are first swapped to the end, then quickselect runs on the rest. Returns the final
 * network-sorted block or null; with `netOut`, that block's network output values (signs of
 * zeros as NumPy's) are also written there at the block's places.
 */
export function xssValueSelect(keys: Keys, arg: Perm, kth: number, n: number, itemsize: number, isFloat: boolean, netOut: Float64Array | null = null): [number, number] | null {
  let last = n - 1;
  if (isFloat && n > 0) {
    let jj = n - 1;
    let ii = 0;
    let count = 0;
    while (ii < jj) {
      if (keys[arg[ii]] !== keys[arg[ii]]) {
        const t = arg[ii];
        arg[ii] = arg[jj];
        arg[jj] = t;
        jj--;
        count++;
      } else ii++;
    }
    if (keys[arg[ii]] !== keys[arg[ii]]) count++;
    last = n - count - 1;
  }
  if (last < kth) return null;
  const L = valueLanes(itemsize);
  const threshold = itemsize === 8 ? 256 : 512;
  halfGeQuirk = isFloat && itemsize === 2;
  const block = valueSelectRange(keys, arg, kth, 0, last, last > 0 ? 2 * Math.floor(Math.log2(last)) : 0, L, threshold);
  halfGeQuirk = false;
  if (block === null) return null;
  if (netOut !== null) valueNetworkBlock(keys, arg, block[0], block[1], itemsize, netOut);
  sortBlockByKey(keys, arg, block[0], block[1] + 1);
  return block;
}

/**
 * The values np.partition leaves in a network-sorted block [left, right] of a float lane whose
 * permutation is `arg`: the network's min/max output (signs of zeros as NumPy's).
 */
export function valueNetworkBlock(keys: Keys, arg: Perm, left: number, right: number, itemsize: number, out: Float64Array): void {
  const m = right + 1 - left;
  const block = new Float64Array(m);
  for (let i = 0; i < m; i++) block[i] = keys[arg[left + i]];
  valueNetworkSort(block, m, valueLanes(itemsize), itemsize === 8 ? 256 : 512, out, left);
}

// ---------------------------------------------------------------------------------------------
// x86-simd-sort's value quicksort (avx512_qsort, NumPy's np.sort of float32/float64), run only
// where it can be told apart from any other sort: a lane holding both -0.0 and 0.0. Its sorting
// networks compute min/max rather than move elements, and vminps/vmaxps return their second
// operand when both are zeros, so the signs of the zeros that come out (even how many of each)
// depend on the exact network. Values are emulated as doubles (a float32 is exact in one).

/** Lane-wise COEX of registers x, y of the file `r` (L lanes each): min to x, max to y. */
function coexValues(r: Float64Array, x: number, y: number, L: number): void {
  const ox = x * L;
  const oy = y * L;
  for (let i = 0; i < L; i++) {
    const a = r[ox + i];
    const b = r[oy + i];
    r[ox + i] = a < b ? a : b;
    r[oy + i] = a > b ? a : b;
  }
}

/** Sorting networks across registers (sorting each lane's column), as pairs per register count. */
const COLUMN_NETWORKS: Record<number, number[]> = {
  1: [],
  2: [0, 1],
  4: [0, 2, 1, 3, 0, 1, 2, 3, 1, 2],
  8: [0, 2, 1, 3, 4, 6, 5, 7, 0, 4, 1, 5, 2, 6, 3, 7, 0, 1, 2, 3, 4, 5, 6, 7, 2, 4, 3, 5, 1, 4, 3, 6, 1, 2, 3, 4, 5, 6],
  16: [
    0, 13, 1, 12, 2, 15, 3, 14, 4, 8, 5, 6, 7, 11, 9, 10, 0, 5, 1, 7, 2, 9, 3, 4, 6, 13, 8, 14, 10, 15, 11, 12, 0, 1, 2, 3, 4, 5, 6, 8,
    7, 9, 10, 11, 12, 13, 14, 15, 0, 2, 1, 3, 4, 10, 5, 11, 6, 7, 8, 9, 12, 14, 13, 15, 1, 2, 3, 12, 4, 6, 5, 7, 8, 10, 9, 11, 13, 14,
    1, 4, 2, 6, 5, 8, 7, 10, 9, 13, 11, 14, 2, 4, 3, 6, 9, 12, 11, 13, 3, 5, 6, 8, 7, 9, 10, 12, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 6, 7,
    8, 9,
  ],
  32: [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 0, 2, 1, 3,
    4, 6, 5, 7, 8, 10, 9, 11, 12, 14, 13, 15, 16, 18, 17, 19, 20, 22, 21, 23, 24, 26, 25, 27, 28, 30, 29, 31, 0, 4, 1, 5, 2, 6, 3, 7,
    8, 12, 9, 13, 10, 14, 11, 15, 16, 20, 17, 21, 18, 22, 19, 23, 24, 28, 25, 29, 26, 30, 27, 31, 0, 8, 1, 9, 2, 10, 3, 11, 4, 12, 5,
    13, 6, 14, 7, 15, 16, 24, 17, 25, 18, 26, 19, 27, 20, 28, 21, 29, 22, 30, 23, 31, 0, 16, 1, 8, 2, 4, 3, 12, 5, 10, 6, 9, 7, 14, 11,
    13, 15, 31, 17, 24, 18, 20, 19, 28, 21, 26, 22, 25, 23, 30, 27, 29, 1, 2, 3, 5, 4, 8, 6, 22, 7, 11, 9, 25, 10, 12, 13, 14, 17, 18,
    19, 21, 20, 24, 23, 27, 26, 28, 29, 30, 1, 17, 2, 18, 3, 19, 4, 20, 5, 10, 7, 23, 8, 24, 11, 27, 12, 28, 13, 29, 14, 30, 21, 26, 3,
    17, 4, 16, 5, 21, 6, 18, 7, 9, 8, 20, 10, 26, 11, 23, 13, 25, 14, 28, 15, 27, 22, 24, 1, 4, 3, 8, 5, 16, 7, 17, 9, 21, 10, 22, 11,
    19, 12, 20, 14, 24, 15, 26, 23, 28, 27, 30, 2, 5, 7, 8, 9, 18, 11, 17, 12, 16, 13, 22, 14, 20, 15, 19, 23, 24, 26, 29, 2, 4, 6, 12,
    9, 16, 10, 11, 13, 17, 14, 18, 15, 22, 19, 25, 20, 21, 27, 29, 5, 6, 8, 12, 9, 10, 11, 13, 14, 16, 15, 17, 18, 20, 19, 23, 21, 22,
    25, 26, 3, 5, 6, 7, 8, 9, 10, 12, 11, 14, 13, 16, 15, 18, 17, 20, 19, 21, 22, 23, 24, 25, 26, 28, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
  ],
};

/** Lane permutation within blocks of `scale`: reverse, or swap the two halves. */
function blockPermute(r: Float64Array, v: number, L: number, scale: number, reverse: boolean, out: Float64Array): void {
  const o = v * L;
  const half = scale >> 1;
  for (let i = 0; i < L; i++) {
    const b = i - (i % scale);
    const k = i % scale;
    out[i] = r[o + b + (reverse ? scale - 1 - k : (k + half) % scale)];
  }
}

/** merge_step over `count` registers from `base` at block size `scale` (cross, then in-register). */
function valueMergeStep(r: Float64Array, base: number, count: number, L: number, scale: number): void {
  const tmp = new Float64Array(L);
  const substep = (b: number, c: number): void => {
    if (c <= 1) return;
    for (let i = b + (c >> 1); i < b + c; i++) {
      blockPermute(r, i, L, scale, true, tmp);
      r.set(tmp, i * L);
    }
    for (let i = 0; i < c >> 1; i++) coexValues(r, b + i, b + c - 1 - i, L);
    substep(b, c >> 1);
    substep(b + (c >> 1), c >> 1);
  };
  substep(base, count);
  for (let s = scale, first = true; s > 1; s >>= 1, first = false) {
    for (let v = base; v < base + count; v++) {
      blockPermute(r, v, L, s, first, tmp); // rev (or swap) of v
      const o = v * L;
      for (let i = 0; i < L; i++) {
        const a = tmp[i];
        const b = r[o + i];
        const mn = a < b ? a : b; // COEX(rev, v): rev gets the min, v the max
        const mx = a > b ? a : b;
        r[o + i] = i % s < s >> 1 ? mn : mx; // merge_n: low half of each block from rev
      }
    }
  }
}

/** sort_n<vtype, threshold> on vals[0, n): writes the network's output into `out` at `at`. */
function valueNetworkSort(vals: Float64Array, n: number, L: number, threshold: number, out: Float64Array, at: number): void {
  let numVecs = threshold / L;
  while (numVecs > 1 && n * 2 <= numVecs * L) numVecs >>= 1;
  const r = new Float64Array(numVecs * L).fill(Infinity);
  r.set(vals.subarray(0, n));
  const pairs = COLUMN_NETWORKS[numVecs];
  for (let p = 0; p < pairs.length; p += 2) coexValues(r, pairs[p], pairs[p + 1], L);
  for (let scale = 2; scale <= L; scale *= 2) valueMergeStep(r, 0, numVecs, L, scale);
  out.set(r.subarray(0, n), at);
}

interface ValuePivot {
  pivot: number;
  alreadySorted: boolean;
  only2Values: boolean;
}

/** get_pivot_near_constant: the sampled lanes were all `common`; look for other values. */
function pivotNearConstant(keys: Keys, arg: Perm, common: number, left: number, right: number, L: number): ValuePivot {
  let index = left;
  let value1 = 0;
  let value2 = 0;
  const at = (i: number): number => keys[arg[i]];
  for (; index <= right - L; index += L) {
    let differs = false;
    for (let i = 0; i < L; i++) if (at(index + i) !== common) differs = true;
    if (differs) break;
  }
  for (; index <= right; index++) {
    if (at(index) !== common) {
      value1 = at(index);
      break;
    }
  }
  if (index === right + 1) return { pivot: common, alreadySorted: true, only2Values: false };
  for (; index <= right - L; index += L) {
    let notCommon = false;
    let notValue1 = false;
    for (let i = 0; i < L; i++) {
      if (at(index + i) !== common) notCommon = true;
      if (at(index + i) !== value1) notValue1 = true;
    }
    if (notCommon && notValue1) break;
  }
  for (; index <= right; index++) {
    if (at(index) !== common && at(index) !== value1) {
      value2 = at(index);
      break;
    }
  }
  if (index === right + 1) return { pivot: value1 < common ? common : value1, alreadySorted: false, only2Values: true };
  const lo = value2 < value1 ? value2 : value1;
  const hi = value1 < value2 ? value2 : value1;
  const mid = common < hi ? common : hi;
  return { pivot: mid < lo ? lo : mid, alreadySorted: false, only2Values: false };
}

/** get_pivot_smart for the value quicksort (median of 4 sorted vectors, near-constant checks). */
function pivotSmart(keys: Keys, arg: Perm, left: number, right: number, L: number, isFloat: boolean): ValuePivot {
  const numVecs = 4;
  if (right - left + 1 <= 4 * numVecs * L) {
    const delta = Math.floor((right - left) / L);
    const s: number[] = [];
    for (let i = 0; i < L; i++) s.push(keys[arg[left + i * delta]]);
    s.sort((x, y) => x - y);
    return { pivot: s[L >> 1], alreadySorted: false, only2Values: false };
  }
  const width = right - L - left;
  const delta = Math.floor(width / numVecs);
  const s: number[] = [];
  for (let i = 0; i < numVecs; i++) for (let k = 0; k < L; k++) s.push(keys[arg[left + delta * i + k]]);
  s.sort((x, y) => x - y);
  const N = numVecs * L;
  const smallest = s[0];
  const largest = s[N - 1];
  const median = s[N >> 1];
  if (smallest === largest) return pivotNearConstant(keys, arg, median, left, right, L);
  let pivot = median;
  if (median === smallest) pivot = halfGeQuirk ? (median < 0 ? median - 1 : median + 1) : isFloat ? nextUp(median) : median + 1; // (median < type max here)
  return { pivot, alreadySorted: false, only2Values: false };
}

/**
 * float16 sort key: x86-simd-sort (ICL) orders float16 bit patterns by sign and magnitude, so
 * the key is the pattern as a signed magnitude: b for a positive pattern, -(b & 0x7fff) - 1 for a
 * negative one (-0.0 is -1, below 0.0). Its next_value adds one to the bits: key + 1 for a
 * positive, key - 1 for a negative (the value moves away from zero; past an infinity it becomes a
 * NaN pattern that sorts beyond it). NaN stays NaN.
 */
export function halfKey(v: number): number {
  if (v !== v) return NaN;
  const neg = v < 0 || Object.is(v, -0);
  const m = Math.abs(v);
  let bits: number;
  if (m === Infinity) bits = 0x7c00;
  else if (m < 2 ** -14) bits = Math.round(m / 2 ** -24);
  else {
    const e = Math.floor(Math.log2(m));
    bits = ((e + 15) << 10) | Math.round((m / 2 ** e - 1) * 1024);
  }
  return neg ? -bits - 1 : bits;
}

function halfFromKey(k: number): number {
  const neg = k < 0;
  const bits = neg ? -k - 1 : k;
  const e = bits >> 10;
  const mant = bits & 0x3ff;
  const m = e === 0 ? mant * 2 ** -24 : e === 31 ? (mant ? NaN : Infinity) : (1 + mant / 1024) * 2 ** (e - 15);
  return neg ? -m : m;
}

/** std::nextafter(x, +inf) for the key's float type: float64 keys only reach here as doubles. */
let nextUpFloat32 = false;
function nextUp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (nextUpFloat32) {
    const f = new Float32Array([x]);
    const u = new Int32Array(f.buffer);
    if (x === 0) u[0] = 1;
    else if (x > 0) u[0]++;
    else u[0]--;
    return f[0];
  }
  const f = new Float64Array([x]);
  const u = new BigInt64Array(f.buffer);
  if (x === 0) u[0] = 1n;
  else if (x > 0) u[0]++;
  else u[0]--;
  return f[0];
}

/**
 * avx512_qsort(values, n, hasnan=true) of a float lane: NaNs become +inf for the sort and the
 * last nan_count places NaN afterwards. Returns the sorted values, signs of zeros as NumPy's.
 */
export function xssValueSortFloat(lane: Float64Array, n: number, itemsize: number): Float64Array {
  const L = valueLanes(itemsize);
  const threshold = itemsize === 8 ? 256 : 512;
  nextUpFloat32 = itemsize === 4;
  // float16 (ICL): x86-simd-sort compares its bit patterns in sign-magnitude order (halfKey),
  // with the vector ge and next_value quirks (valuePartitionVector, pivotSmart) that can leave
  // NumPy's output not quite sorted
  const half = itemsize === 2;
  const keys = new Float64Array(n);
  let nanCount = 0;
  for (let i = 0; i < n; i++) {
    const v = lane[i];
    if (v !== v) nanCount++;
    keys[i] = half ? halfKey(v !== v ? Infinity : v) : v !== v ? Infinity : v;
  }
  halfGeQuirk = half;
  const out = new Float64Array(n);
  const arg = new Int32Array(n);
  for (let i = 0; i < n; i++) arg[i] = i;
  const scratch = new Float64Array(threshold);
  const copyOut = (lo: number, hi: number): void => {
    for (let i = lo; i < hi; i++) out[i] = keys[arg[i]];
  };
  const range = (left: number, right: number, maxIters: number): void => {
    if (right < left) return;
    if (maxIters <= 0) {
      stdSort(arg, left, right + 1, (a, b) => keys[a] < keys[b]);
      copyOut(left, right + 1);
      return;
    }
    const m = right + 1 - left;
    if (m <= threshold) {
      for (let i = 0; i < m; i++) scratch[i] = keys[arg[left + i]];
      valueNetworkSort(scratch, m, L, threshold, out, left);
      return;
    }
    const pr = pivotSmart(keys, arg, left, right, L, true);
    if (pr.alreadySorted) {
      copyOut(left, right + 1);
      return;
    }
    let min = Infinity;
    let max = -Infinity;
    for (let i = left; i <= right; i++) {
      const x = keys[arg[i]];
      if (x < min) min = x;
      if (x > max) max = x;
    }
    const at = valuePartitionUnrolled(keys, arg, left, right + 1, pr.pivot, L);
    if (pr.only2Values) {
      copyOut(left, right + 1);
      return;
    }
    if (pr.pivot !== min) range(left, at - 1, maxIters - 1);
    else copyOut(left, at);
    if (pr.pivot !== max) range(at, right, maxIters - 1);
    else copyOut(at, right + 1);
  };
  if (n > 1) range(0, n - 1, 2 * Math.floor(Math.log2(n)));
  else copyOut(0, n);
  halfGeQuirk = false;
  if (half) for (let i = 0; i < n; i++) out[i] = halfFromKey(out[i]);
  for (let i = n - 1; nanCount > 0; --i, --nanCount) out[i] = NaN;
  return out;
}
