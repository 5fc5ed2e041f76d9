// Developer tool: replays the engine golden corpus and prints one line per failing case
// (topic:line op -> difference), for quick iteration. Usage: npx tsx scripts/golden/engine_check.ts [topic] [limit]
import { EngineError } from '../../src/engine/index';
import { compare, loadCases, runCase } from '../../test/engine/golden';

const topics = process.argv[2] ? [process.argv[2]] : ['creation', 'ufunc', 'reduce', 'shape', 'index', 'linalg', 'sort'];
const limit = Number(process.argv[3] ?? 40);
let shown = 0;
for (const t of topics) {
  let fails = 0;
  const cases = loadCases(t);
  cases.forEach((c, i) => {
    let msg: string | null = null;
    try {
      const got = runCase(c);
      msg = c.e ? `NumPy raised ${c.e.join(': ')}; engine returned` : compare(got, c.r, !!c.tol, c.op);
    } catch (e) {
      if (e instanceof EngineError) {
        if (!c.e) msg = `engine raised ${e.pyType}: ${e.message}`;
        else if (e.pyType !== c.e[0] || e.message !== c.e[1]) msg = `error ${e.pyType}: ${e.message} != ${c.e.join(': ')}`;
      } else msg = `crash ${(e as Error).message}`;
    }
    if (msg) {
      fails++;
      if (shown++ < limit) console.log(`${t}:${i + 1} ${c.op} ${JSON.stringify(c.a).slice(0, 150)} ${JSON.stringify(c.k ?? {})} -> ${msg}`);
    }
  });
  console.log(`== ${t}: ${cases.length - fails}/${cases.length}`);
}
