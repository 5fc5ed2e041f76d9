// The in-VS-Code test suite run by test/e2e/electron.ts (@vscode/test-electron): drives the
// installed extension through VS Code's own APIs — diagnostics, the hover, inlay hint and code
// action providers, and the Run Selection command — against the python3 + NumPy golden.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

declare const SUITE_ROOT: string;
interface GoldenCase { file: string; error?: { type: string; message: string; line: number }; stdout: string; arrays: Record<string, { shapeText: string }> }

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function run(): Promise<void> {
  const root = process.env.SHAPEWISE_SUITE_ROOT ?? SUITE_ROOT;
  const golden: GoldenCase[] = JSON.parse(readFileSync(path.join(root, 'test/e2e/golden.json'), 'utf8')).cases;
  const bug = golden.find((c) => c.file === 'examples/bugs/01_broadcast_mismatch.py')!;
  const tutorial = golden.find((c) => c.file === 'examples/en_basics/05_1_axis_2d.py')!;
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const failures: string[] = [];
  const check = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
      console.log(`  ✔ ${name}`);
    } catch (err) {
      failures.push(name);
      console.log(`  ✘ ${name}: ${(err as Error).message}`);
    }
  };

  const bugUri = vscode.Uri.joinPath(folder, 'bugs/01_broadcast_mismatch.py');
  const doc = await vscode.workspace.openTextDocument(bugUri);
  const editor = await vscode.window.showTextDocument(doc);

  await check("shape error with NumPy's message", async () => {
    const d = await waitFor('diagnostics', () => vscode.languages.getDiagnostics(bugUri).find((x) => x.message.includes(bug.error!.message.trim())));
    assert.equal(d.range.start.line + 1, bug.error!.line);
  });
  await check('hover shows the shape', async () => {
    const pos = doc.positionAt(doc.getText().indexOf('X = '));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', bugUri, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes(bug.arrays.X.shapeText), text);
  });
  await check('inlay hint shows the shape', async () => {
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', bugUri, new vscode.Range(0, 0, doc.lineCount, 0));
    assert.ok(hints.some((h) => String(typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')).includes(bug.arrays.bias.shapeText)));
  });
  await check('quick fix removes the error', async () => {
    const d = vscode.languages.getDiagnostics(bugUri).find((x) => x.message.includes(bug.error!.message.trim()))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', bugUri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred) ?? actions[0];
    assert.ok(fix?.edit, 'a quick fix with an edit');
    await vscode.workspace.applyEdit(fix.edit!);
    await waitFor('the error to go away', () => !vscode.languages.getDiagnostics(bugUri).some((x) => x.message.includes(bug.error!.message.trim())));
  });
  await check("Run Selection prints NumPy's exact output", async () => {
    const tdoc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'en_basics/05_1_axis_2d.py'));
    const ted = await vscode.window.showTextDocument(tdoc);
    ted.selection = new vscode.Selection(0, 0, tdoc.lineCount - 1, 0);
    const result = await vscode.commands.executeCommand<{ output: string; kind: string }>('shapewise.runSelection');
    assert.equal(result?.kind, 'ok');
    assert.equal(result?.output, tutorial.stdout);
  });
  void editor;
  if (failures.length) throw new Error(`${failures.length} check(s) failed: ${failures.join(', ')}`);
}
