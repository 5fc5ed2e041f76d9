// `shapewise check`: runs the static shape analysis on each file and prints its diagnostics as
// text (ruff-like `file:line:col: severity[code] message`), JSON (the README's contract) or
// SARIF 2.1.0. Also owns the import resolver the CLI hands to the analysis: sibling modules of
// the checked file, among the given files first, then on disk. Exit 1 if any error, else 0.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze, DIAGNOSTIC_CODES, type Diagnostic } from '../analysis/index';
import { EXIT_FINDINGS, EXIT_OK, type CliIO, type SourceFile } from './io';

export interface CheckRecord {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information';
  code: string;
  message: string;
}

/** Resolves `import utils` / `from pkg.mod import f` next to `filePath` (given files first, then disk). */
export function moduleResolverFor(filePath: string, given: SourceFile[]): (name: string) => string | undefined {
  const dir = path.dirname(path.resolve(filePath));
  const byPath = new Map(given.map((f) => [path.resolve(f.path), f.source]));
  return (name: string) => {
    const rel = name.split('.').join(path.sep);
    for (const candidate of [path.join(dir, `${rel}.py`), path.join(dir, rel, '__init__.py')]) {
      const g = byPath.get(candidate);
      if (g !== undefined) return g;
      try {
        if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
}

export function moduleNameOf(filePath: string): string {
  return path.basename(filePath).replace(/\.py$/, '');
}

export function checkRecords(file: SourceFile, all: SourceFile[] = [file]): { records: CheckRecord[]; diagnostics: Diagnostic[] } {
  const a = analyze(file.source, { resolveModule: moduleResolverFor(file.path, all), moduleName: moduleNameOf(file.path) });
  const records = a.diagnostics.map((d): CheckRecord => ({
    file: file.path,
    line: d.range.line,
    column: d.range.column + 1,
    endLine: d.range.endLine,
    endColumn: d.range.endColumn + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
  return { records, diagnostics: a.diagnostics };
}

/** SARIF wants a URI reference: a relative path with each segment percent-encoded, or a file: URI. */
export function sarifUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).join('/').split('/').map((segment) => encodeURIComponent(segment)).join('/');
}

function sarif(records: CheckRecord[]): object {
  const codes = Object.keys(DIAGNOSTIC_CODES) as (keyof typeof DIAGNOSTIC_CODES)[];
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'shapewise',
          informationUri: 'https://github.com/shapewise/shapewise',
          rules: codes.map((c) => ({
            id: c,
            shortDescription: { text: DIAGNOSTIC_CODES[c].title },
            helpUri: `https://github.com/shapewise/shapewise/blob/main/docs/diagnostics/${c}.md`,
            defaultConfiguration: { level: DIAGNOSTIC_CODES[c].severity as string === 'information' ? 'note' : DIAGNOSTIC_CODES[c].severity },
          })),
        },
      },
      results: records.map((r) => ({
        ruleId: r.code,
        ruleIndex: codes.indexOf(r.code as keyof typeof DIAGNOSTIC_CODES),
        level: r.severity === 'information' ? 'note' : r.severity,
        message: { text: r.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: sarifUri(r.file) },
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
          },
        }],
      })),
    }],
  };
}

export function checkFiles(files: SourceFile[], format: 'text' | 'json' | 'sarif', io: CliIO): number {
  const all: CheckRecord[] = [];
  let text = '';
  for (const f of files) {
    const { records, diagnostics } = checkRecords(f, files);
    all.push(...records);
    if (format === 'text') {
      records.forEach((r, i) => {
        text += `${r.file}:${r.line}:${r.column}: ${r.severity}[${r.code}] ${r.message.trimEnd()}\n`;
        const ex = diagnostics[i].explanation;
        if (ex) text += `  = ${ex}\n`;
      });
    }
  }
  const errors = all.filter((r) => r.severity === 'error').length;
  if (format === 'json') io.stdout(JSON.stringify(all) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(sarif(all), null, 2) + '\n');
  else {
    const warnings = all.filter((r) => r.severity === 'warning').length;
    text += all.length === 0
      ? `No shape problems found in ${files.length} file${files.length === 1 ? '' : 's'}.\n`
      : `Found ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}.\n`;
    io.stdout(text);
  }
  return errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
