// The symbolic dimension algebra of src/numpy/dims.ts: canonical display, three-valued
// comparisons that are definite only when provable, arithmetic and substitution.
import { strict as assert } from 'node:assert';
import {
  dimAdd, dimCanBe, dimCeilDiv, dimEq, dimFloorDiv, dimLess, dimMul, dimProduct, dimSub, dimToString,
  remappedShapeToString, shapeEq, shapeToNumpyString, shapeToString, substituteDim, symDim, unknownDim,
} from '../../src/numpy';

const n = symDim('n'), m = symDim('m'), d = symDim('d');
const C = symDim('C'), H = symDim('H'), W = symDim('W');

describe('numpy dims: display', () => {
  it('products print in canonical order', () => assert.equal(dimToString(dimProduct([W, C, H])), 'C*H*W'));
  it('affine expressions print like Python', () => {
    assert.equal(dimToString(dimSub(n, 1)), 'n-1');
    assert.equal(dimToString(dimMul(2, d)), '2*d');
    assert.equal(dimToString(dimAdd(n, m)), 'm+n');
    assert.equal(dimToString(dimSub(1, n)), '-n+1');
  });
  it('cancelling terms give back a number', () => assert.equal(dimSub(dimAdd(n, 3), n), 3));
  it('unknown prints as ?', () => assert.equal(dimToString(unknownDim()), '?'));
  it('shapes print as Python tuples and as NumPy message shapes', () => {
    assert.equal(shapeToString([n, 3]), '(n, 3)');
    assert.equal(shapeToString([3]), '(3,)');
    assert.equal(shapeToNumpyString([n, 3]), '(n,3)');
    assert.equal(shapeToNumpyString([]), '()');
  });
  it('remapped shapes drop leading newaxis and keep the comma only for one entry', () => {
    assert.equal(remappedShapeToString(['newaxis', 2]), '(2)');
    assert.equal(remappedShapeToString([4]), '(4,)');
    assert.equal(remappedShapeToString(['newaxis', 'newaxis']), '()');
    assert.equal(remappedShapeToString([2, 'newaxis', 'newaxis']), '(2,newaxis,newaxis)');
  });
});

describe('numpy dims: three-valued facts', () => {
  it('equal expressions are provably equal', () => assert.equal(dimEq(dimMul(2, n), dimAdd(n, n)), true));
  it('n and n-1 provably differ', () => assert.equal(dimEq(n, dimSub(n, 1)), false));
  it('n and m are undecided', () => assert.equal(dimEq(n, m), undefined));
  it('an unknown equals only itself', () => {
    const u = unknownDim();
    assert.equal(dimEq(u, u), true);
    assert.equal(dimEq(u, unknownDim()), undefined);
    assert.equal(dimEq(u, 3), undefined);
  });
  it('2*d can never be odd', () => {
    assert.equal(dimCanBe(dimMul(2, d), 1), false);
    assert.equal(dimCanBe(dimMul(2, d), 3), false);
    assert.equal(dimCanBe(dimMul(2, d), 4), true);
  });
  it('n+2 can never be 1 (symbols are nonnegative)', () => assert.equal(dimCanBe(dimAdd(n, 2), 1), false));
  it('a bare symbol can be anything', () => assert.equal(dimCanBe(n, 1), true));
  it('orderings are proven only when they hold for every value', () => {
    assert.equal(dimLess(n, dimAdd(n, 1)), true);
    assert.equal(dimLess(dimAdd(n, 1), n), false);
    assert.equal(dimLess(n, m), undefined);
  });
  it('shapeEq is false on the first provable difference', () => {
    assert.equal(shapeEq([n, 3], [n, 3]), true);
    assert.equal(shapeEq([n, 3], [m, 4]), false);
    assert.equal(shapeEq([n, 3], [m, 3]), undefined);
  });
});

describe('numpy dims: division and substitution', () => {
  it('exact division simplifies', () => {
    assert.equal(dimToString(dimFloorDiv(dimMul(6, n), 3)), '2*n');
    assert.equal(dimToString(dimFloorDiv(dimProduct([C, H, W]), C)), 'H*W');
  });
  it('inexact division is an opaque, stable symbol', () => {
    const a = dimFloorDiv(n, 2), b = dimFloorDiv(n, 2);
    assert.equal(dimToString(a), 'n//2');
    assert.equal(dimEq(a, b), true);
    assert.equal(dimToString(dimFloorDiv(dimSub(n, 1), 2)), '(n-1)//2');
  });
  it('ceil division of a multiple is exact', () => assert.equal(dimToString(dimCeilDiv(dimMul(4, n), 2)), '2*n'));
  it('concrete floor and ceil follow Python', () => {
    assert.equal(dimFloorDiv(-7, 2), -4);
    assert.equal(dimCeilDiv(7, 2), 4);
  });
  it('substitution evaluates polynomials', () => {
    assert.equal(substituteDim(dimAdd(dimMul(n, m), 1), { n: 3, m: 4 }), 13);
    assert.equal(dimToString(substituteDim(dimAdd(n, m), { n: 2 })), 'm+2');
  });
});
