// Brings up a real VS Code for the end-to-end tests: code-server (VS Code for the browser,
// installed by scripts/e2e/install.sh into a cache outside the repo) with a fresh user-data and
// extensions directory, our .vsix installed, serving a copy of a folder on a free local port.
// Every process it starts is tracked by id and killed (with its process group) on stop().
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CACHE = process.env.SHAPEWISE_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'shapewise-e2e');

export interface E2eEnv { node: string; codeServerEntry: string; chromium: string }

/** Reads the install record, running scripts/e2e/install.sh first when anything is missing. */
export function ensureInstalled(log: (m: string) => void = console.log): E2eEnv {
  const record = path.join(CACHE, 'env.json');
  const ok = () => {
    if (!existsSync(record)) return undefined;
    const env = JSON.parse(readFileSync(record, 'utf8')) as E2eEnv;
    return existsSync(env.node) && existsSync(env.codeServerEntry) && existsSync(env.chromium) ? env : undefined;
  };
  let env = ok();
  if (!env) {
    log('e2e: installing code-server, Node 24 and chromium (cached in ' + CACHE + ')');
    execFileSync('bash', [path.join(ROOT, 'scripts/e2e/install.sh')], { stdio: 'inherit', env: { ...process.env, SHAPEWISE_E2E_CACHE: CACHE } });
    env = ok();
    if (!env) throw new Error('e2e: scripts/e2e/install.sh finished but the install record is incomplete');
  }
  return env;
}

/** Builds the release .vsix into `dir` and returns its path (`noBuild`: pack the bundles already in dist/). */
export function buildVsix(dir: string, noBuild = false): string {
  const out = path.join(dir, 'shapewise.vsix');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/e2e/package.mjs'), '--out', out, ...(noBuild ? ['--no-build'] : [])], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return out;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface CodeServer {
  url: string;
  workspace: string;
  userDataDir: string;
  logFile: string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  env: E2eEnv;
  vsix: string;
  /** Folder copied into a fresh workspace (the tests edit files; the repo stays untouched). */
  folder: string;
  settings?: Record<string, unknown>;
  /** Extra files to create in the workspace copy: relative path → contents. */
  files?: Record<string, string>;
  /** Where to keep everything (default: a new temp dir, removed on stop). */
  baseDir?: string;
  port?: number;
  /** Serve the folder itself rather than a copy (the `editor` script). */
  inPlace?: boolean;
}

export const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'editor.inlayHints.enabled': 'on',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  'workbench.editor.enablePreview': false,
  'git.enabled': false,
  'python.languageServer': 'None',
};

async function waitForHttp(url: string, timeoutMs: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startCodeServer(o: CodeServerOptions): Promise<CodeServer> {
  const base = o.baseDir ?? mkdtempSync(path.join(os.tmpdir(), 'shapewise-e2e-'));
  const userDataDir = path.join(base, 'user-data');
  const extensionsDir = path.join(base, 'extensions');
  const workspace = o.inPlace ? o.folder : path.join(base, 'workspace');
  const xdg = path.join(base, 'xdg');
  for (const d of [userDataDir, extensionsDir, xdg, path.join(userDataDir, 'User')]) mkdirSync(d, { recursive: true });
  if (!o.inPlace) cpSync(o.folder, workspace, { recursive: true });
  for (const [rel, text] of Object.entries(o.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
    writeFileSync(path.join(workspace, rel), text);
  }
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...o.settings }, null, 2));
  const env = {
    ...process.env,
    PATH: `${path.dirname(o.env.node)}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
  };
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  execFileSync(o.env.node, [o.env.codeServerEntry, ...common, '--install-extension', o.vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'], timeout: 120_000 });
  const port = o.port ?? (await freePort());
  const logFile = path.join(base, 'code-server.log');
  const { openSync } = await import('node:fs');
  const logFd = openSync(logFile, 'a');
  const child = spawn(o.env.node, [o.env.codeServerEntry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace], {
    env, stdio: ['ignore', logFd, logFd], detached: true,
  });
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const gone = await Promise.race([new Promise((r) => child.once('exit', () => r(true))), new Promise((r) => setTimeout(() => r(false), 5000))]);
      if (!gone) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }
    }
    if (!o.baseDir && !process.env.SHAPEWISE_E2E_KEEP) rmSync(base, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, child);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, workspace, userDataDir, logFile, stop };
}
