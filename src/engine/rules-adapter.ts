// Thin bridge between the engine's value conventions and the rules module (src/numpy): the
// PyScalar convention (number = Python float, bigint = Python int, boolean = Python bool,
// Complex = Python complex), the
// dtype np.array gives a lone Python scalar, and promotion restricted to engine dtypes.

import { promoteTypes as rulePromote, resultType as ruleResult, type Operand } from '../numpy';
import type { DType } from './dtype';
import { EngineError } from './errors';
import { isDType } from './dtype';
import { Complex } from './complex-math';

/** Python scalar as the engine receives it: number = float, bigint = int, boolean = bool, Complex = complex. */
export type PyScalar = number | bigint | boolean | Complex;

function engine(d: string): DType {
  if (isDType(d)) return d;
  throw new EngineError('NotImplementedError', `dtype ${d} is not supported by this engine`);
}

/** np.promote_types(a, b) (from src/numpy). */
export function promoteTypes(a: DType, b: DType): DType {
  return engine(rulePromote(a, b));
}

export function promoteAll(dtypes: DType[]): DType {
  let r = dtypes[0];
  for (let i = 1; i < dtypes.length; i++) r = promoteTypes(r, dtypes[i]);
  return r;
}

/** np.result_type of arrays' dtypes and Python scalars (NEP 50, from src/numpy). */
export function resultType(arrays: DType[], scalars: PyScalar[]): DType {
  const ops: Operand[] = [...arrays];
  for (const s of scalars) ops.push(typeof s === 'boolean' ? { weak: 'bool' } : typeof s === 'bigint' ? { weak: 'int', value: s } : s instanceof Complex ? { weak: 'complex' } : { weak: 'float' });
  return engine(ruleResult(...ops));
}

/** The dtype a lone Python scalar becomes in np.array(): bool, int64 (uint64 above), float64. */
export function scalarDefaultDType(v: PyScalar): DType {
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof Complex) return 'complex128' as DType;
  if (typeof v === 'bigint') {
    if (v >= -(1n << 63n) && v < 1n << 63n) return 'int64';
    if (v >= 0n && v < 1n << 64n) return 'uint64';
    throw new EngineError('OverflowError', 'Python int too large to convert to C long');
  }
  return 'float64';
}
