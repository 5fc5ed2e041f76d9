// The logging module as training scripts use it: basicConfig (level, format, datefmt, style,
// stream, force; filename= refused by the sandbox), the module-level debug/info/warning/error/
// exception/critical/log that configure the root logger on first use ("WARNING:root:msg" on
// stderr), getLogger with the dotted hierarchy, levels and propagation, the last-resort output
// of an unconfigured logger (the bare message for WARNING and above), StreamHandler/NullHandler,
// Formatter with the %-, {- and $-styles and the LogRecord fields (asctime, lineno, funcName...),
// and logger.exception's traceback of the exception being handled.
import { Kwargs, PyBuiltin, PyClass, PyDict, PyFloat, PyList, PyModule, PyNative, PyTuple, PyValue, isInt } from './values';
import { T, throwErr } from './types';
import { callValue, dictSet, getattr, repr, str, truthy } from './runtime';
import { percentOp, strFormat } from './format';
import { bind, signature } from './args';
import type { Interpreter } from './interp';
import { formatTraceback } from './program';

const LEVELS: Record<string, number> = { CRITICAL: 50, FATAL: 50, ERROR: 40, WARNING: 30, WARN: 30, INFO: 20, DEBUG: 10, NOTSET: 0 };
const DEFAULT_FORMAT = '%(levelname)s:%(name)s:%(message)s';

const loggerClass = new PyClass('Logger', [T.object], 'logging');
const rootLoggerClass = new PyClass('RootLogger', [loggerClass], 'logging');
const handlerClass = new PyClass('Handler', [T.object], 'logging');
const streamHandlerClass = new PyClass('StreamHandler', [handlerClass], 'logging');
const nullHandlerClass = new PyClass('NullHandler', [handlerClass], 'logging');
const formatterClass = new PyClass('Formatter', [T.object], 'logging');

class LoggingState {
  levelNames = new Map<number, string>([[50, 'CRITICAL'], [40, 'ERROR'], [30, 'WARNING'], [20, 'INFO'], [10, 'DEBUG'], [0, 'NOTSET']]);
  loggers = new Map<string, Logger>();
  root: Logger;
  disabled = 0;
  start: number;
  constructor(public interp: Interpreter) {
    this.root = new Logger('root', this, null);
    this.root.level = 30;
    this.start = interp.now();
  }
  levelOf(v: PyValue): number {
    if (isInt(v) || typeof v === 'boolean') return Number(v);
    if (typeof v === 'string') {
      for (const [n, name] of this.levelNames) if (name === v) return n;
      if (v in LEVELS) return LEVELS[v];
      throwErr('ValueError', `Unknown level: ${repr(v)}`);
    }
    throwErr('TypeError', `Level not an integer or a valid string: ${repr(v)}`);
  }
  levelName(n: number): string { return this.levelNames.get(n) ?? `Level ${n}`; }
  get(name: string | null): Logger {
    if (name === null || name === '' || name === 'root') return this.root;
    let l = this.loggers.get(name);
    if (!l) {
      l = new Logger(name, this, null);
      this.loggers.set(name, l);
      // the nearest existing ancestor is the parent; existing descendants re-parent to this one
      for (const [n, other] of this.loggers) if (n.startsWith(name + '.') && (other.parent === this.root || (other.parent && !other.parent.name.startsWith(name + '.')))) other.parent = l;
    }
    if (!l.parent) {
      const parts = name.split('.');
      let parent: Logger = this.root;
      for (let i = parts.length - 1; i > 0; i--) {
        const p = this.loggers.get(parts.slice(0, i).join('.'));
        if (p) { parent = p; break; }
      }
      l.parent = parent;
    }
    return l;
  }
}

class Formatter extends PyNative {
  constructor(public fmt: string | null, public datefmt: string | null, public style: string) { super(); }
  pyType(): PyClass { return formatterClass; }
  render(rec: Record<string, PyValue>, state: LoggingState): string {
    const fmt = this.fmt ?? (this.style === '{' ? '{message}' : this.style === '$' ? '${message}' : '%(message)s');
    const uses = this.style === '%' ? fmt.includes('%(asctime)') : this.style === '{' ? fmt.includes('{asctime') : fmt.includes('asctime');
    if (uses) rec.asctime = formatTime((rec.created as PyFloat).v, this.datefmt, (rec.msecs as PyFloat).v);
    let s: string;
    if (this.style === '{') s = strFormat(fmt, [], new Map(Object.entries(rec)));
    else if (this.style === '$') s = fmt.replace(/\$(?:\{(\w+)\}|(\w+)|\$)/g, (all, a, b) => (all === '$$' ? '$' : str(rec[a ?? b] ?? all)));
    else {
      const d = new PyDict();
      for (const [k, v] of Object.entries(rec)) dictSet(d, k, v);
      s = percentOp(fmt, d);
    }
    if (rec.exc_text) s += (s.endsWith('\n') ? '' : '\n') + rec.exc_text;
    void state;
    return s;
  }
  override getattr(name: string): PyValue | undefined {
    if (name === '_fmt') return this.fmt;
    if (name === 'datefmt') return this.datefmt;
    return undefined;
  }
  override repr(): string { return `<logging.Formatter object>`; }
}

function pad(n: number, w = 2): string { return String(n).padStart(w, '0'); }
/** time.strftime-style formatting of a local time (the subset datefmt strings use). */
export function strftime(fmt: string, d: Date): string {
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return fmt.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case 'Y': return String(d.getFullYear());
      case 'y': return pad(d.getFullYear() % 100);
      case 'm': return pad(d.getMonth() + 1);
      case 'd': return pad(d.getDate());
      case 'H': return pad(d.getHours());
      case 'I': return pad(d.getHours() % 12 || 12);
      case 'M': return pad(d.getMinutes());
      case 'S': return pad(d.getSeconds());
      case 'p': return d.getHours() < 12 ? 'AM' : 'PM';
      case 'a': return days[d.getDay()].slice(0, 3);
      case 'A': return days[d.getDay()];
      case 'b': return months[d.getMonth()].slice(0, 3);
      case 'B': return months[d.getMonth()];
      case 'j': return pad(Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / 86400000) + 1, 3);
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      case '%': return '%';
      default: return all;
    }
  });
}
function formatTime(created: number, datefmt: string | null, msecs: number): string {
  const d = new Date(created * 1000);
  if (datefmt) return strftime(datefmt, d);
  return `${strftime('%Y-%m-%d %H:%M:%S', d)},${pad(Math.floor(msecs), 3)}`;
}

class Handler extends PyNative {
  level = 0;
  formatter: Formatter | null = null;
  constructor(public kind: 'stream' | 'null', public stream: PyValue) { super(); }
  pyType(): PyClass { return this.kind === 'null' ? nullHandlerClass : streamHandlerClass; }
  handle(rec: Record<string, PyValue>, state: LoggingState): void {
    if (this.kind === 'null' || (rec.levelno as number) < this.level) return;
    const text = (this.formatter ?? new Formatter(null, null, '%')).render(rec, state) + '\n';
    if (this.stream === null) state.interp.err(text);
    else callValue(getattr(this.stream, 'write'), [text], null);
  }
  override getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'setLevel': return new PyBuiltin(name, (a) => { this.level = currentState!.levelOf(a[0] ?? null); return null; });
      case 'setFormatter': return new PyBuiltin(name, (a) => { this.formatter = a[0] instanceof Formatter ? a[0] : null; return null; });
      case 'level': return this.level;
      case 'formatter': return this.formatter;
      case 'stream': return this.stream;
      case 'flush': case 'close': return new PyBuiltin(name, () => null);
    }
    return undefined;
  }
  override repr(): string {
    const lv = currentState ? currentState.levelName(this.level) : String(this.level);
    return this.kind === 'null' ? `<NullHandler (${lv})>` : `<StreamHandler ${this.stream === null ? '<stderr>' : str(getattr(this.stream, 'name') ?? '')} (${lv})>`;
  }
}

let currentState: LoggingState | null = null;

class Logger extends PyNative {
  level = 0;
  handlers = new PyList([]);
  propagate = true;
  disabled = false;
  constructor(public name: string, private state: LoggingState, public parent: Logger | null) { super(); }
  pyType(): PyClass { return this.name === 'root' && this.parent === null ? rootLoggerClass : loggerClass; }
  effectiveLevel(): number {
    for (let l: Logger | null = this; l; l = l.parent) if (l.level) return l.level;
    return 0;
  }
  enabledFor(level: number): boolean {
    return !this.disabled && level > this.state.disabled && level >= this.effectiveLevel();
  }
  log(level: number, msg: PyValue, args: PyValue[], kwargs: Kwargs, excInfo = false): void {
    if (!this.enabledFor(level)) return;
    const interp = this.state.interp;
    const frame = interp.frames[interp.frames.length - 1];
    const filename = frame?.filename ?? '<string>';
    const now = interp.now();
    let message = str(msg);
    const fmtArgs = args.length === 1 && args[0] instanceof PyDict ? args[0] : args.length ? new PyTuple(args) : null;
    if (fmtArgs !== null) message = percentOp(message, fmtArgs);
    const rec: Record<string, PyValue> = {
      name: this.name, msg, args: fmtArgs ?? new PyTuple([]), levelname: this.state.levelName(level), levelno: level,
      pathname: filename, filename: filename.split('/').pop()!, module: filename.split('/').pop()!.replace(/\.py$/, ''),
      lineno: frame?.line ?? 0, funcName: frame?.name ?? '<module>', created: null, msecs: null,
      relativeCreated: null, thread: 140000000000000, threadName: 'MainThread', process: 1, processName: 'MainProcess',
      message, exc_text: null,
    };
    rec.created = floatOf(now / 1000);
    rec.msecs = floatOf(now % 1000);
    rec.relativeCreated = floatOf(now - this.state.start);
    const wantExc = excInfo || (kwargs?.has('exc_info') && truthy(kwargs.get('exc_info')!));
    if (wantExc) {
      const exc = interp.handling[interp.handling.length - 1];
      rec.exc_text = exc ? formatTraceback(exc, interp.sourceLines.get(filename) ?? []).replace(/\n$/, '') : 'NoneType: None';
    }
    let found = 0;
    for (let l: Logger | null = this; l; l = l.propagate ? l.parent : null) {
      for (const h of l.handlers.items) if (h instanceof Handler) { found++; h.handle(rec, this.state); }
      if (!l.propagate) break;
    }
    // no handler anywhere: the last resort writes the bare message for WARNING and above
    if (!found && level >= 30) interp.err(message + (rec.exc_text ? '\n' + rec.exc_text : '') + '\n');
  }
  override getattr(name: string): PyValue | undefined {
    const lv = (n: number) => new PyBuiltin(name, (a, k) => { this.log(n, a[0] ?? null, a.slice(1), k); return null; });
    switch (name) {
      case 'debug': return lv(10);
      case 'info': return lv(20);
      case 'warning': case 'warn': return lv(30);
      case 'error': return lv(40);
      case 'critical': case 'fatal': return lv(50);
      case 'exception': return new PyBuiltin(name, (a, k) => { this.log(40, a[0] ?? null, a.slice(1), k, true); return null; });
      case 'log': return new PyBuiltin(name, (a, k) => { this.log(this.state.levelOf(a[0] ?? null), a[1] ?? null, a.slice(2), k); return null; });
      case 'setLevel': return new PyBuiltin(name, (a) => { this.level = this.state.levelOf(a[0] ?? null); return null; });
      case 'getEffectiveLevel': return new PyBuiltin(name, () => this.effectiveLevel());
      case 'isEnabledFor': return new PyBuiltin(name, (a) => this.enabledFor(this.state.levelOf(a[0] ?? null)));
      case 'addHandler': return new PyBuiltin(name, (a) => { if (!this.handlers.items.includes(a[0] ?? null)) this.handlers.items.push(a[0] ?? null); return null; });
      case 'removeHandler': return new PyBuiltin(name, (a) => { this.handlers.items = this.handlers.items.filter((h) => h !== a[0]); return null; });
      case 'hasHandlers': return new PyBuiltin(name, () => {
        for (let l: Logger | null = this; l; l = l.propagate ? l.parent : null) if (l.handlers.items.length) return true;
        return false;
      });
      case 'getChild': return new PyBuiltin(name, (a) => this.state.get(this === this.state.root ? str(a[0] ?? null) : `${this.name}.${str(a[0] ?? null)}`));
      case 'name': return this.name;
      case 'level': return this.level;
      case 'handlers': return this.handlers;
      case 'propagate': return this.propagate;
      case 'disabled': return this.disabled;
      case 'parent': return this.parent;
    }
    return undefined;
  }
  override setattr(name: string, value: PyValue): boolean {
    if (name === 'level') { this.level = this.state.levelOf(value); return true; }
    if (name === 'propagate') { this.propagate = truthy(value); return true; }
    if (name === 'disabled') { this.disabled = truthy(value); return true; }
    if (name === 'handlers' && value instanceof PyList) { this.handlers = value; return true; }
    return false;
  }
  override repr(): string {
    const cls = this.pyType() === rootLoggerClass ? 'RootLogger' : 'Logger';
    return `<${cls} ${this.name} (${this.state.levelName(this.effectiveLevel())})>`;
  }
}

function floatOf(v: number): PyValue {
  return new PyFloat(v);
}

const basicSig = signature('basicConfig', '*, filename=None, filemode=None, format=None, datefmt=None, style=\'%\', level=None, stream=None, handlers=None, force=False, encoding=None, errors=None');

export function makeLoggingModule(interp: Interpreter): PyModule {
  const state = new LoggingState(interp);
  currentState = state;
  const m = new PyModule('logging');
  for (const [k, v] of Object.entries(LEVELS)) m.dict.set(k, v);
  const basicConfig = (kwargs: Kwargs) => {
    const b = bind(basicSig, [], kwargs);
    const root = state.root;
    if (truthy(b.force)) root.handlers.items = [];
    if (root.handlers.items.length) return;
    if (b.filename !== null) throwErr('PermissionError', 'logging.basicConfig(filename=...) is not available in the Shapewise evaluator: the sandbox has no file system');
    const style = str(b.style);
    if (!['%', '{', '$'].includes(style)) throwErr('ValueError', `Style must be one of: %,{,$`);
    const fmt = b.format === null ? (style === '%' ? DEFAULT_FORMAT : style === '{' ? '{levelname}:{name}:{message}' : '${levelname}:${name}:${message}') : str(b.format);
    const formatter = new Formatter(fmt, b.datefmt === null ? null : str(b.datefmt), style);
    const handlers = b.handlers !== null ? (b.handlers as PyList).items : [new Handler('stream', b.stream)];
    for (const h of handlers) {
      if (h instanceof Handler) { if (!h.formatter) h.formatter = formatter; root.handlers.items.push(h); }
    }
    if (b.level !== null) root.level = state.levelOf(b.level);
  };
  m.dict.set('basicConfig', new PyBuiltin('basicConfig', (a, k) => {
    if (a.length) throwErr('TypeError', `basicConfig() takes 0 positional arguments but ${a.length} were given`);
    basicConfig(k);
    return null;
  }));
  m.dict.set('getLogger', new PyBuiltin('getLogger', (a) => state.get(a[0] === undefined || a[0] === null ? null : str(a[0]))));
  const moduleLevel = (name: string, level: number | null, exc = false) => m.dict.set(name, new PyBuiltin(name, (a, k) => {
    if (!state.root.handlers.items.length) basicConfig(null);
    if (level === null) state.root.log(state.levelOf(a[0] ?? null), a[1] ?? null, a.slice(2), k);
    else state.root.log(level, a[0] ?? null, a.slice(1), k, exc);
    return null;
  }));
  moduleLevel('debug', 10); moduleLevel('info', 20); moduleLevel('warning', 30); moduleLevel('warn', 30);
  moduleLevel('error', 40); moduleLevel('exception', 40, true); moduleLevel('critical', 50); moduleLevel('fatal', 50);
  moduleLevel('log', null);
  m.dict.set('disable', new PyBuiltin('disable', (a) => { state.disabled = a.length ? state.levelOf(a[0]) : 50; return null; }));
  m.dict.set('getLevelName', new PyBuiltin('getLevelName', (a) => {
    const v = a[0] ?? null;
    if (typeof v === 'string') { for (const [n, name] of state.levelNames) if (name === v) return n; return `Level ${v}`; }
    return state.levelName(Number(v));
  }));
  m.dict.set('addLevelName', new PyBuiltin('addLevelName', (a) => { state.levelNames.set(Number(a[0]), str(a[1] ?? null)); return null; }));
  m.dict.set('StreamHandler', new PyBuiltin('StreamHandler', (a, k) => new Handler('stream', a[0] ?? k?.get('stream') ?? null)));
  m.dict.set('NullHandler', new PyBuiltin('NullHandler', () => new Handler('null', null)));
  m.dict.set('FileHandler', new PyBuiltin('FileHandler', () => throwErr('PermissionError', 'logging.FileHandler is not available in the Shapewise evaluator: the sandbox has no file system')));
  const fmtSig = signature('Formatter', 'fmt=None, datefmt=None, style=\'%\', validate=True');
  m.dict.set('Formatter', new PyBuiltin('Formatter', (a, k) => {
    const b = bind(fmtSig, a, k);
    return new Formatter(b.fmt === null ? null : str(b.fmt), b.datefmt === null ? null : str(b.datefmt), str(b.style));
  }));
  m.dict.set('root', state.root);
  m.dict.set('Logger', loggerClass);
  m.dict.set('Handler', handlerClass);
  m.dict.set('shutdown', new PyBuiltin('shutdown', () => null));
  m.dict.set('captureWarnings', new PyBuiltin('captureWarnings', () => null));
  return m;
}

