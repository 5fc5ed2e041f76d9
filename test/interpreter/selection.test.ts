// Run-selection: the prefix above the selection runs first (failing statements skipped and
// remembered), an expression selection returns its repr and array data, a statement selection
// returns output and the names it assigned, and the prefix state is cached per document text.
import { strict as assert } from 'node:assert';
import { clearSelectionCache, runSelection } from '../../src/interpreter';

const DOC = [
  'import numpy as np',
  'x = np.arange(6).reshape(2, 3)',
  'bad = 1 / 0',
  'y = x * 2',
  'print("prefix output")',
  'x.sum(axis=0)',
  'z = y + 1',
  'print(z.shape)',
  '',
].join('\n');

function sel(text: string, to?: string) {
  const start = DOC.indexOf(text);
  const end = to ? DOC.indexOf(to) : start + text.length;
  return runSelection(DOC, { start, end });
}

describe('interpreter run selection', () => {
  beforeEach(() => clearSelectionCache());

  it('an expression selection returns its repr and the array for the panel', () => {
    const r = sel('x.sum(axis=0)');
    assert.equal(r.kind, 'expression');
    assert.equal(r.valueRepr, 'array([3, 5, 7])');
    assert.deepEqual(r.values.map((v) => [v.name, v.shape, v.dtype, v.data]), [['_', [3], 'int64', [3, 5, 7]]]);
    assert.deepEqual(r.values[0].stats && [r.values[0].stats.min, r.values[0].stats.max, r.values[0].stats.mean], [3, 7, 5]);
  });

  it('failing prefix statements are skipped and reported by line', () => {
    const r = sel('x.sum(axis=0)');
    assert.deepEqual(r.skippedPrefixLines, [3]);
    assert.equal(r.error, undefined);
  });

  it('a statement selection returns its output and assigned names', () => {
    const r = sel('z = y + 1', 'print(z.shape)');
    assert.equal(r.kind, 'statements');
    assert.equal(r.output, '');
    assert.deepEqual(r.values.map((v) => [v.name, v.repr]), [['z', 'array([[ 1,  3,  5],\n       [ 7,  9, 11]])']]);
  });

  it('the prefix is cached while the text above the selection is unchanged', () => {
    const first = sel('x.sum(axis=0)');
    const second = sel('x.sum(axis=0)');
    assert.equal(first.cached, false);
    assert.equal(second.cached, true);
    assert.equal(second.valueRepr, 'array([3, 5, 7])');
  });

  it('an in-place change made by one selection does not leak into the next', () => {
    const doc = 'import numpy as np\na = np.zeros(3)\nitems = [1]\na += 1\nitems.append(2)\nprint(a, items)\n';
    const start = doc.indexOf('a += 1');
    const first = runSelection(doc, { start, end: doc.length });
    const second = runSelection(doc, { start, end: doc.length });
    assert.equal(first.output, '[1. 1. 1.] [1, 2]\n');
    assert.equal(second.cached, true);
    assert.equal(second.output, '[1. 1. 1.] [1, 2]\n');
  });

  it('an error in the selection comes back with type, message and document line', () => {
    const doc = 'import numpy as np\na = np.ones((2, 3))\nb = np.ones((3, 2))\na + b\n';
    const r = runSelection(doc, { start: doc.indexOf('a + b'), end: doc.length });
    assert.equal(r.error?.type, 'ValueError');
    assert.equal(r.error?.message, 'operands could not be broadcast together with shapes (2,3) (3,2) ');
    assert.equal(r.error?.line, 4);
  });

  it('a RuntimeWarning of the selection reaches the panel output with its document line, every run', () => {
    const doc = 'import numpy as np\np = np.array([0.5, 0.0])\nloss = -np.log(p).mean()\nprint(loss)\n';
    const range = { start: doc.indexOf('loss ='), end: doc.length };
    const first = runSelection(doc, range, { filename: 'train.py' });
    const second = runSelection(doc, range, { filename: 'train.py' });
    // python3 train.py: the warning on stderr, then inf on stdout
    const warning = 'train.py:3: RuntimeWarning: divide by zero encountered in log\n  loss = -np.log(p).mean()\n';
    assert.equal(first.output, warning + 'inf\n');
    assert.equal(second.cached, true);
    assert.equal(second.output, warning + 'inf\n');
  });

  it('match statements run in the prefix and in the selection (patterns are read from the document text)', () => {
    const doc = 'def head(v):\n    match v:\n        case [first, *rest]:\n            return first\n        case _:\n            return None\nprint(head([3, 4]))\n';
    const fromPrefix = runSelection(doc, { start: doc.indexOf('print'), end: doc.length });
    const whole = runSelection(doc, { start: 0, end: doc.length });
    // python3: 3
    assert.equal(fromPrefix.output, '3\n');
    assert.equal(whole.output, '3\n');
  });

  it('a runaway selection stops with the step budget', () => {
    const doc = 'x = 1\nwhile True:\n    x += 1\n';
    const r = runSelection(doc, { start: doc.indexOf('while'), end: doc.length }, { limits: { maxSteps: 50_000 } });
    assert.equal(r.error?.type, 'TimeoutError');
  });
});

describe('interpreter run selection: syntax errors', () => {
  it('names the error as CPython does (IndentationError, not only SyntaxError) on the document line', () => {
    const doc = 'import numpy as np\nif True:\nprint(1)\n';
    const r = runSelection(doc, { start: doc.indexOf('if'), end: doc.length });
    // python3: IndentationError: expected an indented block after 'if' statement on line 1 (of the selection)
    assert.equal(r.error?.type, 'IndentationError');
    assert.equal(r.error?.line, 3);
    assert.match(r.error?.traceback ?? '', /^IndentationError: expected an indented block after 'if' statement on line \d+\n$/);
  });
});
