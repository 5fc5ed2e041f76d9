// The single source of NumPy's shape and dtype rules (NumPy 2.4.6), shared by the engine (which
// asks before it allocates) and the static analyzer (which asks with symbolic shapes), so the
// two can never disagree. Every function is pure and never throws: it returns a RuleResult,
// `{ ok: true, value }` or `{ ok: false, error: { type, message } }` with NumPy's exact text.
//
// Shapes are arrays of Dim: numbers, symbolic polynomials (`n`, `n-1`, `C*H*W`) or unknown.
// Symbols stand for nonnegative integers; slicing a symbolic axis assumes the bounds lie inside
// it (`x[1:]` on n is n-1). An error result promises NumPy raises for every value of the
// symbols; otherwise the result may hold symbolic or unknown dims. Concrete shapes get exact
// results (tested against NumPy: test/numpy/golden, scripts/golden/numpy_rules.py).
//
// Map of the API (file: main entry points)
//   errors     RuleResult, NumpyError, ok, fail, formatNumpyError, memoryError, sizeToString
//   dims       Dim/Shape, symDim, unknownDim, dimEq/dimCanBe/dimLess (three-valued), dimAdd/
//              dimSub/dimMul/dimFloorDiv/dimCeilDiv/dimProduct, substituteDim, shapeToString
//              (Python repr), shapeToNumpyString (message form), remappedShapeToString
//   dtypes     DType, dtypeInfo, parseDType, canCast, promoteTypes, promoteSequence,
//              resultType (NEP 50 weak scalars via weakScalar), checkPythonIntFits
//   ufuncs     resolveUfunc (loop + dtypes), ufuncCall (dtype + broadcast + out= checks),
//              ufuncResultDType, checkUfuncOutputCast, binaryOperatorUfunc, reductionDType
//   broadcast  broadcastOperands (ufunc message), broadcastShapes (np.broadcast_shapes),
//              broadcastTo, broadcastToOutput (out=/in-place), broadcastDim, broadcastAlignment
//   reduce     reduction (shape+dtype of sum/mean/argmax/cumsum/...), reduceShape,
//              normalizeAxisIndex, normalizeAxisTuple (Python wording), normalizeMultiAxis (C)
//   matmul     matmulShape, dotShape, innerShape, outerShape, vdotShape, tensordotShape,
//              productDType, gufunc helpers
//   linalg     invShape, detShape, solveShape, pinvShape, eigvalsShape, eigShapes, svdShapes, qrShapes,
//              matrixPowerShape, matrixRankShape, normResult, linalgDType, linalgCommonDType
//   reshape    reshapeShape, ravelShape
//   transpose  transposeShape, swapaxesShape, moveaxisShape, squeezeShape/squeezeAxes,
//              expandDimsShape, flipShape
//   concat     concatenateShape, stackShape, vstack/hstack/dstack/columnStackShape,
//              splitShapes, arraySplitShapes, joinDType
//   indexing   indexResult/indexShape (basic, advanced, boolean, mixed), setitemShape, sliceLength
//   einsum     einsumPlan, einsumShape
//   misc       whereResult, clipResult, tileShape, repeatShape, diagShape, crossShape, kronShape,
//              diffShape, takeShape, appendShape, sameShapeAlongAxis (sort/argsort/roll),
//              functionDType, arangeResult, astypeCheck, creationShape, checkAllocation, unpackCheck
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
