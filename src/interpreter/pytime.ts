// The calendar side of the time module and sys's structured constants: time.localtime/gmtime
// (struct_time with CPython's repr), strftime/asctime/ctime/mktime, time_ns; sys.version_info
// and sys.float_info as the named tuples CPython has. Times come from the run's clock.
import { PyBuiltin, PyFloat, PyNamedTuple, PyTuple, PyValue, isInt } from './values';
import { throwErr } from './types';
import { asFloat, repr, str, typeName } from './runtime';
import { makeNamedTupleClass } from './namedtuple';
import type { Interpreter } from './interp';
import { strftime, ymdToOrd } from './pydatetime';

function namedClass(name: string, module: string, fields: string[]) {
  return makeNamedTupleClass(name, fields, new Map(), new Map([['__repr__', new PyBuiltin('__repr__', (a) => {
    const t = a[0] as PyTuple;
    return `${module}.${name}(${fields.map((f, i) => `${f}=${repr(t.items[i])}`).join(', ')})`;
  })]]), module);
}
const STRUCT_FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const STRUCT_TIME = namedClass('struct_time', 'time', STRUCT_FIELDS);

function structOf(ms: number, utc: boolean): PyNamedTuple {
  const d = new Date(ms);
  const y = utc ? d.getUTCFullYear() : d.getFullYear(), mo = (utc ? d.getUTCMonth() : d.getMonth()) + 1, day = utc ? d.getUTCDate() : d.getDate();
  const ord = ymdToOrd(y, mo, day);
  return new PyNamedTuple([y, mo, day, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(),
    utc ? d.getUTCSeconds() : d.getSeconds(), (ord + 6) % 7, ord - ymdToOrd(y, 1, 1) + 1, 0], STRUCT_TIME);
}
function secondsArg(v: PyValue | undefined, interp: Interpreter): number {
  if (v === undefined || v === null) return interp.now();
  const x = asFloat(v);
  if (x === undefined || typeof v === 'string') throwErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Math.floor(x) * 1000;
}
function structArg(v: PyValue | undefined, interp: Interpreter): number[] {
  const t = v === undefined || v === null ? structOf(interp.now(), false) : v;
  if (!(t instanceof PyTuple) || t.items.length < 9) throwErr('TypeError', 'Tuple or struct_time argument required');
  return t.items.slice(0, 9).map((x) => Number(isInt(x) ? x : asFloat(x) ?? 0));
}
function formatStruct(fmt: string, f: number[]): string {
  const [y, mo, d, h, mi, s] = f;
  return strftime(fmt, ymdToOrd(y, mo, d), BigInt(((h * 60 + mi) * 60 + s)) * 1_000_000n, null);
}

export function timeExtras(interp: Interpreter): Record<string, PyValue> {
  return {
    time_ns: new PyBuiltin('time_ns', () => BigInt(Math.round(interp.now())) * 1_000_000n),
    localtime: new PyBuiltin('localtime', (a) => structOf(secondsArg(a[0], interp), false)),
    gmtime: new PyBuiltin('gmtime', (a) => structOf(secondsArg(a[0], interp), true)),
    strftime: new PyBuiltin('strftime', (a) => formatStruct(str(a[0] ?? null), structArg(a[1], interp))),
    asctime: new PyBuiltin('asctime', (a) => formatStruct('%c', structArg(a[0], interp))),
    ctime: new PyBuiltin('ctime', (a) => { const t = structOf(secondsArg(a[0], interp), false); return formatStruct('%c', t.items.map(Number)); }),
    mktime: new PyBuiltin('mktime', (a) => {
      const [y, mo, d, h, mi, s] = structArg(a[0], interp);
      const dt = new Date(y, mo - 1, d, h, mi, s);
      return new PyFloat(dt.getTime() / 1000);
    }),
    struct_time: STRUCT_TIME,
  };
}

const VERSION_INFO = namedClass('version_info', 'sys', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const FLOAT_INFO = namedClass('float_info', 'sys', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
export const SYS_VERSION_INFO = new PyNamedTuple([3, 11, 7, 'final', 0], VERSION_INFO);
export const SYS_FLOAT_INFO = new PyNamedTuple([new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
  new PyFloat(Number.EPSILON), 2, 1], FLOAT_INFO);
