// `shapewise shapes`: interim version until the analysis lands (owned by the analysis work).
import { EXIT_USAGE, type CliIO } from './io';

export function shapesOfFile(_path: string, _source: string, _format: 'text' | 'json', io: CliIO): number {
  io.stderr('shapewise: shapes is not available in this build yet\n');
  return EXIT_USAGE;
}
