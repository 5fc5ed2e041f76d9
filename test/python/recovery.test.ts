// Error recovery on half-typed code: a broken line must not swallow the statements after it.
// Each row: the source, the statements we expect (kinds in a compact notation), and the
// syntax errors as "line:col message". Valid code is never rewritten by the repair.
import { strict as assert } from 'node:assert';
import { parse, type Node, type Stmt } from '../../src/python/index';

/** Compact statement notation: Assign(x=Call), Expr(Call), FunctionDef{Return}. */
function show(s: Stmt): string {
  let out: string = s.kind;
  if (s.kind === 'Assign') out += `(${s.targets.map((t) => (t.kind === 'Name' ? t.id : t.kind)).join(',')}=${s.value.kind})`;
  if (s.kind === 'Expr') out += `(${s.value.kind})`;
  if ('body' in s && Array.isArray(s.body)) out += `{${(s.body as Stmt[]).map(show).join(';')}}`;
  return out;
}

function check(source: string, statements: string, errors: string[]): void {
  const result = parse(source);
  assert.equal(result.module.body.map(show).join(' | '), statements, JSON.stringify(source));
  assert.deepEqual(result.errors.map((e) => `${e.range.line}:${e.range.column} ${e.message}`), errors, JSON.stringify(source));
}

describe('python/recovery: later statements survive broken lines', () => {
  it('unclosed call with a missing keyword value', () =>
    check('x = np.sum(X, axis=\ny = 2\n', 'Assign(x=Call) | Assign(y=Constant)', ["1:10 '(' was never closed", '1:19 invalid syntax']));
  it('auto-closed call with a missing keyword value (no bogus unclosed report)', () =>
    check('x = np.sum(X, axis=)\ny = 1\n', 'Assign(x=Call) | Assign(y=Constant)', ['1:19 invalid syntax']));
  it('def with an unclosed parameter list keeps its body', () =>
    check('def f(:\n    return 1\nz = 3\n', 'FunctionDef{Return} | Assign(z=Constant)', ["1:5 '(' was never closed"]));
  it('class with an unclosed base list keeps its body', () =>
    check('class C(Base:\n    def m(self):\n        pass\nq = 1\n', 'ClassDef{FunctionDef{Pass}} | Assign(q=Constant)', ["1:7 '(' was never closed"]));
  it('for header with an unclosed call', () =>
    check('for i in range(10:\n    print(i)\nw = 1\n', 'For{Expr(Call)} | Assign(w=Constant)', ["1:14 '(' was never closed"]));
  it('def with an unclosed parameter list and an indented body', () =>
    check('def f(x\n    return x\nz = 2\n', 'FunctionDef{Return} | Assign(z=Constant)', ["1:5 '(' was never closed", "1:7 expected ':'"]));
  it('method with an unclosed parameter list before the next method', () =>
    check('class A:\n    def f(self, x\n    def g(self):\n        pass\n', 'ClassDef{FunctionDef{};FunctionDef{Pass}}', ["2:9 '(' was never closed", "2:17 expected ':'"]));
  it('an assignment line is a new statement even when indented deeper', () =>
    check('def f():\n    x = g(a\n        y = 2\n    return y\n', 'FunctionDef{Assign(x=Call);Assign(y=Constant);Return}', ["2:9 '(' was never closed", '3:7 unexpected indent']));
  it('keyword arguments on continuation lines still continue the call', () =>
    check('x = f(a,\n  b=1\ny = 2\n', 'Assign(x=Call) | Assign(y=Constant)', ["1:5 '(' was never closed"]));
  it('unclosed decorator call', () =>
    check('@decorator(\ndef f():\n    pass\n', 'FunctionDef{Pass}', ["1:10 '(' was never closed"]));
  it('unclosed list', () =>
    check('a = [1, 2\nb = 3\n', 'Assign(a=List) | Assign(b=Constant)', ["1:4 '[' was never closed"]));
  it('nested unclosed brackets close together', () =>
    check('x = foo(a, [1,\ny = 2\n', 'Assign(x=Call) | Assign(y=Constant)', ["1:11 '[' was never closed"]));
  it('unclosed call as a statement', () =>
    check('np.zeros((3, 4)\nprint(x)\n', 'Expr(Call) | Expr(Call)', ["1:8 '(' was never closed"]));
  it('inside a function body, at the body indentation', () =>
    check('def g():\n    x = h(1,\n    return x\n', 'FunctionDef{Assign(x=Call);Return}', ["2:9 '(' was never closed"]));
  it('unclosed subscript', () =>
    check('y = a[1:\nz = 1\n', 'Assign(y=Subscript) | Assign(z=Constant)', ["1:5 '[' was never closed"]));
  it('unclosed parenthesized expression', () =>
    check('x = (a +\n     b\ny = 2\n', 'Assign(x=BinOp) | Assign(y=Constant)', ["1:4 '(' was never closed"]));
  it('unclosed bracket at the end of the file', () =>
    check('x = [1, 2,\n', 'Assign(x=List)', ["1:4 '[' was never closed"]));
  it('missing right-hand side', () =>
    check('x = \ny = 1\n', 'Assign(x=InvalidExpr) | Assign(y=Constant)', ['1:4 invalid syntax']));
  it('missing attribute name', () =>
    check('np.\ny = 1\n', 'InvalidStmt | Assign(y=Constant)', ['1:3 invalid syntax']));
  it('missing colon', () =>
    check('if x\n    y = 1\nz = 2\n', 'If{Assign(y=Constant)} | Assign(z=Constant)', ["1:4 expected ':'"]));
  it('unterminated string', () =>
    check("s = 'abc\nx = 1\n", 'Assign(s=Constant) | Assign(x=Constant)', ['1:4 unterminated string literal (detected at line 1)']));

  it('never rewrites valid code, even with continuation lines at column 0', () =>
    check('x = f(\na)\n', 'Assign(x=Call)', []));
  it('a missing comma inside a closed bracket is reported and later lines survive', () =>
    check('x = np.zeros((3, 4) dtype=int)\ny = 1\n', 'Assign(x=Call) | Assign(y=Constant)', ['1:13 invalid syntax. Perhaps you forgot a comma?']));
  it('repairs only the bracket that is really open', () => {
    check('x = f(\na)\ny = g(\n', 'Assign(x=Call) | Assign(y=Call)', ["3:5 '(' was never closed"]);
    const call = (parse('x = f(\na)\ny = g(\n').module.body[0] as Extract<Stmt, { kind: 'Assign' }>).value as Extract<Node, { kind: 'Call' }>;
    assert.equal(call.args.length, 1);
  });

  it('maps ranges after the repair back onto the user text', () => {
    const source = 'x = foo(a, [1,\ny = 2\n';
    const result = parse(source);
    const y = result.module.body[1] as Extract<Stmt, { kind: 'Assign' }>;
    assert.deepEqual([y.range.line, y.range.column, y.range.endLine, y.range.endColumn], [2, 0, 2, 5]);
    assert.equal(source.slice(y.range.start, y.range.end), 'y = 2');
    const x = result.module.body[0] as Extract<Stmt, { kind: 'Assign' }>;
    assert.equal(source.slice(x.range.start, x.range.end), 'x = foo(a, [1,');
  });
});
