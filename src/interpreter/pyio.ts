// The io module's in-memory text stream: io.StringIO (write/read/readline/readlines/getvalue/
// seek/tell/truncate, line iteration, `with`, closed-file errors), the target of
// print(..., file=buf) and contextlib.redirect_stdout. Nothing touches a file system; open()
// and the file classes stay refused by the sandbox.
import { PyBuiltin, PyClass, PyList, PyModule, PyNative, PyIterator, PyValue } from './values';
import { T, throwErr } from './types';
import { objectId, str, toIndex, typeName } from './runtime';

const stringIOClass = new PyClass('StringIO', [T.object], '_io');

export class PyStringIO extends PyNative {
  buf: string;
  pos = 0;
  closed = false;
  constructor(initial: string) { super(); this.buf = initial; }
  pyType(): PyClass { return stringIOClass; }
  private open(): void { if (this.closed) throwErr('ValueError', 'I/O operation on closed file'); }
  write(s: string): number {
    this.open();
    if (this.pos > this.buf.length) this.buf += '\0'.repeat(this.pos - this.buf.length);
    this.buf = this.buf.slice(0, this.pos) + s + this.buf.slice(this.pos + s.length);
    this.pos += s.length;
    return s.length;
  }
  private readline(limit = -1): string {
    this.open();
    const nl = this.buf.indexOf('\n', this.pos);
    let end = nl < 0 ? this.buf.length : nl + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    const line = this.buf.slice(this.pos, end);
    this.pos = Math.max(this.pos, end);
    return line;
  }
  override iter(): PyIterator {
    return new PyIterator(() => { const l = this.readline(); return l === '' ? undefined : l; }, '_io.StringIO');
  }
  override enter(): PyValue { this.open(); return this; }
  override exit(): boolean { this.closed = true; return false; }
  override repr(): string { return `<_io.StringIO object at 0x${objectId(this).toString(16)}>`; }
  override getattr(name: string): PyValue | undefined {
    const m = (fn: (a: PyValue[]) => PyValue) => new PyBuiltin(name, (a) => fn(a));
    switch (name) {
      case 'write': return m((a) => {
        if (typeof a[0] !== 'string') throwErr('TypeError', `string argument expected, got '${typeName(a[0] ?? null)}'`);
        return this.write(a[0]);
      });
      case 'writelines': return m((a) => { for (const l of (a[0] instanceof PyList ? a[0].items : [])) this.write(str(l)); return null; });
      case 'getvalue': return m(() => { this.open(); return this.buf; });
      case 'read': return m((a) => {
        this.open();
        const n = a[0] === undefined || a[0] === null ? -1 : toIndex(a[0]);
        const end = n < 0 ? this.buf.length : Math.min(this.buf.length, this.pos + n);
        const out = this.buf.slice(this.pos, end);
        this.pos = Math.max(this.pos, end);
        return out;
      });
      case 'readline': return m((a) => this.readline(a[0] === undefined || a[0] === null ? -1 : toIndex(a[0])));
      case 'readlines': return m(() => { const out: PyValue[] = []; for (let l = this.readline(); l !== ''; l = this.readline()) out.push(l); return new PyList(out); });
      case 'seek': return m((a) => {
        this.open();
        const off = toIndex(a[0] ?? 0), whence = a[1] === undefined ? 0 : toIndex(a[1]);
        if (whence === 0) { if (off < 0) throwErr('ValueError', `Negative seek position ${off}`); this.pos = off; }
        else if (whence === 2) this.pos = this.buf.length;
        else if (off !== 0) throwErr('OSError', "Can't do nonzero cur-relative seeks");
        return this.pos;
      });
      case 'tell': return m(() => { this.open(); return this.pos; });
      case 'truncate': return m((a) => { this.open(); const n = a[0] === undefined || a[0] === null ? this.pos : toIndex(a[0]); this.buf = this.buf.slice(0, n); return n; });
      case 'close': return m(() => { this.closed = true; return null; });
      case 'flush': return m(() => null);
      case 'closed': return this.closed;
      case 'readable': case 'writable': case 'seekable': return m(() => true);
    }
    return undefined;
  }
}

export function makeIoModule(): PyModule {
  const m = new PyModule('io');
  m.dict.set('StringIO', new PyBuiltin('StringIO', (a, k) => {
    const init = a[0] ?? k?.get('initial_value') ?? '';
    if (init !== null && typeof init !== 'string') throwErr('TypeError', `initial_value must be str or None, not ${typeName(init)}`);
    return new PyStringIO(init ?? '');
  }));
  for (const n of ['open', 'FileIO', 'BufferedReader', 'BufferedWriter', 'TextIOWrapper']) {
    m.dict.set(n, new PyBuiltin(n, () => throwErr('PermissionError', `io.${n}() is not available in the Shapewise evaluator: the sandbox has no file system`)));
  }
  return m;
}
