#!/usr/bin/env python3
"""Golden outputs of the interpreter corpus: runs every test/corpus/run/*.py (or, with
--examples, every examples/**/*.py) under python3 + NumPy 2.4.6 and records stdout, the last
line of stderr and the exit status in one compact JSON file that the mocha test replays
without Python. Usage: python3 scripts/golden/run_corpus.py [--examples]"""
import json, os, re, subprocess, sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))

def collect(examples):
    base = os.path.join(ROOT, 'examples' if examples else 'test/corpus/run')
    out = []
    for d, _, files in os.walk(base):
        for f in files:
            if f.endswith('.py'):
                out.append(os.path.relpath(os.path.join(d, f), ROOT))
    return sorted(out)

def main():
    examples = '--examples' in sys.argv
    cases = {}
    for rel in collect(examples):
        p = subprocess.run([sys.executable, os.path.basename(rel)], cwd=os.path.join(ROOT, os.path.dirname(rel)),
                           capture_output=True, text=True, timeout=120, env={**os.environ, 'PYTHONHASHSEED': '0'})
        err = p.stderr.strip().splitlines()
        case = {'stdout': p.stdout, 'stderrLast': err[-1] if err and p.returncode else '', 'exit': p.returncode}
        # The whole stderr too: always for a program that exits 0 (its RuntimeWarnings, or
        # nothing), and for a traceback when it only shows the script's own frames (NumPy's
        # internal Python frames cannot appear in the evaluator's). The script's directory is a
        # placeholder; a warning raised in NumPy's own files keeps its path from numpy/ on, as
        # the evaluator prints it.
        stderr = re.sub(r'/\S*/site-packages/numpy/', 'numpy/', p.stderr).replace(os.path.join(ROOT, os.path.dirname(rel)) + os.sep, '{DIR}/')
        if p.returncode == 0 or 'site-packages' not in p.stderr:
            case['stderr'] = stderr
        cases[rel] = case
    name = 'run_examples.json' if examples else 'run_corpus.json'
    path = os.path.join(ROOT, 'test/interpreter/golden', name)
    with open(path, 'w') as fh:
        json.dump({'generator': 'scripts/golden/run_corpus.py', 'python': sys.version.split()[0],
                   'numpy': __import__('numpy').__version__, 'cases': cases}, fh, separators=(',', ':'), sort_keys=True)
        fh.write('\n')
    print(f'{len(cases)} cases -> {os.path.relpath(path, ROOT)}')

if __name__ == '__main__':
    main()
