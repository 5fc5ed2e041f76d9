#!/usr/bin/env python3
# Golden generator for the Python front end: dumps CPython's `ast` for a corpus of tricky
# snippets (every syntax form NumPy users write) into test/python/golden/python_ast.json,
# which test/python/golden.test.ts compares with parse() node by node.
#
# The dump: each node is {"_": kind, <fields>, "@": [line, col, endLine, endCol]} with columns
# converted from CPython's UTF-8 bytes to UTF-16 code units (what editors and our ranges use).
# Constants are {"int": "123"}, {"float": repr}, {"complex": repr of imag}, {"str": s},
# {"bytes": [..]}, {"None": 1}, {"bool": b}, {"Ellipsis": 1}. match_case.pattern is the
# pattern's position only (our tree keeps patterns opaque).
#
#   python3 scripts/golden/python_ast.py            regenerate the golden file
#   python3 scripts/golden/python_ast.py --files F.. print one JSON dump per file (bench tool)
import ast
import json
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'python', 'golden', 'python_ast.json')
SKIP_FIELDS = {'type_comment', 'type_ignores'}


class Dumper:
    def __init__(self, source):
        # CPython reads "\r\n" and "\r" as "\n"; so do our line starts.
        self.lines = source.replace('\r\n', '\n').replace('\r', '\n').split('\n')
        self.encoded = [line.encode('utf-8') for line in self.lines]

    def col(self, line, byte_col):
        raw = self.encoded[line - 1][:byte_col]
        return len(raw.decode('utf-8', errors='replace').encode('utf-16-le')) // 2

    def pos(self, node):
        return [node.lineno, self.col(node.lineno, node.col_offset),
                node.end_lineno, self.col(node.end_lineno, node.end_col_offset)]

    def constant(self, value):
        if value is None:
            return {'None': 1}
        if value is Ellipsis:
            return {'Ellipsis': 1}
        if isinstance(value, bool):
            return {'bool': value}
        if isinstance(value, int):
            return {'int': str(value)}
        if isinstance(value, float):
            return {'float': repr(value)}
        if isinstance(value, complex):
            return {'complex': repr(value.imag)}
        if isinstance(value, str):
            return {'str': value}
        if isinstance(value, bytes):
            return {'bytes': list(value)}
        raise TypeError(type(value))

    def node(self, node):
        if isinstance(node, list):
            return [self.node(n) for n in node]
        if node is None or isinstance(node, (str, int)):
            return node
        kind = type(node).__name__
        if isinstance(node, ast.expr_context):
            return kind
        if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return kind
        out = {'_': kind}
        for field in node._fields:
            if field in SKIP_FIELDS or (kind == 'Constant' and field == 'kind'):
                continue
            value = getattr(node, field, None)
            if kind == 'Constant' and field == 'value':
                out[field] = self.constant(value)
            elif kind == 'match_case' and field == 'pattern':
                out[field] = self.pos(value)
            else:
                out[field] = self.node(value)
        if 'lineno' in node._attributes and getattr(node, 'end_lineno', None) is not None:
            out['@'] = self.pos(node)
        return out


def dump(source):
    return Dumper(source).node(ast.parse(source).body)


SNIPPETS = [
    # --- NumPy indexing and slicing
    'a[1]\na[1, 2]\na[1,]\na[1, 2,]\na[()]\na[(1, 2)]\n',
    'a[:]\na[::]\na[1:]\na[:2]\na[::2]\na[1:2:3]\na[::-1]\na[1:-1, ::2]\n',
    'a[..., 0]\na[None, :]\na[:, None]\na[..., None, 1:]\nx = ...\n',
    'a[i, j] = 0\na[mask] += 1\ndel a[0], b.c\na[1:2] = b[::2]\n',
    'a[*idx]\na[*idx, 0]\n',
    'a[b > 0]\na[~m]\na[[0, 1], [2, 3]]\na[np.newaxis, ...]\n',
    'x[lambda: 0]\nx[y := 1]\n',
    # --- operators
    'c = a @ b\nc @= d\nx = -a ** -b\ny = ~x\nz = not a\nw = +x\n',
    'a + b * c - d / e // f % g\na << 1 >> 2 & 3 | 4 ^ 5\n(a + b) * c\na + (b * c)\n((a))\n(((a)) + b)\n',
    'a < b\na < b <= c\na == b != c is d is not e in f not in g\n(a < b) < c\na < (b < c)\n',
    'a and b\na and b and c\na or b or c and d\n(a and b) and c\na and (b and c)\nnot a and not b\n',
    'x = a if b else c\ny = (a if b else c) if d else e\nz = lambda: a if b else c\n',
    # --- literals
    '0\n1_000_000\n0x_FF\n0o17\n0b1010\n00\n123456789012345678901234567890123\n',
    '1.\n.5\n1e10\n1E-5\n1_0.0_1e+1_0\n3.14j\n2J\n1e3j\n0.1\n1.7976931348623157e308\n',
    'True\nFalse\nNone\n...\n__debug__\n',
    "'a'\n\"b\"\n'''c\nd'''\n\"\"\"e\"\"\"\nr'\\n'\nb'\\x00\\xff'\nrb'\\d'\nBR'x'\nu'u'\n",
    "'a' 'b'\n('a'\n 'b')\nb'a' b'b'\n'\\t\\n\\\\\\'\\\"\\a\\b\\f\\v\\r'\n'\\101\\x41\\u0041\\U00000041'\n",
    "'\\d'\n'line\\\ncontinued'\n'''multi\n\\\nline'''\n",
    "s = '\u00e9\u4e2d'\nt = '\U0001F600'\nu = '\U0001F600' + x\n",
    # --- f-strings
    "f'a'\nf'{x}'\nf'{x!r}'\nf'{x!s:>10}'\nf'{x:.3f}'\nf'{x:{w}.{p}}'\nf'a{x}b{y}c'\n",
    "f'{x=}'\nf'{x = }'\nf'{x=!s}'\nf'{x=:>5}'\nf'{{}}'\nf'{{{x}}}'\n",
    "'a' f'b{x}' 'c'\nf'{a[\"k\"]}'\nf'''{\nx\n}'''\nrf'\\d{x}'\nf'{x}' f'{y}'\n",
    "f'{3.14:.2f} and {np.pi!r}'\nf'{a + b}'\nf'{(lambda: 1)()}'\nf'{x:}'\n",
    # --- comprehensions
    '[x for x in y]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)\n',
    '[x for x in y if x if not x for z in x]\nf(x for x in y)\nf((x for x in y))\nsum(x * x for x in range(10))\n',
    '[(a, b) for a in x for b in y]\n[[c for c in r] for r in m]\nasync def f():\n    return [x async for x in y]\n',
    '[y := f(x) for x in data]\nany((n := len(a)) > 10 for a in b)\n',
    # --- containers
    '[]\n[1]\n[1, 2,]\n()\n(1,)\n(1, 2)\n1, 2\n1,\n{}\n{1}\n{1: 2, **d}\n{**a, **b}\n{*a, *b}\n[*a, *b]\n',
    'x, = y\n(x,) = y\n[x] = y\nx, *y = z\n*a, b = c\n(a, b), c = d\na = b = c = 0\na, b = b, a\n',
    # --- calls
    'f()\nf(a)\nf(a, b=1)\nf(*a, **k)\nf(a, *b, c, d=1, **e)\nf(x=1, *a)\nf(a)(b)(c)\nf(a,)\n',
    'np.zeros((3, 4), dtype=np.float64)\nnp.einsum("ij,jk->ik", a, b)\nx.reshape(-1, 1).T\n',
    'obj.attr.sub\nobj.attr[0].method()\n(a).b\n(a.b).c\nf().x\n',
    # --- walrus, lambda, yield, await
    'if (n := len(a)) > 10:\n    pass\nwhile chunk := f.read(10):\n    pass\n',
    'f = lambda: 0\ng = lambda x, y=1, *a, z, **k: x\nh = lambda *, k: k\ni = lambda a, /, b: a\n',
    'def g():\n    yield\n    yield x\n    yield from y\n    x = yield\n    y = (yield z)\n',
    'async def f():\n    await x\n    async with a as b:\n        pass\n    async for i in y:\n        pass\n    return await g()\n',
    # --- functions and classes
    'def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a\n',
    'def f(a, /, b, *, c):\n    pass\ndef g(a: int = 1, *b: str, **c: float):\n    ...\ndef h(): pass\n',
    '@dec\ndef f():\n    pass\n@dec(1)\n@a.b.c\nclass C(Base, metaclass=M):\n    x: int = 1\n    y: int\n    def m(self):\n        return self.x\n',
    'class A:\n    pass\nclass B():\n    pass\nclass C(*bases, **kw):\n    """doc"""\n',
    '@property\ndef f(self): return 1\n@ functools.lru_cache(maxsize=None)\ndef g(): pass\n',
    'x: int\nx: int = 1\n(x): int = 1\na.b: int\na[0]: int = 2\nx: list[int] = []\n',
    # --- control flow
    'if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n',
    'for i in range(10):\n    if i:\n        continue\n    break\nelse:\n    pass\nwhile x:\n    x -= 1\nelse:\n    y = 2\n',
    'for i, (a, b) in enumerate(z): pass\nfor x in *a, *b: pass\n',
    'try:\n    pass\nexcept ValueError as e:\n    raise\nexcept (TypeError, KeyError):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
    'try:\n    pass\nexcept* ValueError:\n    pass\n',
    'try:\n    pass\nfinally:\n    x = 1\n',
    'raise\nraise E\nraise E from e\nassert x\nassert x, "msg"\nreturn_ = 1\n',
    'with open(f) as g, h:\n    pass\nwith (a as b, c as d):\n    pass\nwith (a, b):\n    pass\nwith a as (b, c):\n    pass\n',
    'import numpy as np\nimport a.b.c\nimport a, b as c\nfrom . import x\nfrom .. import y as z\nfrom .mod import (a, b as c,)\nfrom __future__ import annotations\nfrom m import *\n',
    'global a, b\ndel x\npass\nx = 1; y = 2\nx = 1;\n',
    'match command.split():\n    case [action]:\n        pass\n    case [action, obj]:\n        pass\n    case Point(x=0, y=0) if flag:\n        pass\n    case {"k": v, **rest}:\n        pass\n    case 1 | 2 | "s":\n        pass\n    case _:\n        pass\n',
    'match = 1\ncase = 2\ntype = 3\nmatch(x)\n',
    # --- positions: unicode, tabs, CRLF, continuation, comments
    'π = 3.14\nx = π * r\nσ2 = 1\n',
    "s = '\U0001F600'; t = x\nu = '\U0001F600\U0001F600' + y  # \U0001F600 comment\n",
    'ﬁle = 1\nℌ = 2\n',
    'x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n',
    'x = (1 +\n     2)\ny = [\n    1,\n    2,\n]\nz = {\n    "a": 1,\n}\n',
    'if x:\r\n    y = 1\r\nz = (a,\r\n     b)\r\n',
    'if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n',
    '# comment\nx = 1  # trailing\n\n\n# last\n',
    'def f():\n    x = 1\n\n    # comment\n\n\ny = 2\n',
    'x = """\nmulti\nline\n""" + y\n',
    # --- the rest
    'print(*args, sep="")\nprint(a, end="")\n',
    'x = yield_ = 1\nnot_ = 2\n',
    'a.b.c = d\na[b][c] = d\n(a.b)[c].d = e\n',
    'def f(*, a=1, b):\n    pass\n',
    'if True: x = 1; y = 2\nwhile 0: pass\nfor x in y: z = x\nclass C: pass\n',
    'x = [\n    a\n    for a in b\n    if a\n]\n',
    'result = np.where(x > 0, x, 0).sum(axis=-1, keepdims=True)[..., None]\n',
    'A = B @ C.T @ D\nx = a[::2, 1::3, ...]\ny = a.shape[0] // 2\n',
    '"""Module docstring."""\nimport numpy as np\n',
    'x = (  # comment\n    1\n)\n',
    'f(\n    a,\n    b,\n)\n',
    'x = [1, 2][0]\n{1: 2}[1]\n"abc"[0]\n(1, 2)[0]\n',
    'lambda: (yield)\n',
    'x = -1\ny = - 1\nz = -(1)\nw = --1\n',
    'assert isinstance(x, (int, float)), f"bad {x!r}"\n',
    # --- found by the stdlib comparison (scripts/bench/parse.ts)
    'def foo():\n    x = 1; pass; del x;\nclass C:\n    y = 2;\nif a:\n    f();\n',
    '(art_num, fields), = overview\nsuccess += (uw, mod),\n',
    'f"{a,}({b}<{c}>)"\nf"{a, b}"\n',
    'del y,\nx = None  # type: int\nfor w in a[1::]: pass\nt = b[1::][::]\n',
    'match x:\n    case ast.Expr(e):\n        pass\n    case ast.BinOp():\n        pass\n    case (1 | 2):\n        pass\n    case (a, b) if a:\n        pass\n    case [*rest]:\n        pass\n',
    "s = '\\N{CJK UNIFIED IDEOGRAPH-6574}\\N{GREEK SMALL LETTER ALPHA}\\N{DEGREE SIGN}'\n",
    # --- more of what NumPy code looks like
    'np.r_[1:3, 5, ::2j]\nnp.c_[a, b]\nnp.mgrid[0:5, 0:5]\nx[:, np.newaxis]\nx[..., ::-1]\nx[i:i + n, j - 1:]\n',
    'y = 2 ** -1\nz = a ** b ** c\nw = -x ** 2\nv = (a @ b) @ c\nu = a @ (b @ c)\nt = a[b if c else d]\n',
    'print(f"{a.shape=}")\nprint(f"{x!r:^{w}} {y:.{p}e} {z:%Y-%m-%d}")\nmsg = F"{a}" fR"\\d{b}"\nraw = Rb"x" bR"y"\n',
    '1_000j\n0_0\n0e0\n1.e5\n0xDEAD_beef\n0O777\n0B1\n',
    'def outer():\n    n = 0\n    def inner():\n        nonlocal n\n        n += 1\n    return inner\n',
    '[y for x in data if (y := f(x)) is not None]\n{(i, j): v for i, row in enumerate(m) for j, v in enumerate(row)}\n',
    'f = lambda x=1, *a, k=[], **kw: (x, a, k, kw)\ng = lambda: (yield)\nh = lambda *_: None\n',
    "x = '#not a comment'  # real\ny = [1,  # a\n     2]  # b\n",
    'assert a.shape == (3, 4), a.shape\nassert (\n    x\n), "m"\n',
    'with np.errstate(divide="ignore"), open(p) as f:\n    pass\n',
    'try:\n    import numpy as np\nexcept ImportError:\n    np = None\n',
    'if __name__ == "__main__":\n    main()\n',
    'x = a if b else(c)\ny = [a for a in(b)]\nz = not(a)\nw = a[(1)]\n',
    'class A(B, C[int], metaclass=M, **kw):\n    a: "Fwd" = None\n    def __init__(self) -> None: ...\n',
    'x = (\n    a\n    .b()\n    .c(d)\n)\n',
    'a = b[\n    1,\n    2\n]\n',
    'print(*[1, 2], *(3,), **{"sep": ""}, end="")\n',
    'yield_expr = lambda: ((yield a), (yield from b))\n',
    'async def f():\n    async with a, b as c:\n        await asyncio.sleep(0)\n    result = [await x for x in y]\n',
    'for x, in y: pass\nfor [a, b] in c: pass\n',
    'x = y = z = np.zeros(3)\na, b = c, d = e\n',
    'del (a), [b], c.d, e[0]\n',
    'global x\nx: int = 3\n',
    '@a.b(c)[d]\ndef f(): pass\n@(lambda f: f)\ndef g(): pass\n',
    "x = ('a'\n     'b'  # c\n     f'{d}')\n",
    "s = '\\x41\\x42' '\\u00e9\\U0001F600'\nb = b'\\x00' * 2\n",
    'raise ValueError(f"bad shape {a.shape}") from None\n',
    "u = '\\N{EMPTY SET}\\N{ampersand}\\N{LINE FEED}\\N{NARROW NO-BREAK SPACE}\\N{LONG RIGHTWARDS SQUIGGLE ARROW}\\N{CYRILLIC SMALL LETTER ZHE}\\N{GREEK PI SYMBOL}'\n",
]


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--files':
        for path in sys.argv[2:]:
            try:
                with open(path, 'rb') as f:
                    source = f.read().decode('utf-8')
                # ASCII escapes keep lone surrogates (e.g. '\udcac') intact through the pipe.
                print(json.dumps({'file': path, 'ast': dump(source)}))
            except (SyntaxError, ValueError, UnicodeDecodeError) as e:
                print(json.dumps({'file': path, 'error': str(e)}))
        return
    cases = [{'source': s, 'ast': dump(s)} for s in SNIPPETS]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=False, separators=(',', ':')) for c in cases) + '\n]\n')
    print(f'wrote {len(cases)} cases to {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)')


if __name__ == '__main__':
    main()
