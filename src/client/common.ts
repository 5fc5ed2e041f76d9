// The VS Code side shared by the desktop and web entries: starts the language client (made by
// the entry, which knows the transport), and adds what LSP has no words for — the Run
// Selection / Run Cell / Show Shapes / Restart commands, the results panel, inline result
// decorations (cleared on edit), the status bar item and the output channel. Thin by design:
// every piece of Python or NumPy knowledge lives in the server.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { DidChangeConfigurationNotification, State } from 'vscode-languageclient';
import { cellAt } from '../protocol/cells';
import {
  CANCEL_RUN_METHOD,
  FILE_SHAPES_METHOD,
  RUN_SELECTION_METHOD,
  STATUS_NOTIFICATION,
  type FileShapesResult,
  type RunResult,
  type RunSelectionParams,
  type StatusParams,
} from '../protocol/messages';
import { RESULTS_VIEW_TYPE, ResultsPanel } from './panel';

export type ClientFactory = (options: LanguageClientOptions, log: vscode.LogOutputChannel) => BaseLanguageClient;

export interface ShapewiseApi {
  /** Milliseconds activate() took, and until the server answered initialize. */
  activation: { activateMs: number; serverReadyMs?: number };
  runSelection(): Promise<RunResult | undefined>;
}

const inlineDecoration = vscode.window.createTextEditorDecorationType({
  after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em', fontStyle: 'italic' },
  rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
});
const inlineErrorDecoration = vscode.window.createTextEditorDecorationType({
  after: { color: new vscode.ThemeColor('errorForeground'), margin: '0 0 0 2em', fontStyle: 'italic' },
  rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
});

export function activateShapewise(context: vscode.ExtensionContext, makeClient: ClientFactory): ShapewiseApi {
  const started = Date.now();
  const log = vscode.window.createOutputChannel('Shapewise', { log: true });
  const status = vscode.window.createStatusBarItem('shapewise.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Shapewise';
  status.command = 'shapewise.showOutput';
  const panel = new ResultsPanel(context, log);
  const api: ShapewiseApi = { activation: { activateMs: 0 }, runSelection: () => runSelection('selection') };

  const setStatus = (state: StatusParams['state'], message?: string) => {
    const icon = { starting: '$(loading~spin)', ready: '$(check)', analyzing: '$(loading~spin)', running: '$(play-circle)', error: '$(error)' }[state];
    status.text = `${icon} Shapewise`;
    status.tooltip = message ? `Shapewise: ${message}` : `Shapewise: ${state} — click for logs`;
    status.backgroundColor = state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    status.accessibilityInformation = { label: `Shapewise ${state}${message ? `: ${message}` : ''}` };
  };
  const updateStatusVisibility = () => {
    if (vscode.window.activeTextEditor?.document.languageId === 'python') status.show();
    else status.hide();
  };
  setStatus('starting');
  updateStatusVisibility();

  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'python' }],
    outputChannel: log,
    // A plain copy: the configuration object carries methods, which a browser worker's
    // postMessage (structured clone) refuses where Node's JSON-based IPC silently dropped them.
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('shapewise'))) },
    markdown: { isTrusted: false, supportHtml: false },
  };
  let client = makeClient(clientOptions, log);
  let ready: Promise<void>;
  const start = (c: BaseLanguageClient) => {
    const t0 = Date.now();
    ready = c.start().then(() => {
      api.activation.serverReadyMs ??= Date.now() - started;
      log.info(`language server ready in ${Date.now() - t0} ms`);
      setStatus('ready');
      context.subscriptions.push(c.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => setStatus(p.state, p.message)));
    }, (err) => {
      setStatus('error', String(err?.message ?? err));
      log.error(`language server failed to start: ${err?.stack ?? err}`);
    });
    c.onDidChangeState((e) => {
      if (e.newState === State.Stopped) setStatus('error', 'server stopped');
    });
  };
  start(client);

  // ---- inline results ----
  const inline = new Map<string, { range: vscode.Range; text: string; error: boolean }>();
  const paintInline = (editor: vscode.TextEditor) => {
    const item = inline.get(editor.document.uri.toString());
    const make = (i: typeof item) => (i ? [{ range: i.range, renderOptions: { after: { contentText: `  ⇒ ${i.text}` } } }] : []);
    editor.setDecorations(inlineDecoration, item && !item.error ? make(item) : []);
    editor.setDecorations(inlineErrorDecoration, item && item.error ? make(item) : []);
  };
  const setInline = (uri: string, value: (typeof inline extends Map<string, infer V> ? V : never) | undefined) => {
    if (value) inline.set(uri, value);
    else inline.delete(uri);
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri) paintInline(e);
  };

  // ---- running ----
  async function runRange(editor: vscode.TextEditor, range: vscode.Range, mode: RunSelectionParams['mode']): Promise<RunResult | undefined> {
    await ready;
    if (!client.isRunning()) {
      void vscode.window.showErrorMessage('Shapewise: the language server is not running. Try "Shapewise: Restart Server".');
      return undefined;
    }
    const uri = editor.document.uri.toString();
    const params: RunSelectionParams = {
      uri,
      mode,
      range: { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } },
    };
    setInline(uri, { range: editor.document.lineAt(range.end.line).range, text: 'running…', error: false });
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Shapewise: running', cancellable: true },
      async (_progress, token) => {
        const sub = token.onCancellationRequested(() => void client.sendRequest(CANCEL_RUN_METHOD, {}));
        try {
          return await client.sendRequest<RunResult>(RUN_SELECTION_METHOD, params);
        } finally {
          sub.dispose();
        }
      },
    );
    log.info(`run ${result.id}: ${result.kind} in ${result.durationMs} ms`);
    const lineEnd = editor.document.lineAt(Math.min(range.end.line, editor.document.lineCount - 1)).range;
    setInline(uri, { range: lineEnd, text: result.inlineSummary, error: result.kind !== 'ok' });
    panel.add(result);
    return result;
  }

  function pythonEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'python') {
      void vscode.window.showInformationMessage('Shapewise: open a Python file to run code.');
      return undefined;
    }
    return editor;
  }

  async function runSelection(mode: 'selection' | 'cell'): Promise<RunResult | undefined> {
    const editor = pythonEditor();
    if (!editor) return undefined;
    const doc = editor.document;
    if (mode === 'cell') {
      const lines = Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i).text);
      const cell = cellAt(lines, editor.selection.active.line);
      const range = new vscode.Range(cell.first, 0, cell.last, doc.lineAt(cell.last).text.length);
      return runRange(editor, range, 'cell');
    }
    const sel = editor.selection;
    if (sel.isEmpty) return runRange(editor, doc.lineAt(sel.active.line).range, 'line');
    // Whole lines: a selection that starts mid-line would cut a statement.
    const endLine = sel.end.character === 0 && sel.end.line > sel.start.line ? sel.end.line - 1 : sel.end.line;
    const range = new vscode.Range(sel.start.line, 0, endLine, doc.lineAt(endLine).text.length);
    return runRange(editor, range, 'selection');
  }

  async function showShapes() {
    const editor = pythonEditor();
    if (!editor) return;
    await ready;
    const result = await client.sendRequest<FileShapesResult>(FILE_SHAPES_METHOD, { uri: editor.document.uri.toString() });
    if (!result.shapes.length) {
      void vscode.window.showInformationMessage('Shapewise: no array shapes are known at the top level of this file.');
      return;
    }
    const pick = await vscode.window.showQuickPick(
      result.shapes.map((s) => ({ label: s.name, description: `${s.shape}${s.dtype ? ` ${s.dtype}` : ''}`, detail: `line ${s.line + 1}`, line: s.line })),
      { title: 'Shapes of this file', matchOnDescription: true, placeHolder: 'Go to a name' },
    );
    if (pick) {
      const pos = new vscode.Position(pick.line, 0);
      editor.selection = new vscode.Selection(pos, pos);
      editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  async function restart() {
    setStatus('starting');
    log.info('restarting the language server');
    try {
      await client.stop();
    } catch (err) {
      log.warn(`stopping the server: ${err}`);
    }
    client = makeClient(clientOptions, log);
    start(client);
    await ready;
  }

  context.subscriptions.push(
    log,
    status,
    panel,
    inlineDecoration,
    inlineErrorDecoration,
    vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, panel),
    vscode.commands.registerCommand('shapewise.runSelection', () => runSelection('selection')),
    vscode.commands.registerCommand('shapewise.runCell', () => runSelection('cell')),
    vscode.commands.registerCommand('shapewise.showShapes', showShapes),
    vscode.commands.registerCommand('shapewise.restartServer', restart),
    vscode.commands.registerCommand('shapewise.cancelRun', async () => { await ready; await client.sendRequest(CANCEL_RUN_METHOD, {}); }),
    vscode.commands.registerCommand('shapewise.showResults', () => panel.show()),
    vscode.commands.registerCommand('shapewise.showOutput', () => log.show(true)),
    vscode.commands.registerCommand('shapewise.openTutorial', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const candidates = folder ? await vscode.workspace.findFiles('**/bugs/01_broadcast_mismatch.py', '**/node_modules/**', 1) : [];
      const doc = candidates[0]
        ? await vscode.workspace.openTextDocument(candidates[0])
        : await vscode.workspace.openTextDocument({ language: 'python', content: TUTORIAL });
      await vscode.window.showTextDocument(doc);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && inline.has(e.document.uri.toString())) setInline(e.document.uri.toString(), undefined);
    }),
    vscode.window.onDidChangeActiveTextEditor(updateStatusVisibility),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paintInline)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('shapewise') && client.isRunning()) {
        void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      }
    }),
    { dispose: () => void client.stop() },
  );
  api.activation.activateMs = Date.now() - started;
  log.info(`activated in ${api.activation.activateMs} ms`);
  return api;
}

/** Opened by the walkthrough when no examples folder is at hand. */
const TUTORIAL = `# Shapewise tutorial: hover a name to see its shape; the last line is a shape error.
import numpy as np

x = np.arange(12).reshape(3, 4)   # shape: (3, 4)
col_means = x.mean(axis=0)        # hover me
print(x - col_means)              # select these lines and press Ctrl+Alt+Enter

y = np.ones((4, 3))
z = x + y                         # operands could not be broadcast together
`;
