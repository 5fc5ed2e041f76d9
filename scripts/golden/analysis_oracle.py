#!/usr/bin/env python3
# The oracle for the analysis: runs every test/corpus/oracle/*.py under python3 + NumPy 2.4.6
# and records the truth the analysis is measured against (test/analysis/oracle.test.ts):
#   - the line that raises (innermost frame in the script) and the exception text, or null;
#   - after each top-level assignment statement, the shape and dtype of every simple name it
#     binds (tuple unpacking included), or null for non-arrays. NumPy scalars count as shape ().
# Writes test/analysis/golden/analysis_oracle.json (compact, one entry per script).
# With --examples, also runs examples/**/*.py and prints where each raises (a dev check for
# test/analysis/examples.test.ts; nothing is written).
import ast, glob, io, json, os, sys, contextlib, traceback

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, 'test', 'corpus', 'oracle')
GOLDEN = os.path.join(ROOT, 'test', 'analysis', 'golden', 'analysis_oracle.json')


def targets_of(node):
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [n for e in node.elts for n in targets_of(e.value if isinstance(e, ast.Starred) else e)]
    return []


def describe(v):
    if isinstance(v, np.ndarray):
        return list(v.shape), str(v.dtype)
    if isinstance(v, np.generic) and not isinstance(v, (np.str_, np.bytes_)):
        return [], str(v.dtype)
    return None, None


def run(path):
    src = open(path, encoding='utf8').read()
    tree = ast.parse(src)
    # statement start line -> (end line, names bound)
    stmts = {}
    for s in tree.body:
        names = []
        if isinstance(s, ast.Assign):
            for t in s.targets:
                names += targets_of(t)
        elif isinstance(s, (ast.AugAssign, ast.AnnAssign)) and isinstance(s.target, ast.Name):
            names = [s.target.id] if not isinstance(s, ast.AnnAssign) or s.value is not None else []
        if names:
            stmts[s.lineno] = (s.end_lineno, names)
    glb = {'__name__': '__main__', '__file__': path}
    shapes = []
    pending = {'line': None}

    def flush(frame):
        line = pending['line']
        if line is None:
            return
        pending['line'] = None
        for n in stmts[line][1]:
            if n in frame.f_globals:
                shp, dt = describe(frame.f_globals[n])
                shapes.append([line, n, shp, dt])

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        if frame.f_code.co_name != '<module>':
            return None
        if event in ('line', 'return'):
            flush(frame)
            if event == 'line' and frame.f_lineno in stmts:
                pending['line'] = frame.f_lineno
        return tracer

    raised, error = None, None
    np.random.seed(0)
    out = io.StringIO()
    sys.settrace(tracer)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(src, path, 'exec'), glb)
    except Exception as e:  # noqa: BLE001 - the exception is the data
        tb = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == path]
        raised = tb[-1].lineno if tb else None
        error = f'{type(e).__name__}: {e}'
        pending['line'] = None
    finally:
        sys.settrace(None)
    return {'raises': raised, 'error': error, 'shapes': shapes}


def main(argv):
    if '--examples' in argv:
        for p in sorted(glob.glob(os.path.join(ROOT, 'examples', '**', '*.py'), recursive=True)):
            r = run(p)
            if r['raises']:
                print(f"{os.path.relpath(p, ROOT)}:{r['raises']}: {r['error']}")
        return 0
    files = sorted(glob.glob(os.path.join(CORPUS, '*.py')))
    golden = {}
    for p in files:
        golden[os.path.basename(p)] = run(p)
    os.makedirs(os.path.dirname(GOLDEN), exist_ok=True)
    with open(GOLDEN, 'w') as fh:
        fh.write('{\n' + ',\n'.join(f'{json.dumps(k)}: {json.dumps(v, separators=(",", ":"))}' for k, v in golden.items()) + '\n}\n')
    bugs = sum(1 for v in golden.values() if v['raises'])
    print(f'{len(golden)} scripts: {bugs} raise, {len(golden) - bugs} run clean; '
          f"{sum(len(v['shapes']) for v in golden.values())} top-level bindings recorded -> {os.path.relpath(GOLDEN, ROOT)}")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
