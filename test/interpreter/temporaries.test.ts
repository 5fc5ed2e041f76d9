// Early release of expression temporaries (src/interpreter/temporaries.ts): nested operator
// results go back to the engine heap as soon as the next operator has consumed them, so a
// training loop keeps reusing the same few heap blocks; and nothing that a name, container,
// attribute or user object can still reach is ever released (each program is checked against
// the same computation with every temporary bound to a name, which releases nothing).
import { strict as assert } from 'node:assert';
import { runProgram } from '../../src/interpreter';
import { heapStats, isHeapArray, zeros } from '../../src/engine';

function run(src: string): string {
  const r = runProgram(src, { filename: 'temps.py' });
  assert.equal(r.stderr, '', r.stderr);
  return r.stdout;
}

const SETUP = 'import numpy as np\nrng = np.random.default_rng(7)\nx = rng.standard_normal(4099)\nW = rng.standard_normal((70, 90))\n';

describe('interpreter: expression temporaries', () => {
  it('runs where arrays of 4 KiB and more live on the engine heap (else the rest proves nothing)', () => {
    assert.ok(isHeapArray(zeros([4096]).data as Float64Array));
  });

  const pairs: [string, string, string][] = [
    ['chained arithmetic', 'y = (x * 2.0 + 1.0) * 3.0 - x / 7.0', 't1 = x * 2.0\nt2 = t1 + 1.0\nt3 = t2 * 3.0\nt4 = x / 7.0\ny = t3 - t4'],
    ['unary minus of a product', 'y = -(x * x) + 1.0', 't1 = x * x\nt2 = -t1\ny = t2 + 1.0'],
    ['matmul chain', 'y = (W.T @ W) @ W.T * 0.5', 't1 = W.T @ W\nt2 = t1 @ W.T\ny = t2 * 0.5'],
    ['augmented assignment of a product', 'v = x.copy()\nv -= 0.01 * (x * 3.0)\ny = v', 'v = x.copy()\nt1 = x * 3.0\nt2 = 0.01 * t1\nv -= t2\ny = v'],
    ['augmented assignment on an attribute and a dict item', 'class M:\n    pass\nm = M()\nm.w = x.copy()\nd = {"w": x.copy()}\nm.w -= 0.5 * (x + 1.0)\nd["w"] += 2.0 * (x - 1.0)\ny = m.w + d["w"]', 'class M:\n    pass\nm = M()\nm.w = x.copy()\nd = {"w": x.copy()}\nt1 = x + 1.0\nt2 = 0.5 * t1\nm.w -= t2\nt3 = x - 1.0\nt4 = 2.0 * t3\nd["w"] += t4\ny = m.w + d["w"]'],
    ['a Python float accumulating array temporaries', 's = 0.0\nfor i in range(3):\n    s += x * float(i)\ny = s', 's = 0.0\nfor i in range(3):\n    t = x * float(i)\n    s += t\ny = s'],
    ['ufunc calls on temporaries', 'y = np.exp(-(x * x)) * np.sqrt(np.abs(x) + 1.0) + np.maximum(x - 0.5, 0.0)', 't1 = x * x\nt2 = -t1\nt3 = np.exp(t2)\nt4 = np.abs(x)\nt5 = t4 + 1.0\nt6 = np.sqrt(t5)\nt7 = t3 * t6\nt8 = x - 0.5\nt9 = np.maximum(t8, 0.0)\ny = t7 + t9'],
    ['a ufunc writing into out=', 'buf = np.empty_like(x)\ny = np.add(x * 2.0, 1.0, out=buf) * 3.0\ny = y + buf', 'buf = np.empty_like(x)\nt1 = x * 2.0\nt2 = np.add(t1, 1.0, out=buf)\ny = t2 * 3.0\ny = y + buf'],
    ['calls that return live arrays', 'box = []\ndef keep_it(a):\n    box.append(a + 1.0)\n    return box[-1]\nz = keep_it(x) * 2.0\nfor k in range(5):\n    junk = x * float(k) + 1.0\nz = z + box[0]\ndef same(a):\n    return a\nkeep = [x * 2.0]\ny = z + same(x) * 2.0 + np.asarray(keep[0]) + (keep[0] + 0.0)\ny = y + keep[0] + x', 'box = []\ndef keep_it(a):\n    t = a + 1.0\n    box.append(t)\n    return box[-1]\nt0 = keep_it(x)\nz = t0 * 2.0\nfor k in range(5):\n    junk = x * float(k) + 1.0\nz = z + box[0]\ndef same(a):\n    return a\nkeep = [x * 2.0]\nt1 = same(x)\nt2 = z + t1 * 2.0\nt3 = np.asarray(keep[0])\nt4 = t2 + t3\nt5 = keep[0] + 0.0\ny = t4 + t5\ny = y + keep[0] + x'],
  ];
  for (const [what, nested, named] of pairs) {
    it(`${what}: same values as with every temporary named`, () => {
      // later allocations would overwrite a wrongly released block, so allocate after
      const tail = '\nfor k in range(5):\n    junk = x * float(k) + W.sum()\nprint(repr(y.sum()), y.shape, y.dtype)\nprint(y.ravel()[:5], y.ravel()[-3:])\n';
      assert.equal(run(SETUP + nested + tail), run(SETUP + named + tail));
    });
  }

  it('a temporary a user object kept (__radd__ storing its operand) is never released', () => {
    const src = SETUP + [
      'class Keeper:',
      '    def __radd__(self, other):',
      '        self.kept = other',
      '        return 0',
      'k = Keeper()',
      'r = (x * 2.0) + k',
      'for i in range(20):',
      '    junk = x * float(i) + 1.0',
      'print(repr(k.kept.sum()), repr((x * 2.0).sum()))',
    ].join('\n') + '\n';
    const [kept, fresh] = run(src).trim().split(' ');
    assert.equal(kept, fresh);
  });

  it('a named result stays intact when it is later an operand', () => {
    const src = SETUP + 'h = x * 2.0\ny = h + 1.0\nz = -h\nfor i in range(20):\n    junk = x * float(i) + 1.0\nprint(repr(h.sum()), repr((x * 2.0).sum()))\n';
    const [named, fresh] = run(src).trim().split(' ');
    assert.equal(named, fresh);
  });

  it('a loop of nested expressions does not pile its temporaries up on the heap', () => {
    const before = heapStats().liveBytes;
    // 200 iterations x (4 temporaries + the rebound y) x 32 KiB: 32 MiB if no temporary were
    // released, 6.4 MiB when only the rebound results are left for the garbage collector
    run('import numpy as np\nx = np.ones(4099)\nfor i in range(200):\n    y = ((x * 2.0 + 1.0) * 3.0 - 1.0) / 2.0\nprint(y[0])\n');
    const grown = heapStats().liveBytes - before;
    assert.ok(grown < 12 * 1024 * 1024, `heap grew by ${grown} bytes`);
  });
});
