#!/usr/bin/env python3
"""QA golden: runs every test/qa/programs/*.py under python3 + NumPy 2.4.6 the way a user would
(`python3 FILE.py` in the file's folder) and records, per program, in one compact JSONL file
(test/qa/golden/qa_golden.jsonl, one line per program):
  stdout, exit status, the last stderr line (only when the exit status is non-zero),
  stderr     - for warn_* programs, the whole stderr (their RuntimeWarnings / UserWarnings), with
               the programs folder written `{DIR}/` and python3's `.../site-packages/numpy/` `numpy/`,
  raiseLine  - the line of the program that raised the uncaught exception (SyntaxError: its line),
  callLines  - the program's outer traceback frames (call sites leading to raiseLine), if any,
  names      - module-level names assigned exactly once, outside loops, with their final value's
               shape and dtype (ndarray / NumPy scalar) or null for any other value,
  timeout    - true for loop_* programs that python3 does not finish within 10 s.
Sources are read as utf-8-sig, as CPython reads a file (a BOM is not part of the code).
escape_* programs (sandbox escapes) are never run: python3 would really execute them.
Usage: python3 scripts/golden/qa_golden.py [--only NAME.py ...]"""
import ast, json, os, re, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
PROGRAMS = os.path.join(ROOT, 'test', 'qa', 'programs')
OUT = os.path.join(ROOT, 'test', 'qa', 'golden', 'qa_golden.jsonl')

# Runs the program with exec() in a fresh namespace and reports the raising line and the final
# values of the module's names to the file named by argv[2] (the program's output is discarded).
PROBE = r'''
import json, os, sys, traceback
path, report_path = sys.argv[1], sys.argv[2]
sys.argv = [os.path.basename(path)]
base = os.path.basename(path)
report = {'raiseLine': None, 'raiseLines': [], 'values': {}}
g = {'__name__': '__main__', '__file__': base, '__builtins__': __builtins__}
try:
    src = open(path, encoding='utf-8-sig').read()
    exec(compile(src, base, 'exec'), g)
except SyntaxError as e:
    report['raiseLine'] = e.lineno
    report['raiseLines'] = [e.lineno]
except BaseException as e:
    tb = e.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == base:
            line = tb.tb_lineno
            report['raiseLines'].append(line)
        tb = tb.tb_next
    report['raiseLine'] = line
import numpy as np
for name, value in list(g.items()):
    if name.startswith('__'):
        continue
    if isinstance(value, np.ndarray):
        report['values'][name] = {'shape': list(value.shape), 'dtype': str(value.dtype)}
    elif isinstance(value, np.generic):
        report['values'][name] = {'shape': [], 'dtype': str(value.dtype)}
    else:
        report['values'][name] = None
with open(report_path, 'w') as fh:
    json.dump(report, fh)
'''

def single_assignments(source):
    """Module-scope names bound exactly once, by a statement that is not inside a loop."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return {}
    counts, in_loop = {}, set()

    def bind(name, looped):
        counts[name] = counts.get(name, 0) + 1
        if looped:
            in_loop.add(name)

    def targets(node, looped):
        if isinstance(node, ast.Name):
            bind(node.id, looped)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for e in node.elts:
                targets(e, looped)
        elif isinstance(node, ast.Starred):
            targets(node.value, looped)
        elif isinstance(node, ast.Attribute) and node.attr == 'shape' and isinstance(node.value, ast.Name):
            bind(node.value.id, True)  # `a.shape = ...` changes the value's shape after its assignment

    def visit(stmts, looped):
        for s in stmts:
            if isinstance(s, ast.Assign):
                for t in s.targets:
                    targets(t, looped)
            elif isinstance(s, (ast.AugAssign, ast.AnnAssign)):
                targets(s.target, looped)
                if isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name):
                    bind(s.target.id, looped)  # a rebinding: never "exactly once"
            elif isinstance(s, (ast.For, ast.AsyncFor)):
                targets(s.target, True)
                visit(s.body, True)
                visit(s.orelse, looped)
            elif isinstance(s, ast.While):
                visit(s.body, True)
                visit(s.orelse, looped)
            elif isinstance(s, ast.If):
                visit(s.body, looped)
                visit(s.orelse, looped)
            elif isinstance(s, (ast.With, ast.AsyncWith)):
                for item in s.items:
                    if item.optional_vars is not None:
                        targets(item.optional_vars, looped)
                visit(s.body, looped)
            elif isinstance(s, ast.Try):
                visit(s.body, looped)
                for h in s.handlers:
                    if h.name:
                        bind(h.name, looped)
                    visit(h.body, looped)
                visit(s.orelse, looped)
                visit(s.finalbody, looped)
            elif isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                bind(s.name, looped)
            elif isinstance(s, (ast.Import, ast.ImportFrom)):
                for a in s.names:
                    bind((a.asname or a.name).split('.')[0], looped)
            elif (isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and isinstance(s.value.func, ast.Attribute)
                  and s.value.func.attr == 'resize' and isinstance(s.value.func.value, ast.Name)):
                bind(s.value.func.value.id, True)  # in-place resize: the shape at the assignment is not the final one
            elif isinstance(s, ast.Global):
                for n in s.names:
                    bind(n, True)
        # Walrus targets and comprehension leaks at module level count as bindings too.
    visit(tree.body, False)
    for node in ast.walk(tree):
        if isinstance(node, ast.NamedExpr):
            bind(node.target.id, True)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for sub in ast.walk(node):
                if isinstance(sub, ast.Global):
                    for n in sub.names:
                        bind(n, True)
    return {n for n, c in counts.items() if c == 1 and n not in in_loop}

def run_case(name):
    path = os.path.join(PROGRAMS, name)
    source = open(path, encoding='utf-8-sig').read()
    env = {**os.environ, 'PYTHONHASHSEED': '0'}
    case = {'id': name}
    try:
        p = subprocess.run([sys.executable, name], cwd=PROGRAMS, capture_output=True, text=True, timeout=10, env=env)
    except subprocess.TimeoutExpired:
        case['timeout'] = True
        return case
    err = p.stderr.strip().splitlines()
    case.update({'stdout': p.stdout, 'exit': p.returncode, 'stderrLast': err[-1] if err and p.returncode else ''})
    if name.startswith('warn_'):
        case['stderr'] = re.sub(r'/\S*/(site|dist)-packages/numpy/', 'numpy/', p.stderr).replace(PROGRAMS + os.sep, '{DIR}/')
    with tempfile.TemporaryDirectory() as tmp:
        report_path = os.path.join(tmp, 'report.json')
        subprocess.run([sys.executable, '-c', PROBE, path, report_path], cwd=PROGRAMS, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=env, timeout=60)
        with open(report_path) as fh:
            report = json.load(fh)
    case['raiseLine'] = report['raiseLine'] if p.returncode else None
    if p.returncode and len(report['raiseLines']) > 1:
        case['callLines'] = report['raiseLines'][:-1]  # outer frames: the calls that led to the raise
    once = single_assignments(source)
    case['names'] = {n: v for n, v in sorted(report['values'].items()) if n in once}
    return case

def main():
    names = sorted(f for f in os.listdir(PROGRAMS) if f.endswith('.py'))
    # --only A.py B.py: rerun just these programs, keep the other recorded lines (faster updates).
    only = set(sys.argv[sys.argv.index('--only') + 1:]) if '--only' in sys.argv else None
    kept = {}
    if only is not None and os.path.exists(OUT):
        with open(OUT) as fh:
            for line in fh.read().splitlines()[1:]:
                case = json.loads(line)
                kept[case['id']] = case
    lines = []
    for name in names:
        if only is not None and name not in only and name in kept:
            lines.append(kept[name])
        elif name.startswith('escape_'):
            lines.append({'id': name, 'escape': True})
        else:
            lines.append(run_case(name))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as fh:
        fh.write(json.dumps({'generator': 'scripts/golden/qa_golden.py', 'python': sys.version.split()[0],
                             'numpy': __import__('numpy').__version__}, separators=(',', ':')) + '\n')
        for case in lines:
            fh.write(json.dumps(case, separators=(',', ':'), sort_keys=True) + '\n')
    print(f'{len(lines)} programs -> {os.path.relpath(OUT, ROOT)}')

if __name__ == '__main__':
    main()
