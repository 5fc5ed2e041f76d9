// The one error type the random module throws: it carries the Python exception class name
// (ValueError, TypeError, IndexError, OverflowError) and NumPy's / CPython's exact message, so
// the interpreter can re-raise it as the matching Python exception.
export type PyErrorType = 'ValueError' | 'TypeError' | 'IndexError' | 'OverflowError';

export class RandomError extends Error {
  constructor(readonly pyType: PyErrorType, message: string) {
    super(message);
    this.name = pyType;
  }
}
