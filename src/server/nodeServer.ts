// The language server on Node: `startNodeServer()` creates the connection from the process
// arguments (--stdio, --node-ipc, --socket=N), runs user code in a worker thread next to the
// bundle (dist/server/run-worker.node.js) and reads sibling modules from disk for imports.
// The VS Code client starts it through main.node.ts; `shapewise --stdio` calls it directly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { analysisAnalyzer } from './analysisBackend';
import { tuneHeap } from './heapTuning.node';
import { WorkerRunExecutor } from './runner.node';
import { startServer, type ServerHandle } from './server';

export { startServer } from './server';

export interface NodeServerOptions {
  /** Defaults to a connection from the process arguments (--stdio, --node-ipc, --socket). */
  connection?: Connection;
  /** The evaluator worker bundle; defaults to run-worker.node.js beside the running bundle. */
  workerFile?: string;
}

export function startNodeServer(options: NodeServerOptions = {}): ServerHandle {
  tuneHeap();
  const connection = options.connection ?? createConnection(ProposedFeatures.all);
  const filename = options.workerFile ?? path.join(__dirname, '..', 'server', 'run-worker.node.js');
  const executor = new WorkerRunExecutor({ filename }, (m) => connection.console.log(m));
  const readFile = (uri: string) => {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return readFileSync(fileURLToPath(uri), 'utf8');
    } catch {
      return undefined;
    }
  };
  const handle = startServer(connection, { analyzer: analysisAnalyzer, executor, readFile, name: 'shapewise' });
  connection.listen();
  return handle;
}
