// `shapewise shapes`: the inferred shape and dtype of every simple-name assignment target at
// module level (tuple unpacking included), as JSON records {"line","name","shape","dtype"} or
// as aligned text lines.
import { analyze } from '../analysis/index';
import { moduleResolverFor, moduleNameOf } from './check';
import { EXIT_OK, type CliIO } from './io';

export interface ShapeRecord {
  line: number;
  name: string;
  shape: (number | string)[] | null;
  dtype: string | null;
}

export function shapeRecords(filePath: string, source: string): { records: ShapeRecord[]; texts: string[] } {
  const a = analyze(source, { resolveModule: moduleResolverFor(filePath, []), moduleName: moduleNameOf(filePath) });
  return {
    records: a.topLevelShapes.map((t) => ({ line: t.line, name: t.name, shape: t.shape, dtype: t.dtype })),
    texts: a.topLevelShapes.map((t) => t.text),
  };
}

export function shapesOfFile(filePath: string, source: string, format: 'text' | 'json', io: CliIO): number {
  const { records, texts } = shapeRecords(filePath, source);
  if (format === 'json') {
    io.stdout(JSON.stringify(records) + '\n');
    return EXIT_OK;
  }
  const width = Math.max(0, ...records.map((r) => `${r.line}: ${r.name}`.length));
  io.stdout(records.map((r, i) => `${`${r.line}: ${r.name}`.padEnd(width)}  ${texts[i]}`).join('\n') + (records.length ? '\n' : ''));
  return EXIT_OK;
}
