// Unit tests of parse(): tree shapes, ctx, literals, ranges and the never-throw guarantee on
// hand-picked cases. Node-by-node agreement with CPython is in golden.test.ts.
import { strict as assert } from 'node:assert';
import { parse, type Expr, type Stmt } from '../../src/python/index';

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

  it('keeps ints exact as bigint', () => {
    const e = expr('123456789012345678901234567890\n');
    assert.deepEqual(e.kind === 'Constant' && e.value, { type: 'int', value: 123456789012345678901234567890n });
  });

  it('never throws on absurd nesting', () => {
    const result = parse('x = ' + '('.repeat(5000) + ')'.repeat(5000) + '\n');
    assert.ok(result.errors.length > 0);
  });
});
