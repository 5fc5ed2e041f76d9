// Our restatement of pyright's const enums (src/python/pyrightKinds.ts) must match the
// installed package's declarations, or every translation would silently misfire after a
// parser upgrade. Reads the enums out of the package's .d.ts files.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARG, ERR, KW, OP, PARAM, PN, STR, TT } from '../../src/python/pyrightKinds';

const DIST = path.resolve(__dirname, '../../node_modules/@zzzen/pyright-internal/dist/parser');

function declaredEnum(file: string, name: string): Record<string, number> {
  const text = readFileSync(path.join(DIST, file), 'utf8');
  const match = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(text);
  assert.ok(match, `enum ${name} not found in ${file}`);
  const values: Record<string, number> = {};
  for (const m of match[1].matchAll(/(\w+) = (\d+)/g)) values[m[1]] = Number(m[2]);
  return values;
}

function assertSubset(ours: Record<string, number>, file: string, name: string): void {
  const theirs = declaredEnum(file, name);
  for (const [key, value] of Object.entries(ours)) assert.equal(theirs[key], value, `${name}.${key}`);
}

describe('python/pyrightKinds: restated enums match the installed pyright', () => {
  it('ParseNodeType', () => assertSubset(PN, 'parseNodes.d.ts', 'ParseNodeType'));
  it('TokenType', () => assertSubset(TT, 'tokenizerTypes.d.ts', 'TokenType'));
  it('OperatorType', () => assertSubset(OP, 'tokenizerTypes.d.ts', 'OperatorType'));
  it('KeywordType', () => assertSubset(KW, 'tokenizerTypes.d.ts', 'KeywordType'));
  it('StringTokenFlags', () => assertSubset(STR, 'tokenizerTypes.d.ts', 'StringTokenFlags'));
  it('ParamCategory', () => assertSubset(PARAM, 'parseNodes.d.ts', 'ParamCategory'));
  it('ArgCategory', () => assertSubset(ARG, 'parseNodes.d.ts', 'ArgCategory'));
  it('ErrorExpressionCategory', () => assertSubset(ERR, 'parseNodes.d.ts', 'ErrorExpressionCategory'));
});
