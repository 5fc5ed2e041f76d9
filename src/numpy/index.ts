// The single source of NumPy's shape and dtype rules (NumPy 2.4.6), shared by the engine (which
// asks before it allocates) and the static analyzer (which asks with symbolic shapes), so the
// two can never disagree. Every function is pure and never throws: it returns a RuleResult,
// `{ ok: true, value }` or `{ ok: false, error: { type, message } }` with NumPy's exact text.
// Shapes are arrays of Dim: numbers, symbolic polynomials (`n`, `n-1`, `C*H*W`) or unknown;
// an error result promises NumPy raises for every value of the symbols.
//
// Topic files: errors (result type, messages) · dims (symbolic dim algebra) · dtypes
// (casting, promotion, NEP 50) · ufuncs (loop resolution, reductions' dtypes) · broadcast ·
// reduce (axes) · matmul (dot/inner/outer/tensordot) · linalg · reshape · transpose (axes
// permutations, squeeze, expand_dims) · concat (join/split) · indexing · einsum · misc
// (where, clip, tile, repeat, diag, creation).
export * from './errors';
export * from './dims';
export * from './dtypes';
export * from './ufuncs';
export * from './broadcast';
export * from './reduce';
export * from './matmul';
export * from './linalg';
export * from './reshape';
export * from './transpose';
export * from './concat';
export * from './indexing';
export * from './einsum';
export * from './misc';
