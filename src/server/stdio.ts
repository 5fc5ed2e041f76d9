// `shapewise --stdio`: the language server on stdin/stdout for editors other than VS Code
// (Neovim, Helix, Zed). The same server as the VS Code extension's; called by src/cli/main.ts.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startNodeServer } from './nodeServer';

export function startStdioServer(): void {
  startNodeServer({ connection: createConnection(ProposedFeatures.all, process.stdin, process.stdout) });
}
