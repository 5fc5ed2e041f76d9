// Entry of the language server for VS Code for the Web: runs in a browser web worker and talks
// LSP over postMessage. Runs are executed in-process under the interpreter's own step and
// memory budgets (a web worker cannot be killed from inside itself).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { heapMemory } from '../engine/wasm/heap';
import { analysisAnalyzer } from './analysisBackend';
import { InlineRunExecutor } from './runner.inline';
import { startServer } from './server';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
// Shared WebAssembly memory needs a cross-origin isolated page; without it the engine uses
// plain typed arrays (same results, slower). The log line says which one this session got.
const runtimeInfo = () => `web worker server; cross-origin isolated: ${self.crossOriginIsolated === true}; ` +
  `engine arrays: ${heapMemory() ? 'WebAssembly shared memory' : 'plain typed arrays'}`;
startServer(connection, { analyzer: analysisAnalyzer, executor: new InlineRunExecutor(), name: 'shapewise', runtimeInfo });
connection.listen();
