// The Python front end's public surface: everything other layers may use. Parsing
// (`parse`), the tree types (ast.ts), walking the tree, and offset/line arithmetic.
// Nothing outside src/python sees the parser package behind it.
export type * from './ast';
export { parse } from './parse';
export { parseFast } from './fastParse';
export { walk, children, nodesAt, CHILD_FIELDS, type Visitor } from './walk';
export { computeLineStarts, lineIndexAt, offsetAt, positionAt, rangeFromOffsets, textOf } from './positions';
