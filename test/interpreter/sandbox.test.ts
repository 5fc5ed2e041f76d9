// The sandbox: runaway loops stop at the step budget or the wall-clock limit with a clear
// TimeoutError, huge arrays and lists become MemoryError instead of killing the process, deep
// recursion is a RecursionError, and the doors to the host (open, eval, exec, __import__,
// dunder attribute walks, subprocess imports, the host functions of os and os.path) end in clear errors.
import { strict as assert } from 'node:assert';
import { runProgram } from '../../src/interpreter';

function lastLine(src: string, limits = {}, now?: () => number): { last: string; exit: number; stdout: string } {
  const r = runProgram(src, { filename: 'sandbox.py', limits, now });
  const lines = r.stderr.trim().split('\n');
  return { last: lines[lines.length - 1], exit: r.exitCode, stdout: r.stdout };
}

// Every module the evaluator offers, as the ModuleNotFoundError lists them (numpy first).
const MODULES = 'numpy, abc, argparse, bisect, collections, contextlib, copy, dataclasses, datetime, enum, functools, gc, heapq, io, itertools, json, logging, math, operator, os.path, pprint, random, re, statistics, string, sys, textwrap, time, traceback, types, typing, warnings';

describe('interpreter sandbox', () => {
  it('an endless loop stops at the step budget', () => {
    const r = lastLine('while True:\n    pass\n', { maxSteps: 100_000 });
    assert.equal(r.last, 'TimeoutError: the Shapewise evaluator stopped the program after 100000 steps (step budget exceeded: an endless loop?)');
    assert.equal(r.exit, 1);
  });

  it('a stopped program\'s traceback names the line it was stopped on, with the calls leading there (QA-20)', () => {
    const src = 'def spin(n):\n    while True:\n        n += 1\n\nspin(0)\n';
    const r = runProgram(src, { filename: 'loop.py', limits: { maxSteps: 100_000 } });
    // the frames KeyboardInterrupt would show in python3 (Ctrl-C in the loop), position markers aside
    assert.equal(r.stderr, [
      'Traceback (most recent call last):',
      '  File "loop.py", line 5, in <module>',
      '    spin(0)',
      '  File "loop.py", line 3, in spin',
      '    n += 1',
      'TimeoutError: the Shapewise evaluator stopped the program after 100000 steps (step budget exceeded: an endless loop?)',
      '',
    ].join('\n'));
    assert.equal(r.error?.line, 3);
  });

  it('an endless loop that swallows every exception still stops', () => {
    const r = lastLine('while True:\n    try:\n        pass\n    except BaseException:\n        pass\n', { maxSteps: 100_000 });
    assert.match(r.last, /^TimeoutError: .*step budget exceeded/);
  });

  it('the wall-clock limit stops a loop (injected clock, no real time measured)', () => {
    let t = 0;
    const r = lastLine('x = 0\nwhile True:\n    x += 1\n', { timeoutMs: 5000 }, () => (t += 10_000));
    assert.equal(r.last, 'TimeoutError: the Shapewise evaluator stopped the program after 5.0 s (wall-clock limit exceeded: an endless loop?)');
  });

  it('a huge array allocation is a MemoryError with NumPy\'s text', () => {
    const r = lastLine('import numpy as np\na = np.zeros((100000, 100000))\n');
    assert.equal(r.last, 'numpy._core._exceptions._ArrayMemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64');
  });

  it('the MemoryError of a huge array can be caught like in Python', () => {
    const r = lastLine('import numpy as np\ntry:\n    np.ones((10**6, 10**6))\nexcept MemoryError as e:\n    print(type(e).__name__)\n');
    assert.equal(r.stdout, 'MemoryError\n');
  });

  it('the array byte cap is configurable per run', () => {
    const r = lastLine('import numpy as np\na = np.zeros(1000)\nb = np.zeros((1000, 1000))\n', { maxArrayBytes: 1 << 20 });
    assert.equal(r.last, 'numpy._core._exceptions._ArrayMemoryError: Unable to allocate 7.63 MiB for an array with shape (1000, 1000) and data type float64');
  });

  it('a gigantic list is a MemoryError, not a dead process', () => {
    const r = lastLine('x = [0] * 10**9\n');
    assert.match(r.last, /^MemoryError: the Shapewise evaluator caps Python lists and strings at 20,000,000 items/);
  });

  it('deep recursion is a RecursionError', () => {
    assert.equal(lastLine('def f(n):\n    return f(n + 1)\nf(0)\n').last, 'RecursionError: maximum recursion depth exceeded');
  });

  it('a RecursionError can be caught and the program goes on', () => {
    const r = lastLine('def f(n):\n    return 1 + f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\nprint("after")\n');
    assert.equal(r.stdout, 'caught maximum recursion depth exceeded\nafter\n');
    assert.equal(r.exit, 0);
  });

  const doors: [string, string][] = [
    ['open("/etc/passwd")', 'PermissionError: open() is not available in the Shapewise evaluator: the sandbox has no file system'],
    ['__import__("os")', 'PermissionError: __import__() is not available in the Shapewise evaluator: use an import statement'],
    ['eval("1+1")', 'PermissionError: eval() is not available in the Shapewise evaluator: the sandbox does not run dynamically generated code'],
    ['exec("x = 1")', 'PermissionError: exec() is not available in the Shapewise evaluator: the sandbox does not run dynamically generated code'],
    ['compile("1", "f", "eval")', 'PermissionError: compile() is not available in the Shapewise evaluator: the sandbox does not run dynamically generated code'],
    ['print(().__class__.__bases__)', "AttributeError: 'type' attribute '__bases__' is not available in the Shapewise evaluator (sandboxed)"],
    ['print(().__class__.__mro__)', "AttributeError: 'type' attribute '__mro__' is not available in the Shapewise evaluator (sandboxed)"],
    ['print(getattr(getattr((), "__class__"), "__base__"))', "AttributeError: 'type' attribute '__base__' is not available in the Shapewise evaluator (sandboxed)"],
    ['print((1).__class__.__subclasses__())', "AttributeError: 'type' attribute '__subclasses__' is not available in the Shapewise evaluator (sandboxed)"],
    ['f = lambda: 0\nprint(f.__globals__)', "AttributeError: 'function' attribute '__globals__' is not available in the Shapewise evaluator (sandboxed)"],
    ['print(print.__self__)', "AttributeError: 'builtin_function_or_method' attribute '__self__' is not available in the Shapewise evaluator (sandboxed)"],
    ['class A: pass\nprint(A.__subclasses__())', "AttributeError: 'type' attribute '__subclasses__' is not available in the Shapewise evaluator (sandboxed)"],
    ['import os\nos.system("ls")', 'PermissionError: os.system() is not available in the Shapewise evaluator: the sandbox has no file system or processes'],
    ['import os\nprint(os.environ["HOME"])', 'PermissionError: os.environ() is not available in the Shapewise evaluator: the sandbox has no file system or processes'],
    ['import os.path\nos.path.exists("/etc/passwd")', 'PermissionError: os.path.exists() is not available in the Shapewise evaluator: the sandbox has no file system or processes'],
    ['from os.path import isfile\nisfile("/etc/passwd")', 'PermissionError: os.path.isfile() is not available in the Shapewise evaluator: the sandbox has no file system or processes'],
    ['from os import listdir\nlistdir("/")', 'PermissionError: os.listdir() is not available in the Shapewise evaluator: the sandbox has no file system or processes'],
    ['import os\nos.remove("w.npy")', 'PermissionError: os.remove() is not available in the Shapewise evaluator: the sandbox has no file system or processes'],
    ['import subprocess', `ModuleNotFoundError: No module named 'subprocess' (not available in the Shapewise evaluator, whose modules are ${MODULES})`],
    ['from subprocess import run', `ModuleNotFoundError: No module named 'subprocess' (not available in the Shapewise evaluator, whose modules are ${MODULES})`],
    ['import shutil', `ModuleNotFoundError: No module named 'shutil' (not available in the Shapewise evaluator, whose modules are ${MODULES})`],
    ['import torch', `ModuleNotFoundError: No module named 'torch' (not available in the Shapewise evaluator, whose modules are ${MODULES})`],
    ['input()', 'EOFError: EOF when reading a line (input() has no console in the Shapewise evaluator)'],
    ['import numpy as np\nnp.save("w.npy", np.zeros(3))', 'PermissionError: np.save() is not available in the Shapewise evaluator: the sandbox has no file system'],
    ['import numpy as np\nnp.loadtxt("data.csv")', 'PermissionError: np.loadtxt() is not available in the Shapewise evaluator: the sandbox has no file system'],
  ];
  for (const [src, want] of doors) {
    it(`blocks: ${src.split('\n').pop()}`, () => {
      const r = lastLine(src + '\n');
      assert.equal(r.last, want);
      assert.equal(r.exit, 1);
    });
  }
});
