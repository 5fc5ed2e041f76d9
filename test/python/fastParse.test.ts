// The fast parse path (src/python/fastParse.ts) gives exactly `parse()`'s result — tree, field
// order, ranges, comments, line starts — on every examples/, corpus and golden snippet source,
// and on hand-picked snippets at the edges of its subset; null (so the caller uses `parse()`)
// on sources with syntax errors; and it really is taken (no statement left to `parse()`) on
// the plain NumPy code the analysis benchmark generates.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../../src/python';
import { parseFast, fastParseStats } from '../../src/python/fastParse';
import { fastTokenize } from '../../src/python/fastTokenize';

const ROOT = path.resolve(__dirname, '../..');

function pyFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const n of readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) pyFiles(p, out);
    else if (n.endsWith('.py')) out.push(p);
  }
  return out;
}

/** JSON with key order kept (field order matters: it is the nodes' hidden class). */
function serialize(x: unknown): string {
  return JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? [...v] : v));
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `fast: …${a.slice(Math.max(0, i - 200), i + 120)}\nparse: …${b.slice(Math.max(0, i - 200), i + 120)}`;
}

/** Asserts parseFast(src) is null or equal to parse(src); returns whether it was taken. */
function check(src: string, label: string): boolean {
  const fast = parseFast(src);
  const slow = parse(src);
  if (!fast) {
    return false;
  }
  assert.equal(slow.errors.length, 0, `${label}: fast path taken on a source with errors`);
  const a = serialize(fast), b = serialize(slow);
  if (a !== b) assert.fail(`${label}: fast parse differs\n${firstDifference(a, b)}`);
  return true;
}

const SNIPPETS: string[] = [
  'x = 1\n',
  'x = 1',
  'a, b = b, a\n[c, d] = e\n(f) = g\nh = (i) = j\n',
  'x = (a + b) * c - (d)\ny = ((a, b))\nz = ()\nw = (1,)\n',
  'x = -a ** -b ** 2\ny = ~a + +b\nz = not a == b\n',
  'r = a < b <= c != d\ns = (a < b) < c\nt = a < (b < c)\nu = a not in b\nv = a is not None\nw = a is b in c\n',
  'p = a and b and c or d\nq = (a and b) and c\nr = a or (b or c)\n',
  'y = X[1:2, ::3, :, None, ...]\nz = X[:]\nw = X[1:]\nv = X[::]\nu = X[1:2:]\nt = X[i, j]\ns = X[(i, j)]\n',
  'y = f(a, b=1, c=(2))\nz = f()\nw = f(a,)\nv = f(a)(b)[c].d\n',
  "s = 'a' \"b\"\nt = '''doc\nstring'''\nu = r'\\d+'\nv = 'tab\\there'\nw = u'x'\n",
  'n = 0x1F + 0o17 + 0b11 + 1_000 + 1.5e-3 + .5 + 5. + 10**100\n',
  'x = True, False, None, ...\n',
  'import numpy as np\nimport os.path, sys as system\nfrom numpy.linalg import norm, inv as inverse\n',
  'def f(x, y=2, *, z=3):\n    return x\n',
  'def f(x: int, y: float = 2.0) -> int:\n    """Doc."""\n    if x:\n        return x\n    elif y:\n        pass\n    else:\n        return\n',
  'for i in range(3):\n    if i:\n        continue\n    break\nwhile x < 3:\n    x += 1\n',
  'for i, (a, b) in enumerate(pairs):\n    total = total + a * b\n',
  'x = 1  # shape: (3, 4)\n# a comment\n\n\ny = 2\n',
  'x = 1\nprint(f"{x}")\ny = [i for i in range(3)]\nz = 2\n',
  'class A:\n    def __init__(self):\n        self.w = 1\nx = A()\n',
  '@decorator\ndef f():\n    pass\nx = 1\n',
  'try:\n    x = 1\nexcept ValueError:\n    x = 2\nfinally:\n    pass\ny = 3\n',
  'if a:\n    x = f"{a}"\nelse:\n    x = 2\ny = 3\n',
  'x = lambda a: a\ny = a if b else c\nz = {1: 2}\nw = {1, 2}\n',
  'x = 1; y = 2\nz = 3\n',
  'x = 1, 2,\ny = 3\n',
  'def f(a: "np.ndarray"):\n    return a\n',
  'x = 1 # type: int\n',
  'match = 1\ntype = 2\nx = match + type\n',
  'x = (\n    1 +\n    2\n)\ny = [\n    1,\n    2,\n]\n',
  'x = a \\\n    + b\n',
  'x\t= 1\nif x:\n\ty = 2\n',
  'x = 1\r\ny = 2\r\nif x:\r\n    z = 3\r\n',
  'é = 1\n',
  'x = b"bytes"\ny = 2j\n',
  'for x in y:\n    pass\nelse:\n    pass\nz = 1\n',
  'x: int = 1\ny = 2\n',
  'del x\nglobal y\nraise E\nassert x, "msg"\nassert y\n',
  'return 1\n',
  'break\n',
  'f() = 1\n',
  'x = (1 +\n',
  '  x = 1\n',
  'def f(a=1, b):\n    pass\n',
  'def f(a, a):\n    pass\n',
  'f(a=1, b)\n',
  'f(a=1, a=2)\n',
  'x = a if b\n',
  'if x:\npass\n',
  '\ufeffx = 1\n',
  // Tokenizer edges (fastTokenize.ts or its fallback to pyright's tokenizer).
  'x = 1_000 + 0x_1f + 1e5j + 1. + 0.0 + 00 + 1E+3\n',
  "x = rb'a' + Rb'b'\ny = f'{x!r:>{w}}' + f'{{lit}}'\nz = f'{d[\"k\"]}'\n",
  "s = 'a\\'b' + r'a\\'b' + '''it's \"q\"''' + \"\"\"x\n'y'\n\"\"\"\n",
  'x = a[1:2]  # comment\n    # indented comment\ny = 2 # last',
  '',
  '# only a comment\n',
  'def f(x):\n    return x',
  'def f(x):\n    if x:\n        return x\n\n\n# trailing\n',
  'x = (1,\n# inside\n     2)\n',
  'x = 1 if y else 2\nz = 1\n',
  'x = a <> b\n',
  'x = 012\n',
  'x = 012.5 + 012j + 0e5 + 00\n',
  'x = 1.5e\n',
  'x = 1__0\n',
  'x = 1abc\n',
  "x = 'unterminated\n",
];

describe('fast parse path', () => {
  it('equals parse() on hand-picked snippets at the edges of its subset', () => {
    let taken = 0;
    for (const src of SNIPPETS) if (check(src, JSON.stringify(src))) taken++;
    // Most snippets are (at least partly) fast; the broken ones are not.
    assert.ok(taken > SNIPPETS.length / 2, `fast path taken on only ${taken} of ${SNIPPETS.length} snippets`);
  });

  it('returns null on sources with syntax errors', () => {
    for (const src of ['f() = 1\n', 'x = (1 +\n', '  x = 1\n', 'return 1\n', 'def f(a=1, b):\n    pass\n', 'if x:\npass\n', 'x = 1\ny = = 2\n']) {
      assert.equal(parseFast(src), null, JSON.stringify(src));
      assert.ok(parse(src).errors.length > 0, JSON.stringify(src));
    }
  });

  it('equals parse() on every examples/, corpus and test .py file', function () {
    this.timeout(120_000);
    const files = [...pyFiles(path.join(ROOT, 'examples')), ...pyFiles(path.join(ROOT, 'test'))];
    assert.ok(files.length > 100, `only ${files.length} files found`);
    let taken = 0;
    for (const f of files) if (check(readFileSync(f, 'utf8'), path.relative(ROOT, f))) taken++;
    assert.ok(taken > files.length / 2, `fast path taken on only ${taken} of ${files.length} files`);
  });

  it('equals parse() on the parser golden snippets', function () {
    this.timeout(60_000);
    const cases = JSON.parse(readFileSync(path.join(ROOT, 'test/python/golden/python_ast.json'), 'utf8')) as { source: string }[];
    for (const [i, c] of cases.entries()) check(c.source, `python_ast.json #${i}`);
  });

  it('gives way to parse() on every syntax-error golden snippet (CPython raises on each)', function () {
    this.timeout(60_000);
    const golden = JSON.parse(readFileSync(path.join(ROOT, 'test/python/golden/syntax_errors.json'), 'utf8')) as { cases: { source: string }[] };
    assert.ok(golden.cases.length > 50);
    for (const [i, c] of golden.cases.entries()) assert.equal(parseFast(c.source), null, `syntax_errors.json #${i}: ${JSON.stringify(c.source)}`);
  });

  it('equals parse() (or gives way) on 3000 damaged variants of examples and golden snippets', function () {
    this.timeout(300_000);
    // Deterministic PRNG (mulberry32): a failure is reproducible.
    let seed = 20261207;
    const rnd = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const inserts = ['(', ')', '[', ']', '"', "'", ':', ',', '=', '\n', '\\', '#', '1', '.', 'e', '0', ' ', '    ', 'if ', 'def ', 'return ', 'x', '*', '@', 'f"{'];
    const cases = (JSON.parse(readFileSync(path.join(ROOT, 'test/python/golden/python_ast.json'), 'utf8')) as { source: string }[]).map((c) => c.source);
    for (const f of pyFiles(path.join(ROOT, 'examples')).slice(0, 30)) cases.push(readFileSync(f, 'utf8'));
    let taken = 0;
    for (let n = 0; n < 3000; n++) {
      let src = cases[Math.floor(rnd() * cases.length)];
      for (let e = 1 + Math.floor(rnd() * 2); e > 0; e--) {
        const at = Math.floor(rnd() * (src.length + 1));
        src = rnd() < 0.5 ? src.slice(0, at) + src.slice(at + 1 + Math.floor(rnd() * 3)) : src.slice(0, at) + inserts[Math.floor(rnd() * inserts.length)] + src.slice(at);
      }
      if (check(src, `mutant ${n}: ${JSON.stringify(src.slice(0, 300))}`)) taken++;
    }
    assert.ok(taken > 300, `fast path taken on only ${taken} mutants`);
  });

  it('leaves nothing to parse() on plain NumPy code, and equals it there', () => {
    let src = 'import numpy as np\n';
    for (let i = 0; i < 40; i++) {
      src += `\n# block ${i}\nX${i} = np.random.randn(${8 + i}, 16)\nW${i} = np.random.randn(16, 32) * 0.01\n`
        + `H${i} = np.maximum(0, X${i} @ W${i} + b)\nm${i} = H${i}.mean(axis=0, keepdims=True)\n`
        + `sel${i} = H${i}[idx % 2 == 0, :3]\ndef f${i}(x, w):\n    y = x @ w\n    return y - y.max(axis=1, keepdims=True)\n`
        + `for t in range(3):\n    acc = acc + f${i}(X${i}, W${i}).sum()\n`;
    }
    assert.ok(fastTokenize(src), 'fast tokenizer not taken');
    const before = fastParseStats.regions;
    assert.ok(check(src, 'generated'), 'fast path not taken');
    assert.equal(fastParseStats.regions, before, 'a statement was left to parse()');
  });
});
