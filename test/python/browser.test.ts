// The parser must run in a browser web worker: bundle src/python for the browser with the
// same Node built-in stand-ins scripts/build.mjs uses (src/python/browser-shims), then run it
// in a bare `vm` context with no Node globals (no require, process or Buffer) and parse.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
// @ts-expect-error -- a plain .mjs module shared with scripts/build.mjs, without type declarations
import { englishOnlyMessages } from '../../src/python/bundlePlugins.mjs';

const ROOT = path.resolve(__dirname, '../..');
const SHIMS = path.join(ROOT, 'src/python/browser-shims');
// The module names build.mjs maps onto shim files, when the file exists.
const SHIM_FILES: [string, string][] = [
  ['path', 'path.ts'], ['buffer', 'buffer.ts'], ['os', 'os.ts'], ['fs', 'empty.ts'], ['crypto', 'empty.ts'],
  ['util', 'util.ts'], ['url', 'url.ts'], ['child_process', 'empty.ts'], ['worker_threads', 'empty.ts'],
];

describe('python/browser: the parser bundles for a web worker', function () {
  this.timeout(120000);
  let code = '';

  before(async () => {
    const alias: Record<string, string> = {};
    for (const [mod, file] of SHIM_FILES) {
      const p = path.join(SHIMS, file);
      if (existsSync(p)) alias[mod] = p;
    }
    const out = await esbuild.build({
      stdin: {
        contents: "import { parse } from './src/python/index'; (globalThis as any).shapewiseParse = parse;",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      alias,
      plugins: [englishOnlyMessages],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    code = out.outputFiles[0].text;
  });

  it('has a shim for every Node built-in it needs and none it does not', () => {
    assert.ok(code.length > 0);
    assert.deepEqual(readdirSync(SHIMS).sort(), ['path.ts']);
  });

  it('carries English messages only', () => {
    const german = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@zzzen/pyright-internal/dist/localization/package.nls.de.json'), 'utf8'));
    const english = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@zzzen/pyright-internal/dist/localization/package.nls.en-us.json'), 'utf8'));
    const text = (entry: unknown) => (typeof entry === 'string' ? entry : (entry as { message: string }).message);
    assert.ok(code.includes(JSON.stringify(text(english.Diagnostic.expectedExpr)).slice(1, -1)));
    assert.ok(!code.includes(text(german.Diagnostic.expectedExpr)));
  });

  it('parses in a context without Node globals', () => {
    const context = vm.createContext({ console });
    assert.equal(vm.runInContext('typeof require + typeof process + typeof Buffer', context), 'undefinedundefinedundefined');
    vm.runInContext(code, context);
    context.source = "import numpy as np\nx = np.ones((2, 3))\ny = f'{x.shape!r:>10}' + 'a\\n'\nz = x[..., None] @ w # c\n";
    const result = vm.runInContext('JSON.stringify(shapewiseParse(source), (k, v) => typeof v === "bigint" ? String(v) : v)', context);
    const parsed = JSON.parse(result);
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(parsed.module.body.map((s: { kind: string }) => s.kind), ['Import', 'Assign', 'Assign', 'Assign']);
    assert.deepEqual(parsed.comments.map((c: { text: string }) => c.text), [' c']);
  });

  it('reports syntax errors in English from the bundle', () => {
    const context = vm.createContext({});
    vm.runInContext(code, context);
    context.source = 'x = (1,\ny = 2\n';
    const messages = JSON.parse(vm.runInContext('JSON.stringify(shapewiseParse(source).errors.map(e => e.message))', context));
    assert.deepEqual(messages, ["'(' was never closed"]);
  });
});
