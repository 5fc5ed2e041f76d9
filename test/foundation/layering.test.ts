// Enforces the dependency rules of ARCHITECTURE.md: which folder under src/ may import which,
// and that only the editor-facing folders know VS Code or LSP, and only src/python knows the
// parser package. The rule table is the single statement of those invariants.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../../src');

/** For each folder of src/, the src/ folders it may import from (itself always allowed). */
export const ALLOWED: Record<string, string[]> = {
  protocol: [],
  python: [],
  numpy: [],
  engine: ['numpy'],
  analysis: ['python', 'numpy'],
  interpreter: ['python', 'numpy', 'engine'],
  server: ['protocol', 'python', 'numpy', 'analysis', 'interpreter', 'engine'],
  client: ['protocol'],
  webview: ['protocol'],
  cli: ['python', 'numpy', 'analysis', 'interpreter', 'engine', 'server'],
};

/** Packages only some folders may import. */
const RESTRICTED_PACKAGES: [RegExp, string[]][] = [
  [/^vscode$/, ['client']],
  [/^vscode-languageclient(\/|$)/, ['client']],
  [/^vscode-languageserver(-textdocument|-protocol)?(\/|$)/, ['server']],
  [/^@zzzen\/pyright-internal(\/|$)/, ['python']],
];

/** Folders that must stay free of I/O so they run in Node and in a browser worker alike. */
const PURE = ['protocol', 'python', 'numpy', 'engine', 'analysis', 'interpreter'];
const NODE_BUILTINS = /^(node:)?(fs|child_process|net|http|https|os|worker_threads|dgram|cluster|tls|process)(\/|$)/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|[^\w.$])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.$])import\s*['"]([^'"]+)['"]|(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

/** Returns the violations of the rules for one file (path relative to src/). */
export function violations(relFile: string, source: string): string[] {
  const folder = relFile.split(/[\\/]/)[0];
  const allowed = ALLOWED[folder];
  const found: string[] = [];
  if (!allowed) return [`${relFile}: folder src/${folder} is not in the layering table`];
  for (const spec of importsOf(source)) {
    if (spec.startsWith('.')) {
      // The manifest is data (name, version), readable by the entry points that report them.
      if (/(^|\/)package\.json$/.test(spec) && ['cli', 'server', 'client'].includes(folder)) continue;
      const target = path.normalize(path.join(path.dirname(relFile), spec)).split(/[\\/]/)[0];
      if (target === '..' || (target !== folder && !allowed.includes(target))) {
        found.push(`${relFile}: src/${folder} may not import src/${target} (${spec})`);
      }
      continue;
    }
    for (const [pkg, folders] of RESTRICTED_PACKAGES) {
      if (pkg.test(spec) && !folders.includes(folder)) found.push(`${relFile}: src/${folder} may not import ${spec}`);
    }
    if (PURE.includes(folder) && NODE_BUILTINS.test(spec)) {
      found.push(`${relFile}: src/${folder} must stay free of I/O but imports ${spec}`);
    }
  }
  return found;
}

describe('layering', () => {
  it('every file under src/ follows the dependency rules', () => {
    const all = walk(SRC).flatMap((f) => violations(path.relative(SRC, f), readFileSync(f, 'utf8')));
    assert.deepEqual(all, []);
  });

  it('the rules bite: a forbidden import is reported', () => {
    assert.equal(violations('analysis/x.ts', "import { NDArray } from '../engine/ndarray';").length, 1);
    assert.equal(violations('client/x.ts', "import { analyze } from '../analysis';").length, 1);
    assert.equal(violations('numpy/x.ts', "import * as vscode from 'vscode';").length, 1);
    assert.equal(violations('server/x.ts', "import { parse } from '@zzzen/pyright-internal/dist/parser/parser';").length, 1);
    assert.equal(violations('engine/x.ts', "import fs from 'node:fs';").length, 1);
    assert.equal(violations('python/x.ts', "const p = require('../analysis/index');").length, 1);
  });

  it('the rules allow what the table allows', () => {
    assert.deepEqual(violations('engine/x.ts', "import { broadcastShapes } from '../numpy/broadcast';"), []);
    assert.deepEqual(violations('client/x.ts', "import * as vscode from 'vscode';\nimport { RunResult } from '../protocol/messages';"), []);
    assert.deepEqual(violations('python/x.ts', "import { Parser } from '@zzzen/pyright-internal/dist/parser/parser';"), []);
  });
});
