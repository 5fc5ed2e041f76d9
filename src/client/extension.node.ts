// VS Code extension entry for desktop VS Code (Node): starts the Node language server bundle
// over IPC and hands the client to the shared activation in common.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateShapewise, type ShapewiseApi } from './common';

export function activate(context: vscode.ExtensionContext): ShapewiseApi {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'server.node.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return activateShapewise(context, (options) => new LanguageClient('shapewise', 'Shapewise', serverOptions, options));
}

export function deactivate(): void {}
