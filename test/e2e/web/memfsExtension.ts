// A test-only web extension for the VS Code for the Web end-to-end test (test/e2e/web.ts): an
// in-memory file system for the `shapewise-memfs:` scheme that the workbench opens as its
// folder. On first use it fetches a snapshot of the workspace (path → base64 contents) that
// the test server serves next to this extension; edits then live in memory only, as on
// vscode.dev with a virtual workspace. A file search provider (proposed API, enabled for this
// extension by the workbench's product configuration) lets Quick Open find files by name.
// Bundled with esbuild by test/e2e/webServer.ts; never shipped.
import * as vscode from 'vscode';
import { MEMFS_SCHEME } from './scheme';

interface Entry { type: vscode.FileType; data?: Uint8Array; ctime: number; mtime: number }

class SnapshotFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  readonly ready: Promise<void>;

  constructor(snapshotUrl: string) {
    this.entries.set('/', { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now() });
    this.ready = fetch(snapshotUrl).then(async (res) => {
      if (!res.ok) throw new Error(`memfs: snapshot ${snapshotUrl} answered ${res.status}`);
      const files = (await res.json()) as Record<string, string>;
      for (const [rel, base64] of Object.entries(files)) this.put('/' + rel, decodeBase64(base64));
    });
  }

  private put(path: string, data: Uint8Array): void {
    const now = Date.now();
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = '/' + parts.slice(0, i).join('/');
      if (!this.entries.has(dir)) this.entries.set(dir, { type: vscode.FileType.Directory, ctime: now, mtime: now });
    }
    const old = this.entries.get(path);
    this.entries.set(path, { type: vscode.FileType.File, data, ctime: old?.ctime ?? now, mtime: now });
  }

  private async lookup(uri: vscode.Uri): Promise<Entry> {
    await this.ready;
    const entry = this.entries.get(normalize(uri.path));
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }

  allFiles(): string[] {
    return [...this.entries].filter(([, e]) => e.type === vscode.FileType.File).map(([p]) => p);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const e = await this.lookup(uri);
    return { type: e.type, ctime: e.ctime, mtime: e.mtime, size: e.data?.byteLength ?? 0 };
  }

  async readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    const dir = normalize(uri.path);
    if ((await this.lookup(uri)).type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    const prefix = dir === '/' ? '/' : dir + '/';
    const out: [string, vscode.FileType][] = [];
    for (const [p, e] of this.entries) {
      if (p !== dir && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) out.push([p.slice(prefix.length), e.type]);
    }
    return out;
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const e = await this.lookup(uri);
    if (e.type !== vscode.FileType.File || !e.data) throw vscode.FileSystemError.FileIsADirectory(uri);
    return e.data;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): Promise<void> {
    await this.ready;
    const path = normalize(uri.path);
    const exists = this.entries.has(path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.put(path, content);
    this.changed.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  async createDirectory(uri: vscode.Uri): Promise<void> {
    await this.ready;
    this.entries.set(normalize(uri.path), { type: vscode.FileType.Directory, ctime: Date.now(), mtime: Date.now() });
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  async delete(uri: vscode.Uri): Promise<void> {
    await this.lookup(uri);
    const path = normalize(uri.path);
    for (const p of [...this.entries.keys()]) if (p === path || p.startsWith(path + '/')) this.entries.delete(p);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  async rename(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
    const e = await this.lookup(oldUri);
    if (e.type !== vscode.FileType.File) throw vscode.FileSystemError.NoPermissions('memfs renames files only');
    this.entries.delete(normalize(oldUri.path));
    this.put(normalize(newUri.path), e.data ?? new Uint8Array());
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: oldUri }, { type: vscode.FileChangeType.Created, uri: newUri }]);
  }
}

function normalize(path: string): string {
  const p = '/' + path.split('/').filter(Boolean).join('/');
  return p;
}

function decodeBase64(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Fuzzy enough for Quick Open: every character of the pattern, in order, in the path. */
function matches(path: string, pattern: string): boolean {
  const hay = path.toLowerCase();
  let at = 0;
  for (const ch of pattern.toLowerCase().replace(/\s+/g, '')) {
    at = hay.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

export function activate(context: vscode.ExtensionContext): void {
  const fs = new SnapshotFileSystem(vscode.Uri.joinPath(context.extensionUri, 'snapshot.json').toString(true));
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider(MEMFS_SCHEME, fs, { isCaseSensitive: true }));
  // Proposed API (fileSearchProvider): not in @types/vscode, reached through the namespace.
  const workspace = vscode.workspace as unknown as {
    registerFileSearchProvider(scheme: string, provider: { provideFileSearchResults(query: { pattern: string }, options: { folder: vscode.Uri; maxResults?: number }): Promise<vscode.Uri[]> }): vscode.Disposable;
  };
  context.subscriptions.push(workspace.registerFileSearchProvider(MEMFS_SCHEME, {
    async provideFileSearchResults(query, options) {
      await fs.ready;
      const found = fs.allFiles().filter((p) => matches(p, query.pattern)).map((p) => options.folder.with({ path: p }));
      return options.maxResults ? found.slice(0, options.maxResults) : found;
    },
  }));
}
