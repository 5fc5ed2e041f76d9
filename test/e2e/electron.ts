// `npm run test:electron`: the same user-level checks inside desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (these build machines cannot;
// they use the code-server runner, test/e2e/run.ts). Bundles test/e2e/suite/ with esbuild into
// out/e2e-suite/, builds the extension, then launches VS Code on a copy of examples/.
// Set SHAPEWISE_VSCODE_EXECUTABLE to use an installed VS Code instead of downloading one.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../..');

async function main() {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const outDir = path.join(ROOT, 'out', 'e2e-suite');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'test/e2e/suite/index.ts')],
    outfile: path.join(outDir, 'index.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'es2022', external: ['vscode', 'mocha'], sourcemap: true, logLevel: 'warning',
    define: { SUITE_ROOT: JSON.stringify(ROOT) },
  });
  const work = mkdtempSync(path.join(os.tmpdir(), 'shapewise-electron-'));
  const workspace = path.join(work, 'workspace');
  cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
  try {
    const code = await runTests({
      vscodeExecutablePath: process.env.SHAPEWISE_VSCODE_EXECUTABLE,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(outDir, 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(work, 'user-data'), '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { SHAPEWISE_SUITE_ROOT: ROOT },
    });
    process.exitCode = code;
  } catch (err) {
    console.error(`test:electron: could not run VS Code (${(err as Error)?.message ?? err}).`);
    console.error('This machine may not be able to download VS Code; run `npm run test:e2e` (code-server) instead.');
    process.exitCode = 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
