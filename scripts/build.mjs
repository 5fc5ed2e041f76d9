// Builds every bundle the product ships with esbuild: the CLI, the language server (Node and
// browser worker), the evaluator worker, the VS Code client (Node and web) and the results-panel
// script. `--release` minifies, `--watch` rebuilds on change. A missing entry fails the build:
// a bundle that silently disappears would only show up as a broken extension later.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishOnlyMessages } from '../src/python/bundlePlugins.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const release = process.argv.includes('--release');
const watch = process.argv.includes('--watch');

// Browser builds of the parser need small stand-ins for Node built-ins; those live in
// src/python/browser-shims and are wired up by the python front end's own alias table.
const browserAliases = {};
const shimDir = path.join(root, 'src/python/browser-shims');
for (const [mod, file] of [['path', 'path.ts'], ['buffer', 'buffer.ts'], ['os', 'os.ts'], ['fs', 'empty.ts'], ['crypto', 'empty.ts'], ['util', 'util.ts'], ['url', 'url.ts'], ['child_process', 'empty.ts'], ['worker_threads', 'empty.ts']]) {
  const p = path.join(shimDir, file);
  if (existsSync(p)) browserAliases[mod] = p;
}

const common = {
  bundle: true,
  sourcemap: true,
  minify: release,
  logLevel: 'warning',
  legalComments: 'none',
  target: 'es2022',
  absWorkingDir: root,
  plugins: [englishOnlyMessages],
};

/** Each bundle: [entry source, output file, platform, format (default: cjs for node, iife for browser)]. */
const bundles = [
  ['src/cli/main.ts', 'dist/cli/shapewise.js', 'node'],
  ['src/server/main.node.ts', 'dist/server/server.node.js', 'node'],
  ['src/server/main.worker.ts', 'dist/server/server.web.js', 'browser'],
  ['src/server/runWorker.node.ts', 'dist/server/run-worker.node.js', 'node'],
  ['src/client/extension.node.ts', 'dist/client/extension.node.js', 'node'],
  // The web extension host loads the `browser` entry as a CommonJS module (module.exports.activate).
  ['src/client/extension.web.ts', 'dist/client/extension.web.js', 'browser', 'cjs'],
  ['src/webview/main.ts', 'dist/webview/panel.js', 'browser'],
];

const missing = bundles.filter(([entry]) => !existsSync(path.join(root, entry)));
if (missing.length) {
  console.error(`build: missing entry file(s): ${missing.map(([e]) => e).join(', ')}`);
  process.exit(1);
}

const options = bundles.map(([entry, outfile, platform, format]) => ({
  ...common,
  entryPoints: [entry],
  outfile,
  platform,
  format: format ?? (platform === 'node' ? 'cjs' : 'iife'),
  external: ['vscode'],
  mainFields: platform === 'node' ? ['module', 'main'] : ['browser', 'module', 'main'],
  alias: platform === 'browser' ? browserAliases : {},
  define: platform === 'browser' ? { 'process.env.NODE_ENV': '"production"' } : {},
}));

if (watch) {
  const contexts = await Promise.all(options.map((o) => esbuild.context(o)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('build: watching for changes');
} else {
  const started = Date.now();
  await Promise.all(options.map((o) => esbuild.build(o)));
  console.log(`build: ${options.length} bundles in ${Date.now() - started} ms${release ? ' (release)' : ''}`);
}
