// In-process LSP harness for the server tests: connects a real `vscode-languageserver`
// connection to a protocol client over a pair of in-memory streams, answers the server's
// workspace/configuration pulls from a settings object the test controls, and records every
// published diagnostic and status notification. No VS Code and no child process involved.
import { PassThrough } from 'node:stream';
import {
  createConnection,
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import { STATUS_NOTIFICATION, type StatusParams } from '../../src/protocol/messages';
import type { RunExecutor } from '../../src/server/backend';
import { startServer, type ServerHandle, type ServerOptions } from '../../src/server/server';

/** An executor for tests that do not run code. */
export const idleExecutor: RunExecutor = {
  run: async () => ({ kind: 'ok', output: '', values: [] }),
  cancel: () => undefined,
  dispose: () => undefined,
};

export interface Harness {
  client: ProtocolConnection;
  server: ServerHandle;
  published: PublishDiagnosticsParams[];
  statuses: StatusParams[];
  settings: Record<string, unknown>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, text: string): Promise<void>;
  /** Resolves with the next diagnostics published for `uri` (optionally for a given version). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
  /** The diagnostics published for `uri` at `version`, waiting for them if needed. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams>;
  close(): Promise<void>;
}

export async function startHarness(options: ServerOptions, initialSettings: Record<string, unknown> = {}): Promise<Harness> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const server = startServer(serverConnection, options);
  serverConnection.listen();

  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  const statuses: StatusParams[] = [];
  const waiters: { uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const h: Harness = {
    client,
    server,
    published,
    statuses,
    settings: initialSettings,
    async open(uri, text, version = 1) {
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version, text } });
    },
    async change(uri, version, text) {
      await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    nextDiagnostics(uri, version) {
      return new Promise((resolve) => waiters.push({ uri, version, resolve }));
    },
    diagnosticsFor(uri, version) {
      const seen = published.find((p) => p.uri === uri && p.version === version);
      return seen ? Promise.resolve(seen) : h.nextDiagnostics(uri, version);
    },
    async close() {
      await client.sendRequest('shutdown');
      client.dispose();
      serverConnection.dispose();
      toServer.destroy();
      toClient.destroy();
    },
  };
  client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (let i = 0; i < waiters.length; i++) {
      const w = waiters[i];
      if (w.uri === p.uri && (w.version === undefined || w.version === p.version)) {
        waiters.splice(i--, 1);
        w.resolve(p);
      }
    }
  });
  client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => { statuses.push(p); });
  client.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'shapewise' ? h.settings : null)));
  client.onRequest('workspace/inlayHint/refresh', () => null);
  client.onNotification('window/logMessage', () => undefined);
  client.listen();
  await client.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true, inlayHint: { refreshSupport: true } } },
  });
  await client.sendNotification('initialized', {});
  return h;
}
