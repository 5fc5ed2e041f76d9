// The evaluator's `os` and `os.path`: only the pure string helpers of CPython's posixpath (join,
// split, basename, dirname, splitext, normpath, isabs, splitdrive, commonprefix) and the path
// constants. Everything that would touch the host (exists, isfile, listdir, system, environ,
// getcwd, ...) is present by name but raises a PermissionError saying the sandbox has no file
// system or processes, so user code fails with a clear message instead of an AttributeError.
import { PyBuiltin, PyClass, PyList, PyModule, PyNative, PyTuple, PyValue } from './values';
import { T, throwErr } from './types';
import { typeName } from './runtime';
import type { Interpreter } from './interp';

function refused(qualified: string): never {
  throwErr('PermissionError', `${qualified}() is not available in the Shapewise evaluator: the sandbox has no file system or processes`);
}

function pathArg(fn: string, v: PyValue): string {
  if (typeof v !== 'string') throwErr('TypeError', `${fn}() argument must be str, bytes, or os.PathLike object, not '${typeName(v)}'`);
  return v;
}

function expectArgs(fn: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `exactly ${min}` : args.length < min ? `at least ${min}` : `at most ${max}`;
    throwErr('TypeError', `${fn}() takes ${want} positional argument${(args.length < min ? min : max) === 1 ? '' : 's'} (${args.length} given)`);
  }
}

function join(first: string, rest: string[]): string {
  let path = first;
  for (const b of rest) {
    if (b.startsWith('/')) path = b;
    else if (!path || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

function splitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    // a name made only of leading dots (".bashrc") has no extension
    for (let k = sepIndex + 1; k < dotIndex; k++) if (p[k] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
  }
  return [p, ''];
}

function normpath(path: string): string {
  if (!path) return '.';
  let initialSlashes = path.startsWith('/') ? 1 : 0;
  if (initialSlashes && path.startsWith('//') && !path.startsWith('///')) initialSlashes = 2;
  const comps: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initialSlashes && !comps.length) || (comps.length && comps[comps.length - 1] === '..')) comps.push(comp);
    else if (comps.length) comps.pop();
  }
  return '/'.repeat(initialSlashes) + comps.join('/') || '.';
}

function commonprefix(items: PyValue[]): string {
  if (!items.length) return '';
  const strs = items.map((v) => pathArg('commonprefix', v));
  const lo = strs.reduce((a, b) => (a < b ? a : b));
  const hi = strs.reduce((a, b) => (a > b ? a : b));
  let i = 0;
  while (i < lo.length && lo[i] === hi[i]) i++;
  return lo.slice(0, i);
}

const HOST_PATH_FUNCTIONS = [
  'exists', 'lexists', 'isfile', 'isdir', 'islink', 'ismount', 'getsize', 'getmtime', 'getatime', 'getctime',
  'abspath', 'realpath', 'relpath', 'expanduser', 'expandvars', 'samefile', 'sameopenfile', 'samestat',
];
const HOST_OS_FUNCTIONS = [
  'system', 'popen', 'listdir', 'scandir', 'walk', 'mkdir', 'makedirs', 'remove', 'unlink', 'rmdir', 'removedirs',
  'rename', 'replace', 'renames', 'getcwd', 'chdir', 'stat', 'lstat', 'getenv', 'putenv', 'unsetenv', 'open', 'close',
  'read', 'write', 'fork', 'kill', 'getpid', 'getppid', 'execv', 'execve', 'execvp', 'execl', 'execlp', 'spawnv',
  'spawnl', 'chmod', 'chown', 'link', 'symlink', 'readlink', 'access', 'urandom', 'cpu_count', 'get_terminal_size',
  'startfile', 'truncate', 'utime', 'fspath', 'umask', 'nice', 'abort', '_exit',
];

export function makeOsPathModule(): PyModule {
  const m = new PyModule('posixpath');
  const def = (name: string, fn: (args: PyValue[]) => PyValue) => m.dict.set(name, new PyBuiltin(name, (args, kw) => {
    if (kw?.size) throwErr('TypeError', `${name}() takes no keyword arguments`);
    return fn(args);
  }));
  def('join', (a) => {
    expectArgs('join', a, 1, Infinity);
    return join(pathArg('join', a[0]), a.slice(1).map((v) => pathArg('join', v)));
  });
  def('split', (a) => { expectArgs('split', a, 1, 1); return new PyTuple(split(pathArg('split', a[0]))); });
  def('basename', (a) => { expectArgs('basename', a, 1, 1); return split(pathArg('basename', a[0]))[1]; });
  def('dirname', (a) => { expectArgs('dirname', a, 1, 1); return split(pathArg('dirname', a[0]))[0]; });
  def('splitext', (a) => { expectArgs('splitext', a, 1, 1); return new PyTuple(splitext(pathArg('splitext', a[0]))); });
  def('splitdrive', (a) => { expectArgs('splitdrive', a, 1, 1); return new PyTuple(['', pathArg('splitdrive', a[0])]); });
  def('normpath', (a) => { expectArgs('normpath', a, 1, 1); return normpath(pathArg('normpath', a[0])); });
  def('isabs', (a) => { expectArgs('isabs', a, 1, 1); return pathArg('isabs', a[0]).startsWith('/'); });
  def('commonprefix', (a) => {
    expectArgs('commonprefix', a, 1, 1);
    const v = a[0];
    if (!(v instanceof PyList || v instanceof PyTuple)) throwErr('TypeError', `commonprefix() argument must be a list or tuple, not '${typeName(v)}'`);
    return commonprefix(v.items);
  });
  for (const name of HOST_PATH_FUNCTIONS) m.dict.set(name, new PyBuiltin(name, () => refused(`os.path.${name}`)));
  for (const [k, v] of Object.entries({ sep: '/', curdir: '.', pardir: '..', extsep: '.', pathsep: ':', altsep: null, devnull: '/dev/null' })) m.dict.set(k, v);
  return m;
}

const environCls = new PyClass('_Environ', [T.object], 'os');
/** os.environ: any use of it is refused (the host's environment stays private). */
class RefusedEnviron extends PyNative {
  pyType(): PyClass { return environCls; }
  override repr(): string { return 'environ({...})'; }
  override getattr(): PyValue | undefined { return refused('os.environ'); }
  override getitem(): PyValue { return refused('os.environ'); }
  override setitem(): void { refused('os.environ'); }
  override contains(): boolean { return refused('os.environ'); }
  override len(): number { return refused('os.environ'); }
}

export function makeOsModule(interp: Interpreter): PyModule {
  const m = new PyModule('os');
  const path = interp.importModule('os.path');
  m.dict.set('path', path);
  for (const k of ['sep', 'curdir', 'pardir', 'extsep', 'pathsep', 'altsep', 'devnull']) m.dict.set(k, path.dict.get(k)!);
  m.dict.set('linesep', '\n');
  m.dict.set('name', 'posix');
  m.dict.set('environ', new RefusedEnviron());
  for (const name of HOST_OS_FUNCTIONS) m.dict.set(name, new PyBuiltin(name, () => refused(`os.${name}`)));
  return m;
}
