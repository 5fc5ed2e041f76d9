// `shapewise run`: interim version until the interpreter lands (owned by the interpreter work).
import { EXIT_USAGE, type CliIO } from './io';

export async function runFile(_path: string, _source: string, io: CliIO): Promise<number> {
  io.stderr('shapewise: run is not available in this build yet: the evaluator is still being built\n');
  return EXIT_USAGE;
}
