// np.einsum (optimize=False, NumPy's C implementation) with NumPy's summation order, so float
// results are bit-identical (QA-41). The shape and the errors come from src/numpy/einsum.ts; this
// file reproduces how PyArray_EinsteinSum walks the operands:
//   - iterator labels: the output labels, then every other label in character-code order;
//     repeated labels within an operand become one diagonal dim (strides summed);
//   - nditer's axis order (KEEPORDER): axes sorted innermost-first by |input strides| (insertion
//     sort, the first operand with both strides nonzero decides; negative strides are not
//     flipped), the output laid out in that order (reduction axes stride 0), then adjacent axes
//     coalesced when every operand's strides allow it;
//   - the innermost axis is one call of a sum_of_products kernel chosen by the inner strides
//     (einsum_sumprod.c.src: contiguous-input reductions run 128-bit SIMD lanes — 2 float64 or
//     4 float32 accumulators, mul then add, a horizontal sum at the end — other reductions
//     accumulate sequentially, and kept outputs get out += a*b per element), the outer axes are
//     walked innermost-first and every call adds its partial sum to the output.
// Operands of different dtypes are cast first (NumPy buffers them; sums then may differ in the
// last bit). Integer and bool results do not depend on the order.

import { einsumPlan, resolveUfunc } from '../numpy';
import { DTYPES, type DType, isComplexDType } from './dtype';
import { EngineError, unwrap } from './errors';
import { NDArray, allocate } from './ndarray';
import { astype } from './creation';
import { engineDType } from './ufunc';

interface Axis {
  n: number;
  /** Element strides of each input operand, then the output's. */
  st: number[];
  /** True when the axis is summed over (not in the output). */
  reduced: boolean;
}

type Num = { [i: number]: number };

/** np.einsum(subscripts, *operands) for the common subscripts (explicit, implicit, ellipsis, diagonals). */
export function einsum(subscripts: string, operands: readonly NDArray[]): NDArray {
  const plan = unwrap(einsumPlan(subscripts, operands.map((o) => o.shape)));
  let dt = operands[0].dtype as DType;
  for (const o of operands.slice(1)) dt = engineDType(unwrap(resolveUfunc('multiply', [dt, o.dtype])).outputs[0], 'np.einsum');
  if (isComplexDType(dt)) throw new EngineError('NotImplementedError', 'np.einsum of complex arrays is not supported by the Shapewise engine yet');
  const ops = operands.map((o) => (o.dtype === dt ? o : astype(o, dt)));
  const nop = ops.length;
  const outLabels = plan.output as string[];
  const nEll = outLabels.filter((l) => l.startsWith('.')).length || Math.max(0, ...plan.inputs.map((ls) => ls.filter((l) => l === '.').length));
  // each operand's labels with its ellipsis dims named like the output's ('.0', '.1', ...), right-aligned
  const opLabels = plan.inputs.map((ls) => {
    const mine = ls.filter((l) => l === '.').length;
    let e = nEll - mine;
    return ls.map((l) => (l === '.' ? `.${e++}` : l));
  });
  const letters = new Set<string>();
  for (const ls of opLabels) for (const l of ls) if (!l.startsWith('.')) letters.add(l);
  const ellOnlyInInputs: string[] = [];
  for (let k = 0; k < nEll; k++) if (!outLabels.includes(`.${k}`)) ellOnlyInInputs.push(`.${k}`);
  const summed = [...letters].filter((l) => !outLabels.includes(l)).sort((x, y) => x.charCodeAt(0) - y.charCodeAt(0));
  const iterLabels = [...outLabels, ...ellOnlyInInputs, ...summed];
  const shape = plan.shape as number[];
  const out = allocate(shape, dt);
  if (out.size === 0) return finish(out);
  // iterator axes in nditer's initial order: axis 0 is the last iterator label
  const labelSize = (l: string): number => {
    let n = 1;
    opLabels.forEach((ls, i) => ls.forEach((x, k) => { if (x === l) n = Math.max(n, ops[i].shape[k]); }));
    return n;
  };
  const axes: Axis[] = [];
  const offsets = ops.map((o) => o.offset);
  for (let a = iterLabels.length - 1; a >= 0; a--) {
    const l = iterLabels[a];
    const n = labelSize(l);
    if (n === 0) return finish(out);
    const st = ops.map((o, i) => {
      let s = 0;
      opLabels[i].forEach((x, k) => { if (x === l && o.shape[k] !== 1) s += o.strides[k]; });
      return n === 1 ? 0 : s;
    });
    axes.push({ n, st: [...st, 0], reduced: !outLabels.includes(l) });
  }
  const outAxisOf = new Map<Axis, number>();
  axes.forEach((ax, k) => { const l = iterLabels[iterLabels.length - 1 - k]; const j = outLabels.indexOf(l); if (j >= 0) outAxisOf.set(ax, j); });
  // (negative strides are walked as they are: NumPy's einsum sums a[::-1] in view order)
  // best axis order: stable insertion sort, innermost (smallest strides) first
  const perm = axes.slice();
  for (let i0 = 1; i0 < perm.length; i0++) {
    const a0 = perm[i0];
    let pos = i0;
    for (let i1 = i0 - 1; i1 >= 0; i1--) {
      const a1 = perm[i1];
      let ambig = true;
      let swap = false;
      for (let op = 0; op < nop; op++) {
        if (a0.st[op] !== 0 && a1.st[op] !== 0) {
          if (Math.abs(a1.st[op]) <= Math.abs(a0.st[op])) swap = false;
          else if (ambig) swap = true;
          ambig = false;
        }
      }
      if (!ambig) {
        if (swap) pos = i1;
        else break;
      }
    }
    if (pos !== i0) {
      perm.splice(i0, 1);
      perm.splice(pos, 0, a0);
    }
  }
  // the output, allocated in iteration order (reduction axes stride 0)
  const outStrides = new Array<number>(shape.length).fill(0);
  let acc = 1;
  for (const ax of perm) {
    if (ax.reduced) continue;
    ax.st[nop] = acc;
    outStrides[outAxisOf.get(ax)!] = acc;
    acc *= ax.n;
  }
  const result = new NDArray(out.data, shape, dt, outStrides, 0);
  // coalesce adjacent axes (innermost first)
  const dims: Axis[] = [];
  for (const ax of perm) {
    if (ax.n === 1) continue;
    const last = dims[dims.length - 1];
    if (last && last.st.every((s, i) => s * last.n === ax.st[i])) {
      last.n *= ax.n;
      continue;
    }
    dims.push({ n: ax.n, st: ax.st.slice(), reduced: ax.reduced });
  }
  run(ops.map((o) => o.data as unknown as Num), offsets, out.data as unknown as Num, 0, dims, dt, nop);
  return finish(result);
}

function finish(r: NDArray): NDArray {
  if (r.ndim === 0) r.isScalar = true;
  return r;
}

/** Walks the outer dims (innermost first) and runs the inner kernel on dim 0 at each position. */
function run(data: Num[], offsets: number[], od: Num, outStart: number, dims: Axis[], dt: DType, nop: number): void {
  const inner = dims[0] ?? { n: 1, st: new Array<number>(nop + 1).fill(0), reduced: false };
  const kernel = pickKernel(inner.st, dt, nop);
  const outer = dims.slice(1);
  const ptr = [...offsets, outStart];
  const idx = new Array<number>(outer.length).fill(0);
  for (;;) {
    kernel(data, ptr, od, inner.n, inner.st);
    let k = 0;
    for (; k < outer.length; k++) {
      const ax = outer[k];
      idx[k]++;
      for (let i = 0; i <= nop; i++) ptr[i] += ax.st[i];
      if (idx[k] < ax.n) break;
      for (let i = 0; i <= nop; i++) ptr[i] -= ax.st[i] * ax.n;
      idx[k] = 0;
    }
    if (k === outer.length) return;
  }
}

type Kernel = (data: Num[], ptr: number[], od: Num, count: number, st: number[]) => void;

/** NumPy's get_sum_of_products_function for these inner strides (contiguous = stride 1 element). */
function pickKernel(st: number[], dt: DType, nop: number): Kernel {
  const kind = DTYPES[dt].kind;
  if (kind !== 'f') return kind === 'b' ? boolKernel : DTYPES[dt].big ? bigIntKernel : smallIntKernel(dt);
  const f32 = dt === 'float32';
  const lanes = f32 ? 4 : 2;
  const r = f32 ? Math.fround : (x: number) => x;
  const outStride = st[nop];
  if (nop === 1 && st[0] === 1 && outStride === 0) {
    return (data, ptr, od, count) => { od[ptr[1]] = r(od[ptr[1]] + sumOfArr(data[0], ptr[0], count, lanes, r)); };
  }
  if (nop === 2 && outStride === 0) {
    const c0 = st[0] === 1, c1 = st[1] === 1;
    if (c0 && c1) return (data, ptr, od, count) => { od[ptr[2]] = r(od[ptr[2]] + dotContig(data[0], ptr[0], data[1], ptr[1], count, lanes, r)); };
    if (st[0] === 0 && c1) return (data, ptr, od, count) => { od[ptr[2]] = r(od[ptr[2]] + r(data[0][ptr[0]] * sumOfArr(data[1], ptr[1], count, lanes, r))); };
    if (c0 && st[1] === 0) return (data, ptr, od, count) => { od[ptr[2]] = r(od[ptr[2]] + r(data[1][ptr[1]] * sumOfArr(data[0], ptr[0], count, lanes, r))); };
  }
  if (outStride === 0) {
    // sum_of_products_outstride0_*: a sequential accumulator added to the output at the end
    return (data, ptr, od, count, s) => {
      let accum = 0;
      const p = ptr.slice(0, nop);
      for (let k = 0; k < count; k++) {
        let t = data[0][p[0]];
        for (let i = 1; i < nop; i++) t = r(t * data[i][p[i]]);
        accum = r(accum + t);
        for (let i = 0; i < nop; i++) p[i] += s[i];
      }
      od[ptr[nop]] = r(accum + od[ptr[nop]]);
    };
  }
  // kept output along the inner axis: out += product, element by element
  return (data, ptr, od, count, s) => {
    const p = ptr.slice();
    for (let k = 0; k < count; k++) {
      let t = data[0][p[0]];
      for (let i = 1; i < nop; i++) t = r(t * data[i][p[i]]);
      od[p[nop]] = r(t + od[p[nop]]);
      for (let i = 0; i <= nop; i++) p[i] += s[i];
    }
  };
}

/** sum_of_arr: 128-bit lanes summing four vectors per step, a zero-padded tail, then the lane sum. */
function sumOfArr(d: Num, i: number, count: number, lanes: number, r: (x: number) => number): number {
  const acc = new Array<number>(lanes).fill(0);
  const step = 4 * lanes;
  for (; count >= step; count -= step, i += step) {
    for (let j = 0; j < lanes; j++) {
      const a01 = r(d[i + j] + d[i + lanes + j]);
      const a23 = r(d[i + 2 * lanes + j] + d[i + 3 * lanes + j]);
      acc[j] = r(r(a01 + a23) + acc[j]);
    }
  }
  for (; count > 0; count -= lanes, i += lanes) for (let j = 0; j < lanes; j++) acc[j] = r((j < count ? d[i + j] : 0) + acc[j]);
  return laneSum(acc, r);
}

/** contig_contig_outstride0_two: per lane acc = a0*b0 + (a1*b1 + (a2*b2 + (a3*b3 + acc))), mul then add. */
function dotContig(a: Num, i: number, b: Num, k: number, count: number, lanes: number, r: (x: number) => number): number {
  const acc = new Array<number>(lanes).fill(0);
  const step = 4 * lanes;
  for (; count >= step; count -= step, i += step, k += step) {
    for (let j = 0; j < lanes; j++) {
      const ab3 = r(r(a[i + 3 * lanes + j] * b[k + 3 * lanes + j]) + acc[j]);
      const ab2 = r(r(a[i + 2 * lanes + j] * b[k + 2 * lanes + j]) + ab3);
      const ab1 = r(r(a[i + lanes + j] * b[k + lanes + j]) + ab2);
      acc[j] = r(r(a[i + j] * b[k + j]) + ab1);
    }
  }
  for (; count > 0; count -= lanes, i += lanes, k += lanes) {
    for (let j = 0; j < lanes; j++) if (j < count) acc[j] = r(r(a[i + j] * b[k + j]) + acc[j]);
  }
  return laneSum(acc, r);
}

/** npyv_sum on SSE3: hadd (float64: l0 + l1; float32: (l0 + l1) + (l2 + l3)). */
function laneSum(acc: number[], r: (x: number) => number): number {
  if (acc.length === 2) return acc[0] + acc[1];
  return r(r(acc[0] + acc[1]) + r(acc[2] + acc[3]));
}

const boolKernel: Kernel = (data, ptr, od, count, s) => {
  const nop = data.length;
  const p = ptr.slice();
  for (let k = 0; k < count; k++) {
    let t = data[0][p[0]] !== 0;
    for (let i = 1; i < nop; i++) t = t && data[i][p[i]] !== 0;
    if (t) od[p[nop]] = 1;
    for (let i = 0; i <= nop; i++) p[i] += s[i];
  }
};

/** 64-bit integers: BigInt products and sums, wrapped by the BigInt64Array/BigUint64Array store. */
const bigIntKernel: Kernel = (data, ptr, od, count, s) => {
  const nop = data.length;
  const p = ptr.slice();
  const d = data as unknown as { [i: number]: bigint }[];
  const o = od as unknown as { [i: number]: bigint };
  for (let k = 0; k < count; k++) {
    let t = d[0][p[0]];
    for (let i = 1; i < nop; i++) t = BigInt.asIntN(64, t * d[i][p[i]]);
    o[p[nop]] = o[p[nop]] + t;
    for (let i = 0; i <= nop; i++) p[i] += s[i];
  }
};

/** 8/16/32-bit integers: exact products through BigInt when they could pass 2^53, stored with wrap-around. */
function smallIntKernel(dt: DType): Kernel {
  const bits = DTYPES[dt].itemsize * 8;
  const unsigned = DTYPES[dt].kind === 'u';
  const wrap = (v: bigint) => Number(unsigned ? BigInt.asUintN(bits, v) : BigInt.asIntN(bits, v));
  return (data, ptr, od, count, s) => {
    const nop = data.length;
    const p = ptr.slice();
    for (let k = 0; k < count; k++) {
      let t = BigInt(data[0][p[0]]);
      for (let i = 1; i < nop; i++) t = BigInt.asIntN(64, t * BigInt(data[i][p[i]]));
      od[p[nop]] = wrap(BigInt(od[p[nop]]) + t);
      for (let i = 0; i <= nop; i++) p[i] += s[i];
    }
  };
}
