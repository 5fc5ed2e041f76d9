// End-to-end tests in a real VS Code (code-server + Debian chromium via playwright-core):
// installs the freshly packed .vsix, opens a copy of examples/, and checks what a user sees —
// a shape error in the Problems panel with NumPy's message, a hover with the shape, an inlay
// hint, a quick fix applied, Run Selection opening the results panel with NumPy's exact output
// and a heatmap, and an endless loop stopped with a clear message while the editor keeps
// responding. Expectations come from test/e2e/golden.json (python3 + NumPy). Screenshots of
// every step go to artifacts/e2e/. Prints `N passed, M failed`; exits non-zero on failure.
// Usage: npm run test:e2e   (SHAPEWISE_E2E_KEEP=1 keeps the temp dirs; --headed needs a display)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildVsix, ensureInstalled, ROOT, startCodeServer, type CodeServer } from './codeServer';
import { activeEditor, CHROMIUM_ARGS, editorLines, goToLine, lineStartingWith, openFile, poll, problemsRows, resultsFrame, runCommand, waitForWorkbench } from './workbench';

const TOTAL_BUDGET_MS = 9 * 60_000;
const STEP_TIMEOUT_MS = 90_000;
const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
// Long enough that typing during the run shows up before it ends even on a loaded machine.
const TIME_LIMIT_MS = 10_000;

interface GoldenCase { file: string; error?: { type: string; message: string; line: number }; stdout: string; arrays: Record<string, { shape: number[]; shapeText: string; dtype: string }> }
const golden: GoldenCase[] = JSON.parse(readFileSync(path.join(ROOT, 'test/e2e/golden.json'), 'utf8')).cases;
const caseOf = (file: string) => {
  const c = golden.find((g) => g.file === file);
  if (!c) throw new Error(`no golden case for ${file}; run python3 scripts/golden/extension_examples.py`);
  return c;
};

const BIG_FILE = 'scratch/big_array.py';
const BIG_SOURCE = 'import numpy as np\n\nbig = np.arange(1_000_000).reshape(1000, 1000) / 7\n';
const CELLS_FILE = 'scratch/cells.py';
const LOOP_FILE = 'scratch/endless_loop.py';
// Each pass does real array work, so the run lasts until the time limit rather than ending
// early at the interpreter's step budget; typing has the whole time limit to show up.
const LOOP_SOURCE = 'import numpy as np\n\ntotal = 0.0\nwhile True:\n    total += np.ones((300, 300)).sum()\n';

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

/** Hovers the first word of the line matching `line` until a hover containing `text` shows. */
async function hoverUntil(page: Page, line: RegExp, text: string, timeoutMs: number): Promise<string> {
  return poll(`a hover with ${text}`, timeoutMs, async () => {
    // Re-locate each time: inlay hints re-render lines (after a restart, on refresh).
    const box = await lineStartingWith(page, line).boundingBox({ timeout: 2_000 }).catch(() => null);
    if (!box) return undefined;
    await page.mouse.move(box.x + 40, box.y + box.height / 2);
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    await page.waitForTimeout(900);
    const hovers = await page.locator('.monaco-hover:not(.hidden)').allTextContents();
    const found = hovers.find((t) => t.includes(text));
    // Leave a found hover open so the step's screenshot shows it; move away to try again.
    if (!found) await page.mouse.move(5, 500);
    return found;
  }, 100);
}

/** Text of the `after` decorations in the active editor (inline results are CSS ::after content). */
function inlineDecorations(page: Page): Promise<string[]> {
  return activeEditor(page).locator('.view-lines .view-line span').evaluateAll((els) =>
    els.map((e) => getComputedStyle(e, '::after').content).filter((c) => c && c !== 'none' && c !== 'normal'));
}

/** The extension's own timing lines ("activated in N ms", "language server ready in N ms") from its log. */
function activationLog(userDataDir: string): string | undefined {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, name.name);
      if (name.isDirectory()) walk(p);
      else if (/shapewise/i.test(name.name) && name.name.endsWith('.log')) {
        for (const line of readFileSync(p, 'utf8').split('\n')) if (/activated in|ready in/.test(line)) found.push(line.replace(/^.*\] /, ''));
      }
    }
  };
  try { walk(path.join(userDataDir, 'logs')); } catch { return undefined; }
  return found.length ? found.join('; ') : undefined;
}

async function main() {
  const t0 = Date.now();
  const watchdog = setTimeout(() => {
    console.error(`e2e: the whole run exceeded ${TOTAL_BUDGET_MS / 60000} min; stopping`);
    void cleanup().finally(() => process.exit(2));
  }, TOTAL_BUDGET_MS);
  watchdog.unref();
  mkdirSync(ARTIFACTS, { recursive: true });
  const env = ensureInstalled();
  const work = mkdtempSync(path.join(os.tmpdir(), 'shapewise-e2e-'));
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    if (!process.env.SHAPEWISE_E2E_KEEP) rmSync(work, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`e2e: ${signal}: stopping code-server and chromium`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  try {
    console.log('e2e: packing the extension');
    const vsix = buildVsix(work);
    console.log('e2e: starting code-server');
    server = await startCodeServer({
      env, vsix, folder: path.join(ROOT, 'examples'), baseDir: work,
      settings: { 'shapewise.run.timeLimitMs': TIME_LIMIT_MS },
      files: { [LOOP_FILE]: LOOP_SOURCE, [BIG_FILE]: BIG_SOURCE, [CELLS_FILE]: readFileSync(path.join(ROOT, 'test/e2e/fixtures/cells.py'), 'utf8') },
    });
    browser = await chromium.launch({ executablePath: env.chromium, args: CHROMIUM_ARGS, headless: !process.argv.includes('--headed') });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(30_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' && /shapewise|Shapewise|extension\.web|server\.web/.test(m.text())) pageErrors.push(m.text().slice(0, 400)); });
    console.log(`e2e: VS Code at ${server.url}`);
    await page.goto(server.url);

    await step(page, 'workbench loads and the extension activates on a Python file', async () => {
      await waitForWorkbench(page);
      await openFile(page, '01_broadcast_mismatch.py', 150_000);
      await page.locator('.statusbar-item', { hasText: 'Shapewise' }).first().waitFor({ timeout: 60_000 });
    }, 180_000); // the first load of VS Code is slow on a busy 2-core machine

    const bug = caseOf('examples/bugs/01_broadcast_mismatch.py');
    const numpyMessage = bug.error!.message.trim();
    await step(page, "Problems panel shows the shape error with NumPy's message", async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = await poll('the broadcast error in Problems', 60_000, async () => (await problemsRows(page)).find((r) => r.includes(numpyMessage)));
      if (!row.includes(`${bug.error!.line}`)) throw new Error(`the problem is not on line ${bug.error!.line}: ${row}`);
    });

    await step(page, 'hover on an array shows its shape', async () => {
      await hoverUntil(page, /^X\b.*np\.random\.randn\(32,\s*10\)/, bug.arrays.X.shapeText, 30_000);
    });

    await step(page, 'an inlay hint shows the inferred shape', async () => {
      const shape = bug.arrays.bias.shapeText; // (32,)
      await poll(`an inlay hint ${shape} on the bias line`, 30_000, async () => {
        const lines = await editorLines(page);
        return lines.find((l) => l.startsWith('bias') && l.includes(shape) && !l.includes(`# ${shape}`));
      });
    });

    await step(page, 'a quick fix removes the shape error', async () => {
      await goToLine(page, bug.error!.line, 5);
      const before = (await editorLines(page))[bug.error!.line - 1];
      // The light bulb needs the code actions computed; ask again if the menu does not open.
      const menu = page.locator('.action-widget .monaco-list-row.action').first();
      await poll('the quick fix menu', 40_000, async () => {
        await activeEditor(page).locator('.view-lines').focus().catch(() => undefined);
        await page.keyboard.press('Control+.');
        return menu.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      }, 500);
      await page.keyboard.press('Enter');
      await poll('the edited line', 20_000, async () => (await editorLines(page))[bug.error!.line - 1] !== before);
      await page.keyboard.press('Control+Shift+M');
      await poll('the error to leave the Problems panel', 30_000, async () => !(await problemsRows(page)).some((r) => r.includes(numpyMessage)));
      console.log(`      fixed line: ${(await editorLines(page))[bug.error!.line - 1].trim()}`);
    });

    const tutorial = caseOf('examples/en_basics/05_1_axis_2d.py');
    await step(page, "Run Selection shows NumPy's exact output and a heatmap", async () => {
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

    await step(page, 'the inline result appears after the run and clears on edit', async () => {
      const inline = await poll('the inline result decoration', 20_000, () => inlineDecorations(page).then((d) => d.find((t) => t.includes('⇒'))));
      console.log(`      inline: ${inline}`);
      await page.keyboard.press('Control+End');
      await page.keyboard.type('#');
      await poll('the decoration to clear', 20_000, () => inlineDecorations(page).then((d) => !d.some((t) => t.includes('⇒'))));
      await page.keyboard.press('Control+Z');
    });

    await step(page, 'an endless loop is stopped with a clear message while the editor responds', async () => {
      await openFile(page, 'endless_loop.py');
      await activeEditor(page).click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+A');
      const started = Date.now();
      await page.keyboard.press('Control+Alt+Enter');
      // While it runs: type at the end of the file and see the text appear.
      await page.keyboard.press('Control+End');
      await page.keyboard.type('# typed');
      await poll('typed text to appear', 10_000, async () => (await editorLines(page)).some((l) => l.includes('# typed')), 100);
      const typedAfter = Date.now() - started;
      const frame = await resultsFrame(page, 30_000);
      const timeout = frame.locator('article.entry.kind-timeout').first();
      await timeout.waitFor({ timeout: TIME_LIMIT_MS + 30_000 });
      if (typedAfter >= TIME_LIMIT_MS) throw new Error(`typing only showed up after ${typedAfter} ms, when the run had already ended`);
      const message = await timeout.locator('.error').textContent();
      // Either the interpreter's own stop (time or step budget) or the server's kill; all say why.
      if (!/limit|budget/.test(message ?? '') || !/endless loop/.test(message ?? '')) throw new Error(`unclear message: ${message}`);
      console.log(`      typing showed after ${typedAfter} ms; panel says: ${message?.trim()}`);
    });

    const matmul = caseOf('examples/bugs/02_matmul_inner_dim.py');
    await step(page, "a run that raises shows NumPy's message in the error colour, linked to its line", async () => {
      await openFile(page, '02_matmul_inner_dim.py');
      await activeEditor(page).click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+Alt+Enter');
      const frame = await resultsFrame(page, 30_000);
      const entry = frame.locator('article.entry.kind-error', { hasText: '02_matmul_inner_dim.py' }).first();
      await entry.waitFor({ timeout: 45_000 });
      const error = entry.locator('.error').first();
      const text = (await error.textContent()) ?? '';
      if (!text.includes(`${matmul.error!.type}: ${matmul.error!.message}`)) throw new Error(`error text: ${text}`);
      const [colour, themeError] = await error.evaluate((el) => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--vscode-errorForeground)';
        document.body.append(probe);
        const out = [getComputedStyle(el).color, getComputedStyle(probe).color];
        probe.remove();
        return out;
      });
      if (colour !== themeError) throw new Error(`error colour ${colour} is not the theme's ${themeError}`);
      await error.locator('a.error-link').click();
      await poll(`the cursor on line ${matmul.error!.line}`, 15_000, async () =>
        (await page.locator('.statusbar-item', { hasText: /^Ln \d+/ }).first().textContent())?.includes(`Ln ${matmul.error!.line},`));
    });

    const cells = caseOf('test/e2e/fixtures/cells.py') as GoldenCase & { cellOutputs: string[] };
    await step(page, 'Run Cell runs only the # %% cell under the cursor', async () => {
      await openFile(page, 'cells.py');
      const lines = readFileSync(path.join(ROOT, 'test/e2e/fixtures/cells.py'), 'utf8').split('\n');
      await goToLine(page, lines.findIndex((l) => l.startsWith('b = ')) + 1);
      await runCommand(page, 'Shapewise: Run Cell');
      const frame = await resultsFrame(page, 30_000);
      const entry = frame.locator('article.entry', { hasText: 'cells.py' }).first();
      await entry.waitFor({ timeout: 45_000 });
      const output = await entry.locator('pre.output').first().textContent();
      const want = cells.cellOutputs[cells.cellOutputs.length - 1];
      if (output !== want) throw new Error(`cell output differs from NumPy's:\n--- numpy\n${want}--- panel\n${output}`);
    });

    await step(page, 'Show Shapes of File lists the shapes, and the server restarts cleanly', async () => {
      await runCommand(page, 'Shapewise: Show Shapes of File');
      const shape = cells.arrays.a.shapeText;
      await poll(`a quick pick row for a ${shape}`, 20_000, async () => {
        const rows = await page.locator('.quick-input-list .monaco-list-row').allTextContents();
        return rows.find((r) => r.startsWith('a') && r.includes(shape));
      });
      await page.keyboard.press('Escape');
      await runCommand(page, 'Shapewise: Restart Server');
      await hoverUntil(page, /^a\b.*np\.arange\(6\)/, shape, 40_000);
    });

    await step(page, 'a 1000×1000 array is drawn from a capped preview', async () => {
      await openFile(page, 'big_array.py');
      await activeEditor(page).click({ position: { x: 200, y: 10 } });
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+Alt+Enter');
      const frame = await resultsFrame(page, 30_000);
      const entry = frame.locator('article.entry', { hasText: 'big_array.py' }).first();
      await entry.waitFor({ timeout: 60_000 });
      const caption = await entry.locator('figure.picture-heatmap figcaption').first().textContent({ timeout: 10_000 });
      if (!/sampled to \(128, 128\)/.test(caption ?? '')) throw new Error(`unexpected caption: ${caption}`);
      const shape = await entry.locator('.value .shape').first().textContent();
      if (shape !== '(1000, 1000)') throw new Error(`shape shown: ${shape}`);
    });

    await step(page, 'the results panel comes back after a reload', async () => {
      const before = await (await resultsFrame(page, 10_000)).locator('article.entry').count();
      await page.reload();
      await waitForWorkbench(page);
      const count = await poll('restored entries', 60_000, async () => {
        const frame = await resultsFrame(page, 5_000);
        const n = await frame.locator('article.entry').count();
        return n >= before && n > 0 ? n : undefined;
      }, 500);
      console.log(`      ${count} entries restored`);
    }, 180_000);

    const activation = activationLog(server.userDataDir);
    if (activation) console.log(`e2e: extension log: ${activation}`);
    if (pageErrors.length) console.log(`e2e: page errors seen: ${pageErrors.slice(0, 3).join(' | ')}`);
  } catch (err) {
    results.push({ name: 'setup', ok: false, ms: 0, error: String((err as Error)?.stack ?? err) });
    console.error(`e2e: setup failed: ${(err as Error)?.stack ?? err}`);
  } finally {
    await cleanup();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`e2e: ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(ROOT, ARTIFACTS)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
