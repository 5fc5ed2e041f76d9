// What the CLI subcommands share: the output sink they write to (so tests can capture it) and
// the exit codes of the command-line contract.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes of `shapewise check` and friends (README, "Command line"). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A Python file read from disk, decoded. `path` is as the user gave it (or found under a directory). */
export interface SourceFile {
  path: string;
  source: string;
}
