// TEMPORARY ADAPTER until src/numpy exports dtype promotion: NumPy's promote_types table for the
// eleven engine dtypes and NEP 50 result_type with weak Python scalars. When src/numpy grows
// `promoteTypes`/`resultType`, this file should shrink to re-exports of those.

import type { DType } from './dtype';
import { DTYPES } from './dtype';
import { EngineError } from './errors';

/** Python scalar as the engine receives it: number = float, bigint = int, boolean = bool. */
export type PyScalar = number | bigint | boolean;

const SIGNED: DType[] = ['int8', 'int16', 'int32', 'int64'];
const UNSIGNED: DType[] = ['uint8', 'uint16', 'uint32', 'uint64'];

/** np.promote_types(a, b). */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === b) return a;
  const ia = DTYPES[a];
  const ib = DTYPES[b];
  if (ia.kind === 'b') return b;
  if (ib.kind === 'b') return a;
  if (ia.kind === 'f' || ib.kind === 'f') {
    if (ia.kind === 'f' && ib.kind === 'f') return ia.itemsize >= ib.itemsize ? a : b;
    const [f, i] = ia.kind === 'f' ? [ia, ib] : [ib, ia];
    if (f.name === 'float64') return 'float64';
    // float32 with an integer: float32 holds int8/uint8/int16/uint16 exactly
    return i.itemsize <= 2 ? 'float32' : 'float64';
  }
  if (ia.kind === ib.kind) return ia.itemsize >= ib.itemsize ? a : b;
  const [s, u] = ia.kind === 'i' ? [ia, ib] : [ib, ia];
  if (s.itemsize > u.itemsize) return s.name;
  if (u.itemsize === 8) return 'float64';
  return SIGNED[Math.log2(u.itemsize) + 1];
}

export function promoteAll(dtypes: DType[]): DType {
  let r = dtypes[0];
  for (let i = 1; i < dtypes.length; i++) r = promoteTypes(r, dtypes[i]);
  return r;
}

/** The dtype a lone Python scalar becomes in np.array(): bool, int64, float64. */
export function scalarDefaultDType(v: PyScalar): DType {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'bigint') {
    if (v >= -(1n << 63n) && v < 1n << 63n) return 'int64';
    if (v >= 0n && v < 1n << 64n) return 'uint64';
    throw new EngineError('OverflowError', 'Python int too large to convert to C long');
  }
  return 'float64';
}

/** Kind rank used by NEP 50: a weak scalar only matters when its kind is higher. */
const KIND_RANK: Record<string, number> = { b: 0, u: 1, i: 1, f: 2 };

/**
 * NEP 50 result_type of array dtypes plus weak Python scalars. A Python int combined with an
 * integer array keeps the array's dtype (the caller checks the value fits, see checkWeakInt).
 */
export function resultType(arrays: DType[], scalars: PyScalar[]): DType {
  if (arrays.length === 0) {
    // all weak: the default dtype of the highest kind present
    let rank = 0;
    for (const s of scalars) rank = Math.max(rank, typeof s === 'boolean' ? 0 : typeof s === 'bigint' ? 1 : 2);
    return rank === 0 ? 'bool' : rank === 1 ? 'int64' : 'float64';
  }
  let r = promoteAll(arrays);
  const rr = KIND_RANK[DTYPES[r].kind];
  for (const s of scalars) {
    const sk = typeof s === 'boolean' ? 0 : typeof s === 'bigint' ? 1 : 2;
    if (sk > rr && sk > KIND_RANK[DTYPES[r].kind]) r = sk === 1 ? 'int64' : 'float64';
  }
  return r;
}

/** NEP 50: a Python int that does not fit the integer dtype it is combined with raises. */
export function checkWeakInt(v: bigint, d: DType): void {
  const i = DTYPES[d];
  if (i.kind !== 'i' && i.kind !== 'u') return;
  if (v < i.min || v > i.max) throw new EngineError('OverflowError', `Python integer ${v} out of bounds for ${d}`);
}

export { SIGNED, UNSIGNED };
