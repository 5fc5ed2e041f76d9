// The engine's NDArray prints through src/engine/print as is (it satisfies PrintableArray):
// golden arrays rebuilt as NDArrays, C-ordered and as transposed views over a permuted buffer,
// must print exactly what NumPy printed for them. Also the print-options state rules.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allocate, NDArray, type DType } from '../../src/engine';
import { arrayRepr, arrayStr, DEFAULT_PRINT_OPTIONS, overridePrintOptions, updatePrintOptions, type PrintOptionsUpdate } from '../../src/engine/print';

interface Case {
  a?: { dtype: string; shape: number[]; hex: string; kept?: number };
  o?: Record<string, unknown>;
  repr: string;
  str: string;
}

const ENGINE_DTYPES = new Set(['bool', 'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64']);

function valuesOf(dtype: string, hex: string): (number | bigint | boolean)[] {
  const b = Buffer.from(hex, 'hex');
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const size: Record<string, number> = { bool: 1, int8: 1, uint8: 1, int16: 2, uint16: 2, int32: 4, uint32: 4, int64: 8, uint64: 8, float32: 4, float64: 8 };
  const out: (number | bigint | boolean)[] = [];
  for (let o = 0; o < b.length; o += size[dtype]) {
    switch (dtype) {
      case 'bool': out.push(dv.getUint8(o) !== 0); break;
      case 'int8': out.push(dv.getInt8(o)); break;
      case 'uint8': out.push(dv.getUint8(o)); break;
      case 'int16': out.push(dv.getInt16(o, true)); break;
      case 'uint16': out.push(dv.getUint16(o, true)); break;
      case 'int32': out.push(dv.getInt32(o, true)); break;
      case 'uint32': out.push(dv.getUint32(o, true)); break;
      case 'int64': out.push(dv.getBigInt64(o, true)); break;
      case 'uint64': out.push(dv.getBigUint64(o, true)); break;
      case 'float32': out.push(dv.getFloat32(o, true)); break;
      default: out.push(dv.getFloat64(o, true));
    }
  }
  return out;
}

/** The same logical array as a transposed view: buffer holds the transpose in C order. */
function transposedView(shape: number[], dtype: DType, values: (number | bigint | boolean)[]): NDArray {
  const rev = [...shape].reverse();
  const base = allocate(rev, dtype);
  const n = values.length;
  const nd = shape.length;
  for (let flat = 0; flat < n; flat++) {
    let rem = flat;
    const idx = new Array<number>(nd);
    for (let k = nd - 1; k >= 0; k--) {
      idx[k] = rem % shape[k];
      rem = Math.floor(rem / shape[k]);
    }
    let t = 0;
    for (let k = 0; k < nd; k++) t = t * rev[k] + idx[nd - 1 - k];
    base.set(t, values[flat]);
  }
  return new NDArray(base.data, shape, dtype, [...base.strides].reverse(), 0, base);
}

describe('printing engine NDArrays', () => {
  it('golden arrays rebuilt as NDArrays (contiguous and transposed views) print as NumPy printed them', () => {
    const lines = readFileSync(path.join(__dirname, 'print_golden', 'arrays.jsonl'), 'utf8').split('\n').filter(Boolean);
    const failures: string[] = [];
    let checked = 0;
    for (const line of lines) {
      const c = JSON.parse(line) as Case;
      if (!c.a || c.a.kept || !ENGINE_DTYPES.has(c.a.dtype) || c.o?.formatter) continue;
      const dtype = c.a.dtype as DType;
      const values = valuesOf(dtype, c.a.hex);
      const opts = updatePrintOptions(DEFAULT_PRINT_OPTIONS, (c.o ?? {}) as PrintOptionsUpdate);
      const contiguous = allocate(c.a.shape, dtype);
      values.forEach((v, i) => contiguous.set(i, v));
      for (const arr of [contiguous, transposedView(c.a.shape, dtype, values)]) {
        const r = arrayRepr(arr, opts);
        const s = arrayStr(arr, opts);
        if (r !== c.repr) failures.push(`${JSON.stringify(c.a.shape)} ${dtype} repr:\n${c.repr}\ngot\n${r}`);
        if (s !== c.str) failures.push(`${JSON.stringify(c.a.shape)} ${dtype} str:\n${c.str}\ngot\n${s}`);
      }
      checked++;
    }
    assert.deepEqual(failures.slice(0, 10), []);
    assert.ok(checked > 1000, `checked ${checked} arrays`);
  });
});

describe('print options', () => {
  it('set_printoptions resets the formatter; per-call overrides keep it', () => {
    const fmt = { all: () => 'x' };
    const withFormatter = updatePrintOptions(DEFAULT_PRINT_OPTIONS, { formatter: fmt });
    assert.equal(updatePrintOptions(withFormatter, { precision: 3 }).formatter, null);
    assert.equal(overridePrintOptions(withFormatter, { precision: 3 }).formatter, fmt);
    assert.equal(overridePrintOptions(withFormatter, { precision: 3 }).precision, 3);
    assert.equal(updatePrintOptions(DEFAULT_PRINT_OPTIONS, { precision: null }).precision, 8);
  });
});
