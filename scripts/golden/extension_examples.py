# Golden for the extension's tests (test/server and test/e2e): runs each example the tests open
# under real Python + NumPy and records what a user would see — printed output, the exception
# type, message and line, and the shape and dtype of each top-level array. The tests replay this
# file without Python. Run: python3 scripts/golden/extension_examples.py
import contextlib
import io
import json
import sys
import traceback
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
FILES = [
    'examples/bugs/01_broadcast_mismatch.py',
    'examples/bugs/02_matmul_inner_dim.py',
    'examples/bugs/03_silent_broadcast.py',
    'examples/en_basics/05_1_axis_2d.py',
    'examples/en_basics/02_elementwise.py',
    'test/e2e/fixtures/heap_arrays.py',
]


def run(rel):
    path = ROOT / rel
    source = path.read_text(encoding='utf-8')
    scope = {'__name__': '__main__'}
    out = io.StringIO()
    case = {'file': rel, 'numpy': np.__version__}
    np.random.seed(0)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(source, str(path), 'exec'), scope)
    except Exception as exc:  # the point: record what NumPy raised
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == str(path)]
        case['error'] = {'type': type(exc).__name__, 'message': str(exc), 'line': frames[-1].lineno if frames else None}
    case['stdout'] = out.getvalue()
    case['arrays'] = {
        name: {'shape': list(v.shape), 'shapeText': str(v.shape), 'dtype': v.dtype.name,
               **({'data': v.ravel().tolist()} if v.size <= 64 and v.dtype.kind in 'biuf' else {})}
        for name, v in scope.items() if isinstance(v, np.ndarray)
    }
    return case


def run_cells(rel):
    # Runs a `# %%` file cell by cell in one scope, as Run Cell does, recording each cell's output.
    source = (ROOT / rel).read_text(encoding='utf-8')
    chunks, current = [], []
    for line in source.splitlines(keepends=True):
        if line.lstrip().startswith('# %%') or line.lstrip().startswith('#%%'):
            chunks.append(''.join(current))
            current = []
        else:
            current.append(line)
    chunks.append(''.join(current))
    scope = {'__name__': '__main__'}
    outputs = []
    for chunk in chunks:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(chunk, rel, 'exec'), scope)
        outputs.append(out.getvalue())
    arrays = {name: {'shape': list(v.shape), 'shapeText': str(v.shape), 'dtype': v.dtype.name}
              for name, v in scope.items() if isinstance(v, np.ndarray)}
    return {'file': rel, 'numpy': np.__version__, 'cellOutputs': outputs, 'stdout': ''.join(outputs), 'arrays': arrays}


cases = [run(f) for f in FILES] + [run_cells('test/e2e/fixtures/cells.py')]
target = ROOT / 'test' / 'e2e' / 'golden.json'
target.write_text(json.dumps({'generator': 'scripts/golden/extension_examples.py', 'cases': cases}, ensure_ascii=False, separators=(',', ':')) + '\n', encoding='utf-8')
print(f'wrote {target.relative_to(ROOT)}: {len(cases)} cases', file=sys.stderr)
