// The rules' contract with the analyzer: no rule function throws, whatever it is given —
// odd ranks, negative and huge dims, symbolic and unknown dims, out-of-range axes, empty
// lists. Each rule is called many times with arguments drawn from such a pool.
import { strict as assert } from 'node:assert';
import * as np from '../../src/numpy';
import type { Dim, IndexItem, Shape } from '../../src/numpy';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const n = np.symDim('n');
const DIMS: Dim[] = [0, 1, 2, 3, 7, -1, -2, n, np.dimSub(n, 1), np.dimMul(2, n), np.unknownDim(), 2 ** 40];

describe('numpy rules never throw', () => {
  const r = rng(12345);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const shape = (): Shape => Array.from({ length: Math.floor(r() * 5) }, () => pick(DIMS));
  const int = () => pick([0, 1, -1, 2, -3, 5, 100]);
  const axis = (): number | number[] | null => pick([null, int(), [int(), int()], []]);
  const item = (): IndexItem => pick<IndexItem>([
    { kind: 'int', value: int() }, { kind: 'int' }, { kind: 'slice', start: pick([null, int(), n]), stop: pick([null, int(), n]), step: pick([null, 1, -1, 2, 0]) },
    { kind: 'newaxis' }, { kind: 'ellipsis' }, { kind: 'bool', value: true }, { kind: 'intArray', shape: shape(), values: [int()] },
    { kind: 'boolArray', shape: shape() }, { kind: 'invalid' },
  ]);
  const dt = () => pick(np.DTYPES);
  const calls: [string, () => unknown][] = [
    ['broadcastOperands', () => np.broadcastOperands([shape(), shape(), shape()])],
    ['broadcastShapes', () => np.broadcastShapes([shape(), shape()])],
    ['broadcastTo', () => np.broadcastTo(shape(), shape())],
    ['broadcastToOutput', () => np.broadcastToOutput([shape(), shape()], shape())],
    ['reduction', () => np.reduction(pick(np.REDUCTION_NAMES), shape(), dt(), { axis: axis(), keepdims: pick([undefined, true, false]), dtype: pick([undefined, dt()]) })],
    ['matmulShape', () => np.matmulShape(shape(), shape(), pick([undefined, shape()]))],
    ['dotShape', () => np.dotShape(shape(), shape())],
    ['innerShape', () => np.innerShape(shape(), shape())],
    ['tensordotShape', () => np.tensordotShape(shape(), shape(), pick([int(), [[int()], [int()]] as const]))],
    ['solveShape', () => np.solveShape(shape(), shape())],
    ['normResult', () => np.normResult(shape(), dt(), { axis: axis(), ord: pick([null, 2, 'fro', 'nuc', 1]) })],
    ['reshapeShape', () => np.reshapeShape(shape(), shape())],
    ['transposeShape', () => np.transposeShape(shape(), pick([null, [int(), int()]]))],
    ['swapaxesShape', () => np.swapaxesShape(shape(), int(), int())],
    ['moveaxisShape', () => np.moveaxisShape(shape(), int(), int())],
    ['squeezeShape', () => np.squeezeShape(shape(), axis())],
    ['expandDimsShape', () => np.expandDimsShape(shape(), pick([int(), [int(), int()]]))],
    ['concatenateShape', () => np.concatenateShape([shape(), shape()], pick([null, int()]))],
    ['stackShape', () => np.stackShape([shape(), shape()], int())],
    ['splitShapes', () => np.splitShapes(shape(), pick([int(), [int(), n]]), int())],
    ['indexResult', () => np.indexResult(shape(), Array.from({ length: Math.floor(r() * 4) }, item))],
    ['setitemShape', () => np.setitemShape(shape(), [item(), item()], shape())],
    ['einsumShape', () => np.einsumShape(pick(['ij,jk->ik', 'ii', '...i->', 'i,', '->', 'a$b', 'ij->jj']), [shape(), shape()])],
    ['tileShape', () => np.tileShape(shape(), shape())],
    ['repeatShape', () => np.repeatShape(shape(), pick([int(), [int(), int()]]), pick([null, int()]))],
    ['diagShape', () => np.diagShape(shape(), int())],
    ['ufuncCall', () => np.ufuncCall(pick([...np.UFUNC_NAMES, 'nope']), [{ shape: shape(), dtype: dt() }, { shape: [], dtype: np.weakScalar(pick(['int', 'float', 'bool', 'complex'] as const), pick([int(), 1.5, NaN, 2 ** 70, -(2 ** 70)])) }], { out: pick([undefined, { shape: shape(), dtype: dt() }]), dtype: pick([undefined, dt()]) })],
    ['crossShape', () => np.crossShape(shape(), shape())],
    ['diffShape', () => np.diffShape(shape(), int(), int())],
    ['takeShape', () => np.takeShape(shape(), shape(), pick([null, int()]), [int()])],
    ['functionDType', () => np.functionDType(pick(['sort', 'round', 'percentile', 'trace'] as const), dt())],
    ['resultType', () => np.resultType(dt(), dt(), np.weakScalar('int', 2 ** 70), dt())],
    ['arangeResult', () => np.arangeResult([np.weakScalar('int', int()), np.weakScalar('float', pick([0, 0.5, Infinity, NaN]))])],
    ['dims', () => [np.dimFloorDiv(pick(DIMS), pick(DIMS)), np.dimCeilDiv(pick(DIMS), pick(DIMS)), np.sliceLength(pick(DIMS), pick(DIMS), pick(DIMS), pick([1, -1, 3]))]],
  ];
  for (const [name, call] of calls) {
    it(`${name} returns instead of throwing on 300 odd inputs`, () => {
      const thrown: string[] = [];
      for (let i = 0; i < 300; i++) {
        try {
          call();
        } catch (e) {
          thrown.push(String(e));
        }
      }
      assert.deepEqual(thrown.slice(0, 3), []);
    });
  }
});
