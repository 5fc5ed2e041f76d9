// The `shapewise` command line: parses arguments and dispatches to `check`, `shapes`, `run` or
// the language server (`--stdio`). It owns the contract's usage errors and exit codes (2 for bad
// usage or unreadable input); the subcommands own their output formats.
import { resolve as resolvePath } from 'node:path';
import { version } from '../../package.json';
import { checkFiles } from './check';
import { collectPythonFiles, InputError, readPythonFile } from './files';
import { EXIT_USAGE, type CliIO, type SourceFile } from './io';
import { runFile } from './run';
import { tuneHeap } from '../server/heapTuning.node';
import { shapesOfFile } from './shapes';

const USAGE = `Shapewise ${version}: NumPy shape checking and a NumPy-exact evaluator, no Python needed.

Usage:
  shapewise check [--format text|json|sarif] PATH...   report shape errors and warnings
  shapewise shapes [--format text|json] FILE.py        shapes of the top-level assignments
  shapewise run FILE.py                                run a file as python3 with NumPy would
  shapewise --stdio                                    start the language server on stdin/stdout
  shapewise --help | --version

PATH may be a directory: every *.py file under it is checked. A FILE or PATH of '-' is standard input.
run has no time limit by default, like python3; to opt in to limits set SHAPEWISE_TIMEOUT_MS
(wall-clock milliseconds) and/or SHAPEWISE_MAX_STEPS (interpreter steps) in the environment.
Exit status: 0 ok, 1 errors found (check) or an uncaught exception (run), 2 bad usage or input.
`;

class UsageError extends Error {}

interface ParsedArgs {
  format?: string;
  positional: string[];
}

function parseOptions(args: string[], allowedFormats: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg === '-f') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value: ${allowedFormats.join(', ')}`);
      parsed.format = value;
    } else if (arg.startsWith('--format=')) {
      parsed.format = arg.slice('--format='.length);
    } else if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.positional.push(arg);
    }
  }
  if (parsed.format !== undefined && !allowedFormats.includes(parsed.format)) {
    throw new UsageError(`unknown format '${parsed.format}'; expected one of: ${allowedFormats.join(', ')}`);
  }
  return parsed;
}

/** Reads every file; an undecodable one is reported and skipped so the others still get checked. */
function readAll(paths: string[], io: CliIO): { files: SourceFile[]; unreadable: number } {
  const files: SourceFile[] = [];
  let unreadable = 0;
  for (const file of collectPythonFiles(paths)) {
    try {
      files.push(readPythonFile(file));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`shapewise: ${error.message}\n`);
      unreadable++;
    }
  }
  return { files, unreadable };
}

/** Runs the CLI with the given arguments (without `node` and the script); returns the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        io.stderr(USAGE);
        return EXIT_USAGE;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      case '--version':
      case '-V':
        io.stdout(`shapewise ${version}\n`);
        return 0;
      case '--stdio':
      case 'server': {
        // Loaded lazily: the server pulls in the LSP library, which the other commands never need.
        const { startStdioServer } = await import('../server/stdio');
        startStdioServer();
        return -1; // keeps running until the client disconnects
      }
      case 'check': {
        const { format = 'text', positional } = parseOptions(rest, ['text', 'json', 'sarif']);
        if (positional.length === 0) throw new UsageError('check needs at least one file or directory');
        const { files, unreadable } = readAll(positional, io);
        const status = checkFiles(files, format as 'text' | 'json' | 'sarif', io);
        return unreadable > 0 ? EXIT_USAGE : status; // unreadable input wins: the check is incomplete
      }
      case 'shapes': {
        const { format = 'text', positional } = parseOptions(rest, ['text', 'json']);
        if (positional.length !== 1) throw new UsageError('shapes needs exactly one file');
        const file = readPythonFile(positional[0]);
        return shapesOfFile(file.path, file.source, format as 'text' | 'json', io);
      }
      case 'run': {
        const { positional } = parseOptions(rest, []);
        if (positional.length !== 1) throw new UsageError('run needs exactly one file');
        const file = readPythonFile(positional[0]);
        // python3 (3.9+) names the script by its absolute path in tracebacks and warnings.
        const shown = file.path === '<stdin>' ? file.path : resolvePath(file.path);
        return await runFile(shown, file.source, io);
      }
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`shapewise: ${error.message}\nRun 'shapewise --help' for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof InputError) {
      io.stderr(`shapewise: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

/** Runs the CLI on this process's arguments and streams (used by bin/shapewise). */
export function runCli(): void {
  tuneHeap();
  // `shapewise run big.py | head` closes the pipe early: stop quietly instead of an EPIPE stack trace.
  const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  };
  process.stdout.on('error', quietOnClosedPipe);
  process.stderr.on('error', quietOnClosedPipe);
  const io: CliIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  main(process.argv.slice(2), io).then(
    (status) => {
      // Let pending writes to a pipe drain before exiting.
      if (status >= 0) process.exitCode = status;
    },
    (error) => {
      process.stderr.write(`shapewise: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

// Started directly as `node dist/cli/shapewise.js` rather than through bin/shapewise or a test.
if (require.main === module) runCli();
