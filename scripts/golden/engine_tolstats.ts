// Developer tool: for golden cases replayed with a tolerance (transcendental ufuncs, matmul and
// linalg), reports how many are bit-exact anyway and the largest ulp / relative deviation seen.
// Usage: npx tsx scripts/golden/engine_tolstats.ts
import { NDArray } from '../../src/engine/index';
import { compare, loadCases, runCase } from '../../test/engine/golden';

const byOp = new Map<string, { n: number; exact: number; maxUlp: number; maxRel: number }>();
for (const topic of ['ufunc', 'linalg', 'reduce']) {
  for (const c of loadCases(topic)) {
    if (!c.tol || c.e) continue;
    let got: unknown;
    try {
      got = runCase(c);
    } catch {
      continue;
    }
    const key = c.op === 'ufunc1' || c.op === 'ufunc2' ? `${c.a[0]}` : c.op;
    const st = byOp.get(key) ?? { n: 0, exact: 0, maxUlp: 0, maxRel: 0 };
    st.n++;
    if (compare(got, c.r, false, c.op) === null) st.exact++;
    else if (got instanceof NDArray && (got.dtype === 'float64' || got.dtype === 'float32')) {
      const want = Buffer.from(c.r.b, 'base64');
      const w = got.dtype === 'float64' ? new Float64Array(want.buffer.slice(want.byteOffset, want.byteOffset + want.byteLength)) : new Float32Array(want.buffer.slice(want.byteOffset, want.byteOffset + want.byteLength));
      const g = got.contiguousData() as Float64Array;
      let scale = 0;
      for (let i = 0; i < w.length; i++) if (Number.isFinite(w[i])) scale = Math.max(scale, Math.abs(w[i]));
      for (let i = 0; i < w.length; i++) {
        if (Object.is(g[i], w[i]) || (Number.isNaN(g[i]) && Number.isNaN(w[i]))) continue;
        const ulp = Math.abs(g[i] - w[i]) / (Math.abs(w[i]) * (got.dtype === 'float64' ? 2 ** -52 : 2 ** -23) || 1);
        st.maxUlp = Math.max(st.maxUlp, ulp);
        st.maxRel = Math.max(st.maxRel, Math.abs(g[i] - w[i]) / (scale || 1));
      }
    }
    byOp.set(key, st);
  }
}
for (const [k, v] of [...byOp].sort()) console.log(`${k.padEnd(12)} cases ${String(v.n).padStart(4)}  bit-exact ${String(v.exact).padStart(4)}  max ~ulp ${v.maxUlp.toFixed(1).padStart(6)}  max rel-to-scale ${v.maxRel.toExponential(1)}`);
