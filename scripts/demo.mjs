// The CLI demo on the examples: checks the shape-bug programs, shows the shapes of a tutorial
// file and runs another, so a fresh clone shows what Shapewise does in one command.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'shapewise');

function show(args) {
  process.stdout.write(`\n$ shapewise ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  process.stdout.write(r.stderr);
  process.stdout.write(`(exit status ${r.status})\n`);
}

show(['check', 'examples/bugs']);
show(['shapes', 'examples/en_basics/05_3_axis_images.py']);
show(['run', 'examples/ru_intro/09_one_hot.py']);
show(['run', 'examples/bugs/02_matmul_inner_dim.py']);
