// `npm run package`: release-builds the bundles and packs the extension into a .vsix with
// @vscode/vsce (dependencies are bundled, so --no-dependencies; .vscodeignore is an allow-list).
// Prints the .vsix path, its size and its file list, and fails if anything outside the
// allow-list (sources, maps, node_modules) slipped in. Usage: node scripts/e2e/package.mjs [--out file] [--no-build]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(root, 'artifacts', `${pkg.name}-${pkg.version}.vsix`));
mkdirSync(path.dirname(out), { recursive: true });

if (!args.includes('--no-build')) execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--release'], { cwd: root, stdio: 'inherit' });

const vsce = path.join(root, 'node_modules/@vscode/vsce/vsce');
const flags = ['package', '--no-dependencies', '--out', out, '--allow-missing-repository',
  '--baseContentUrl', 'https://github.com/shapewise/shapewise/blob/main', '--baseImagesUrl', 'https://github.com/shapewise/shapewise/raw/main'];
if (!existsSync(path.join(root, 'README.md'))) console.warn('package: README.md is missing; the Marketplace page will be empty');
execFileSync(process.execPath, [vsce, ...flags], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

const listing = execFileSync('unzip', ['-Z1', out], { encoding: 'utf8' }).split('\n').filter(Boolean);
const stray = listing.filter((f) => /\.(ts|map)$|node_modules\/|^extension\/src\//.test(f));
const size = statSync(out).size;
console.log(`package: ${path.relative(root, out)} — ${(size / 1024).toFixed(0)} KiB, ${listing.length} entries`);
for (const f of listing) console.log(`  ${f}`);
if (stray.length) {
  console.error(`package: files outside the allow-list: ${stray.join(', ')}`);
  process.exit(1);
}
