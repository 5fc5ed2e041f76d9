// Entry of the language server for Node: started by the VS Code client over IPC, or by
// `shapewise --stdio` for other editors (the CLI calls `startNodeServer`). Runs user code in a
// worker thread next to this bundle (dist/server/run-worker.node.js).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';
import { analysisAnalyzer } from './analysisBackend';
import { WorkerRunExecutor } from './runner.node';
import { startServer, type ServerHandle } from './server';

export { startServer } from './server';

/** Starts the server on `connection` (default: from the process arguments: --stdio, --node-ipc, --socket). */
export function startNodeServer(connection: Connection = createConnection(ProposedFeatures.all), workerFile?: string): ServerHandle {
  const filename = workerFile ?? path.join(__dirname, 'run-worker.node.js');
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

// Bundled as the server entry: start when run as a program, not when imported by the CLI.
if (require.main === module) startNodeServer();
