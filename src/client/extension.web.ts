// VS Code extension entry for VS Code for the Web (browser): starts the browser language
// server bundle in a web worker (telling it its own URL, for its evaluator worker) and hands
// the client to the shared activation in common.ts.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateShapewise, type ShapewiseApi } from './common';

export function activate(context: vscode.ExtensionContext): ShapewiseApi {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'server.web.js');
  const serverScriptUrl = serverMain.toString(true);
  // The server spawns its evaluator worker from the same script, so it needs the URL.
  return activateShapewise(context, (options) => new LanguageClient('shapewise', 'Shapewise', new Worker(serverScriptUrl),
    { ...options, initializationOptions: { ...(options.initializationOptions as object), serverScriptUrl } }));
}

export function deactivate(): void {}
