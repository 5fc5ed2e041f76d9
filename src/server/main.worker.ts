// Entry of the language server for VS Code for the Web: runs in a browser web worker and talks
// LSP over postMessage. The same bundle is also the evaluator: the server spawns a nested worker
// that loads this script again with SHAPEWISE_RUN_WORKER set, and runs each Run Selection there
// (runner.webworker.ts), so a run can be stopped at once and never blocks diagnostics. The client
// passes this script's URL in initializationOptions.serverScriptUrl; without it (or without
// nested workers) runs execute in-process under the interpreter's own step, time and memory
// budgets (runner.inline.ts).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { heapMemory } from '../engine/wasm/heap';
import { analysisAnalyzer } from './analysisBackend';
import type { RunExecutor, RunJob } from './backend';
import { executeJob } from './execute';
import { InlineRunExecutor } from './runner.inline';
import { NestedWorkerRunExecutor, type RunWorkerLike } from './runner.webworker';
import { startServer } from './server';

declare const self: DedicatedWorkerGlobalScope & { SHAPEWISE_RUN_WORKER?: boolean };

/** A worker running this same script as the evaluator (classic script: importScripts works cross-origin). */
function spawnRunWorker(scriptUrl: string): Worker {
  const bootstrap = `self.SHAPEWISE_RUN_WORKER = true; importScripts(${JSON.stringify(scriptUrl)});`;
  return new Worker(URL.createObjectURL(new Blob([bootstrap], { type: 'text/javascript' })), { name: 'Shapewise evaluator' });
}

function startLanguageServer() {
  const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
  const inline = new InlineRunExecutor();
  let nested: NestedWorkerRunExecutor | undefined;
  const executor: RunExecutor = {
    run: (job) => (nested ?? inline).run(job),
    cancel: () => (nested ?? inline).cancel(),
    dispose: () => { nested?.dispose(); inline.dispose(); },
  };
  const onInitialize = (init: Record<string, unknown> | undefined) => {
    const url = init?.serverScriptUrl;
    if (typeof url === 'string' && typeof Worker === 'function') {
      nested = new NestedWorkerRunExecutor(() => spawnRunWorker(url) as unknown as RunWorkerLike, (m) => connection.console.log(m));
    }
  };
  // Shared WebAssembly memory needs a cross-origin isolated page; without it the engine uses
  // plain typed arrays (same results, slower). The log line says which one this session got.
  const runtimeInfo = () => `web worker server; cross-origin isolated: ${self.crossOriginIsolated === true}; ` +
    `engine arrays: ${heapMemory() ? 'WebAssembly shared memory' : 'plain typed arrays'}; ` +
    `runs: ${nested ? 'in a nested worker' : 'in-process'}`;
  startServer(connection, { analyzer: analysisAnalyzer, executor, name: 'shapewise', runtimeInfo, onInitialize });
  connection.listen();
}

if (self.SHAPEWISE_RUN_WORKER) {
  self.onmessage = (event: MessageEvent<RunJob>) => self.postMessage({ type: 'result', outcome: executeJob(event.data) });
} else {
  startLanguageServer();
}
