#!/usr/bin/env python3
"""Records python3 + NumPy 2.4.6 stdout of test/engine/extras_run/*.py (programs exercising the
API-coverage functions through `bin/shapewise run`'s interpreter) into
test/engine/golden/extras_run.json; test/engine/extras_run.test.ts replays them without Python.

Run: python3 scripts/golden/engine_extras_run.py
"""
import glob, json, os, subprocess, sys
import numpy as np

assert np.__version__ == '2.4.6', np.__version__
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
cases = {}
for path in sorted(glob.glob(os.path.join(ROOT, 'test', 'engine', 'extras_run', '*.py'))):
    r = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=60)
    cases[os.path.basename(path)] = {'stdout': r.stdout, 'exit': r.returncode}
out = os.path.join(ROOT, 'test', 'engine', 'golden', 'extras_run.json')
with open(out, 'w') as fh:
    json.dump(cases, fh, indent=0, sort_keys=True)
    fh.write('\n')
print(len(cases), 'programs ->', os.path.relpath(out, ROOT))
