// The language server for VS Code for the Web: bundles src/server/main.worker.ts for the
// browser (the Node built-in stand-ins and plugins scripts/build.mjs uses), runs it in a bare
// `vm` context that only offers what a web worker offers (no require, process or Buffer), and
// speaks LSP through a fake worker `self` — diagnostics with NumPy's message and Run Selection
// printing exactly what python3 + NumPy printed (test/e2e/golden.json).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
// @ts-expect-error -- a plain .mjs module shared with scripts/build.mjs, without type declarations
import { englishOnlyMessages } from '../../src/python/bundlePlugins.mjs';
import { RUN_SELECTION_METHOD, type RunResult } from '../../src/protocol/messages';

const ROOT = path.resolve(__dirname, '../..');
const SHIMS = path.join(ROOT, 'src/python/browser-shims');
const SHIM_FILES: [string, string][] = [
  ['path', 'path.ts'], ['buffer', 'buffer.ts'], ['os', 'os.ts'], ['fs', 'empty.ts'], ['crypto', 'empty.ts'],
  ['util', 'util.ts'], ['url', 'url.ts'], ['child_process', 'empty.ts'], ['worker_threads', 'empty.ts'],
];
const golden: { file: string; error?: { message: string; line: number }; stdout: string }[] = JSON.parse(readFileSync(path.join(ROOT, 'test/e2e/golden.json'), 'utf8')).cases;

interface Message { id?: number; method?: string; params?: any; result?: any; error?: any }

describe('server: browser worker bundle (VS Code for the Web)', function () {
  this.timeout(120_000);
  const fromServer: Message[] = [];
  let send: (m: Message) => void;
  let nextId = 1;

  const waitFor = async <T>(what: string, probe: () => T | undefined): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const v = probe();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const request = async (method: string, params: unknown) => {
    const id = nextId++;
    send({ id, method, params });
    const reply = await waitFor(`reply to ${method}`, () => fromServer.find((m) => m.id === id && !m.method));
    if (reply.error) throw new Error(JSON.stringify(reply.error));
    return reply.result;
  };

  before(async () => {
    const alias: Record<string, string> = {};
    for (const [mod, file] of SHIM_FILES) {
      const p = path.join(SHIMS, file);
      if (existsSync(p)) alias[mod] = p;
    }
    const out = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src/server/main.worker.ts')],
      bundle: true, write: false, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'error',
      mainFields: ['browser', 'module', 'main'], alias, plugins: [englishOnlyMessages],
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const code = out.outputFiles[0].text;
    const self: Record<string, any> = {
      onmessage: null,
      postMessage: (m: Message) => { fromServer.push(m); },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    const context = vm.createContext({
      self, console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask,
      TextEncoder, TextDecoder, URL, performance, structuredClone,
    });
    self.self = self;
    context.self = self;
    vm.runInContext(`var globalThis = this; ${code}`, context);
    // Messages cross between realms (the vm context has its own Array); copy them as a port would.
    self.postMessage = (m: Message) => { fromServer.push(JSON.parse(JSON.stringify(m))); };
    send = (m) => self.onmessage({ data: { jsonrpc: '2.0', ...m } });
    const init = await request('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(init.serverInfo.name, 'shapewise');
    send({ method: 'initialized', params: {} });
  });

  it("publishes the broadcast error with NumPy's message", async () => {
    const c = golden.find((g) => g.file === 'examples/bugs/01_broadcast_mismatch.py')!;
    const uri = 'memfs:/bugs/01_broadcast_mismatch.py';
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'python', version: 1, text: readFileSync(path.join(ROOT, c.file), 'utf8') } } });
    const p = await waitFor('diagnostics', () => fromServer.find((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri));
    const errors = p.params.diagnostics.filter((d: any) => d.severity === 1).map((d: any) => [d.range.start.line + 1, String(d.message).split('\n')[0].trim()]);
    assert.deepEqual(errors, [[c.error!.line, c.error!.message.trim()]]);
  });

  it('runs a selection in the worker and prints exactly what NumPy printed', async () => {
    const c = golden.find((g) => g.file === 'examples/en_basics/02_elementwise.py')!;
    const uri = 'memfs:/en_basics/02_elementwise.py';
    const text = readFileSync(path.join(ROOT, c.file), 'utf8');
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'python', version: 1, text } } });
    const lines = text.split('\n');
    const result = await request(RUN_SELECTION_METHOD, { uri, mode: 'selection', range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } } }) as RunResult;
    assert.equal(result.kind, 'ok', JSON.stringify(result.error));
    assert.equal(result.output, c.stdout);
  });
});
