// `npm run editor`: the product in one command. Packs the extension, installs it into
// code-server (VS Code in the browser, set up by scripts/e2e/install.sh on first use), serves
// the examples/ folder and prints the URL to open. Runs until Ctrl+C, then stops code-server.
// Options: --port N (default 8080, or a free port if taken), --folder PATH (default examples/).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildVsix, CACHE, ensureInstalled, freePort, ROOT, startCodeServer } from './codeServer';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function portOrFree(wanted: number): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => void freePort().then(resolve));
    srv.listen(wanted, '127.0.0.1', () => srv.close(() => resolve(wanted)));
  });
}

async function main() {
  const env = ensureInstalled();
  const session = path.join(CACHE, 'editor-session');
  mkdirSync(session, { recursive: true });
  console.log('editor: building and packing the extension…');
  const vsix = buildVsix(session);
  const folder = path.resolve(arg('--folder') ?? path.join(ROOT, 'examples'));
  const port = await portOrFree(Number(arg('--port') ?? process.env.PORT ?? 8080));
  const server = await startCodeServer({ env, vsix, folder, inPlace: true, baseDir: session, port });
  console.log(`\nShapewise is running in VS Code (code-server) on ${path.relative(process.cwd(), folder) || folder}:\n\n    ${server.url}\n`);
  console.log('Open a file under bugs/ to see shape errors; select lines and press Ctrl+Alt+Enter to run them.');
  console.log(`code-server log: ${server.logFile}\nPress Ctrl+C to stop.`);
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((err) => {
  console.error(`editor: ${(err as Error)?.stack ?? err}`);
  process.exit(1);
});
