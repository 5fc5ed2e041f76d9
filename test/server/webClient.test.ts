// The web client bundle (dist/client/extension.web.js) loaded the way VS Code for the Web's
// extension host loads a `browser` entry — source text run as a CommonJS module with `module`,
// `exports` and `require('vscode')` — and activated against a stand-in `vscode` API and a fake
// Worker: it must export activate/deactivate (an IIFE bundle exported nothing, so the extension
// silently never started), and every message it posts to the language-server worker must
// survive structured cloning (a browser's postMessage; methods in initializationOptions made
// the client fail before the server saw a byte). test/e2e/web.ts checks the same in a real
// VS Code for the Web; this catches both in seconds without a browser.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist/client/extension.web.js');

/** A permissive stand-in for any part of the vscode API: callable, constructible, every property is another one. */
function anything(name: string): any {
  const target = function () {} as any;
  const assigned = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    set: (_t, key, value) => { assigned.set(key, value); return true; },
    get: (_t, key) => {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then' || typeof key === 'symbol') return undefined; // not a thenable, not iterable
      if (key === 'toString' || key === 'toJSON') return () => name;
      return anything(`${name}.${String(key)}`);
    },
    apply: () => anything(`${name}()`),
    construct: () => anything(`new ${name}`),
  });
}

function fakeVscode() {
  const settings = { diagnostics: { enable: true, severity: {}, silentBroadcast: true }, inlayHints: { enable: true }, run: { timeLimitMs: 5000, memoryLimitMb: 512 } };
  const configuration = { ...settings, get: (k: string) => (settings as any)[k], has: () => true, inspect: () => undefined, update: async () => undefined };
  const disposable = { dispose: () => undefined };
  const event = () => disposable;
  const base = anything('vscode');
  const uri = (p: string) => ({ scheme: 'http', path: p, toString: () => `http://localhost${p}`, with: () => uri(p) });
  const api: Record<string, any> = {
    workspace: new Proxy({ getConfiguration: () => configuration, workspaceFolders: [], textDocuments: [] }, { get: (t: any, k) => (k in t ? t[k] : typeof k === 'string' && k.startsWith('onDid') ? event : base.workspace[k]) }),
    version: '1.91.1',
    env: new Proxy({ appName: 'Visual Studio Code', language: 'en', machineId: 'test', sessionId: 'test', uiKind: 2, appHost: 'web' }, { get: (t: any, k) => (k in t ? t[k] : base.env[k]) }),
    Uri: { joinPath: (u: any, ...parts: string[]) => uri([u.path, ...parts].join('/')), parse: (s: string) => uri(s) },
  };
  // Bundlers copy the module's own keys (esbuild's __toESM), so the stand-in names them all.
  const declared = readFileSync(path.join(ROOT, 'node_modules/@types/vscode/index.d.ts'), 'utf8');
  for (const m of declared.matchAll(/^\t?export (?:namespace|class|enum|const|function) (\w+)/gm)) if (!(m[1] in api)) api[m[1]] = (base as any)[m[1]];
  return api;
}

describe('client: web bundle as the web extension host loads it', function () {
  this.timeout(120_000);

  before(() => {
    if (!existsSync(BUNDLE)) execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  });

  it('exports activate and deactivate as a CommonJS module, and posts only cloneable messages to the server worker', async () => {
    const source = readFileSync(BUNDLE, 'utf8');
    const posted: unknown[] = [];
    class FakeWorker {
      onmessage: unknown = null;
      onerror: unknown = null;
      constructor(readonly url: string) {}
      postMessage(message: unknown) { posted.push(message); }
      addEventListener() {}
      removeEventListener() {}
      terminate() {}
    }
    const vscode = fakeVscode();
    const module = { exports: {} as Record<string, unknown> };
    const load = new Function('module', 'exports', 'require', 'Worker', source);
    load(module, module.exports, (id: string) => {
      if (id === 'vscode') return vscode;
      throw new Error(`the web bundle requires '${id}' at run time; only 'vscode' exists in the web extension host`);
    }, FakeWorker);
    assert.equal(typeof module.exports.activate, 'function', 'activate is not exported');
    assert.equal(typeof module.exports.deactivate, 'function', 'deactivate is not exported');

    const context = { subscriptions: [] as unknown[], extensionUri: { scheme: 'http', path: '/ext/shapewise' }, globalState: anything('globalState'), workspaceState: anything('workspaceState'), extension: anything('extension') };
    (module.exports.activate as (c: unknown) => unknown)(context);
    const deadline = Date.now() + 10_000;
    while (!posted.some((m: any) => m?.method === 'initialize') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const initialize = posted.find((m: any) => m?.method === 'initialize') as any;
    assert.ok(initialize, 'the client never sent initialize to the worker');
    const functionsIn = (v: unknown, at: string): string[] => typeof v === 'function' ? [at]
      : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => functionsIn(x, `${at}.${k}`)) : [];
    for (const message of posted) assert.doesNotThrow(() => structuredClone(message), `not cloneable: ${JSON.stringify(message).slice(0, 200)}`);
    assert.equal(initialize.params.initializationOptions.settings.run.timeLimitMs, 5000);
    // The server spawns its evaluator worker from its own script, so it is told the URL.
    assert.equal(initialize.params.initializationOptions.serverScriptUrl, 'http://localhost/ext/shapewise/dist/server/server.web.js');
  });
});
