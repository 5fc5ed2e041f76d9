// The statement memo (src/analysis/statementMemo.ts) never changes what the analysis says:
// after every edit of a sequence (typing a character, changing a number, inserting, deleting
// and duplicating lines, undoing), analysing a document with its memo gives exactly the
// diagnostics, hovers, inlay hints, top-level shapes and revealed values of a fresh analysis
// of the same text. Run over every examples/, oracle and QA file, plus sequences written to
// break the memo's assumptions (functions reading globals, lists changed in place, global
// writes, default arguments, loops, decorators, repeated statements, two documents sharing
// text). The memo must also actually be used: most statements are replayed after small edits.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from '../../src/analysis/index';
import { memoForDocument, resetStatementMemos } from '../../src/analysis/statementMemo';
import { resetIncrementalParse } from '../../src/analysis/incrementalParse';

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

/** A small deterministic generator (mulberry32), so a failure names a reproducible sequence. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The next version of `src` after one edit of the kinds an editor sends while typing. */
function edit(src: string, r: () => number): string {
  const lines = src.split('\n');
  const i = Math.floor(r() * lines.length);
  const ls = [...lines];
  switch (Math.floor(r() * 7)) {
    case 0: ls[i] = ls[i].replace(/\d/, (d) => String((Number(d) + 1) % 10)); break;
    case 1: { const at = Math.floor(r() * (ls[i].length + 1)); ls[i] = ls[i].slice(0, at) + 'x' + ls[i].slice(at); break; }
    case 2: ls.splice(i, 0, 'inserted_name = np.zeros((2, 3))'); break;
    case 3: ls.splice(i, 1); break;
    case 4: ls.splice(i, 0, ls[i]); break;
    case 5: ls[i] = ls[i] + ' '; break;
    default: ls.splice(i, 0, ''); break;
  }
  return ls.join('\n');
}

function sameResults(withMemo: Analysis, fresh: Analysis, text: string, label: string): void {
  assert.deepStrictEqual(withMemo.diagnostics, fresh.diagnostics, `${label}: diagnostics`);
  assert.deepStrictEqual(withMemo.inlayHints(), fresh.inlayHints(), `${label}: inlay hints`);
  assert.deepStrictEqual(withMemo.topLevelShapes, fresh.topLevelShapes, `${label}: top-level shapes`);
  const lines = text.split('\n').length;
  for (let line = 1; line <= lines; line++) assert.equal(withMemo.revealedAt(line), fresh.revealedAt(line), `${label}: revealed on line ${line}`);
  for (let off = 0; off < text.length; off += 3) assert.deepStrictEqual(withMemo.hoverAt(off), fresh.hoverAt(off), `${label}: hover at ${off}`);
}

/** Analyses each version with the document's memo and afresh; returns the statements replayed. */
function checkSequence(key: string, versions: string[], label: string): number {
  let replayed = 0;
  versions.forEach((text, k) => {
    const withMemo = analyze(text, { documentKey: key });
    replayed += memoForDocument(key).replayed;
    const fresh = analyze(text);
    sameResults(withMemo, fresh, text, `${label}, version ${k}`);
  });
  return replayed;
}

describe('statement memo: re-analysis after edits equals a fresh analysis', () => {
  before(() => { resetStatementMemos(); resetIncrementalParse(); });

  const files = [
    ...pyFiles(path.join(ROOT, 'examples')),
    ...pyFiles(path.join(ROOT, 'test/corpus/oracle')),
    ...pyFiles(path.join(ROOT, 'test/qa/programs')),
  ];
  it('has files to edit', () => assert.ok(files.length > 400, `${files.length} files`));

  let totalReplayed = 0;
  files.forEach((f, n) => {
    it(path.relative(ROOT, f), () => {
      const src = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      // SHAPEWISE_MEMO_ROUNDS=k runs k longer sequences per file (a stress run, by hand).
      const rounds = Number(process.env.SHAPEWISE_MEMO_ROUNDS ?? 1);
      for (let round = 0; round < rounds; round++) {
        const r = rng(1000 + n + 7919 * round);
        const versions = [src];
        for (let k = 0; k < 6 * (round + 1); k++) versions.push(edit(versions[versions.length - 1], r));
        versions.push(src);
        totalReplayed += checkSequence(`file:${n}:${round}`, versions, `${path.basename(f)} (round ${round})`);
      }
    });
  });
  it('replays statements across the corpus (the memo is used)', () => assert.ok(totalReplayed > 5000, `${totalReplayed} replayed`));
});

describe('statement memo: cases that break naive reuse', () => {
  beforeEach(() => { resetStatementMemos(); resetIncrementalParse(); });
  const header = 'import numpy as np\n';
  const cases: Record<string, string[]> = {
    'a function reads a global that changes': [
      'W = np.zeros((3, 4))\ndef f(x):\n    return x @ W\ny = f(np.ones((2, 3)))\nz = y + np.ones(4)\n',
      'W = np.zeros((3, 5))\ndef f(x):\n    return x @ W\ny = f(np.ones((2, 3)))\nz = y + np.ones(4)\n',
      '\nW = np.zeros((3, 5))\ndef f(x):\n    return x @ W\ny = f(np.ones((2, 3)))\nz = y + np.ones(4)\n',
    ],
    'a default argument reads a global': [
      'B = np.zeros(4)\ndef f(x, b=B):\n    return x + b\ny = f(np.ones((2, 4)))\n',
      'B = np.zeros(5)\ndef f(x, b=B):\n    return x + b\ny = f(np.ones((2, 4)))\n',
    ],
    'a list changed in place later': [
      'L = [np.zeros(3)]\nL.append(np.ones(4))\ny = L[1]\nz = L[0] + L[1]\n',
      'L = [np.zeros(3)]\nL.append(np.ones(3))\ny = L[1]\nz = L[0] + L[1]\n',
      'L = [np.zeros(3)]\nL.append(np.ones(3))\ny = L[1]\nz = L[0] + L[1]\nw = 1\n',
    ],
    'a function writes a global': [
      'S = np.zeros(2)\ndef g():\n    global S\n    S = np.zeros(7)\ng()\nt = S + np.ones(2)\n',
      'S = np.zeros(2)\ndef g():\n    global S\n    S = np.zeros(2)\ng()\nt = S + np.ones(2)\n',
      'S = np.zeros(2)\ndef g():\n    global S\n    S = np.zeros(7)\ng()\nt = S + np.ones(2)\n',
    ],
    'loops rebinding a shared target': [
      'a = np.zeros(3)\nfor t in range(3):\n    a = a + t\nb = np.zeros(4)\nfor t in range(2):\n    b = b * t\nc = t\n',
      'a = np.zeros(5)\nfor t in range(3):\n    a = a + t\nb = np.zeros(4)\nfor t in range(2):\n    b = b * t\nc = t\n',
      'a = np.zeros(5)\nfor t in range(0):\n    a = a + t\nb = np.zeros(4)\nfor t in range(2):\n    b = b * t\nc = t\n',
    ],
    'decorators change': [
      'class C:\n    @staticmethod\n    def f(x):\n        return x.T\ny = C.f(np.zeros((2, 3)))\n',
      'class C:\n    @property\n    def f(x):\n        return x.T\ny = C.f(np.zeros((2, 3)))\n',
    ],
    'repeated identical statements': [
      'acc = 0.0\nX = np.zeros((2, 3))\nacc = 0.0\nY = X.sum(axis=0)\nacc = 0.0\nZ = Y.reshape(-1, 1)\n',
      'acc = 0.0\nX = np.zeros((2, 4))\nacc = 0.0\nY = X.sum(axis=0)\nacc = 0.0\nZ = Y.reshape(-1, 1)\n',
      'acc = 0.0\nacc = 0.0\nX = np.zeros((2, 4))\nacc = 0.0\nY = X.sum(axis=0)\nacc = 0.0\nZ = Y.reshape(-1, 1)\n',
    ],
    'identical functions at two places': [
      'def f(x):\n    return x.sum(axis=0)\na = f(np.zeros((2, 3)))\ndef f(x):\n    return x.sum(axis=0)\nb = f(np.zeros((4, 5)))\n',
      '\ndef f(x):\n    return x.sum(axis=0)\na = f(np.zeros((2, 3)))\ndef f(x):\n    return x.sum(axis=0)\nb = f(np.zeros((4, 5)))\n',
      'def f(x):\n    return x.sum(axis=0)\na = f(np.zeros((2, 3)))\n\ndef f(x):\n    return x.sum(axis=0)\nb = f(np.zeros((4, 5)))\n',
    ],
    'a moved function whose calls recorded hovers in its body': [
      'def f(x):\n    h = x @ x.T\n    return h\nX = np.zeros((3, 4))\ny = f(X)\n',
      '# top\ndef f(x):\n    h = x @ x.T\n    return h\nX = np.zeros((3, 4))\ny = f(X)\n',
      '# top\ndef f(x):\n    h = x @ x.T\n    return h\n# between\nX = np.zeros((3, 4))\ny = f(X)\n',
      'def f(x):\n    h = x @ x.T\n    return h\nX = np.zeros((3, 4))\n\ny = f(X)\n',
    ],
    'lambdas and shape comments': [
      'act = lambda z: np.maximum(z, 0)\nX = np.zeros((2, 3))  # shape: (2, 3)\ny = act(X)\n',
      '\nact = lambda z: np.maximum(z, 0)\nX = np.zeros((2, 3))  # shape: (2, 3)\ny = act(X)\n',
      '\nact = lambda z: np.maximum(z, 0)\nX = np.zeros((2, 4))  # shape: (2, 3)\ny = act(X)\n',
    ],
    'errors appear and disappear': [
      'A = np.zeros((2, 3))\nB = np.zeros((3, 4))\nC = A @ B\nD = C + np.ones(4)\n',
      'A = np.zeros((2, 3))\nB = np.zeros((4, 4))\nC = A @ B\nD = C + np.ones(4)\n',
      'A = np.zeros((2, 3))\nB = np.zeros((3, 4))\nC = A @ B\nD = C + np.ones(4)\n',
    ],
  };
  for (const [name, versions] of Object.entries(cases)) {
    it(name, () => { checkSequence(name, versions.map((v) => header + v), name); });
  }

  it('two documents sharing statements keep their own positions', () => {
    const a = header + 'X = np.zeros((2, 3))\nY = X.T\n';
    const b = header + '\n\n# another file\nX = np.zeros((2, 3))\nY = X.T\n';
    const first = analyze(a, { documentKey: 'a' });
    const hoverBefore = first.hoverAt(a.indexOf('Y ='));
    analyze(b, { documentKey: 'b' });
    analyze(b.replace('(2, 3)', '(2, 5)'), { documentKey: 'b' });
    analyze('\n' + b, { documentKey: 'b' });
    assert.deepStrictEqual(first.hoverAt(a.indexOf('Y =')), hoverBefore);
    sameResults(analyze(a, { documentKey: 'a' }), analyze(a), a, 'document a again');
  });

  it('replays the statements an edit did not reach', () => {
    const blocks = Array.from({ length: 20 }, (_, i) => `X${i} = np.zeros((${i + 2}, 3))\nY${i} = X${i} @ np.ones((3, 4))\nZ${i} = Y${i}.sum(axis=0)\n`).join('');
    const src = header + blocks;
    analyze(src, { documentKey: 'blocks' });
    analyze(src.replace('X5 = np.zeros((7, 3))', 'X5 = np.zeros((70, 3))'), { documentKey: 'blocks' });
    const memo = memoForDocument('blocks');
    // Block 5's three statements run again; everything else (the import included) is replayed.
    assert.equal(memo.ran, 3);
    assert.equal(memo.replayed, 58);
  });
});
