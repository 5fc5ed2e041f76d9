// mdtest for the shape analysis: Markdown files whose fenced ```py blocks carry inline
// expectations, each block one case (blocks fenced ```py file=NAME.py are importable modules
// for the next plain block). Expectations, written as comments on the line they are about:
//   # error: [code]            an error with that code starts on this line (also warning:, information:)
//   # error: [code] "text"     ...and its message contains text
//   # revealed: (3, 4) float64 reveal_shape(x) on this line shows that, or the value assigned here does
//   # fix: title text          a quick fix whose title contains the text is offered for this line
// Every diagnostic must be expected and every expectation met; lines without expectations must
// be clean. Shared by the mdtest suite, the diagnostic docs test and the python3 cross-check.
import { analyze } from '../../src/analysis/index';

export interface MdCase {
  /** `file.md: heading (line N)`. */
  title: string;
  source: string;
  /** Line in the Markdown file where the code starts (1-based line 1 of the block). */
  mdLine: number;
  modules: Map<string, string>;
  /** `py no-run`: not executed by the python3 cross-check (e.g. needs jaxtyping). */
  noRun: boolean;
}

export function parseMarkdown(text: string, fileName: string): MdCase[] {
  const lines = text.split('\n');
  const cases: MdCase[] = [];
  let heading = '';
  let modules = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const h = /^#{1,6}\s+(.*)$/.exec(lines[i]);
    if (h) { heading = h[1].trim(); continue; }
    const fence = /^```(py|python)\b(.*)$/.exec(lines[i]);
    if (!fence) continue;
    const info = fence[2].trim();
    const body: string[] = [];
    const start = i + 2;
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    const source = body.join('\n') + '\n';
    const file = /file=([\w./]+)/.exec(info);
    if (file) {
      modules.set(file[1].replace(/\.py$/, '').replace(/\//g, '.'), source);
      continue;
    }
    cases.push({ title: `${fileName}: ${heading || 'block'} (line ${start})`, source, mdLine: start, modules, noRun: /no-run/.test(info) });
    modules = new Map();
  }
  return cases;
}

interface Expect {
  diags: string[];
  messages: { key: string; text: string }[];
  revealed?: string;
  fixes: string[];
}

export function expectationsOf(source: string): Map<number, Expect> {
  const out = new Map<number, Expect>();
  source.split('\n').forEach((line, i) => {
    const e: Expect = { diags: [], messages: [], fixes: [] };
    const re = /#\s*(error|warning|information):\s*\[([\w-]+)\](?:\s*"([^"]*)")?/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line))) {
      e.diags.push(`${m[1]}[${m[2]}]`);
      if (m[3]) e.messages.push({ key: `${m[1]}[${m[2]}]`, text: m[3] });
    }
    const r = /#\s*revealed:\s*(.+?)\s*(?=#|$)/.exec(line);
    if (r) e.revealed = r[1];
    for (const f of line.matchAll(/#\s*fix:\s*(.+?)\s*(?=#|$)/g)) e.fixes.push(f[1]);
    if (e.diags.length || e.revealed || e.fixes.length) out.set(i + 1, e);
  });
  return out;
}

/** Runs one case; returns the list of mismatches (empty = pass), each naming the Markdown line. */
export function checkCase(c: MdCase): string[] {
  const a = analyze(c.source, { resolveModule: (n) => c.modules.get(n) });
  const problems: string[] = [];
  const where = (line: number) => `line ${c.mdLine + line - 1} (block line ${line})`;
  const expected = expectationsOf(c.source);
  const actual = new Map<number, string[]>();
  for (const d of a.diagnostics) {
    const key = `${d.severity}[${d.code}]`;
    const l = actual.get(d.range.line) ?? [];
    l.push(key);
    actual.set(d.range.line, l);
  }
  const lines = new Set([...expected.keys(), ...actual.keys()]);
  for (const line of [...lines].sort((x, y) => x - y)) {
    const exp = (expected.get(line)?.diags ?? []).slice().sort();
    const got = (actual.get(line) ?? []).slice().sort();
    if (exp.join(',') !== got.join(',')) {
      const msgs = a.diagnostics.filter((d) => d.range.line === line).map((d) => `${d.code}: ${d.message}`);
      problems.push(`${where(line)}: expected [${exp.join(', ')}] got [${got.join(', ')}]${msgs.length ? ' — ' + msgs.join(' | ') : ''}`);
    }
    const e = expected.get(line);
    if (!e) continue;
    for (const m of e.messages) {
      const ok = a.diagnostics.some((d) => d.range.line === line && `${d.severity}[${d.code}]` === m.key && d.message.includes(m.text));
      if (!ok) problems.push(`${where(line)}: no ${m.key} whose message contains "${m.text}"`);
    }
    if (e.revealed !== undefined) {
      const got = a.revealedAt(line);
      if (got !== e.revealed) problems.push(`${where(line)}: revealed ${got === undefined ? 'nothing' : `"${got}"`}, expected "${e.revealed}"`);
    }
    for (const f of e.fixes) {
      // What the editor offers: the code actions of the line's diagnostics (checked fixes only).
      const offered = a.diagnostics.filter((d) => d.range.line === line)
        .flatMap((d) => a.codeActions(d.range.start, d.range.end).filter((x) => x.diagnosticStart === d.range.start && x.diagnosticEnd === d.range.end));
      const ok = offered.some((x) => x.title.includes(f));
      if (!ok) problems.push(`${where(line)}: no quick fix "${f}" (offered: ${offered.map((x) => x.title).join('; ') || 'none'})`);
    }
  }
  return problems;
}
