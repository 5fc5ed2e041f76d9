// Sorting and sets: sort, argsort (stable merge order; NumPy's default quicksort is not stable
// so ties may be ordered differently there — documented), unique with return_index /
// return_inverse / return_counts, searchsorted. NaNs sort last, as in NumPy.

import { normalizeAxisIndex } from '../numpy/reduce';
import { DTYPES } from './dtype';
import { unwrap, valueError } from './errors';
import { NDArray, allocate, forEachRow } from './ndarray';
import { copy } from './creation';

type Num = { [i: number]: number; length: number };

/** NumPy's sort order: NaN after everything (bigints compare normally). */
function cmp(x: number | bigint, y: number | bigint): number {
  if (x !== x) return y !== y ? 0 : 1;
  if (y !== y) return -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Sorts every lane along `axis` (stable). Returns the sorted values and, when `withIndices`, the
 * int64 argsort indices, both C-contiguous arrays of a's shape.
 */
export function argsortAxis(a: NDArray, axis: number, withValues: boolean): { values: NDArray; indices: NDArray } {
  const src = copy(a);
  const n = a.shape[axis];
  const st = src.strides[axis];
  const values = allocate(a.shape, a.dtype);
  const indices = allocate(a.shape, 'int64');
  const vd = values.data as unknown as Num;
  const sd = src.data as unknown as Num;
  const id = indices.data as unknown as { [i: number]: bigint };
  const restShape = a.shape.filter((_, k) => k !== axis);
  const restStr = src.strides.filter((_, k) => k !== axis);
  const order = new Array<number>(n);
  const lane = new Array<number | bigint>(n);
  forEachRow(restShape, [restStr], [0], (offs, len, inner) => {
    let base = offs[0];
    for (let r = 0; r < len; r++, base += inner[0]) {
      for (let k = 0; k < n; k++) {
        order[k] = k;
        lane[k] = sd[base + k * st];
      }
      order.sort((i, j) => cmp(lane[i], lane[j]) || i - j);
      for (let k = 0; k < n; k++) {
        const p = base + k * st;
        if (withValues) vd[p] = lane[order[k]] as number;
        id[p] = BigInt(order[k]);
      }
    }
  });
  return { values, indices };
}

/** np.sort(a, axis=-1); axis=null sorts the flattened array. */
export function sort(a: NDArray, axis: number | null = -1): NDArray {
  if (axis === null) return sort(flat(a), 0);
  const ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  return argsortAxis(a, ax, true).values;
}

/** np.argsort(a, axis=-1) (stable order for ties). */
export function argsort(a: NDArray, axis: number | null = -1): NDArray {
  if (axis === null || a.ndim === 0) return argsort(flat(a), 0);
  const ax = unwrap(normalizeAxisIndex(axis, a.ndim));
  return argsortAxis(a, ax, false).indices;
}

function flat(a: NDArray): NDArray {
  const c = copy(a);
  return new NDArray(c.data, [a.size], a.dtype);
}

export interface UniqueResult {
  values: NDArray;
  indices?: NDArray;
  inverse?: NDArray;
  counts?: NDArray;
}

/** np.unique(a, return_index, return_inverse, return_counts) on the flattened array. */
export function unique(a: NDArray, opts: { returnIndex?: boolean; returnInverse?: boolean; returnCounts?: boolean; equalNan?: boolean } = {}): UniqueResult {
  const f = flat(a);
  const n = f.size;
  const { values: sorted, indices: order } = argsortAxis(f, 0, true);
  const sd = sorted.data as unknown as Num;
  const od = order.data as unknown as { [i: number]: bigint };
  const starts: number[] = [];
  const isF = DTYPES[a.dtype].kind === 'f';
  const equalNan = opts.equalNan ?? true;
  for (let k = 0; k < n; k++) {
    if (k === 0) starts.push(0);
    else {
      const x = sd[k - 1];
      const y = sd[k];
      const same = x === y || (isF && equalNan && x !== x && y !== y);
      if (!same) starts.push(k);
    }
  }
  const u = starts.length;
  const values = allocate([u], a.dtype);
  const vd = values.data as unknown as Num;
  for (let j = 0; j < u; j++) vd[j] = sd[starts[j]];
  const res: UniqueResult = { values };
  if (opts.returnIndex) {
    const idx = allocate([u], 'int64');
    const d = idx.data as unknown as { [i: number]: bigint };
    for (let j = 0; j < u; j++) d[j] = od[starts[j]];
    res.indices = idx;
  }
  if (opts.returnInverse) {
    // NumPy 2.x: inverse has the input's shape (flattened only when axis is given)
    const inv = allocate(a.shape.length ? a.shape : [1], 'int64');
    const d = inv.data as unknown as { [i: number]: bigint };
    for (let j = 0; j < u; j++) {
      const end = j + 1 < u ? starts[j + 1] : n;
      for (let k = starts[j]; k < end; k++) d[Number(od[k])] = BigInt(j);
    }
    res.inverse = inv;
  }
  if (opts.returnCounts) {
    const c = allocate([u], 'int64');
    const d = c.data as unknown as { [i: number]: bigint };
    for (let j = 0; j < u; j++) d[j] = BigInt((j + 1 < u ? starts[j + 1] : n) - starts[j]);
    res.counts = c;
  }
  return res;
}

/** np.searchsorted(a, v, side='left'|'right') for a sorted 1-D `a`. */
export function searchsorted(a: NDArray, v: NDArray, side: 'left' | 'right' = 'left', sorter?: NDArray): NDArray {
  if (a.ndim !== 1) throw valueError('object too deep for desired array');
  const n = a.shape[0];
  const get = (i: number): number | bigint => {
    const j = sorter ? Number(sorter.get(i)) : i;
    return a.data[a.offset + j * a.strides[0]] as number | bigint;
  };
  const out = allocate(v.shape, 'int64');
  const od = out.data as unknown as { [i: number]: bigint };
  let p = 0;
  const mixed = DTYPES[a.dtype].big !== DTYPES[v.dtype].big;
  for (const x0 of v) {
    const x = mixed ? Number(x0) : (x0 as number | bigint);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = mixed ? Number(get(mid)) : get(mid);
      const c = cmp(m, typeof x === 'boolean' ? Number(x) : x);
      if (side === 'left' ? c < 0 : c <= 0) lo = mid + 1;
      else hi = mid;
    }
    od[p++] = BigInt(lo);
  }
  if (out.ndim === 0) out.isScalar = true;
  return out;
}
