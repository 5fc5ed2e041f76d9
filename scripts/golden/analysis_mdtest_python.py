#!/usr/bin/env python3
# Dev check for the analysis mdtests (not a unit test): runs every fenced ```py block of
# test/analysis/mdtest/*.md and docs/diagnostics/*.md under python3 + NumPy and confirms that
#   - each line marked `# error: [code]` really raises when it is reached (a marked line that
#     runs without raising is a FALSE ERROR and fails the check),
#   - no unmarked line raises (a missed error),
#   - `reveal_shape(x)  # revealed: (3, 4) float64` matches x.shape/x.dtype where concrete.
# Lines in functions that are never called are reported as "not reached".
# Usage: python3 scripts/golden/analysis_mdtest_python.py [files.md...]
import glob, os, re, sys, tempfile, traceback

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def blocks(path):
    text = open(path, encoding='utf8').read().split('\n')
    i, modules, out = 0, {}, []
    while i < len(text):
        m = re.match(r'^```(py|python)\b(.*)$', text[i])
        if not m:
            i += 1
            continue
        info, body, start = m.group(2), [], i + 2
        i += 1
        while i < len(text) and not re.match(r'^```\s*$', text[i]):
            body.append(text[i])
            i += 1
        i += 1
        f = re.search(r'file=([\w./]+)', info)
        if f:
            modules[f.group(1)] = '\n'.join(body) + '\n'
            continue
        out.append((start, '\n'.join(body) + '\n', modules, 'no-run' in info))
        modules = {}
    return out


def run_block(src, modules):
    """Returns (raised_line or None, exc text, executed lines, reveals).

    reveals maps a line to the value of `reveal_shape(x)` there or, for `name = ...` lines
    marked `# revealed:`, to the value of name right after the line ran."""
    src_lines = src.split('\n')
    assign_at = {}
    for i, l in enumerate(src_lines):
        m = re.match(r'\s*([A-Za-z_]\w*)\s*=[^=].*#\s*revealed:', l)
        if m:
            assign_at[i + 1] = m.group(1)
    last_line = {}
    d = tempfile.mkdtemp()
    for name, s in modules.items():
        open(os.path.join(d, name), 'w').write(s)
    executed, reveals = set(), {}
    import builtins
    import numpy as np

    def reveal_shape(x):
        fr = sys._getframe(1)
        reveals[fr.f_lineno] = x
    builtins.reveal_shape = reveal_shape

    def tracer(frame, event, arg):
        if frame.f_code.co_filename == '<mdtest>':
            prev = last_line.get(id(frame))
            if prev in assign_at and event in ('line', 'return') and assign_at[prev] in frame.f_locals:
                reveals.setdefault(prev, frame.f_locals[assign_at[prev]])
            if event == 'line':
                executed.add(frame.f_lineno)
                last_line[id(frame)] = frame.f_lineno
            return tracer
        return None
    sys.path.insert(0, d)
    for k in [k for k in list(sys.modules) if k in [n[:-3].replace('/', '.') for n in modules]]:
        del sys.modules[k]
    raised, text = None, ''
    sys.settrace(tracer)
    try:
        exec(compile(src, '<mdtest>', 'exec'), {'__name__': '__main__'})
    except BaseException as e:  # noqa: BLE001 - any exception is data here
        tb = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == '<mdtest>']
        raised = tb[-1].lineno if tb else -1
        text = f'{type(e).__name__}: {e}'
    finally:
        sys.settrace(None)
        sys.path.remove(d)
    return raised, text, executed, reveals


def main(argv):
    files = argv or sorted(glob.glob(os.path.join(ROOT, 'test/analysis/mdtest/*.md')) + glob.glob(os.path.join(ROOT, 'docs/diagnostics/*.md')))
    stats = dict(blocks=0, skipped=0, confirmed=0, unreached=0, reveals=0)
    failures = []
    for path in files:
        for start, src, modules, norun in blocks(path):
            if norun:
                stats['skipped'] += 1
                continue
            stats['blocks'] += 1
            lines = src.split('\n')
            marked = {i + 1 for i, l in enumerate(lines) if re.search(r'#\s*error:\s*\[', l)}
            # A suppressed line may raise (that is why it is suppressed) but need not.
            ignored = {i + 1 for i, l in enumerate(lines) if 'shapewise: ignore' in l}
            marked |= ignored
            where = f'{os.path.relpath(path, ROOT)}:{start}'
            pending = set(marked)
            cur = list(lines)
            for _ in range(len(marked) + 1):
                raised, text, executed, reveals = run_block('\n'.join(cur), modules)
                for ln, x in reveals.items():
                    m = re.search(r'#\s*revealed:\s*\(([^)]*)\)\s*(\w+)?', cur[ln - 1])
                    if not m or not hasattr(x, 'shape'):
                        continue
                    dims = [p.strip() for p in m.group(1).split(',') if p.strip()]
                    if all(re.fullmatch(r'\d+', p) for p in dims):
                        stats['reveals'] += 1
                        if tuple(int(p) for p in dims) != tuple(x.shape) or (m.group(2) and m.group(2) != str(x.dtype)):
                            failures.append(f'{where}: line {ln}: python has {x.shape} {x.dtype}, test says ({m.group(1)}) {m.group(2)}')
                if raised is None:
                    for ln in sorted(pending - ignored):
                        if ln in executed:
                            failures.append(f'{where}: line {ln} is marked as an error but ran without raising (FALSE ERROR)')
                        else:
                            stats['unreached'] += 1
                    break
                if raised in pending:
                    if raised not in ignored:
                        stats['confirmed'] += 1
                    pending.discard(raised)
                    indent = re.match(r'\s*', cur[raised - 1]).group(0)
                    cur[raised - 1] = indent + '__shapewise_skipped = None'
                    continue
                if 'NameError' in text and any(l < raised for l in marked - pending):
                    break  # a consequence of a skipped error line
                failures.append(f'{where}: line {raised} raised {text} but is not marked as an error')
                break
    print(f"mdtest blocks run under python3: {stats['blocks']} (+{stats['skipped']} no-run); errors confirmed: {stats['confirmed']}; "
          f"marked lines not reached (uncalled functions): {stats['unreached']}; concrete reveals checked: {stats['reveals']}")
    for f in failures:
        print('FAIL', f)
    print(f"{stats['blocks'] - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
