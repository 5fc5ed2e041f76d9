// Entry of the language server for VS Code for the Web: runs in a browser web worker and talks
// LSP over postMessage. Runs are executed in-process under the interpreter's own step and
// memory budgets (a web worker cannot be killed from inside itself).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { analysisAnalyzer } from './analysisBackend';
import { InlineRunExecutor } from './runner.inline';
import { startServer } from './server';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { analyzer: analysisAnalyzer, executor: new InlineRunExecutor(), name: 'shapewise' });
connection.listen();
