// Turns a value the interpreter produced (full shape + flat row-major data) into the capped
// preview the results panel draws: spatial axes are sampled with an even stride, leading
// (batch / channel) axes keep their first few entries, so a 4096×4096 array or an
// (N, C, H, W) batch costs at most a few tens of thousands of numbers to send and to paint.
import type { RunValue, ValueStats } from '../protocol/messages';

/** Largest extent of a sampled (row / column) axis in a preview. */
export const PREVIEW_MAX_SIDE = 128;
/** How many entries of a leading axis (batch, channel) a preview keeps. */
export const PREVIEW_MAX_LEADING = 4;
/** Largest 1-D preview (line / bar plot). */
export const PREVIEW_MAX_1D = 2048;

export interface RawValue {
  name: string;
  shape: readonly number[];
  dtype: string;
  repr?: string;
  /** Flat row-major data; any array-like of numbers, booleans or bigints. */
  data?: ArrayLike<number | boolean | bigint | null> | null;
  stats?: Partial<ValueStats> | null;
}

function evenSample(size: number, max: number): number[] {
  if (size <= max) return Array.from({ length: size }, (_, i) => i);
  const out: number[] = [];
  for (let i = 0; i < max; i++) out.push(Math.floor((i * (size - 1)) / (max - 1)));
  return out;
}

function toNumber(v: number | boolean | bigint | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return Number.isFinite(v) ? v : null;
}

/** Which preview indices each axis keeps, by the layout a person would look at. */
export function previewAxes(shape: readonly number[]): number[][] {
  const nd = shape.length;
  if (nd === 0) return [];
  if (nd === 1) return [evenSample(shape[0], PREVIEW_MAX_1D)];
  // (H, W, 3|4) image: the last axis is colour and kept whole.
  const colourLast = nd === 3 && (shape[2] === 3 || shape[2] === 4);
  const spatial = colourLast ? [0, 1] : [nd - 2, nd - 1];
  return shape.map((size, axis) => {
    if (colourLast && axis === 2) return evenSample(size, size);
    if (spatial.includes(axis)) return evenSample(size, PREVIEW_MAX_SIDE);
    return evenSample(size, PREVIEW_MAX_LEADING).slice(0, PREVIEW_MAX_LEADING).map((_, i) => i);
  });
}

/** Min / max / mean over all finite entries of the full data; undefined when there are none. */
export function computeStats(data: ArrayLike<number | boolean | bigint | null>): ValueStats | undefined {
  let min = Infinity, max = -Infinity, sum = 0, n = 0;
  for (let i = 0; i < data.length; i++) {
    const x = toNumber(data[i]);
    if (x === null) continue;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
    n++;
  }
  return n ? { min, max, mean: sum / n } : undefined;
}

export function makePreview(value: RawValue): RunValue {
  const shape = [...value.shape];
  const out: RunValue = { name: value.name, shape, dtype: value.dtype };
  if (value.repr !== undefined) out.repr = value.repr;
  const data = value.data;
  const size = shape.reduce((a, b) => a * b, 1);
  const numeric = !/^(str|<U|object|O|complex|datetime|timedelta)/.test(value.dtype);
  if (!data || !numeric || data.length !== size) return out;
  const stats = value.stats && typeof value.stats.min === 'number' && typeof value.stats.max === 'number' && typeof value.stats.mean === 'number'
    ? (value.stats as ValueStats)
    : computeStats(data);
  if (stats) out.stats = stats;
  if (shape.length === 0) {
    out.previewShape = [];
    out.data = [toNumber(data[0])];
    out.previewIndex = [];
    return out;
  }
  const axes = previewAxes(shape);
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let a = shape.length - 1; a >= 0; a--) { strides[a] = s; s *= shape[a]; }
  const previewShape = axes.map((ix) => ix.length);
  const total = previewShape.reduce((a, b) => a * b, 1);
  const flat: (number | null)[] = new Array(total);
  const counter = new Array<number>(shape.length).fill(0);
  for (let k = 0; k < total; k++) {
    let offset = 0;
    for (let a = 0; a < shape.length; a++) offset += axes[a][counter[a]] * strides[a];
    flat[k] = toNumber(data[offset]);
    for (let a = shape.length - 1; a >= 0; a--) {
      if (++counter[a] < previewShape[a]) break;
      counter[a] = 0;
    }
  }
  out.previewShape = previewShape;
  out.data = flat;
  out.previewIndex = axes;
  return out;
}
