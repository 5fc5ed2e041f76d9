// Unit tests of parse() and the helpers index.ts exports: results CPython's ast cannot
// check (comments, line starts, our f-string part ranges, the never-throw guarantee, walk,
// positions). Node-by-node agreement with CPython is in golden.test.ts.
import { strict as assert } from 'node:assert';
import { parse, positionAt, textOf, walk, children, nodesAt, computeLineStarts, offsetAt, type Expr, type Node, type Stmt } from '../../src/python/index';

function stmt(source: string, index = 0): Stmt {
  const result = parse(source);
  assert.deepEqual(result.errors, [], `unexpected errors for ${JSON.stringify(source)}`);
  return result.module.body[index];
}

function expr(source: string): Expr {
  const s = stmt(source);
  assert.equal(s.kind, 'Expr');
  return (s as Extract<Stmt, { kind: 'Expr' }>).value;
}

describe('python/parse', () => {
  it('parses an assignment of a call', () => {
    const s = stmt('x = np.sum(X, axis=0)\n');
    assert.equal(s.kind, 'Assign');
    if (s.kind !== 'Assign') return;
    assert.equal(s.targets[0].kind, 'Name');
    assert.equal(s.value.kind, 'Call');
  });

  it('keeps ints exact as bigint and literals as written', () => {
    const e = expr('123456789012345678901234567890\n');
    assert.deepEqual(e.kind === 'Constant' && e.value, { type: 'int', value: 123456789012345678901234567890n });
    const f = expr('1_0.5e-3\n');
    assert.equal(f.kind === 'Constant' && f.raw, '1_0.5e-3');
  });

  it('reads bytes literals as bytes', () => {
    const e = expr("b'\\x00\\xffa'\n");
    assert.deepEqual(e.kind === 'Constant' && e.value, { type: 'bytes', value: new Uint8Array([0, 255, 97]) });
  });

  it('keeps \\N{...} escapes outside the bundled name table as written', () => {
    const e = expr("'\\N{SNAKE}'\n");
    assert.deepEqual(e.kind === 'Constant' && e.value, { type: 'str', value: '\\N{SNAKE}' });
  });

  it('normalises CRLF inside triple-quoted strings as CPython does', () => {
    const e = expr('"""a\r\nb"""\r\n');
    assert.deepEqual(e.kind === 'Constant' && e.value, { type: 'str', value: 'a\nb' });
  });

  it('gives f-string parts their own ranges (CPython 3.12 style)', () => {
    const source = "f'ab{x!r:>{w}}c'\n";
    const e = expr(source);
    assert.equal(e.kind, 'JoinedStr');
    if (e.kind !== 'JoinedStr') return;
    assert.deepEqual(e.values.map((v) => textOf(source, v)), ['ab', '{x!r:>{w}}', 'c']);
    const field = e.values[1];
    assert.equal(field.kind === 'FormattedValue' && field.format_spec && textOf(source, field.format_spec), '>{w}');
  });

  it('parses newer syntax: type aliases, type parameters, PEP 701 f-strings', () => {
    const alias = stmt('type Vec[T] = list[T]\n');
    assert.equal(alias.kind, 'TypeAlias');
    assert.equal(stmt('def f[T](x: T) -> T: ...\n').kind, 'FunctionDef');
    const e = expr('f"{x["a"]:{"<"}10}"\n');
    assert.equal(e.kind === 'JoinedStr' && e.values[0].kind === 'FormattedValue' && e.values[0].value.kind, 'Subscript');
  });

  it('collects comments with their ranges', () => {
    const source = 'x = 1  # shape: (3, 4)\n# alone\ny = [\n  1,  # inside brackets\n]\n';
    const result = parse(source);
    assert.deepEqual(result.comments.map((c) => [c.text, textOf(source, c.range), c.range.line]), [
      [' shape: (3, 4)', '# shape: (3, 4)', 1],
      [' alone', '# alone', 2],
      [' inside brackets', '# inside brackets', 4],
    ]);
  });

  it('computes line starts for LF, CRLF and CR line ends', () => {
    assert.deepEqual(parse('a\nb\r\nc\rd').lineStarts, [0, 2, 5, 7]);
    assert.deepEqual(computeLineStarts(''), [0]);
  });

  it('converts offsets to lines and UTF-16 columns and back', () => {
    const source = "s = '\u{1F600}'; t = 1\n";
    const lines = computeLineStarts(source);
    const t = stmt(source, 1);
    assert.deepEqual(positionAt(lines, t.range.start), { line: 1, column: 10 });
    assert.equal(offsetAt(lines, 1, 10), t.range.start);
    assert.equal(textOf(source, t), 't = 1');
  });

  it('sets ctx from the position of an expression', () => {
    const s = stmt('a, *b[i] = c.d\n');
    if (s.kind !== 'Assign' || s.targets[0].kind !== 'Tuple') throw new Error('expected a tuple target');
    const [first, star] = s.targets[0].elts;
    assert.equal(first.kind === 'Name' && first.ctx, 'Store');
    assert.equal(star.kind === 'Starred' && star.ctx, 'Store');
    assert.equal(star.kind === 'Starred' && star.value.kind === 'Subscript' && star.value.ctx, 'Store');
    assert.equal(s.value.kind === 'Attribute' && s.value.ctx, 'Load');
    const d = stmt('del a.b\n');
    assert.equal(d.kind === 'Delete' && d.targets[0].kind === 'Attribute' && d.targets[0].ctx, 'Del');
  });

  it('never throws on absurd nesting', () => {
    for (const source of ['x = ' + '('.repeat(5000) + ')'.repeat(5000) + '\n', 'x = ' + '['.repeat(100000), '-'.repeat(100000) + 'x\n']) {
      const result = parse(source);
      assert.ok(result.errors.length > 0);
    }
  });

  it('blanks out nesting deeper than CPython allows and keeps the statements after it', () => {
    const result = parse('x = ' + 'f('.repeat(1000) + ')'.repeat(1000) + '\ny = 2\n');
    assert.deepEqual(result.module.body.map((s) => s.kind), ['Assign', 'Assign']);
    assert.ok(result.errors.some((e) => e.message === 'too many nested parentheses' && e.range.line === 1));
  });

  it('never throws on junk', () => {
    for (const source of ['\0\0\0', ')))]]]}}}', '"""', "f'{", "f'{x!", "f'{x:{", 'def', '@', 'lambda', 'match x:\n case', '\\', 'x = 1 +\\']) {
      const result = parse(source);
      assert.ok(Array.isArray(result.module.body));
    }
  });
});

describe('python/walk', () => {
  it('visits every node in source order, with parents', () => {
    const source = 'def f(a=1):\n    return g(a)[0]\n';
    const kinds: string[] = [];
    const parents = new Map<Node, Node | null>();
    walk(parse(source).module, (node, parent) => {
      kinds.push(node.kind);
      parents.set(node, parent);
    });
    assert.deepEqual(kinds, ['Module', 'FunctionDef', 'arguments', 'arg', 'Constant', 'Return', 'Subscript', 'Call', 'Name', 'Name', 'Constant']);
  });

  it('skips children when enter returns false and still calls leave', () => {
    const seen: string[] = [];
    walk(parse('x = f(y)\n').module, {
      enter: (node) => {
        seen.push('>' + node.kind);
        return node.kind !== 'Call';
      },
      leave: (node) => {
        seen.push('<' + node.kind);
      },
    });
    assert.deepEqual(seen, ['>Module', '>Assign', '>Name', '<Name', '>Call', '<Call', '<Assign', '<Module']);
  });

  it('finds the nodes under an offset, innermost last', () => {
    const source = 'y = np.sum(x, axis=0)\n';
    const module = parse(source).module;
    assert.deepEqual(nodesAt(module, source.indexOf('sum') + 1).map((n) => n.kind), ['Module', 'Assign', 'Call', 'Attribute']);
    assert.deepEqual(nodesAt(module, source.indexOf('x,')).map((n) => n.kind), ['Module', 'Assign', 'Call', 'Name']);
    assert.deepEqual(nodesAt(module, source.indexOf('0')).map((n) => n.kind), ['Module', 'Assign', 'Call', 'keyword', 'Constant']);
  });

  it('pairs Dict keys with values, skipping ** entries', () => {
    const e = expr('{1: 2, **d}\n');
    assert.deepEqual(children(e).map((n) => n.kind), ['Constant', 'Constant', 'Name']);
  });
});
