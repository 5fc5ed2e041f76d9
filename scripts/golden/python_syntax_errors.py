"""Golden for the parser's CPython-style syntax errors: compiles each snippet with CPython
(python3, 3.11) and records the exception type, message, line and offset it reports.
Writes test/python/golden/syntax_errors.json (replayed by test/python/syntaxErrors.test.ts)."""
import json
import pathlib
import sys

SNIPPETS = [
    # The QA cases (test/qa/programs/adv_*.py), inlined.
    "# c\nimport numpy as np\n\na = np.ones(3)\nif a.sum() > 1:\nprint(a)\n",
    "# c\nimport numpy as np\n\nx = np.zeros((3, 4)\nprint(x)\n",
    "# c\nimport numpy as np\n\ndef forward(x, W\n    return x @ W\n",
    "# c\nimport numpy as np\n\na = np.arange(5)\nb = a.\nprint(b)\n",
    "# c\nimport numpy as np\n\nprint(\"shape is, np.zeros(3).shape)\n",
    # Missing indented blocks after each kind of compound statement.
    "for i in range(3):\nprint(i)\n",
    "while x:\nx = 1\n",
    "def f():\nreturn 1\n",
    "class C:\npass\n",
    "with open(p) as f:\nf.read()\n",
    "try:\nx = 1\nexcept E:\n    pass\n",
    "if x:\n    pass\nelif y:\nz = 1\n",
    "if x:\n    pass\nelse:\nz = 1\n",
    "if x:\n",
    # Indentation.
    "  x = 1\n",
    "x = 1\n    y = 2\n",
    "if x:\n    a = 1\n  b = 2\n",
    # Missing colons.
    "if x\n    pass\n",
    "def f()\n    return 1\n",
    "for i in range(3)\n    print(i)\n",
    "while True\n    pass\n",
    "class C\n    pass\n",
    # Unclosed brackets.
    "x = [1, 2,\ny = 3\n",
    "x = f(a,\n",
    "d = {'a': 1\nprint(d)\n",
    "x = foo(a, [1,\ny = 2\n",
    # Unterminated strings.
    "x = 'abc\n",
    "s = \"hello\nprint(s)\n",
    "x = \"\"\"abc\ny = 1\n",
    # Plain invalid syntax.
    "b = a.\n",
    "x = )\n",
    "x = 1 +\n",
    "x = = 2\n",
    "print(a,, b)\n",
    "import\n",
    "x = np.sum(X, axis=)\n",
    # Brackets the tokenizer rejects; a tokenizer error wins over an earlier parser error.
    "x = (1, [2, 3)\n",
    "x = (1,\n  [2,\n 3)\n",
    "y = a[0)\n",
    "x = = 2\ny = )\n",
    "x = = 2\ny = 'abc\n",
    "x = (\ny = = 2\n",
    "x = [1, 2\n\n\nfoo(\n",
    "x = '''abc",
    "if x\n  a=1\n b = 2\n",
    # Two expressions side by side inside brackets.
    "f(a b)\n",
    "x = [1 2]\n",
    "y = {1: 2 3: 4}\n",
    "z = (a b)\n",
    "g(x + 1 y, 2)\n",
    "np.zeros((3, 4) dtype=int)\n",
    "f(a, b c=1)\n",
    "a[1 2]\n",
    "f(*a b)\n",
    "f(a=1 b)\n",
    "f(not a b)\n",
    "f(a if c else d e)\n",
    "f(lambda: 1 2)\n",
    "f(a * b c)\n",
    "f(a[0] b)\n",
    "f(a\n  b)\n",
    "f(a)(b c)\n",
    "f(x 'abc')\n",
    "f(_ 1)\n",
    "f(x for x in y z)\n",
    "f(a in b c)\n",
    "print(x.shape y.shape)\n",
    # Other everyday mistakes.
    "if x = 1:\n    pass\n",
    "while n = 0:\n    pass\n",
    "if a.b = 1:\n    pass\n",
    "print 'hi'\n",
    "print x\n",
    "x = 1abc\n",
    "x = 123abc\n",
    "x = 1.5e\n",
    "try:\n    pass\nx = 1\n",
    "try:\n    pass\n",
    "def f():\n    try:\n        pass\n    y = 1\n",
    "return 5\n",
    "break\n",
    "continue\n",
    "return 1\nx = (\n",
    "if True:\n\tx = 1\n        y = 2\n",
    "x = f'{a'\n",
    "print(f\"{x.shape\")\ny = 1\n",
    "a = np.array([1, 2, 3]]\n",
    "a = np.zeros(3))\n",
    "else:\n    pass\n",
    "while True:\n    if x:\n    break\n",
    "x = 'a' 'b\n",
    "\tif x:\n        pass\n",
    "a.b. = 3\n",
    "with open('f') as f\n    pass\n",
    "lambda x:\n",
    "x = [i for i in]\n",
    # Targets that cannot be assigned to or deleted.
    "f() = 1\n",
    "1 = x\n",
    "x + 1 = 2\n",
    "f() += 1\n",
    "for f() in x:\n    pass\n",
    "(a, f()) = 1, 2\n",
    "a = f() = 1\n",
    "del f()\n",
    "\"s\" = 1\n",
    "None = 1\n",
    "x.y() = 1\n",
    "[1] = x\n",
    "a, 1 = x\n",
    "x = 1\nf() = 2\n",
    "np.zeros(3) = a\n",
    "a == 1 = 2\n",
    "not a = 1\n",
    "a if b else c = 1\n",
    "-a = 1\n",
    "{} = 1\n",
    "a.shape() = (3, 4)\n",
    "x, y += 1\n",
    "with open(p) as f():\n    pass\n",
    "[x for f() in y]\n",
    "def (x):\n    pass\n",
    "class (A):\n    pass\n",
    "class :\n    pass\n",
    "x = 3 if y\n",
    "f(a + 1 if b)\n",
    "x = [i if i > 0 for i in a]\n",
    "x = 3 if y else\n",
    # A closer of the wrong kind that pyright's parser recovers from silently (QA-33).
    "grid = np.array([[1, 2], [3, 4)])\nprint(grid)\n",
    "x = {'a': [1, 2}]\n",
    "y = f(a[0)]\n",
    "z = [\n    (1, 2],\n)\n",
    "w = (1, 2))\n",
    "v = [1, 2]]\n",
    "u = g(1)}\n",
    "a = [(1, 2)\n     ]\nb = (3, 4]\n",
    # Repeated keyword arguments (CPython's compiler; its parser errors win).
    "a = np.zeros(shape=(2, 2), shape=(3, 3))\n",
    "f(a=1, b=2, a=3, b=4)\n",
    "f(x,\n  a=1,\n  a=2)\n",
    "f(a=1, **k, a=2)\n",
    "class C(metaclass=A, metaclass=B):\n    pass\n",
    "f(a=1, a=2)\nreturn 1\n",
    "return 1\nf(a=1, a=2)\n",
    "f(a=1, a=2)\nx = = 1\n",
    "x = (1,\n     2]\n",
    # `else if`, and the other keywords that must be followed by a colon (QA-34).
    "if v > 0:\n    pass\nelse if v < 0:\n    pass\n",
    "try x:\n    pass\nexcept E:\n    pass\n",
    "try:\n    pass\nfinally x:\n    pass\n",
    "for a in b:\n    pass\nelse x\n",
    "while x y:\n    pass\n",
    # Characters CPython refuses outside strings: pasted quotes, math signs, a no-break space.
    "print(\u201chello\u201d, \u0438\u043c\u044f)\n",
    "print(\u2018hi\u2019)\n",
    "x = 5 \u00d7 3\n",
    "x = a\u2013b\n",
    "y = x\u00b2\n",
    "y = \U0001F600\n",
    "x = 1\u00a0+ 2\n",
    "\u00a0x = 1\n",
    "x = = 1\ny = \u201ca\u201d\n",
    "f(a b)\ny = \u201cq\u201d\n",
    "s = \"\u201c\"\n# \u201c\nx = (\n",
    # Errors inside an f-string's replacement field.
    "print(f\"value: {value +}\")\n",
    "x = f\"{a b}\"\n",
    "x = f\"{ a +}\"\n",
    "x = rf\"{a +}\"\n",
    "x = f\"{a:{b +}}\"\n",
    "x = f\"{a}{b +}\"\n",
    "x = f\"\"\"\n{a +}\"\"\"\n",
    "x = f\"{a = }\" + f\"{b + = }\"\n",
    "print(f\"{a +}\", x y)\n",
    "print(x y, f\"{a +}\")\n",
    "x = = 1\ny = f\"{a +}\"\n",
    "f\"{a +}\"\nreturn 1\n",
    "return 1\nf\"{a +}\"\n",
    "print(f\"acc: {}\", acc)\n",
    "x = f\"a {} b {x}\"\n",
    "x = f\"{ }\"\n",
    "x = f\"{a:}\" + f\"{}\"\n",
    "x = f\"{!r}\"\n",
    "x = f\"{=}\"\n",
    "x = f\"{:x}\"\n",
    # Parameter order and unparenthesized generator arguments.
    "def init(n_in=3, n_out):\n    pass\n",
    "def f(a=1, /, b):\n    pass\n",
    "lambda a=1, b: 0\n",
    "np.sum(x * 2 for x in range(3), 0)\n",
    "f(0, x for x in y)\n",
    "f(x for x in y, )\n",
]


def main() -> None:
    out = []
    for source in SNIPPETS:
        try:
            compile(source, "<string>", "exec")
        except SyntaxError as e:
            case = {"source": source, "type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset}
            # An f-string field's error: CPython shows the field's text, not the source line.
            if e.text is not None and e.text.rstrip("\n") not in source.splitlines():
                case["text"] = e.text.rstrip("\n")
            out.append(case)
        else:
            raise SystemExit(f"snippet compiles: {source!r}")
    target = pathlib.Path(__file__).resolve().parents[2] / "test/python/golden/syntax_errors.json"
    meta = {"generator": "scripts/golden/python_syntax_errors.py", "python": sys.version.split()[0]}
    target.write_text(json.dumps({"meta": meta, "cases": out}, indent=0) + "\n")


if __name__ == "__main__":
    main()
