// Reads the Python files named on the command line: expands directories into their `*.py`
// files, decodes UTF-8 (honouring a PEP 263 coding cookie for latin-1/ascii), and turns every
// way a path can be unusable into one clear line instead of a stack trace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './io';

/** Folders never searched when a directory is given: caches, VCS data, virtual environments. */
const SKIPPED_DIRS = new Set(['.git', '.hg', '.svn', '__pycache__', 'node_modules', '.venv', 'venv', '.tox', '.mypy_cache', '.pytest_cache', 'dist', 'build']);

export class InputError extends Error {}

/** Expands the paths (files or directories) into sorted Python files; throws InputError on a bad path. */
export function collectPythonFiles(paths: string[]): string[] {
  const found: string[] = [];
  for (const given of paths) {
    if (given === '-') { found.push(given); continue; } // standard input
    let stats;
    try {
      stats = statSync(given);
    } catch {
      throw new InputError(`${given}: no such file or directory`);
    }
    if (stats.isDirectory()) {
      const inDir: string[] = [];
      walkDirectory(given, inDir);
      found.push(...inDir.sort());
    } else {
      found.push(given);
    }
  }
  return found;
}

function walkDirectory(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    throw new InputError(`${dir}: cannot read directory`);
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walkDirectory(full, out);
    } else if (entry.isFile() && (entry.name.endsWith('.py') || entry.name.endsWith('.pyi'))) {
      out.push(full);
    }
  }
}

const CODING_COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Reads and decodes one Python file; throws InputError with a one-line reason when it cannot. */
export function readPythonFile(file: string): SourceFile {
  let bytes: Buffer;
  try {
    // '-' is standard input, as for python3 (tracebacks then name the file <stdin>).
    if (file === '-') return { path: '<stdin>', source: decodePythonSource('<stdin>', readFileSync(0)) };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file or directory' : 'cannot be read';
    throw new InputError(`${file}: ${reason}`);
  }
  return { path: file, source: decodePythonSource(file, bytes) };
}

/** Decodes source bytes as Python does: UTF-8 unless a coding cookie in the first two lines says otherwise. */
export function decodePythonSource(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError(`${file}: binary file (contains NUL bytes), not Python source`);
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 BOM
  const head = Buffer.from(bytes.subarray(start, Math.min(bytes.length, start + 400))).toString('latin1').split(/\r?\n|\r/).slice(0, 2);
  let encoding = 'utf-8';
  for (const line of head) {
    const m = CODING_COOKIE.exec(line);
    if (m) { encoding = m[1].toLowerCase().replace(/_/g, '-'); break; }
    if (!/^[ \t\f]*(#.*)?$/.test(line)) break; // the cookie must be on a comment-only line
  }
  const aliases: Record<string, string> = { 'utf8': 'utf-8', 'utf-8': 'utf-8', 'latin-1': 'latin1', 'latin1': 'latin1', 'iso-8859-1': 'latin1', 'iso8859-1': 'latin1', 'ascii': 'utf-8', 'us-ascii': 'utf-8', 'cp1252': 'windows-1252', 'windows-1252': 'windows-1252' };
  const label = aliases[encoding] ?? (encoding.startsWith('utf-8') ? 'utf-8' : undefined);
  if (!label) throw new InputError(`${file}: unsupported source encoding '${encoding}' (declared in a coding comment)`);
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new InputError(`${file}: not valid ${label === 'utf-8' ? 'UTF-8' : label} text; save it as UTF-8 or declare its encoding with a coding comment`);
  }
}
