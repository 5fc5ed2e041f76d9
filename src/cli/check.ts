// `shapewise check`: interim version until the analysis lands (owned by the analysis work).
// It reports that shape checking is not available yet instead of pretending the files are clean.
import { EXIT_USAGE, type CliIO, type SourceFile } from './io';

export function checkFiles(_files: SourceFile[], _format: 'text' | 'json' | 'sarif', io: CliIO): number {
  io.stderr('shapewise: check is not available in this build yet\n');
  return EXIT_USAGE;
}
