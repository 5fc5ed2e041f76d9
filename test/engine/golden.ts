// Replays the engine golden corpus (test/engine/golden/engine_*.jsonl, written by
// scripts/golden/engine_values.py with NumPy 2.4.6): regenerates each input from its recipe with
// the same splitmix64 stream as the Python script, calls the engine operation the case names,
// and compares dtype, shape, raw bytes (bit-exact) or the error's Python type and message.
// Cases marked `tol` (matmul/linalg and libm-dependent transcendental ufuncs) compare floats
// within a stated bound instead: TRANSCENDENTAL_ULPS ulps, or LINALG_REL relative error.

import { arrayRepr, arrayStr } from '../../src/engine/print';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as E from '../../src/engine/index';
import { DTYPES, type DType } from '../../src/engine/dtype';

/** Largest ulp distance allowed for transcendental ufuncs (libm vs V8's fdlibm ports). */
export const TRANSCENDENTAL_ULPS = 2;
/** Relative error allowed for matmul/dot/einsum/linalg (OpenBLAS/LAPACK vs our kernels). */
export const LINALG_REL = 1e-9;

const M64 = (1n << 64n) - 1n;

function* splitmix(seed: bigint): Generator<bigint> {
  let state = seed & M64;
  for (;;) {
    state = (state + 0x9e3779b97f4a7c15n) & M64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    yield z ^ (z >> 31n);
  }
}

const SPECIALS = [NaN, Infinity, -Infinity, 0, -0];
const INTS = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];

/** Mirror of gen_values in engine_values.py. */
export function genValues(seed: number, dtype: DType, n: number, kind: string): (number | bigint | boolean)[] {
  const rng = splitmix(BigInt(seed));
  const out: (number | bigint | boolean)[] = [];
  const info = DTYPES[dtype];
  const isF = info.kind === 'f';
  for (let i = 0; i < n; i++) {
    const u = rng.next().value as bigint;
    if (dtype === 'bool') out.push((u & 1n) === 1n);
    else if (kind === 'iw' && INTS.includes(dtype)) {
      const bits = BigInt(info.itemsize * 8);
      let v = u & ((1n << bits) - 1n);
      if (info.kind === 'i' && v >= 1n << (bits - 1n)) v -= 1n << bits;
      out.push(v);
    } else if (kind === 'i' || kind === 'iw') {
      let v = (u % 21n) - 10n;
      if (info.kind === 'u') v = u % 21n;
      out.push(isF ? Number(v) : v);
    } else if (kind === 'pos') {
      out.push((Number(u >> 11n) / 2 ** 53) * 8.0 + 0.0009765625);
    } else if (kind === 'fz' && u % 7n === 0n) {
      out.push(SPECIALS[Number((u >> 3n) % 5n)]);
    } else {
      out.push((Number(u >> 11n) / 2 ** 53 - 0.5) * 8.0);
    }
  }
  return out;
}

type Recipe = [number, DType, number[], string, string | null];

export function makeArray(recipe: Recipe): E.NDArray {
  const [seed, dtype, shape, kind, view] = recipe;
  const g = shape.slice();
  if (view === 's2' && g.length) g[0] *= 2;
  const n = g.reduce((p, d) => p * d, 1);
  const vals = genValues(seed, dtype, n, kind);
  const flat = E.zeros([n], dtype);
  vals.forEach((v, i) => flat.set(i, typeof v === 'number' && DTYPES[dtype].kind !== 'f' ? BigInt(Math.trunc(v)) : v));
  let a = E.reshape(flat, g);
  if (view === 'T') a = E.transpose(a);
  else if (view === 's2' && g.length) a = E.getitem(a, [{ step: 2 }]);
  else if (view === 'rev' && g.length) a = E.getitem(a, [{ step: -1 }]);
  return a;
}

function pyFloat(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  return parseFloat(s);
}

/** Decodes an encoded argument (see dec() in the Python script). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dec(x: any): any {
  if (x === '...') return '...';
  if (Array.isArray(x)) return x.map(dec);
  if (x && typeof x === 'object') {
    if ('g' in x) {
      const a = makeArray(x.g);
      return x.sorted ? E.sort(a, -1) : a;
    }
    if ('i' in x) return BigInt(x.i);
    if ('f' in x) return pyFloat(x.f);
    if ('sl' in x) return { start: x.sl[0], stop: x.sl[1], step: x.sl[2] };
    if ('tuple' in x) return x.tuple.map(dec);
    if ('list' in x) return x.list.map(dec);
    if ('np' in x) return E.array(x.np.map(dec), x.dt); // dt: an explicit dtype (absent: inferred)
    if ('s' in x) return E.array(x.s as string); // a Python str: a 0-d str array, as the interpreter passes it
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) o[k] = dec(v);
    return o;
  }
  return x;
}

/** Parses the Python literal sources used by the 'array' cases into engine nested values. */
export function parsePyLiteral(src: string): E.Nested {
  const s = src.replace(/2\*\*63/g, '9223372036854775808').replace(/2\*\*62/g, '4611686018427387904').replace(/float\("(nan|inf)"\)/g, '$1');
  let i = 0;
  const ws = () => {
    while (s[i] === ' ') i++;
  };
  const value = (): E.Nested => {
    ws();
    if (s[i] === '[') {
      i++;
      const items: E.Nested[] = [];
      ws();
      while (s[i] !== ']') {
        items.push(value());
        ws();
        if (s[i] === ',') i++;
        ws();
      }
      i++;
      return items;
    }
    const m = /^(True|False|nan|inf|-?[0-9.e+-]+)/.exec(s.slice(i))!;
    i += m[0].length;
    const t = m[0];
    if (t === 'True') return true;
    if (t === 'False') return false;
    if (t === 'nan') return NaN;
    if (t === 'inf') return Infinity;
    if (/[.e]/.test(t)) return parseFloat(t);
    return BigInt(t);
  };
  return value();
}

export interface GoldenCase {
  op: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  a: any[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  k?: Record<string, any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  r?: any;
  e?: [string, string];
  view?: boolean;
  tol?: number;
}

export function loadCases(topic: string): GoldenCase[] {
  const file = path.join(__dirname, 'golden', `engine_${topic}.jsonl`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const NP_NAME: Record<string, string> = { var: 'var_' };

/** The decoded arguments of the last runCase call (for view/copy checks). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export let lastArgs: any[] = [];

/** Runs one case's operation on the engine. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runCase(c: GoldenCase): any {
  const args = c.a.map(dec);
  lastArgs = args;
  const kw = Object.fromEntries(Object.entries(c.k ?? {}).map(([k, v]) => [k, dec(v)]));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const eng = E as any;
  const arr = (x: unknown) => (x instanceof E.NDArray ? x : E.array(x as E.Nested));
  switch (c.op) {
    case 'array':
      return E.array(parsePyLiteral(c.a[0]), kw.dtype);
    case 'arange':
      return E.arange(args[0], args[1], args[2], kw.dtype);
    case 'linspace':
      return E.linspace(args[0], args[1], args[2], kw.endpoint ?? true, kw.dtype);
    case 'eye':
      return E.eye(args[0], args[1] ?? undefined, args[2], kw.dtype);
    case 'full':
      return E.full(args[0], args[1], kw.dtype);
    case 'zeros':
      return E.zeros(args[0], kw.dtype === 'str' ? 'U0' : kw.dtype);
    case 'ones':
      return E.ones(args[0], kw.dtype);
    case 'astype':
      // dtype=str is the engine's 'U0' (width taken from the source)
      return E.astype(args[0], kw.dtype === 'str' ? 'U0' : kw.dtype);
    case 'str':
      return { py: arrayStr(args[0]) };
    case 'repr':
      return { py: arrayRepr(args[0]) };
    case 'diag':
      return E.diag(args[0], kw.k ?? 0);
    case 'copy':
      return E.copy(args[0]);
    case 'tolist':
      return { py: E.tolist(args[0]) };
    case 'item':
      return { py: E.item(args[0]) };
    case 'ufunc2':
      return E.ufunc2(args[0], args[1], args[2]);
    case 'ufunc1':
      return E.ufunc1(args[0], args[1]);
    case 'inplace': {
      const a = E.copy(args[1]);
      E.ufunc2(args[0], a, args[2], { out: a });
      return a;
    }
    case 'reduce': {
      const fn = eng[NP_NAME[args[0]] ?? args[0]];
      return fn(args[1], { axis: kw.axis, keepdims: kw.keepdims, ddof: kw.ddof, dtype: kw.dtype, initial: kw.initial });
    }
    case 'argred':
      return eng[args[0]](args[1], kw.axis, kw.keepdims ?? false);
    case 'cum':
      return eng[args[0]](args[1], kw.axis, kw.dtype ?? undefined);
    case 'count_nonzero':
      return E.countNonzero(args[0], kw.axis, kw.keepdims ?? false);
    case 'average':
      return E.average(args[0], kw.axis, kw.weights ?? undefined);
    case 'where':
      return E.where(args[0], args[1], args[2]);
    case 'clip':
      return E.clip(args[0], args[1], args[2]);
    case 'round':
      return E.round(args[0], kw.decimals ?? 0);
    case 'reshape':
      return E.reshape(args[0], args[1]);
    case 'ravel':
      return E.ravel(args[0]);
    case 'flatten':
      return E.flatten(args[0]);
    case 'transpose':
      return E.transpose(args[0], args[1]);
    case 'swapaxes':
      return E.swapaxes(args[0], args[1], args[2]);
    case 'moveaxis':
      return E.moveaxis(args[0], args[1], args[2]);
    case 'squeeze':
      return E.squeeze(args[0], args[1]);
    case 'expand_dims':
      return E.expandDims(args[0], args[1]);
    case 'broadcast_to':
      return E.broadcastTo(args[0], args[1]);
    case 'flip':
      return E.flip(args[0], kw.axis);
    case 'concatenate':
      return E.concatenate(args[0], kw.axis ?? 0);
    case 'stack':
      return E.stack(args[0], kw.axis ?? 0);
    case 'vstack':
      return E.vstack(args[0]);
    case 'hstack':
      return E.hstack(args[0]);
    case 'split':
      return { seq: E.split(args[0], args[1], kw.axis ?? 0) };
    case 'array_split':
      return { seq: E.arraySplit(args[0], args[1], kw.axis ?? 0) };
    case 'tile':
      return E.tile(args[0], args[1]);
    case 'repeat':
      return E.repeat(args[0], args[1], kw.axis ?? null);
    case 'getitem':
      return E.getitem(args[0], indexItems(c.a[1]));
    case 'setitem': {
      const a = args[0] as E.NDArray;
      E.setitem(a, indexItems(c.a[1]), args[2]);
      return a;
    }
    case 'matmul':
      return E.matmul(args[0], args[1]);
    case 'dot':
      return E.dot(args[0], args[1]);
    case 'inner':
      return E.inner(args[0], args[1]);
    case 'outer':
      return E.outer(args[0], args[1]);
    case 'tensordot':
      return E.tensordot(args[0], args[1], kw.axes ?? 2);
    case 'einsum':
      return E.einsum(args[0], args.slice(1));
    case 'inv':
      return E.inv(arr(args[0]));
    case 'solve':
      return E.solve(args[0], args[1]);
    case 'det':
      return E.det(args[0]);
    case 'norm':
      return E.norm(args[0], kw.ord ?? null, kw.axis ?? null, kw.keepdims ?? false);
    case 'sort': // NumPy's default kind (its SIMD value sort decides the signs of mixed zeros)
      return E.sort(args[0], kw.axis === undefined ? -1 : kw.axis, 'quicksort');
    case 'argsort': // the corpus asks NumPy for kind='stable'
      return E.argsort(args[0], kw.axis === undefined ? -1 : kw.axis, 'stable');
    case 'unique': {
      const u = E.unique(args[0], { returnIndex: kw.return_index, returnInverse: kw.return_inverse, returnCounts: kw.return_counts });
      const parts = [u.values];
      if (kw.return_index) parts.push(u.indices!);
      if (kw.return_inverse) parts.push(u.inverse!);
      if (kw.return_counts) parts.push(u.counts!);
      return parts.length === 1 ? parts[0] : { seq: parts };
    }
    case 'matmul_exact':
      return E.matmul(args[0], args[1]);
    case 'searchsorted':
      return E.searchsorted(args[0], args[1], kw.side ?? 'left');
    case 'nonzero':
      return { seq: E.nonzero(args[0]) };
    default:
      throw new Error(`golden: unknown op ${c.op}`);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function indexItems(raw: any[]): E.Index[] {
  return raw.map((x) => {
    if (x && typeof x === 'object' && 'list' in x) return E.array(x.list.map(dec));
    return dec(x);
  });
}

/** float16 bits -> value. */
function halfValue(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

/** float16 results (stored by the engine as exact half values in a Float32Array). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function compareHalf(got: E.NDArray, want: any, tol: boolean): string | null {
  const wb = Buffer.from(want.b, 'base64');
  const bits = new Uint16Array(wb.buffer.slice(wb.byteOffset, wb.byteOffset + wb.byteLength));
  const g = got.toArray() as number[];
  for (let i = 0; i < bits.length; i++) {
    const w = halfValue(bits[i]);
    const v = g[i];
    if (Object.is(v, w) || (Number.isNaN(v) && Number.isNaN(w))) continue;
    // transcendental ufuncs: one half-precision ulp (NumPy's float32 SIMD functions vs V8's libm)
    const ulp = 2 ** (Math.max(Math.floor(Math.log2(Math.abs(w) || 2 ** -24)), -14) - 10);
    if (tol && Number.isFinite(w) && Math.abs(v - w) <= ulp) continue;
    return `element ${i}: ${v} vs ${w}`;
  }
  return null;
}

function bytesOf(a: E.NDArray): Uint8Array {
  const c = a.contiguousData();
  return new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
}

function ulpDiff(x: number, y: number, f32: boolean): number {
  if (Number.isNaN(x) && Number.isNaN(y)) return 0;
  if (x === y) return 0;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Infinity;
  const buf = new DataView(new ArrayBuffer(8));
  const ord = (v: number) => {
    if (f32) {
      buf.setFloat32(0, v);
      const b = buf.getInt32(0);
      return b < 0 ? -(b & 0x7fffffff) : b;
    }
    buf.setFloat64(0, v);
    const b = buf.getBigInt64(0);
    return Number(b < 0n ? -(b & 0x7fffffffffffffffn) : b);
  };
  return Math.abs(ord(x) - ord(y));
}

/**
 * Compares an engine result with the encoded NumPy result; returns a description of the first
 * difference, or null when they agree.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function compare(got: any, want: any, tol: boolean, op: string): string | null {
  if ('seq' in want) {
    const g = got.seq ?? got.py;
    if (!Array.isArray(g) || g.length !== want.seq.length) return `expected a sequence of ${want.seq.length}, got ${describe(got)}`;
    for (let i = 0; i < g.length; i++) {
      const d = compare(g[i] instanceof E.NDArray ? g[i] : { py: g[i] }, want.seq[i], tol, op);
      if (d) return `[${i}]: ${d}`;
    }
    return null;
  }
  if ('py' in want) {
    const v = got.py;
    if (want.py === 'int') return typeof v === 'bigint' && v === BigInt(want.v) ? null : `expected Python int ${want.v}, got ${String(v)} (${typeof v})`;
    if (want.py === 'bool') return v === want.v ? null : `expected Python bool ${want.v}, got ${String(v)}`;
    if (want.py === 'str') return v === want.v ? null : `expected Python str ${JSON.stringify(want.v)}, got ${JSON.stringify(v)}`;
    const f = pyFloat(want.v);
    return typeof v === 'number' && (Object.is(v, f) || (Number.isNaN(v) && Number.isNaN(f))) ? null : `expected Python float ${want.v}, got ${String(v)}`;
  }
  if (!(got instanceof E.NDArray)) return `expected an array, got ${describe(got)}`;
  if (got.dtype !== want.d) return `dtype ${got.dtype} != ${want.d}`;
  if (got.shape.length !== want.s.length || got.shape.some((d: number, k: number) => d !== want.s[k])) return `shape (${got.shape}) != (${want.s})`;
  if (!!want.sc !== got.isScalar && op !== 'getitem_unused') return `NumPy ${want.sc ? 'returns a scalar' : 'returns an array'}, engine isScalar=${got.isScalar}`;
  if (want.d === 'float16') return compareHalf(got, want, tol);
  if (want.u) {
    const g = got.toArray() as unknown as string[];
    return JSON.stringify(g) === JSON.stringify(want.u) ? null : `strings ${JSON.stringify(g)} != ${JSON.stringify(want.u)}`;
  }
  const wb = Buffer.from(want.b, 'base64');
  const gb = bytesOf(got);
  if (Buffer.compare(Buffer.from(gb), wb) === 0) return null;
  const expected = E.array([]); // placeholder for typing
  void expected;
  const info = DTYPES[got.dtype as DType];
  if (tol && info.kind === 'f') {
    const f32 = got.dtype === 'float32';
    const w = f32 ? new Float32Array(wb.buffer.slice(wb.byteOffset, wb.byteOffset + wb.byteLength)) : new Float64Array(wb.buffer.slice(wb.byteOffset, wb.byteOffset + wb.byteLength));
    const g = got.contiguousData() as Float64Array | Float32Array;
    const linalg = op !== 'ufunc1' && op !== 'ufunc2';
    let scale = 0;
    for (let i = 0; i < w.length; i++) if (Number.isFinite(w[i])) scale = Math.max(scale, Math.abs(w[i]));
    for (let i = 0; i < w.length; i++) {
      if (linalg) {
        const bound = (f32 ? 1e-5 : LINALG_REL) * Math.max(scale, 1e-300);
        if (!(Math.abs(g[i] - w[i]) <= bound || (Number.isNaN(g[i]) && Number.isNaN(w[i])) || g[i] === w[i])) return `element ${i}: ${g[i]} vs ${w[i]} (beyond relative ${f32 ? 1e-5 : LINALG_REL})`;
      } else if (ulpDiff(g[i], w[i], f32) > TRANSCENDENTAL_ULPS) return `element ${i}: ${g[i]} vs ${w[i]} (${ulpDiff(g[i], w[i], f32)} ulps)`;
    }
    return null;
  }
  const wantArr = decodeArray(want);
  // NaN sign/payload bits are not compared (NumPy prints every NaN as nan)
  for (let i = 0; i < got.size; i++) {
    const gv = got.get(i);
    const wv = wantArr[i];
    if (!(Object.is(gv, wv) || (typeof gv === 'number' && Number.isNaN(gv) && Number.isNaN(wv as number)))) return `element ${i}: ${String(gv)} != ${String(wv)}`;
  }
  return null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function decodeArray(want: any): (number | bigint | boolean)[] {
  const wb = Buffer.from(want.b, 'base64');
  const dt = want.d as DType;
  const buf = wb.buffer.slice(wb.byteOffset, wb.byteOffset + wb.byteLength);
  const ctor = DTYPES[dt].make(0).constructor as new (b: ArrayBuffer) => ArrayLike<number | bigint>;
  return Array.from(new ctor(buf)).map((v) => (dt === 'bool' ? v !== 0 : v));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function describe(x: any): string {
  if (x instanceof E.NDArray) return `array(dtype=${x.dtype}, shape=(${x.shape}))`;
  return JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v))?.slice(0, 200) ?? String(x);
}
