// The results panel's host side: creates (or revives after a reload) the webview beside the
// editor, serves it HTML with a strict Content Security Policy and a fresh nonce, feeds it run
// results, and turns its clicks into editor navigation. Drawing happens in src/webview.
import * as vscode from 'vscode';
import { PANEL_MAX_ENTRIES, slimPanelEntries, type HostToPanel, type PanelEntry, type PanelState, type PanelToHost } from '../protocol/messages';

export const RESULTS_VIEW_TYPE = 'shapewise.results';
const STATE_KEY = 'shapewise.results.entries';

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

export class ResultsPanel implements vscode.WebviewPanelSerializer<PanelState> {
  private panel: vscode.WebviewPanel | undefined;
  private entries: PanelEntry[];
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel) {
    this.entries = context.workspaceState.get<PanelEntry[]>(STATE_KEY, []);
  }

  /** Adds a run (newest first) and shows the panel beside the editor without taking focus. */
  add(entry: PanelEntry): void {
    this.entries = [entry, ...this.entries.filter((e) => e.id !== entry.id)].slice(0, PANEL_MAX_ENTRIES);
    void this.context.workspaceState.update(STATE_KEY, slimPanelEntries(this.entries));
    if (!this.panel) {
      this.attach(vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'Shapewise Results',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions()));
    } else {
      this.panel.reveal(undefined, true);
      if (this.ready) this.post({ type: 'add', entry });
    }
  }

  show(): void {
    if (this.panel) this.panel.reveal(undefined, false);
    else this.attach(vscode.window.createWebviewPanel(RESULTS_VIEW_TYPE, 'Shapewise Results',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, this.webviewOptions()));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
    if (!this.entries.length && state?.entries?.length) this.entries = state.entries;
    this.attach(panel);
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [
        vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview'),
        vscode.Uri.joinPath(this.context.extensionUri, 'media'),
      ],
    };
  }

  private attach(panel: vscode.WebviewPanel) {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
    panel.webview.options = this.webviewOptions();
    panel.webview.html = this.html(panel.webview);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: PanelToHost) => this.onMessage(m)),
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.ready = false;
      }),
    );
  }

  private post(message: HostToPanel) {
    void this.panel?.webview.postMessage(message);
  }

  private async onMessage(message: PanelToHost) {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'reset', entries: this.entries });
        break;
      case 'clear':
        this.entries = [];
        void this.context.workspaceState.update(STATE_KEY, []);
        this.post({ type: 'reset', entries: [] });
        break;
      case 'remove':
        this.entries = this.entries.filter((e) => e.id !== message.id);
        void this.context.workspaceState.update(STATE_KEY, slimPanelEntries(this.entries));
        break;
      case 'reveal': {
        try {
          const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.uri));
          const pos = new vscode.Position(message.line, message.character ?? 0);
          const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === message.uri)?.viewColumn;
          await vscode.window.showTextDocument(doc, { viewColumn: column ?? vscode.ViewColumn.One, selection: new vscode.Range(pos, pos) });
        } catch (err) {
          this.log.warn(`could not reveal ${message.uri}:${message.line + 1}: ${err}`);
        }
        break;
      }
    }
  }

  private html(webview: vscode.Webview): string {
    const n = nonce();
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview', 'panel.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'panel.css'));
    const csp = [
      "default-src 'none'",
      `img-src ${webview.cspSource} data: blob:`,
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${n}'`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Shapewise Results</title>
</head>
<body>
<header class="toolbar" role="toolbar" aria-label="Results">
  <h1>Shapewise Results</h1>
  <button type="button" id="clear" title="Clear all results">Clear</button>
</header>
<main id="entries" aria-live="polite" aria-relevant="additions"></main>
<p id="empty" class="empty">Run code with <strong>Shapewise: Run Selection</strong> (Ctrl+Alt+Enter) to see its output, shapes and pictures here.</p>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
  }

  dispose() {
    this.panel?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}
