// Every examples/ file: no false diagnostic. Tutorial files (everything outside bugs/) must be
// clean, and every `# shape: (...)` comment in them must be confirmed by an inferred shape (not
// merely uncontradicted); each bugs/ file holds exactly one real bug and gets exactly one
// diagnostic (python3 confirms those lines in scripts/golden/analysis_oracle.py --examples).
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analysis/index';
import { parseShapeSpec } from '../../src/analysis/comments';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function pyFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const n of readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) pyFiles(p, out);
    else if (n.endsWith('.py')) out.push(p);
  }
  return out;
}

describe('examples: no false diagnostics', () => {
  const files = pyFiles(EXAMPLES);
  it('there are examples to check', () => assert.ok(files.length > 0));
  for (const f of files) {
    const rel = path.relative(EXAMPLES, f);
    const isBug = rel.split(path.sep)[0] === 'bugs';
    it(rel, () => {
      const src = readFileSync(f, 'utf8');
      const a = analyze(src, { resolveModule: (name) => { const p = path.join(path.dirname(f), `${name}.py`); return existsSync(p) ? readFileSync(p, 'utf8') : undefined; } });
      const diags = a.diagnostics.filter((d) => d.code !== 'syntax-error').map((d) => `${d.range.line}: ${d.code}: ${d.message}`);
      if (isBug) assert.equal(diags.length, 1, `expected exactly one diagnostic in ${rel}, got:\n${diags.join('\n')}`);
      else {
        assert.deepEqual(diags, []);
        const lines = src.split('\n');
        lines.forEach((line, i) => {
          const m = /#\s*shape:\s*(\([^)]*\))/.exec(line);
          if (!m) return;
          const want = parseShapeSpec(m[1]);
          const at = [...a.topLevelShapes].reverse().find((t) => t.line <= i + 1);
          assert.ok(at, `${rel}:${i + 1}: no assignment for the shape comment`);
          assert.deepEqual(at!.shape, want, `${rel}:${i + 1}: ${at!.name} is ${JSON.stringify(at!.shape)}, comment says ${m[1]}`);
        });
      }
    });
  }
});
