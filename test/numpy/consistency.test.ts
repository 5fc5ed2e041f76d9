// Cross-checks between rule functions that describe the same operation two ways (shape vs
// axes, shape vs plan), over the shapes of the golden corpus, so helpers the engine uses for
// strided views cannot drift from the golden-tested shape rules.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as np from '../../src/numpy';

const cases = readFileSync(path.join(__dirname, 'golden', 'shape_rules.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('numpy rules: consistency of helper views with shape rules', () => {
  it('squeezeAxes removes exactly the dims squeezeShape drops', () => {
    const bad: string[] = [];
    for (const c of cases.filter((x) => x.op === 'squeeze')) {
      const s = np.squeezeShape(c.shape, c.axis);
      const a = np.squeezeAxes(c.shape, c.axis);
      if (s.ok !== a.ok) { bad.push(JSON.stringify(c)); continue; }
      if (s.ok && a.ok) {
        const kept = (c.shape as number[]).filter((_, i) => !a.value.includes(i));
        if (JSON.stringify(kept) !== JSON.stringify(s.value)) bad.push(JSON.stringify(c));
      }
    }
    assert.deepEqual(bad, []);
  });
  it('moveaxis order permutes the shape into the result', () => {
    const bad: string[] = [];
    for (const c of cases.filter((x) => x.op === 'moveaxis')) {
      const r = np.moveaxisShape(c.shape, c.src, c.dst);
      if (r.ok && JSON.stringify(r.value.order.map((i) => c.shape[i])) !== JSON.stringify(r.value.shape)) bad.push(JSON.stringify(c));
    }
    assert.deepEqual(bad, []);
  });
  it('transposePermutation matches transposeShape', () => {
    const bad: string[] = [];
    for (const c of cases.filter((x) => x.op === 'transpose')) {
      const r = np.transposeShape(c.shape, c.axes);
      if (!r.ok) continue;
      const p = np.transposePermutation(c.shape.length, c.axes);
      if (JSON.stringify(p.map((i) => c.shape[i])) !== JSON.stringify(r.value)) bad.push(JSON.stringify(c));
    }
    assert.deepEqual(bad, []);
  });
  it('einsumPlan output labels size the result shape', () => {
    const bad: string[] = [];
    for (const c of cases.filter((x) => x.op === 'einsum')) {
      const r = np.einsumPlan(c.sub, c.shapes);
      if (r.ok && r.value.output.length !== r.value.shape.length) bad.push(JSON.stringify(c));
    }
    assert.deepEqual(bad, []);
  });
});
