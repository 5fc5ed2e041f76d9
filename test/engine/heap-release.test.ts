// Use-after-free hunting for every way an array's heap block is handed back during a run: early
// release of operator temporaries and method receivers, sole-owner bindings released on
// rebinding (src/interpreter/temporaries.ts), and the heap's synchronous sweeps at statement
// boundaries (src/engine/wasm/heap.ts + collector.node.ts). Each adversarial program runs twice:
// with the heap on, every array on it (16-byte minimum), freed blocks poisoned with 0xff bytes
// (NaN / -1 for whoever still reads them), and a sweep due after every few KiB; and with the
// heap off (plain typed arrays that nothing frees). The printed output must be identical, and
// the first run must really have released and swept (else the test would prove nothing).
import { strict as assert } from 'node:assert';
import { runProgram } from '../../src/interpreter';
import { installHeapCollector } from '../../src/engine/wasm/collector.node';
import * as H from '../../src/engine/wasm/heap';
import * as E from '../../src/engine/index';

function run(source: string): string {
  let out = '';
  const r = runProgram(source, { filename: 'adversarial.py', onStdout: (s) => { out += s; }, onStderr: (s) => { out += s; } });
  return `${out}exit ${r.exitCode}`;
}

interface Released { output: string; sweeps: number; released: boolean }

/** The program under release pressure, and what it printed. */
function pressured(source: string): Released {
  H.setHeapMinBytes(16);
  H.setHeapPoison(true);
  H.setHeapSweepGrowth(16 * 1024);
  const before = H.heapStats();
  let releases = 0;
  const probe = E.zeros([4]); // counts blocks freed during the run through the free bytes' growth
  void probe;
  try {
    const output = run(source);
    const after = H.heapStats();
    releases = after.freeBytes + (before.reservedBytes - after.reservedBytes);
    return { output, sweeps: after.sweeps - before.sweeps, released: releases !== 0 || after.sweeps > before.sweeps };
  } finally {
    H.setHeapMinBytes(H.HEAP_MIN_BYTES);
    H.setHeapPoison(false);
    H.setHeapSweepGrowth(H.SWEEP_GROWTH);
  }
}

function plain(source: string): string {
  E.setHeapEnabled(false);
  try {
    return run(source);
  } finally {
    E.setHeapEnabled(true);
  }
}

const PRELUDE = `import numpy as np
rng = np.random.default_rng(3)
X = rng.standard_normal((40, 30))
def churn(k=6):
    # garbage only a sweep can find (arrays in a list that is dropped): a sweep is due soon after
    junk = [X * 1.5 + 2.0 for _ in range(k)]
    return float(sum(j.sum() for j in junk))
`;

const PROGRAMS: Record<string, string> = {
  'rebinding drops the old value; aliases elsewhere keep it': `
Z = X * 0.5 + 1.0
keep = [Z]
d = {'z': Z}
t = (Z, 1)
class Box: pass
b = Box(); b.z = Z
Z = np.maximum(Z, 0.7)
churn()
print(keep[0].sum(), d['z'].sum(), t[0].sum(), b.z.sum(), Z.sum())
Z = X * 2
Y = Z
Z = X * 3
churn()
print(Y.sum(), Z.sum())
`,
  'views of views and views of temporaries outlive their base binding': `
Z = X * 2 + 1
V = Z[::2][1:, ::3]
W = Z.T.reshape(-1)[5:50]
Z = X * 4
churn()
print(V.sum(), W.sum(), V.base is not None)
R = (X * 3).reshape(-1)[::7]
S = (X + 1)[3]
U = (X + 2).T
churn()
print(R.sum(), S.sum(), U.sum())
`,
  'closures, default arguments and lambdas see the values they captured': `
Z = X * 2
f = lambda: Z.sum()
def g(a=Z):
    return a.sum()
def outer():
    A = X * 5
    def inner():
        return A.sum()
    A2 = A
    A = X * 6
    return inner, A2
inner, A2 = outer()
Z = X * 3
churn()
print(f(), g(), inner(), A2.sum())
def counter():
    acc = X * 0
    def add():
        nonlocal acc
        acc = acc + X
        return acc.sum()
    return add
add = counter()
for _ in range(4):
    add()
    churn(2)
print(add())
`,
  'exceptions in the middle of expressions leave every name valid': `
Z = X * 2
try:
    Z = np.maximum(Z, undefined_name)
except NameError:
    pass
print(Z.sum())
def boom(a):
    churn()
    raise ValueError('x')
try:
    W = (X * 7) + boom(Z)
except ValueError:
    pass
churn()
print(Z.sum())
try:
    Z = Z + np.ones((3, 3))
except ValueError as e:
    print(type(e).__name__)
churn()
print(Z.sum())
`,
  'generators keep their suspended locals': `
def gen():
    A = X * 2
    yield 1
    churn()
    yield A.sum()
    A = X * 3
    B = A
    A = X * 4
    yield B.sum() + A.sum()
g = gen()
print(next(g))
churn()
print(next(g))
print(next(g))
lazy = ((X * k).sum() for k in range(3))
churn()
print(list(lazy))
`,
  'operands held mid-expression survive sweeps inside called functions': `
def heavy():
    churn(8)
    return X * 0
R = (X * 2) + heavy()
Q = np.maximum(X * 3, heavy()) - (X @ X.T).sum(axis=0)[:30]
print(R.sum(), Q.sum())
vals = [(X * i) for i in range(5) if churn(1) is not None]
print(sum(v.sum() for v in vals))
`,
  'method receivers: reductions release, views and self-returning methods do not': `
s = (X * 2).sum(axis=0)
c = (X * 2).copy()
a = (X * 2).astype(np.float64, copy=False)
r = (X * 2).reshape(-1)
t = (X * 2).T
m = (X > 0).nonzero()
Z = X * 3
zs = Z.sum(axis=1)
Z2 = Z.astype(np.float32)
Z = Z * 2
churn()
print(s.sum(), c.sum(), a.sum(), r.sum(), t.sum(), len(m[0]), zs.sum(), Z2.sum(), Z.sum())
`,
  'method results are fresh unless they are the receiver, an argument or out=': `
G = (X * 2).sum(axis=0)
H = G
G = (X * 3).sum(axis=0)
S = X.copy()
S2 = S.astype(np.float64, copy=False)
S = X * 5
D = X.dot(X.T)
E = D
D = X.dot(X.T) * 2
buf = np.zeros(30)
r = X.sum(axis=0, out=buf)
r = X.mean(axis=0)
C = (X * 2).clip(-1, 1)
C2 = C.copy()
C = C.clip(0, 0.5)
churn()
print(H.sum(), G.sum(), S2.sum(), E.sum(), D.sum(), buf.sum(), r.sum(), C2.sum(), C.sum())
`,
  'augmented assignment, walrus, multiple targets, global and out= keep values valid': `
Z = X * 2
Z += 1
Z2 = Z
Z = X * 3
print(Z2.sum())
P = Q = X * 4
P = X * 5
churn()
print(Q.sum())
if (W := X * 6).sum() != 0:
    pass
Wk = W
W = X * 7
print(Wk.sum())
G = X * 8
def rebind():
    global G
    G = G * 2
keepG = G
rebind()
churn()
print(keepG.sum(), G.sum())
O = X * 9
O2 = np.add(O, 1, out=O)
O = X * 10
churn()
print(O2.sum())
for k in range(3):
    L = X * k
    M = L
    L = L + 1
print(M.sum(), L.sum())
`,
  'training loop: values rebound every step, some kept in a history list': `
w = np.zeros(30)
hist = []
for step in range(30):
    Z = X * 0.5 + 1.0
    Z = np.maximum(Z, 0)
    g = (Z * X).sum(axis=0)
    w -= 1e-3 * g
    if step % 7 == 0:
        hist.append(Z)
    loss = ((X @ w) ** 2).mean()
    churn(1)
print(w[:4], loss, [h.sum() for h in hist])
`,
};

describe('engine heap: early release and sweeps never free a value still in use', function () {
  this.timeout(120_000);
  before(() => assert.equal(installHeapCollector(), true, 'this Node can collect synchronously (else sweeps never run)'));

  for (const [name, body] of Object.entries(PROGRAMS)) {
    it(name, () => {
      const source = PRELUDE + body;
      const expected = plain(source);
      assert.doesNotMatch(expected, /Traceback|Error:/, expected);
      const got = pressured(source);
      assert.equal(got.output, expected);
      assert.ok(got.released, 'blocks were handed back during the run');
      assert.ok(got.sweeps > 0, 'sweeps ran during the run');
    });
  }

  it('a rebinding releases the dropped array at once: 200 rebinds of a 32 KiB array, no sweep, the heap stays small', () => {
    H.setHeapSweepGrowth(1 << 30); // no sweep due
    const top0 = H.heapStats().reservedBytes;
    const sweeps0 = H.heapStats().sweeps;
    try {
      const out = run(`
import numpy as np
X = np.ones((64, 64))
for k in range(200):
    Z = X * k
    Z = np.maximum(Z, 1.0)
    s = Z.sum(axis=0)
print(Z.sum())
`);
      assert.equal(out, `${4096 * 199}.0\nexit 0`);
    } finally {
      H.setHeapSweepGrowth(H.SWEEP_GROWTH);
    }
    assert.equal(H.heapStats().sweeps, sweeps0);
    assert.ok(H.heapStats().reservedBytes - top0 < 16 * 32768, `heap grew by ${H.heapStats().reservedBytes - top0} bytes`);
  });
});
