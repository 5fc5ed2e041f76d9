// Playwright helpers that drive the VS Code workbench the way a user does — quick open, the
// command palette, keyboard shortcuts, hovering a word — and read back what a user sees: the
// text of editor lines, the Problems panel, hover widgets, and the results panel's webview.
import type { Frame, Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-dev-shm-usage', '--disable-features=Translate,MediaRouter'];

export async function waitForWorkbench(page: Page, timeoutMs = 150_000): Promise<void> {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: timeoutMs });
  // The explorer shows the folder once the remote file system is up.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: timeoutMs });
}

/** Opens a workspace file by name through Quick Open (Ctrl+P). */
export async function openFile(page: Page, fileName: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) .quick-input-box input', { timeout: 10_000 });
    await page.keyboard.type(fileName);
    const row = page.locator(`.quick-input-list .monaco-list-row[aria-label*="${fileName}"]`).first();
    try {
      await row.waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator(`.tabs-container .tab.active[aria-label*="${fileName}"]`).waitFor({ timeout: 15_000 });
      await activeEditor(page).locator('.view-line').first().waitFor({ timeout: 15_000 });
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
  }
}

export function activeEditor(page: Page) {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Runs a command from the palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) .quick-input-box input', { timeout: 10_000 });
  await page.keyboard.type(title);
  await page.locator(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** The rendered text of editor lines in document order (view lines are positioned, not ordered). */
export async function editorLines(page: Page): Promise<string[]> {
  return activeEditor(page).locator('.view-lines .view-line').evaluateAll((els) =>
    els.map((e) => ({ top: parseFloat((e as HTMLElement).style.top || '0'), text: (e.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top).map((x) => x.text));
}

/** The first view-line element whose text matches `prefix` (inlay hints are part of the text). */
export function lineStartingWith(page: Page, prefix: string | RegExp) {
  return activeEditor(page).locator('.view-lines .view-line').filter({ hasText: prefix }).first();
}

/** Moves the cursor to (1-based) line and column with Go to Line (Ctrl+G). */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) .quick-input-box input', { timeout: 10_000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
}

export async function problemsRows(page: Page): Promise<string[]> {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').replace(/\s+/g, ' ')));
}

/** The frame of the Shapewise results webview, once it has rendered. */
export async function resultsFrame(page: Page, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        if (await frame.locator('#entries').count()) return frame;
      } catch {
        // frame navigated away while we looked
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the Shapewise Results panel did not appear');
}

export async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined | false>, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
}
