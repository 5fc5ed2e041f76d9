// `shapewise run FILE.py` as the CLI calls it: stdout and stderr go to the io sink, the exit
// status is 0 or 1 like python3, and a traceback names the file and line.
import { strict as assert } from 'node:assert';
import { cliLimits, runFile } from '../../src/cli/run';

function capture(source: string, path = 'prog.py') {
  let out = '', err = '';
  const code = runFile(path, source, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

describe('shapewise run (CLI)', () => {
  it('prints like python3 and exits 0', () => {
    const r = capture('import numpy as np\nprint(np.arange(4).reshape(2, 2) * 2)\n');
    assert.equal(r.out, '[[0 2]\n [4 6]]\n');
    assert.equal(r.err, '');
    assert.equal(r.code, 0);
  });

  it('an uncaught exception writes a Python traceback to stderr and exits 1', () => {
    // Expected text: python3 3.11 on the same file (position markers included).
    const r = capture('x = 1\ny = [1, 2]\nprint(y[5])\n', '/tmp/w/bad.py');
    assert.equal(r.out, '');
    assert.equal(r.err, 'Traceback (most recent call last):\n  File "/tmp/w/bad.py", line 3, in <module>\n    print(y[5])\n          ~^^^\nIndexError: list index out of range\n');
    assert.equal(r.code, 1);
  });

  it('a traceback lists every frame, outermost first', () => {
    const r = capture('def inner():\n    return 1 / 0\ndef outer():\n    return inner()\nouter()\n', '/tmp/w/t.py');
    assert.equal(r.err, [
      'Traceback (most recent call last):',
      '  File "/tmp/w/t.py", line 5, in <module>',
      '    outer()',
      '  File "/tmp/w/t.py", line 4, in outer',
      '    return inner()',
      '           ^^^^^^^',
      '  File "/tmp/w/t.py", line 2, in inner',
      '    return 1 / 0',
      '           ~~^~~',
      'ZeroDivisionError: division by zero',
      '',
    ].join('\n'));
  });

  it('a syntax error is reported in Python\'s format with exit 1', () => {
    const r = capture('x = (1,\nprint(x)\n', '/tmp/w/s.py');
    assert.equal(r.code, 1);
    assert.match(r.err, /^ {2}File "\/tmp\/w\/s\.py", line \d+\n/);
    assert.match(r.err.trim().split('\n').pop()!, /^SyntaxError: /);
  });

  it('a relative script path is shown absolute in tracebacks, as python3 does', () => {
    const r = capture('1 / 0\n', 'rel_script.py');
    assert.match(r.err, /File "\/.*\/rel_script\.py", line 1, in <module>/);
  });

  it('a run of identical recursive frames is collapsed like CPython', () => {
    const r = capture('def down(n):\n    return down(n + 1)\ndown(0)\n', '/tmp/w/r.py');
    assert.match(r.err, /\n {2}\[Previous line repeated \d+ more times\]\nRecursionError: maximum recursion depth exceeded\n$/);
  });

  it('has no time or step limit unless the environment sets one, like python3 (QA-19)', () => {
    assert.deepEqual(cliLimits({}), { timeoutMs: Infinity, maxSteps: Infinity });
    assert.deepEqual(cliLimits({ SHAPEWISE_TIMEOUT_MS: '3000' }), { timeoutMs: 3000, maxSteps: Infinity });
    assert.deepEqual(cliLimits({ SHAPEWISE_TIMEOUT_MS: '0', SHAPEWISE_MAX_STEPS: '5000' }), { timeoutMs: Infinity, maxSteps: 5000 });
  });

  it('an opted-in limit stops an endless loop with a clear error and exit 1', () => {
    const saved = process.env.SHAPEWISE_MAX_STEPS;
    process.env.SHAPEWISE_MAX_STEPS = '100000';
    try {
      const r = capture('while True:\n    pass\n', '/tmp/w/loop.py');
      assert.equal(r.code, 1);
      assert.match(r.err.trim().split('\n').pop()!, /step/);
    } finally {
      if (saved === undefined) delete process.env.SHAPEWISE_MAX_STEPS;
      else process.env.SHAPEWISE_MAX_STEPS = saved;
    }
  });

  it('output printed before the error is kept', () => {
    const r = capture('print("a")\nraise ValueError("stop")\n');
    assert.equal(r.out, 'a\n');
    assert.equal(r.err.trim().split('\n').pop(), 'ValueError: stop');
  });
});
