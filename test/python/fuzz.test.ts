// Robustness: parse() on thousands of damaged variants of the golden corpus (characters
// deleted, brackets and quotes inserted, lines cut, with a fixed seed) never throws, never
// reports an internal error, and always returns ranges that lie inside the text in order.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, walk } from '../../src/python/index';

const sources: string[] = JSON.parse(readFileSync(path.join(__dirname, 'golden/python_ast.json'), 'utf8')).map((c: { source: string }) => c.source);

/** Deterministic PRNG (mulberry32) so a failure is reproducible. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = ['(', '[', '{', ')', ']', '}', '"', "'", '"""', ':', ',', '=', '\n', '\\', 'f"{', '#', 'def ', 'lambda', '*', '@', '\t', '    '];

function mutate(source: string, rnd: () => number): string {
  let s = source;
  const edits = 1 + Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * (s.length + 1));
    const kind = rnd();
    if (kind < 0.4) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(rnd() * 4));
    else if (kind < 0.8) s = s.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)] + s.slice(at);
    else s = s.slice(0, at);
  }
  return s;
}

describe('python/fuzz: damaged code never breaks parse()', function () {
  this.timeout(300000);
  it('2000 mutated snippets', () => {
    const rnd = random(20260920);
    const failures: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const source = mutate(sources[i % sources.length], rnd);
      const result = parse(source);
      for (const e of result.errors) {
        if (e.message.startsWith('Internal parser error')) failures.push(`${JSON.stringify(source)}: ${e.message}`);
      }
      walk(result.module, (node) => {
        const r = node.range;
        if (!(r.start >= 0 && r.start <= r.end && r.end <= source.length)) failures.push(`${JSON.stringify(source)}: ${node.kind} range ${r.start}-${r.end}`);
      });
    }
    assert.deepEqual(failures.slice(0, 10), []);
  });
});
