// The extension manifest and its assets agree with the code: every command the client
// registers is contributed (and the other way round), menus and keybindings name real
// commands, Run Selection's key only fires in Python editors and is not Shift+Enter (the
// Python extension's), activation is on Python files only, every settings key the server reads
// is contributed, referenced files exist, the .vscodeignore is an allow-list, and the
// injection grammar's patterns match the comments they are for.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/protocol/messages';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

describe('extension manifest', () => {
  it('contributes exactly the commands the client registers', () => {
    const client = readFileSync(path.join(ROOT, 'src/client/common.ts'), 'utf8');
    const registered = [...client.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
    const declared = contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual(declared, registered);
  });

  it('menus and keybindings name declared commands; Run Selection is Ctrl+Alt+Enter in Python only', () => {
    const declared = new Set(contributes.commands.map((c: { command: string }) => c.command));
    const used = [...Object.values(contributes.menus).flat(), ...contributes.keybindings].map((m: any) => m.command);
    assert.deepEqual(used.filter((c) => !declared.has(c)), []);
    const run = contributes.keybindings.find((k: any) => k.command === 'shapewise.runSelection');
    assert.equal(run.key, 'ctrl+alt+enter');
    assert.match(run.when, /editorLangId == python/);
    assert.ok(!contributes.keybindings.some((k: any) => /^shift\+enter$/.test(k.key)));
  });

  it('activates on Python files (or to restore its results panel) and ships desktop and web entries', () => {
    assert.deepEqual(pkg.activationEvents, ['onLanguage:python', 'onWebviewPanel:shapewise.results']);
    assert.equal(pkg.main, './dist/client/extension.node.js');
    assert.equal(pkg.browser, './dist/client/extension.web.js');
  });

  it('contributes every setting the server reads', () => {
    const keys = Object.keys(contributes.configuration.properties).sort();
    const flat = (o: Record<string, unknown>, prefix: string): string[] => Object.entries(o).flatMap(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) && k !== 'severity' ? flat(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]);
    for (const key of flat(DEFAULT_SETTINGS as unknown as Record<string, unknown>, 'shapewise.')) assert.ok(keys.includes(key), `${key} is not contributed`);
  });

  it('every referenced asset exists', () => {
    const files = [pkg.icon, ...contributes.grammars.map((g: any) => g.path),
      ...contributes.walkthroughs.flatMap((w: any) => w.steps.map((s: any) => s.media.markdown ?? s.media.image))];
    assert.deepEqual(files.filter((f: string) => !existsSync(path.join(ROOT, f))), []);
  });

  it('.vscodeignore excludes everything and lets back in only bundles and assets', () => {
    const lines = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    assert.equal(lines[0], '**');
    assert.deepEqual(lines.slice(1).filter((l) => !l.startsWith('!')), []);
    assert.deepEqual(lines.filter((l) => /src\/|\.map$|node_modules/.test(l)), []);
  });
});

describe('injection grammar', () => {
  const grammar = JSON.parse(readFileSync(path.join(ROOT, 'syntaxes/shapewise-comments.injection.json'), 'utf8'));
  it('injects into Python comments only', () => {
    assert.equal(grammar.injectionSelector, 'L:comment.line.number-sign.python');
    const contributed = contributes.grammars.find((g: any) => g.scopeName === grammar.scopeName);
    assert.deepEqual(contributed.injectTo, ['source.python']);
  });

  it('matches shape annotations and suppressions', () => {
    const shape = new RegExp(grammar.repository['shape-annotation'].begin);
    const dimension = grammar.repository['shape-annotation'].patterns.map((p: any) => new RegExp(p.match));
    const suppression = new RegExp(grammar.repository.suppression.match);
    assert.deepEqual(shape.exec('x = f()  # shape: (N, D)')?.slice(1), ['shape', ':', '(']);
    assert.ok(dimension[0].test('32'));
    assert.ok(dimension[2].test('batch'));
    assert.deepEqual(suppression.exec('y = a + b  # shapewise: ignore[broadcast-mismatch, silent-broadcast]')?.slice(1),
      ['shapewise', ':', 'ignore', '[', 'broadcast-mismatch, silent-broadcast', ']']);
    assert.equal(suppression.exec('# shapewise: ignore')?.[3], 'ignore');
    assert.equal(shape.exec('# the shape of things'), null);
  });
});
