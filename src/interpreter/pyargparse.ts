// The argparse module, the part training scripts use: ArgumentParser with add_argument
// (positional and optional arguments, type, default, choices, nargs None/?/*/+/N, const,
// required, dest, metavar, help, and the actions store, store_const, store_true, store_false,
// append, append_const, extend, count, help, version, BooleanOptionalAction), argument groups,
// set_defaults/get_default, parse_args / parse_known_args of a list or of sys.argv[1:] (empty
// in the evaluator, so scripts run with their defaults), Namespace, sub-commands
// (add_subparsers/add_parser), mutually exclusive groups, the help formatters, and CPython
// 3.11's texts: the wrapped usage line, --help's sections, "prog: error: ..." with exit status 2.
import { Kwargs, PyBuiltin, PyClass, PyDict, PyInstance, PyList, PyModule, PyNative, PyTuple, PyValue, isInt } from './values';
import { PyThrow, T, makeExc, pyErr, throwErr } from './types';
import { callValue, contains, dictSet, getattr, getattrOpt, pyEq, repr, str, toArray, truthy, typeName } from './runtime';
import { percentOp } from './format';
import { current } from './interp';
import { WRAP_DEFAULTS, wrapText } from './pytextwrap';

const SUPPRESS = '==SUPPRESS==';
const HELP_WIDTH = 78; // COLUMNS (80 when not a terminal) - 2

const namespaceClass = new PyClass('Namespace', [T.object], 'argparse');
namespaceClass.dict.set('__init__', new PyBuiltin('__init__', (a, k) => {
  const self = a[0] as PyInstance;
  if (k) for (const [n, v] of k) self.dict.set(n, v);
  return null;
}));
namespaceClass.dict.set('__repr__', new PyBuiltin('__repr__', (a) => {
  const self = a[0] as PyInstance;
  const parts: string[] = [];
  const odd: [string, PyValue][] = [];
  for (const [k, v] of self.dict) (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? parts.push(`${k}=${repr(v)}`) : odd.push([k, v]));
  if (odd.length) parts.push(`**{${odd.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`);
  return `Namespace(${parts.join(', ')})`;
}));
namespaceClass.dict.set('__eq__', new PyBuiltin('__eq__', (a) => {
  const [x, y] = a as [PyInstance, PyValue];
  if (!(y instanceof PyInstance) || y.cls !== namespaceClass) return false;
  if (x.dict.size !== y.dict.size) return false;
  for (const [k, v] of x.dict) { const w = y.dict.get(k); if (w === undefined || !pyEq(v, w)) return false; }
  return true;
}));
namespaceClass.dict.set('__contains__', new PyBuiltin('__contains__', (a) => (a[0] as PyInstance).dict.has(str(a[1]))));

const argumentErrorClass = new PyClass('ArgumentError', [T.Exception], 'argparse');
const argumentTypeErrorClass = new PyClass('ArgumentTypeError', [T.Exception], 'argparse');
const boolOptionalClass = new PyClass('BooleanOptionalAction', [T.object], 'argparse');

type Nargs = null | '?' | '*' | '+' | number | 'A...';
interface Action {
  optionStrings: string[]; dest: string; kind: string; nargs: Nargs; konst: PyValue; dflt: PyValue; type: PyValue;
  choices: PyValue; required: boolean; help: PyValue; metavar: PyValue; version?: PyValue; group: Group;
  /** The mutually exclusive group the action is in, if any. */
  mutex?: Mutex;
  /** add_subparsers(): the sub-commands, their parsers and the help of those listed. */
  commands?: { parsers: Map<string, Parser>; listed: { name: string; aliases: string[]; help: PyValue }[] };
}
interface Mutex { required: boolean; actions: Action[] }
interface Group { title: string | null; description: string | null; actions: Action[] }

class ParseError { constructor(public message: string) {} }

function typeNameOf(t: PyValue): string {
  if (t instanceof PyClass) return t.name;
  const n = getattrOpt(t, '__name__');
  return typeof n === 'string' ? n : repr(t);
}

class Parser extends PyNative {
  prog: string;
  usage: PyValue;
  description: PyValue;
  epilog: PyValue;
  actions: Action[] = [];
  positionals: Group = { title: 'positional arguments', description: null, actions: [] };
  optionals: Group = { title: 'options', description: null, actions: [] };
  groups: Group[];
  defaults = new Map<string, PyValue>();
  prefixChars: string;
  allowAbbrev: boolean;
  exitOnError: boolean;
  /** The HelpFormatter class chosen by formatter_class= (by name). */
  formatter: string;

  constructor(kw: Map<string, PyValue>) {
    super();
    const main = current.interp?.frames[0]?.filename ?? 'main.py';
    this.prog = kw.has('prog') && kw.get('prog') !== null ? str(kw.get('prog')!) : main.split('/').pop()!;
    this.usage = kw.get('usage') ?? null;
    this.description = kw.get('description') ?? null;
    this.epilog = kw.get('epilog') ?? null;
    this.prefixChars = kw.has('prefix_chars') ? str(kw.get('prefix_chars')!) : '-';
    this.allowAbbrev = kw.has('allow_abbrev') ? truthy(kw.get('allow_abbrev')!) : true;
    this.exitOnError = kw.has('exit_on_error') ? truthy(kw.get('exit_on_error')!) : true;
    const fc = kw.get('formatter_class');
    this.formatter = fc instanceof PyClass ? fc.name : 'HelpFormatter';
    this.groups = [this.positionals, this.optionals];
    const addHelp = kw.has('add_help') ? truthy(kw.get('add_help')!) : true;
    if (addHelp) {
      const p = this.prefixChars.includes('-') ? '-' : this.prefixChars[0];
      this.addArgument([`${p}h`, `${p}${p}help`], new Map<string, PyValue>([['action', 'help'], ['help', 'show this help message and exit']]), this.optionals);
    }
  }
  pyType(): PyClass { return parserClass; }

  addArgument(names: PyValue[], kw: Map<string, PyValue>, group: Group | null): Action {
    const strs = names.map((n) => str(n));
    const isOptional = strs.length > 0 && this.prefixChars.includes(strs[0][0] ?? '');
    let dest: string;
    if (!isOptional) {
      if (strs.length !== 1) throwErr('ValueError', 'invalid option string ' + repr(strs[0] ?? '') + ': must start with a character ' + repr(this.prefixChars));
      if (kw.has('dest')) throwErr('ValueError', 'dest supplied twice for positional argument');
      dest = strs[0];
    } else {
      for (const s of strs) if (!this.prefixChars.includes(s[0])) throwErr('ValueError', `invalid option string ${repr(s)}: must start with a character ${repr(this.prefixChars)}`);
      const long = strs.find((s) => s.length > 1 && this.prefixChars.includes(s[1]));
      dest = kw.has('dest') && kw.get('dest') !== null ? str(kw.get('dest')!) : (long ?? strs[0]).replace(new RegExp(`^[${this.prefixChars.replace(/[-\]\\^]/g, '\\$&')}]+`), '').replace(/-/g, '_');
    }
    let kind = kw.has('action') ? kw.get('action')! : 'store';
    if (kind === boolOptionalClass) kind = 'boolean_optional';
    if (typeof kind !== 'string') throwErr('ValueError', `unknown action ${repr(kind)}`);
    const known = ['store', 'store_const', 'store_true', 'store_false', 'append', 'append_const', 'extend', 'count', 'help', 'version', 'boolean_optional'];
    if (!known.includes(kind)) throwErr('ValueError', `unknown action "${kind}"`);
    let nargs: Nargs = null;
    const nv = kw.get('nargs');
    if (nv !== undefined && nv !== null) {
      if (isInt(nv)) nargs = Number(nv);
      else if (nv === '?' || nv === '*' || nv === '+') nargs = nv as '?' | '*' | '+';
      else if (nv === '...') nargs = 'A...';
      else throwErr('ValueError', 'invalid nargs value');
    }
    if (nargs === 0 && ['store', 'append', 'extend'].includes(kind)) {
      throwErr('ValueError', 'nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate');
    }
    if (!isOptional && kw.has('required')) throwErr('TypeError', "'required' is an invalid argument for positionals");
    const noArgs = ['store_const', 'store_true', 'store_false', 'append_const', 'count', 'help', 'version', 'boolean_optional'].includes(kind);
    if (noArgs && kw.has('nargs')) throwErr('TypeError', `__init__() got an unexpected keyword argument 'nargs'`);
    let dflt: PyValue = kw.has('default') ? kw.get('default')! : null;
    if (kind === 'store_true' && !kw.has('default')) dflt = false;
    if (kind === 'store_false' && !kw.has('default')) dflt = true;
    if (kind === 'help' || kind === 'version') dflt = SUPPRESS;
    const a: Action = {
      optionStrings: isOptional ? strs.slice() : [], dest: kind === 'help' || kind === 'version' ? SUPPRESS : dest, kind, nargs,
      konst: kind === 'store_true' ? true : kind === 'store_false' ? false : kw.get('const') ?? null,
      dflt, type: kw.get('type') ?? null, choices: kw.get('choices') ?? null,
      required: isOptional ? truthy(kw.get('required') ?? false) : !(nargs === '?' || nargs === '*'),
      help: kw.has('help') ? kw.get('help')! : kind === 'version' ? "show program's version number and exit" : null, metavar: kw.get('metavar') ?? null, version: kw.get('version'), group: group ?? (isOptional ? this.optionals : this.positionals),
    };
    if (kind === 'boolean_optional') {
      for (const s of strs) if (s.startsWith('--')) a.optionStrings.push('--no-' + s.slice(2));
    }
    if (a.type !== null && !(a.type instanceof PyClass) && typeof a.type === 'string') throwErr('ValueError', `${repr(a.type)} is not callable`);
    for (const s of a.optionStrings) {
      if (this.actions.some((x) => x.optionStrings.includes(s))) {
        throw pyErrOf(argumentErrorClass, `argument ${a.optionStrings.join('/')}: conflicting option string: ${s}`);
      }
    }
    this.actions.push(a);
    a.group.actions.push(a);
    return a;
  }

  // ----------------------------------------------------------------------------------------
  // Formatting

  private metavarOf(a: Action): string[] {
    if (a.metavar !== null) return a.metavar instanceof PyTuple ? a.metavar.items.map(str) : [str(a.metavar)];
    if (a.commands) return [`{${[...a.commands.parsers.keys()].join(',')}}`];
    if (a.choices !== null) return [`{${toArray(a.choices).map(str).join(',')}}`];
    return [a.optionStrings.length ? a.dest.toUpperCase() : a.dest];
  }
  private argsText(a: Action): string {
    const mv = this.metavarOf(a);
    const m = (i: number) => mv[Math.min(i, mv.length - 1)];
    switch (a.nargs) {
      case null: return m(0);
      case '?': return `[${m(0)}]`;
      case '*': return a.optionStrings.length || mv.length > 1 ? `[${m(0)} ...]` : `[${m(0)} ...]`;
      case '+': return `${m(0)} [${m(1)} ...]`;
      case 'A...': return a.commands ? `${m(0)} ...` : '...';
      default: return Array.from({ length: a.nargs as number }, (_, i) => m(i)).join(' ');
    }
  }
  private takesArgs(a: Action): boolean {
    return ['store', 'append', 'extend'].includes(a.kind);
  }
  private usageParts(a: Action): string {
    if (!a.optionStrings.length) return this.argsText(a);
    let part = a.kind === 'boolean_optional' ? a.optionStrings.join(' | ') : a.optionStrings[0];
    if (this.takesArgs(a)) part += ' ' + this.argsText(a);
    return a.required ? part : `[${part}]`;
  }
  addSubparsers(kw: Map<string, PyValue>): PyValue {
    if (this.actions.some((a) => a.commands)) { this.fail('cannot have multiple subparser arguments'); }
    const title = kw.get('title') ?? null, description = kw.get('description') ?? null;
    let group: Group = this.positionals;
    if (title !== null || description !== null) {
      group = { title: title === null ? 'subcommands' : str(title), description: description === null ? null : str(description), actions: [] };
      this.groups.push(group);
    }
    const dest = kw.get('dest') ?? null;
    const action: Action = {
      optionStrings: [], dest: dest === null ? SUPPRESS : str(dest), kind: 'parsers', nargs: 'A...', konst: null, dflt: null, type: null,
      choices: null, required: truthy(kw.get('required') ?? false), help: kw.get('help') ?? null, metavar: kw.get('metavar') ?? null, group,
      commands: { parsers: new Map(), listed: [] },
    };
    this.actions.push(action);
    group.actions.push(action);
    return new SubParsers(this, action);
  }
  formatUsage(): string {
    if (this.usage !== null) return `usage: ${str(this.usage).replace(/%\(prog\)s/g, this.prog)}\n`;
    const visible = this.actions.filter((a) => a.help !== SUPPRESS);
    // a mutually exclusive group reads [--a | --b] (or (--a | --b) when required), in place
    const opt: string[] = [];
    for (const a of visible.filter((x) => x.optionStrings.length)) {
      if (!a.mutex) { opt.push(this.usageParts(a)); continue; }
      if (a.mutex.actions.find((x) => x.help !== SUPPRESS) !== a) continue;
      const inner = a.mutex.actions.filter((x) => x.help !== SUPPRESS).map((x) => this.usageParts(x).replace(/^\[(.*)\]$/, '$1'));
      opt.push(a.mutex.required ? `(${inner.join(' | ')})` : `[${inner.join(' | ')}]`);
    }
    const pos = visible.filter((a) => !a.optionStrings.length).map((a) => this.usageParts(a));
    const prefix = 'usage: ';
    const full = [this.prog, ...opt, ...pos].join(' ');
    if (prefix.length + full.length <= HELP_WIDTH) return `${prefix}${full}\n`;
    const lines = (parts: string[], indent: string, withPrefix: boolean): string[] => {
      const out: string[] = [];
      let line: string[] = [];
      let len = withPrefix ? prefix.length - 1 : indent.length - 1;
      for (const p of parts) {
        if (len + 1 + p.length > HELP_WIDTH && line.length) { out.push(indent + line.join(' ')); line = []; len = indent.length - 1; }
        line.push(p);
        len += p.length + 1;
      }
      if (line.length) out.push(indent + line.join(' '));
      if (withPrefix) out[0] = out[0].slice(indent.length);
      return out;
    };
    let result: string[];
    if (prefix.length + this.prog.length <= 0.75 * HELP_WIDTH) {
      const indent = ' '.repeat(prefix.length + this.prog.length + 1);
      if (opt.length) result = [...lines([this.prog, ...opt], indent, true), ...lines(pos, indent, false)];
      else if (pos.length) result = lines([this.prog, ...pos], indent, true);
      else result = [this.prog];
    } else {
      const indent = ' '.repeat(prefix.length);
      let rest = lines([...opt, ...pos], indent, false);
      if (rest.length > 1) rest = [...lines(opt, indent, false), ...lines(pos, indent, false)];
      result = [this.prog, ...rest];
    }
    return `${prefix}${result.join('\n')}\n`;
  }
  private invocation(a: Action): string {
    if (!a.optionStrings.length) return this.metavarOf(a)[0];
    if (!this.takesArgs(a)) return a.optionStrings.join(', ');
    const args = this.argsText(a);
    return a.optionStrings.map((s) => `${s} ${args}`).join(', ');
  }
  /** The help text before %-expansion; ArgumentDefaultsHelpFormatter appends the default. */
  private helpString(a: Action): string {
    let h = a.help === null ? '' : str(a.help);
    // 3.11 expands (and so extends) only a help text that is there
    if (this.formatter === 'ArgumentDefaultsHelpFormatter' && h.trim() && !h.includes('%(default)') && a.dflt !== SUPPRESS &&
      (a.optionStrings.length || a.nargs === '?' || a.nargs === '*')) h += ' (default: %(default)s)';
    return h;
  }
  private expandHelp(a: Action): string {
    const h = this.helpString(a);
    if (!h.includes('%')) return h;
    const d = new PyDict();
    const set = (k: string, v: PyValue) => dictSet(d, k, v);
    set('prog', this.prog); set('default', a.dflt); set('dest', a.dest); set('type', a.type === null ? null : typeNameOf(a.type));
    set('choices', a.choices === null ? null : toArray(a.choices).map(str).join(', ')); set('metavar', a.metavar); set('const', a.konst);
    set('nargs', a.nargs === null ? null : typeof a.nargs === 'number' ? a.nargs : a.nargs); set('required', a.required); set('help', a.help);
    set('option_strings', new PyList(a.optionStrings));
    return percentOp(h, d);
  }
  formatHelp(): string {
    const width = HELP_WIDTH;
    const sections: string[] = [this.formatUsage()];
    const raw = this.formatter === 'RawDescriptionHelpFormatter' || this.formatter === 'RawTextHelpFormatter';
    const text = (s: string, indent: number) => (raw ? s.split(/(?<=\n)/).map((l) => ' '.repeat(indent) + l).join('') :
      wrapText(s.replace(/\s+/g, ' ').trim(), { ...WRAP_DEFAULTS, width: Math.max(width - indent, 11), initialIndent: ' '.repeat(indent), subsequentIndent: ' '.repeat(indent) }).join('\n'));
    if (this.description !== null) sections.push(text(str(this.description), 0) + '\n');
    const visible = (g: Group) => g.actions.filter((a) => a.help !== SUPPRESS);
    let maxLen = 0;
    for (const g of this.groups) for (const a of visible(g)) {
      maxLen = Math.max(maxLen, this.invocation(a).length + 2);
      for (const c of a.commands?.listed ?? []) maxLen = Math.max(maxLen, commandHead(c).length + 4);
    }
    const helpPos = Math.min(maxLen + 2, 24);
    const helpWidth = Math.max(width - helpPos, 11);
    for (const g of this.groups) {
      const acts = visible(g);
      if (!acts.length && g.description === null) continue;
      let sec = `${g.title}:\n`;
      if (g.description !== null) sec += text(str(g.description), 2) + '\n\n';
      const entry = (indent: number, head: string, helpText: string) => {
        const width2 = helpPos - indent - 2;
        let first = helpPos;
        if (!helpText) sec += `${' '.repeat(indent)}${head}\n`;
        else if (head.length <= width2) { sec += `${' '.repeat(indent)}${head.padEnd(width2)}  `; first = 0; }
        else sec += `${' '.repeat(indent)}${head}\n`;
        if (helpText) {
          const ls = this.formatter === 'RawTextHelpFormatter' ? helpText.split(/\r\n|\r|\n/) : wrapText(helpText.replace(/\s+/g, ' ').trim(), { ...WRAP_DEFAULTS, width: helpWidth });
          if (ls.length) {
            sec += ' '.repeat(first) + ls[0] + '\n';
            for (const l of ls.slice(1)) sec += ' '.repeat(helpPos) + l + '\n';
          } else if (first === 0) sec += '\n';
        }
      };
      for (const a of acts) {
        entry(2, this.invocation(a), this.helpString(a).trim() ? this.expandHelp(a) : '');
        // the sub-commands given a help= are listed under their action, two columns further in
        for (const c of a.commands?.listed ?? []) entry(4, commandHead(c), c.help === null ? '' : str(c.help));
      }
      sections.push(sec);
    }
    if (this.epilog !== null) sections.push(text(str(this.epilog), 0) + '\n');
    return sections.join('\n').replace(/\n\n\n+/g, '\n\n').replace(/^\n+|\n+$/g, '') + '\n';
  }

  // ----------------------------------------------------------------------------------------
  // Parsing

  private isOptionLike(s: string): boolean {
    if (!s || !this.prefixChars.includes(s[0]) || s.length === 1) return false;
    // a negative number is a value unless the parser has options that look like one
    if (/^-\d+$|^-\d*\.\d+$/.test(s) && !this.actions.some((a) => a.optionStrings.some((o) => /^-\d+$|^-\d*\.\d+$/.test(o)))) return false;
    if (s.includes(' ')) return false;
    return true;
  }
  private findOption(s: string): { action: Action; explicit: string | null; option: string } | null {
    const eq = s.indexOf('=');
    const name = eq >= 0 ? s.slice(0, eq) : s;
    const explicit = eq >= 0 ? s.slice(eq + 1) : null;
    for (const a of this.actions) if (a.optionStrings.includes(name)) return { action: a, explicit, option: name };
    if (this.allowAbbrev && name.startsWith('--')) {
      const hits = this.actions.flatMap((a) => a.optionStrings.filter((o) => o.startsWith(name)).map((o) => ({ action: a, explicit, option: o })));
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) throw new ParseError(`ambiguous option: ${name} could match ${hits.map((h) => h.option).join(', ')}`);
    }
    return null;
  }
  private convert(a: Action, s: string): PyValue {
    if (a.type === null) return s;
    try {
      return callValue(a.type, [s], null);
    } catch (e) {
      if (e instanceof PyThrow) {
        const name = this.argName(a);
        if (e.exc.cls === argumentTypeErrorClass) throw new ParseError(`argument ${name}: ${str(e.exc.args[0] ?? '')}`);
        if (e.exc.cls.isSubclassOf(T.TypeError) || e.exc.cls.isSubclassOf(T.ValueError)) {
          throw new ParseError(`argument ${name}: invalid ${typeNameOf(a.type)} value: ${repr(s)}`);
        }
      }
      throw e;
    }
  }
  private argName(a: Action): string {
    if (a.optionStrings.length) return a.optionStrings.join('/');
    if (a.metavar !== null) return str(a.metavar instanceof PyTuple ? a.metavar.items[0] : a.metavar);
    if (a.commands && a.dest === SUPPRESS) return this.metavarOf(a)[0];
    return a.dest;
  }
  private checkChoice(a: Action, v: PyValue): void {
    if (a.choices === null) return;
    if (!contains(a.choices, v)) {
      const opts = toArray(a.choices).map(repr).join(', ');
      throw new ParseError(`argument ${this.argName(a)}: invalid choice: ${repr(v)} (choose from ${opts})`);
    }
  }
  private values(a: Action, strs: string[]): PyValue {
    const conv = strs.map((s) => this.convert(a, s));
    if (a.nargs === null) { this.checkChoice(a, conv[0]); return conv[0]; }
    if (a.nargs === '?') {
      if (!strs.length) return a.optionStrings.length ? a.konst : a.dflt;
      this.checkChoice(a, conv[0]);
      return conv[0];
    }
    if (a.nargs === 'A...') return new PyList(conv);
    if (a.nargs === '*' && !strs.length && !a.optionStrings.length) return a.dflt;
    for (const v of conv) this.checkChoice(a, v);
    return new PyList(conv);
  }
  private store(ns: PyInstance, a: Action, strs: string[], option: string): void {
    switch (a.kind) {
      case 'store': ns.dict.set(a.dest, this.values(a, strs)); return;
      case 'store_const': case 'store_true': case 'store_false': ns.dict.set(a.dest, a.konst); return;
      case 'append': case 'extend': {
        const cur = ns.dict.get(a.dest);
        const list = cur instanceof PyList ? new PyList(cur.items.slice()) : new PyList([]);
        const v = this.values(a, strs);
        if (a.kind === 'extend') list.items.push(...toArray(v)); else list.items.push(v);
        ns.dict.set(a.dest, list);
        return;
      }
      case 'append_const': {
        const cur = ns.dict.get(a.dest);
        ns.dict.set(a.dest, new PyList([...(cur instanceof PyList ? cur.items : []), a.konst]));
        return;
      }
      case 'count': {
        const cur = ns.dict.get(a.dest);
        ns.dict.set(a.dest, (cur === null || cur === undefined ? 0 : Number(cur)) + 1);
        return;
      }
      case 'boolean_optional': ns.dict.set(a.dest, !option.startsWith('--no-')); return;
      case 'help': current.interp!.out(this.formatHelp()); throw exitWith(0);
      case 'version': current.interp!.out(str(a.version ?? null).replace(/%\(prog\)s/g, this.prog) + '\n'); throw exitWith(0);
    }
  }
  private nargsCount(a: Action): [number, number] {
    if (!this.takesArgs(a)) return [0, 0];
    switch (a.nargs) {
      case null: return [1, 1];
      case '?': return [0, 1];
      case '*': return [0, Infinity];
      case '+': return [1, Infinity];
      case 'A...': return [0, Infinity];
      default: return [a.nargs as number, a.nargs as number];
    }
  }

  parseKnown(argv: string[], ns: PyInstance): string[] {
    for (const a of this.actions) {
      if (a.dest === SUPPRESS || ns.dict.has(a.dest)) continue;
      if (a.dflt !== SUPPRESS) ns.dict.set(a.dest, this.defaults.has(a.dest) ? this.defaults.get(a.dest)! : a.dflt);
    }
    for (const [k, v] of this.defaults) if (!ns.dict.has(k)) ns.dict.set(k, v);
    const extras: string[] = [];
    const positionalStrings: string[] = [];
    const seen = new Set<Action>();
    let i = 0;
    let onlyPositional = false;
    while (i < argv.length) {
      const s = argv[i];
      if (onlyPositional) { positionalStrings.push(s); i++; continue; }
      if (s === '--') { onlyPositional = true; i++; continue; }
      if (!this.isOptionLike(s)) {
        const cmd = this.actions.find((a) => a.commands);
        const before = cmd ? this.actions.filter((a) => !a.optionStrings.length && !a.commands && this.actions.indexOf(a) < this.actions.indexOf(cmd)) : [];
        if (cmd && positionalStrings.length >= before.reduce((acc, b) => acc + this.nargsCount(b)[0], 0)) {
          // a sub-command: its parser takes every string after it, into the same namespace
          const sub = cmd.commands!.parsers.get(s);
          if (!sub) throw new ParseError(`argument ${this.argName(cmd)}: invalid choice: ${repr(s)} (choose from ${[...cmd.commands!.parsers.keys()].map((n) => repr(n)).join(', ')})`);
          if (cmd.dest !== SUPPRESS) ns.dict.set(cmd.dest, s);
          const subNs = callValue(namespaceClass, [], null) as PyInstance;
          let subExtras: string[];
          try {
            subExtras = sub.parseKnown(argv.slice(i + 1), subNs);
          } catch (e) {
            if (e instanceof ParseError) sub.fail(e.message);
            throw e;
          }
          for (const [k2, v2] of subNs.dict) ns.dict.set(k2, v2);
          extras.push(...subExtras);
          seen.add(cmd);
          i = argv.length;
          break;
        }
        positionalStrings.push(s); i++; continue;
      }
      let found = this.findOption(s);
      let clusterRest: string | null = null;
      if (!found && !s.startsWith('--') && s.length > 2) {
        // -vv, -e7: a short option followed by more flags or its value
        const short = this.findOption(s.slice(0, 2));
        if (short) { found = { ...short, explicit: null }; clusterRest = s.slice(2); }
      }
      if (!found) { extras.push(s); i++; continue; }
      const { action, option } = found;
      let explicit = found.explicit;
      i++;
      const [min, max] = this.nargsCount(action);
      const strs: string[] = [];
      if (clusterRest !== null) {
        if (max === 0) {
          // more single-letter flags follow
          argv = [...argv.slice(0, i), '-' + clusterRest, ...argv.slice(i)];
        } else explicit = clusterRest.startsWith('=') ? clusterRest.slice(1) : clusterRest;
      }
      if (explicit !== null) {
        if (max === 0) throw new ParseError(`argument ${this.argName(action)}: ignored explicit argument ${repr(explicit)}`);
        strs.push(explicit);
      } else {
        while (strs.length < max && i < argv.length && argv[i] !== '--' && !this.isOptionLike(argv[i])) strs.push(argv[i++]);
      }
      if (strs.length < min) {
        const msg = action.nargs === null ? 'expected one argument' : action.nargs === '+' ? 'expected at least one argument'
          : `expected ${min} argument${min === 1 ? '' : 's'}`;
        throw new ParseError(`argument ${this.argName(action)}: ${msg}`);
      }
      if (action.mutex) {
        const other = action.mutex.actions.find((x) => x !== action && seen.has(x));
        if (other) throw new ParseError(`argument ${this.argName(action)}: not allowed with argument ${this.argName(other)}`);
      }
      seen.add(action);
      this.store(ns, action, strs, option);
    }
    // positionals take their strings in order, each as many as its nargs allows while leaving
    // enough for the ones after it
    const pos = this.actions.filter((a) => !a.optionStrings.length && !a.commands);
    let k = 0;
    pos.forEach((a, idx) => {
      const [min, max] = this.nargsCount(a);
      const needAfter = pos.slice(idx + 1).reduce((acc, b) => acc + this.nargsCount(b)[0], 0);
      const avail = positionalStrings.length - k - needAfter;
      const take = Math.max(0, Math.min(max, avail));
      if (take < min) return;
      const strs = positionalStrings.slice(k, k + take);
      k += take;
      seen.add(a);
      this.store(ns, a, strs, '');
    });
    extras.push(...positionalStrings.slice(k));
    const missing = this.actions.filter((a) => a.required && !seen.has(a));
    for (const a of this.actions) {
      const mx = a.mutex;
      if (mx && mx.required && mx.actions[0] === a && !mx.actions.some((x) => seen.has(x)) && !missing.length) {
        throw new ParseError(`one of the arguments ${mx.actions.filter((x) => x.help !== SUPPRESS).map((x) => this.argName(x)).join(' ')} is required`);
      }
    }
    if (missing.length) throw new ParseError(`the following arguments are required: ${missing.map((a) => this.argName(a)).join(', ')}`);
    // string defaults go through type=, as CPython does for defaults it uses
    for (const a of this.actions) {
      if (seen.has(a) || a.type === null || typeof a.dflt !== 'string' || a.dflt === SUPPRESS) continue;
      if (ns.dict.get(a.dest) === a.dflt) ns.dict.set(a.dest, this.convert(a, a.dflt));
    }
    return extras;
  }

  fail(message: string): never {
    const interp = current.interp!;
    interp.err(this.formatUsage());
    interp.err(`${this.prog}: error: ${message}\n`);
    throw exitWith(2);
  }

  parse(args: PyValue[], kwargs: Kwargs, known: boolean): PyValue {
    let argv: PyValue = args[0] ?? kwargs?.get('args') ?? null;
    const nsArg = args[1] ?? kwargs?.get('namespace') ?? null;
    if (argv === null) {
      const sys = current.interp?.modules.get('sys');
      const sysArgv = sys?.dict.get('argv');
      argv = sysArgv instanceof PyList ? new PyList(sysArgv.items.slice(1)) : new PyList([]);
    }
    const strs = toArray(argv).map((v) => {
      if (typeof v !== 'string') throwErr('TypeError', `'${typeName(v)}' object is not subscriptable`);
      return v;
    });
    const ns = nsArg instanceof PyInstance ? nsArg : (callValue(namespaceClass, [], null) as PyInstance);
    try {
      const extras = this.parseKnown(strs, ns);
      if (known) return new PyTuple([ns, new PyList(extras)]);
      if (extras.length) throw new ParseError(`unrecognized arguments: ${extras.join(' ')}`);
      return ns;
    } catch (e) {
      if (e instanceof ParseError) {
        if (!this.exitOnError) throw pyErrOf(argumentErrorClass, e.message);
        this.fail(e.message);
      }
      throw e;
    }
  }

  override getattr(name: string): PyValue | undefined {
    const m = (fn: (a: PyValue[], k: Kwargs) => PyValue) => new PyBuiltin(name, fn);
    switch (name) {
      case 'add_argument': return m((a, k) => { this.addArgument(a, k ?? new Map(), null); return null; });
      case 'add_argument_group': return m((a, k) => {
        const g: Group = { title: a[0] !== undefined && a[0] !== null ? str(a[0]) : k?.has('title') ? str(k.get('title')!) : null, description: a[1] !== undefined && a[1] !== null ? str(a[1]) : k?.has('description') ? str(k.get('description')!) : null, actions: [] };
        this.groups.push(g);
        return new ArgumentGroup(this, g);
      });
      case 'add_mutually_exclusive_group': return m((a, k) => new ArgumentGroup(this, null, { required: truthy(a[0] ?? k?.get('required') ?? false), actions: [] }));
      case 'add_subparsers': return m((a, k) => this.addSubparsers(k ?? new Map()));
      case 'parse_args': return m((a, k) => this.parse(a, k, false));
      case 'parse_known_args': return m((a, k) => this.parse(a, k, true));
      case 'set_defaults': return m((_a, k) => {
        if (k) for (const [n, v] of k) {
          this.defaults.set(n, v);
          for (const act of this.actions) if (act.dest === n) act.dflt = v;
        }
        return null;
      });
      case 'get_default': return m((a) => {
        const d = str(a[0] ?? null);
        for (const act of this.actions) if (act.dest === d) return act.dflt;
        return this.defaults.get(d) ?? null;
      });
      case 'format_usage': return m(() => this.formatUsage());
      case 'format_help': return m(() => this.formatHelp());
      case 'print_usage': return m((a, k) => { writeTo(a[0] ?? k?.get('file') ?? null, this.formatUsage()); return null; });
      case 'print_help': return m((a, k) => { writeTo(a[0] ?? k?.get('file') ?? null, this.formatHelp()); return null; });
      case 'error': return m((a) => this.fail(str(a[0] ?? null)));
      case 'exit': return m((a) => {
        if (a[1] !== undefined && a[1] !== null) current.interp!.err(str(a[1]));
        throw exitWith(a[0] ?? 0);
      });
      case 'prog': return this.prog;
      case 'description': return this.description;
      case 'epilog': return this.epilog;
      case 'usage': return this.usage;
    }
    return undefined;
  }
  override repr(): string {
    return `ArgumentParser(prog=${repr(this.prog)}, usage=${repr(this.usage)}, description=${repr(this.description)}, formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=True)`;
  }
}

function commandHead(c: { name: string; aliases: string[] }): string {
  return c.aliases.length ? `${c.name} (${c.aliases.join(', ')})` : c.name;
}

const subParsersClass = new PyClass('_SubParsersAction', [T.object], 'argparse');
/** What add_subparsers() returns: add_parser(name, help=..., aliases=[...], **ArgumentParser kwargs). */
class SubParsers extends PyNative {
  constructor(private parent: Parser, private action: Action) { super(); }
  pyType(): PyClass { return subParsersClass; }
  override getattr(name: string): PyValue | undefined {
    if (name !== 'add_parser') return undefined;
    return new PyBuiltin(name, (a, k) => {
      const cmd = str(a[0] ?? k?.get('name') ?? null);
      const kw = new Map(k ?? []);
      kw.delete('name');
      const help = kw.has('help') ? kw.get('help')! : undefined;
      kw.delete('help');
      const aliases = kw.has('aliases') ? toArray(kw.get('aliases')!).map(str) : [];
      kw.delete('aliases');
      if (!kw.has('prog')) kw.set('prog', `${this.parent.prog} ${cmd}`);
      const p = new Parser(kw);
      const commands = this.action.commands!;
      if (commands.parsers.has(cmd)) throwErr('ArgumentError', `argument ${this.parent.prog}: conflicting subparser: ${cmd}`);
      commands.parsers.set(cmd, p);
      for (const al of aliases) commands.parsers.set(al, p);
      if (help !== undefined) commands.listed.push({ name: cmd, aliases, help });
      return p;
    });
  }
}

class ArgumentGroup extends PyNative {
  constructor(private parser: Parser, private group: Group | null, private mutex: Mutex | null = null) { super(); }
  pyType(): PyClass { return groupClass; }
  override getattr(name: string): PyValue | undefined {
    if (name === 'add_argument') return new PyBuiltin(name, (a, k) => {
      const kw = k ?? new Map<string, PyValue>();
      if (this.mutex && kw.has('required') && truthy(kw.get('required')!)) throwErr('ValueError', 'mutually exclusive arguments must be optional');
      const action = this.parser.addArgument(a, kw, this.group);
      if (this.mutex) { action.mutex = this.mutex; this.mutex.actions.push(action); }
      return null;
    });
    if (name === 'add_mutually_exclusive_group' && this.group) return new PyBuiltin(name, (a, k) => new ArgumentGroup(this.parser, this.group, { required: truthy(a[0] ?? k?.get('required') ?? false), actions: [] }));
    return undefined;
  }
}

function writeTo(file: PyValue, text: string): void {
  if (file === null) current.interp!.out(text);
  else callValue(getattr(file, 'write'), [text], null);
}

function exitWith(code: PyValue): PyThrow {
  const e = pyErr('SystemExit');
  e.exc.args = [code];
  e.exc.dict.set('code', code);
  return e;
}
function pyErrOf(cls: PyClass, message: string): PyThrow {
  const e = makeExc(cls, [message]);
  e.traceback = current.interp?.captureTraceback() ?? null;
  return new PyThrow(e);
}

const parserClass = new PyClass('ArgumentParser', [T.object], 'argparse');
const groupClass = new PyClass('_ArgumentGroup', [T.object], 'argparse');

export function makeArgparseModule(): PyModule {
  const m = new PyModule('argparse');
  m.dict.set('ArgumentParser', new PyBuiltin('ArgumentParser', (a, k) => {
    const kw = new Map(k ?? []);
    const names = ['prog', 'usage', 'description', 'epilog'];
    a.forEach((v, i) => { if (i < names.length) kw.set(names[i], v); });
    return new Parser(kw);
  }));
  m.dict.set('Namespace', namespaceClass);
  m.dict.set('ArgumentError', argumentErrorClass);
  m.dict.set('ArgumentTypeError', argumentTypeErrorClass);
  m.dict.set('BooleanOptionalAction', boolOptionalClass);
  m.dict.set('SUPPRESS', SUPPRESS);
  m.dict.set('OPTIONAL', '?');
  m.dict.set('ZERO_OR_MORE', '*');
  m.dict.set('ONE_OR_MORE', '+');
  m.dict.set('REMAINDER', '...');
  for (const f of ['HelpFormatter', 'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter']) {
    m.dict.set(f, new PyClass(f, [T.object], 'argparse'));
  }
  return m;
}
