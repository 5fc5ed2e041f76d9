// The datetime module: timedelta (exact microseconds, CPython's normalisation, round-half-even
// for float arguments and products, its repr/str), date, time and datetime (proleptic Gregorian
// ordinals, now/today/utcnow/fromtimestamp/fromisoformat, strftime with the common directives,
// isoformat with sep/timespec, replace, weekday, arithmetic and comparisons with CPython's
// errors), and fixed-offset timezones (timezone.utc) for aware datetimes. The clock is the run's
// own (Interpreter.now); local time is the host's.
import { Kwargs, NOT_IMPLEMENTED, PyBuiltin, PyClass, PyFloat, PyModule, PyNamedTuple, PyNative, PyTuple, PyValue, isInt } from './values';
import { makeNamedTupleClass } from './namedtuple';
import { T, throwErr } from './types';
import { repr, str, toIndex, typeName } from './runtime';
import { bind, signature } from './args';
import { current } from './interp';
import { exactRational, ratToFloat } from './pystatistics';

const US_PER_DAY = 86_400_000_000n;
const EPOCH_ORDINAL = 719163;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m]);
export function ymdToOrd(y: number, m: number, d: number): number {
  const y1 = y - 1;
  return y1 * 365 + Math.floor(y1 / 4) - Math.floor(y1 / 100) + Math.floor(y1 / 400) + DAYS_BEFORE_MONTH[m] + (m > 2 && isLeap(y) ? 1 : 0) + d;
}
function ordToYmd(ord: number): [number, number, number] {
  let n = ord - 1;
  const n400 = Math.floor(n / 146097); n -= n400 * 146097;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / 36524); n -= n100 * 36524;
  const n4 = Math.floor(n / 1461); n -= n4 * 1461;
  const n1 = Math.floor(n / 365); n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) { month -= 1; preceding -= DAYS_IN_MONTH[month] + (month === 2 && leap ? 1 : 0); }
  return [year, month, n - preceding + 1];
}
function checkDate(y: number, m: number, d: number): void {
  if (y < 1 || y > 9999) throwErr('ValueError', `year ${y} is out of range`);
  if (m < 1 || m > 12) throwErr('ValueError', 'month must be in 1..12');
  if (d < 1 || d > daysIn(y, m)) throwErr('ValueError', 'day is out of range for month');
}
function checkTime(h: number, mi: number, s: number, us: number): void {
  if (h < 0 || h > 23) throwErr('ValueError', 'hour must be in 0..23');
  if (mi < 0 || mi > 59) throwErr('ValueError', 'minute must be in 0..59');
  if (s < 0 || s > 59) throwErr('ValueError', 'second must be in 0..59');
  if (us < 0 || us > 999999) throwErr('ValueError', 'microsecond must be in 0..999999');
}
const pad = (n: number | bigint, w = 2) => String(n).padStart(w, '0');
const floorDiv = (a: bigint, b: bigint) => { const q = a / b; return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q; };
const floorMod = (a: bigint, b: bigint) => a - floorDiv(a, b) * b;
/** a / b rounded half to even (b > 0). */
function roundDiv(a: bigint, b: bigint): bigint {
  const q = floorDiv(a, b), r = a - q * b;
  const twice = 2n * r;
  if (twice > b || (twice === b && (q & 1n) === 1n)) return q + 1n;
  return q;
}

// ------------------------------------------------------------------------------------------
// timedelta

const MAX_TD_US = 999999999n * US_PER_DAY + US_PER_DAY - 1n;
export class PyTimedelta extends PyNative {
  constructor(public us: bigint) {
    super();
    if (us > MAX_TD_US || us < -999999999n * US_PER_DAY) throwErr('OverflowError', `days=${floorDiv(us, US_PER_DAY)}; must have magnitude <= 999999999`);
  }
  pyType(): PyClass { return TIMEDELTA; }
  get days(): bigint { return floorDiv(this.us, US_PER_DAY); }
  get seconds(): bigint { return floorMod(this.us, US_PER_DAY) / 1_000_000n; }
  get micro(): bigint { return floorMod(this.us, 1_000_000n); }
  override repr(): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.micro) parts.push(`microseconds=${this.micro}`);
    return `datetime.timedelta(${parts.length ? parts.join(', ') : '0'})`;
  }
  override str(): string {
    const s = Number(this.seconds);
    let out = `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
    if (this.micro) out += `.${pad(this.micro, 6)}`;
    const d = this.days;
    if (d) out = `${d} day${d === 1n || d === -1n ? '' : 's'}, ${out}`;
    return out;
  }
  override hashKey(): unknown { return 'td' + this.us; }
  override bool(): boolean { return this.us !== 0n; }
  override getattr(name: string): PyValue | undefined {
    switch (name) {
      case 'days': return Number(this.days);
      case 'seconds': return Number(this.seconds);
      case 'microseconds': return Number(this.micro);
      case 'total_seconds': return new PyBuiltin(name, () => new PyFloat(ratToFloat({ n: this.us, d: 1_000_000n })));
    }
    return undefined;
  }
  override unary(op: string): PyValue {
    if (op === 'USub') return new PyTimedelta(-this.us);
    if (op === 'UAdd') return this;
    if (op === 'Abs') return this.us < 0n ? new PyTimedelta(-this.us) : this;
    return NOT_IMPLEMENTED;
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue {
    if (other instanceof PyTimedelta) {
      const [a, b] = reflected ? [other.us, this.us] : [this.us, other.us];
      switch (op) {
        case 'Add': return new PyTimedelta(a + b);
        case 'Sub': return new PyTimedelta(a - b);
        case 'Div': if (b === 0n) throwErr('ZeroDivisionError', 'division by zero'); return new PyFloat(ratToFloat(b < 0n ? { n: -a, d: -b } : { n: a, d: b }));
        case 'FloorDiv': if (b === 0n) throwErr('ZeroDivisionError', 'integer division or modulo by zero'); return bigOrNum(floorDiv(a, b));
        case 'Mod': if (b === 0n) throwErr('ZeroDivisionError', 'integer division or modulo by zero'); return new PyTimedelta(floorMod(a, b));
      }
      return NOT_IMPLEMENTED;
    }
    if ((isInt(other) || typeof other === 'boolean') && (op === 'Mult')) return new PyTimedelta(this.us * BigInt(other));
    if (other instanceof PyFloat && op === 'Mult') {
      const r = exactRational(other.v);
      if (!r) throwErr('ValueError', 'cannot convert float NaN to integer');
      return new PyTimedelta(roundDiv(this.us * r.n, r.d));
    }
    if (!reflected && (isInt(other) || typeof other === 'boolean') && (op === 'FloorDiv' || op === 'Div')) {
      const k = BigInt(other);
      if (k === 0n) throwErr('ZeroDivisionError', op === 'Div' ? 'division by zero' : 'integer division or modulo by zero');
      return new PyTimedelta(op === 'FloorDiv' ? floorDiv(this.us, k) : roundDiv(k < 0n ? -this.us : this.us, k < 0n ? -k : k));
    }
    if (!reflected && other instanceof PyFloat && op === 'Div') {
      const r = exactRational(other.v);
      if (!r || r.n === 0n) throwErr('ZeroDivisionError', 'division by zero');
      const [n, d] = r.n < 0n ? [-this.us * r.d, -r.n] : [this.us * r.d, r.n];
      return new PyTimedelta(roundDiv(n, d));
    }
    return NOT_IMPLEMENTED;
  }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof PyTimedelta)) return op === 'Eq' ? false : op === 'NotEq' ? true : NOT_IMPLEMENTED;
    return cmp(op, this.us, other.us);
  }
}
function bigOrNum(b: bigint): PyValue { return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b; }
function cmp(op: string, a: bigint | number, b: bigint | number): boolean {
  switch (op) {
    case 'Lt': return a < b; case 'LtE': return a <= b; case 'Gt': return a > b; case 'GtE': return a >= b;
    case 'Eq': return a === b; default: return a !== b;
  }
}

/** timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks): exact, then rounded. */
function makeTimedelta(b: Record<string, PyValue>): PyTimedelta {
  const units: [string, bigint][] = [['days', US_PER_DAY], ['seconds', 1_000_000n], ['microseconds', 1n], ['milliseconds', 1000n], ['minutes', 60_000_000n], ['hours', 3_600_000_000n], ['weeks', 7n * US_PER_DAY]];
  let n = 0n, d = 1n;
  for (const [k, f] of units) {
    const v = b[k];
    if (isInt(v) || typeof v === 'boolean') { n += BigInt(v) * f * d; continue; }
    if (v instanceof PyFloat) {
      const r = exactRational(v.v);
      if (!r) throwErr('ValueError', 'cannot convert float NaN to integer');
      n = n * r.d + r.n * f * d;
      d *= r.d;
      continue;
    }
    throwErr('TypeError', `unsupported type for timedelta ${k} component: ${typeName(v)}`);
  }
  return new PyTimedelta(roundDiv(n, d));
}

// ------------------------------------------------------------------------------------------
// timezone

export class PyTimezone extends PyNative {
  constructor(public offsetUs: bigint, public name: string | null) { super(); }
  pyType(): PyClass { return TIMEZONE; }
  offsetText(sep = ':'): string {
    const neg = this.offsetUs < 0n;
    const a = neg ? -this.offsetUs : this.offsetUs;
    const s = a / 1_000_000n;
    let out = `${neg ? '-' : '+'}${pad(s / 3600n)}${sep}${pad((s / 60n) % 60n)}`;
    if (s % 60n) out += `${sep}${pad(s % 60n)}`;
    if (a % 1_000_000n) out += `.${pad(a % 1_000_000n, 6)}`;
    return out;
  }
  override repr(): string {
    if (this.offsetUs === 0n && this.name === null) return 'datetime.timezone.utc';
    const td = new PyTimedelta(this.offsetUs).repr();
    return this.name === null ? `datetime.timezone(${td})` : `datetime.timezone(${td}, ${repr(this.name)})`;
  }
  override str(): string { return this.name ?? (this.offsetUs === 0n ? 'UTC' : `UTC${this.offsetText()}`); }
  override hashKey(): unknown { return 'tz' + this.offsetUs; }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof PyTimezone) || (op !== 'Eq' && op !== 'NotEq')) return op === 'Eq' ? false : op === 'NotEq' ? true : NOT_IMPLEMENTED;
    return cmp(op, this.offsetUs, other.offsetUs);
  }
  override getattr(name: string): PyValue | undefined {
    if (name === 'utcoffset') return new PyBuiltin(name, () => new PyTimedelta(this.offsetUs));
    if (name === 'tzname') return new PyBuiltin(name, () => this.str());
    if (name === 'dst') return new PyBuiltin(name, () => null);
    return undefined;
  }
}
const UTC = new PyTimezone(0n, null);

// ------------------------------------------------------------------------------------------
// date, time, datetime

export function strftime(fmt: string, ord: number, us: bigint, tz: PyTimezone | null): string {
  const [y, m, d] = ordToYmd(ord);
  const wd = (ord + 6) % 7;
  const yday = ord - ymdToOrd(y, 1, 1);
  const s = Number(us / 1_000_000n);
  const H = Math.floor(s / 3600), M = Math.floor(s / 60) % 60, S = s % 60;
  return fmt.replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case 'Y': return String(y).padStart(4, '0');
      case 'y': return pad(y % 100);
      case 'm': return pad(m);
      case 'd': return pad(d);
      case 'e': return String(d).padStart(2, ' ');
      case 'H': return pad(H);
      case 'I': return pad(H % 12 || 12);
      case 'M': return pad(M);
      case 'S': return pad(S);
      case 'f': return pad(us % 1_000_000n, 6);
      case 'p': return H < 12 ? 'AM' : 'PM';
      case 'a': return DAY_NAMES[wd].slice(0, 3);
      case 'A': return DAY_NAMES[wd];
      case 'w': return String((wd + 1) % 7);
      case 'u': return String(wd + 1);
      case 'b': case 'h': return MONTH_NAMES[m].slice(0, 3);
      case 'B': return MONTH_NAMES[m];
      case 'j': return pad(yday + 1, 3);
      case 'U': return pad(Math.floor((yday + 7 - ((wd + 1) % 7)) / 7));
      case 'W': return pad(Math.floor((yday + 7 - wd) / 7));
      case 'c': return `${DAY_NAMES[wd].slice(0, 3)} ${MONTH_NAMES[m].slice(0, 3)} ${String(d).padStart(2, ' ')} ${pad(H)}:${pad(M)}:${pad(S)} ${y}`;
      case 'x': return `${pad(m)}/${pad(d)}/${pad(y % 100)}`;
      case 'X': return `${pad(H)}:${pad(M)}:${pad(S)}`;
      case 'D': return `${pad(m)}/${pad(d)}/${pad(y % 100)}`;
      case 'F': return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
      case 'T': return `${pad(H)}:${pad(M)}:${pad(S)}`;
      case 'R': return `${pad(H)}:${pad(M)}`;
      case 'Z': return tz ? tz.str() : '';
      case 'z': return tz ? tz.offsetText('') : '';
      case '%': return '%';
      case 'n': return '\n';
      case 't': return '\t';
      default: return all;
    }
  });
}

function timeText(us: bigint, timespec = 'auto'): string {
  const s = Number(us / 1_000_000n), micro = us % 1_000_000n;
  const base = `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  switch (timespec) {
    case 'hours': return base.slice(0, 2);
    case 'minutes': return base.slice(0, 5);
    case 'seconds': return base;
    case 'milliseconds': return `${base}.${pad(micro / 1000n, 3)}`;
    case 'microseconds': return `${base}.${pad(micro, 6)}`;
    case 'auto': return micro ? `${base}.${pad(micro, 6)}` : base;
  }
  throwErr('ValueError', 'Unknown timespec value');
}

export class PyDate extends PyNative {
  constructor(public ord: number) { super(); }
  pyType(): PyClass { return DATE; }
  ymd(): [number, number, number] { return ordToYmd(this.ord); }
  override repr(): string { const [y, m, d] = this.ymd(); return `datetime.date(${y}, ${m}, ${d})`; }
  override str(): string { const [y, m, d] = this.ymd(); return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`; }
  override format(spec: string): string { return spec === '' ? this.str() : strftime(spec, this.ord, 0n, null); }
  override hashKey(): unknown { return 'date' + this.ord; }
  override getattr(name: string): PyValue | undefined {
    const [y, m, d] = this.ymd();
    switch (name) {
      case 'year': return y;
      case 'month': return m;
      case 'day': return d;
      case 'weekday': return new PyBuiltin(name, () => (this.ord + 6) % 7);
      case 'isoweekday': return new PyBuiltin(name, () => ((this.ord + 6) % 7) + 1);
      case 'toordinal': return new PyBuiltin(name, () => this.ord);
      case 'isoformat': return new PyBuiltin(name, () => this.str());
      case 'strftime': return new PyBuiltin(name, (a) => strftime(str(a[0] ?? null), this.ord, 0n, null));
      case 'ctime': return new PyBuiltin(name, () => strftime('%c', this.ord, 0n, null));
      case 'timetuple': return new PyBuiltin(name, () => new PyTuple([y, m, d, 0, 0, 0, (this.ord + 6) % 7, this.ord - ymdToOrd(y, 1, 1) + 1, -1]));
      case 'isocalendar': return new PyBuiltin(name, () => new PyNamedTuple(isoCalendar(this.ord), ISO_CALENDAR_DATE));
      case 'replace': return new PyBuiltin(name, (a, k) => {
        const b = bind(signature('replace', 'year=None, month=None, day=None'), a, k);
        const ny = b.year === null ? y : toIndex(b.year), nm = b.month === null ? m : toIndex(b.month), nd = b.day === null ? d : toIndex(b.day);
        checkDate(ny, nm, nd);
        return new PyDate(ymdToOrd(ny, nm, nd));
      });
    }
    return undefined;
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue {
    if (other instanceof PyTimedelta && (op === 'Add' || (op === 'Sub' && !reflected))) {
      const days = Number(floorDiv(op === 'Add' ? other.us : -other.us, US_PER_DAY));
      const ord = this.ord + days;
      if (ord < 1 || ord > 3652059) throwErr('OverflowError', 'date value out of range');
      return new PyDate(ord);
    }
    if (op === 'Sub' && other instanceof PyDate && !(other instanceof PyDateTime) && !(this instanceof PyDateTime)) {
      const diff = reflected ? other.ord - this.ord : this.ord - other.ord;
      return new PyTimedelta(BigInt(diff) * US_PER_DAY);
    }
    return NOT_IMPLEMENTED;
  }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof PyDate) || other instanceof PyDateTime) {
      if (op === 'Eq') return false;
      if (op === 'NotEq') return true;
      if (other instanceof PyDateTime) throwErr('TypeError', "can't compare datetime.datetime to datetime.date");
      return NOT_IMPLEMENTED;
    }
    return cmp(op, this.ord, other.ord);
  }
}

function isoCalendar(ord: number): number[] {
  const [y] = ordToYmd(ord);
  const week1 = (yr: number) => { const first = ymdToOrd(yr, 1, 1); const wd = (first + 6) % 7; let monday = first - wd; if (wd > 3) monday += 7; return monday; };
  let year = y;
  let start = week1(year);
  if (ord < start) { year -= 1; start = week1(year); } else if (ord >= week1(year + 1)) { year += 1; start = week1(year); }
  return [year, Math.floor((ord - start) / 7) + 1, ((ord + 6) % 7) + 1];
}

export class PyTime extends PyNative {
  constructor(public us: bigint, public tz: PyTimezone | null = null) { super(); }
  pyType(): PyClass { return TIME; }
  override repr(): string {
    const s = Number(this.us / 1_000_000n), micro = this.us % 1_000_000n;
    const parts = [Math.floor(s / 3600), Math.floor(s / 60) % 60];
    if (s % 60 || micro) parts.push(s % 60);
    if (micro) parts.push(Number(micro));
    return `datetime.time(${parts.join(', ')}${this.tz ? `, tzinfo=${this.tz.repr()}` : ''})`;
  }
  override str(): string { return timeText(this.us) + (this.tz ? this.tz.offsetText() : ''); }
  override format(spec: string): string { return spec === '' ? this.str() : strftime(spec, 1, this.us, this.tz); }
  override hashKey(): unknown { return 'time' + this.us; }
  override getattr(name: string): PyValue | undefined {
    const s = Number(this.us / 1_000_000n);
    switch (name) {
      case 'hour': return Math.floor(s / 3600);
      case 'minute': return Math.floor(s / 60) % 60;
      case 'second': return s % 60;
      case 'microsecond': return Number(this.us % 1_000_000n);
      case 'tzinfo': return this.tz;
      case 'isoformat': return new PyBuiltin(name, (a, k) => timeText(this.us, str(a[0] ?? k?.get('timespec') ?? 'auto')) + (this.tz ? this.tz.offsetText() : ''));
      case 'strftime': return new PyBuiltin(name, (a) => strftime(str(a[0] ?? null), 1, this.us, this.tz));
    }
    return undefined;
  }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof PyTime)) return op === 'Eq' ? false : op === 'NotEq' ? true : NOT_IMPLEMENTED;
    return cmp(op, this.us, other.us);
  }
}

export class PyDateTime extends PyDate {
  constructor(ord: number, public us: bigint, public tz: PyTimezone | null) { super(ord); }
  override pyType(): PyClass { return DATETIME; }
  /** Microseconds since 0001-01-01 00:00, in UTC for an aware value. */
  absolute(): bigint { return BigInt(this.ord) * US_PER_DAY + this.us - (this.tz ? this.tz.offsetUs : 0n); }
  override repr(): string {
    const [y, m, d] = this.ymd();
    const s = Number(this.us / 1_000_000n), micro = this.us % 1_000_000n;
    const parts = [y, m, d, Math.floor(s / 3600), Math.floor(s / 60) % 60];
    if (s % 60 || micro) parts.push(s % 60);
    if (micro) parts.push(Number(micro));
    return `datetime.datetime(${parts.join(', ')}${this.tz ? `, tzinfo=${this.tz.repr()}` : ''})`;
  }
  iso(sep = 'T', timespec = 'auto'): string { return `${super.str()}${sep}${timeText(this.us, timespec)}${this.tz ? this.tz.offsetText() : ''}`; }
  override str(): string { return this.iso(' '); }
  override format(spec: string): string { return spec === '' ? this.str() : strftime(spec, this.ord, this.us, this.tz); }
  override hashKey(): unknown { return 'dt' + this.absolute(); }
  override getattr(name: string): PyValue | undefined {
    const s = Number(this.us / 1_000_000n);
    switch (name) {
      case 'hour': return Math.floor(s / 3600);
      case 'minute': return Math.floor(s / 60) % 60;
      case 'second': return s % 60;
      case 'microsecond': return Number(this.us % 1_000_000n);
      case 'tzinfo': return this.tz;
      case 'date': return new PyBuiltin(name, () => new PyDate(this.ord));
      case 'time': return new PyBuiltin(name, () => new PyTime(this.us));
      case 'timetz': return new PyBuiltin(name, () => new PyTime(this.us, this.tz));
      case 'isoformat': return new PyBuiltin(name, (a, k) => {
        const b = bind(signature('isoformat', "sep='T', timespec='auto'"), a, k);
        return this.iso(str(b.sep), str(b.timespec));
      });
      case 'strftime': return new PyBuiltin(name, (a) => strftime(str(a[0] ?? null), this.ord, this.us, this.tz));
      case 'ctime': return new PyBuiltin(name, () => strftime('%c', this.ord, this.us, null));
      case 'utcoffset': return new PyBuiltin(name, () => (this.tz ? new PyTimedelta(this.tz.offsetUs) : null));
      case 'tzname': return new PyBuiltin(name, () => (this.tz ? this.tz.str() : null));
      case 'timestamp': return new PyBuiltin(name, () => {
        if (this.tz) return new PyFloat(ratToFloat({ n: this.absolute() - BigInt(EPOCH_ORDINAL) * US_PER_DAY, d: 1_000_000n }));
        const [y, m, d] = this.ymd();
        const local = new Date(y, m - 1, d, 0, 0, 0, 0);
        local.setFullYear(y);
        return new PyFloat((local.getTime() * 1000 + Number(this.us)) / 1e6);
      });
      case 'astimezone': return new PyBuiltin(name, (a) => {
        const tz = a[0] ?? null;
        if (!(tz instanceof PyTimezone)) throwErr('TypeError', 'astimezone() needs a fixed-offset timezone in the Shapewise evaluator');
        return fromAbsolute(this.absolute() + tz.offsetUs, tz);
      });
      case 'replace': return new PyBuiltin(name, (a, k) => {
        const [y, m, d] = this.ymd();
        const b = bind(signature('replace', 'year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True'), a, k);
        const g = (v: PyValue, dflt: number) => (v === null ? dflt : toIndex(v));
        const t = Number(this.us / 1_000_000n);
        const parts = [g(b.year, y), g(b.month, m), g(b.day, d), g(b.hour, Math.floor(t / 3600)), g(b.minute, Math.floor(t / 60) % 60), g(b.second, t % 60), g(b.microsecond, Number(this.us % 1_000_000n))];
        return makeDateTime(parts, b.tzinfo === true ? this.tz : b.tzinfo);
      });
    }
    return super.getattr(name);
  }
  override binop(op: string, other: PyValue, reflected: boolean): PyValue {
    if (other instanceof PyTimedelta && (op === 'Add' || (op === 'Sub' && !reflected))) {
      const total = BigInt(this.ord) * US_PER_DAY + this.us + (op === 'Add' ? other.us : -other.us);
      const ord = Number(floorDiv(total, US_PER_DAY));
      if (ord < 1 || ord > 3652059) throwErr('OverflowError', 'date value out of range');
      return new PyDateTime(ord, floorMod(total, US_PER_DAY), this.tz);
    }
    if (op === 'Sub' && other instanceof PyDateTime) {
      if ((this.tz === null) !== (other.tz === null)) throwErr('TypeError', "can't subtract offset-naive and offset-aware datetimes");
      const diff = this.absolute() - other.absolute();
      return new PyTimedelta(reflected ? -diff : diff);
    }
    return NOT_IMPLEMENTED;
  }
  override compare(op: string, other: PyValue): PyValue {
    if (!(other instanceof PyDateTime)) {
      if (op === 'Eq') return false;
      if (op === 'NotEq') return true;
      if (other instanceof PyDate) throwErr('TypeError', "can't compare datetime.datetime to datetime.date");
      return NOT_IMPLEMENTED;
    }
    if ((this.tz === null) !== (other.tz === null)) {
      if (op === 'Eq') return false;
      if (op === 'NotEq') return true;
      throwErr('TypeError', "can't compare offset-naive and offset-aware datetimes");
    }
    return cmp(op, this.absolute(), other.absolute());
  }
}

function fromAbsolute(localUs: bigint, tz: PyTimezone | null): PyDateTime {
  return new PyDateTime(Number(floorDiv(localUs, US_PER_DAY)), floorMod(localUs, US_PER_DAY), tz);
}

function makeDateTime(parts: number[], tz: PyValue): PyDateTime {
  const [y, m, d, h, mi, s, us] = parts;
  checkDate(y, m, d);
  checkTime(h, mi, s, us);
  if (tz !== null && !(tz instanceof PyTimezone)) throwErr('TypeError', `tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(tz)}'`);
  return new PyDateTime(ymdToOrd(y, m, d), BigInt(((h * 60 + mi) * 60 + s)) * 1_000_000n + BigInt(us), tz as PyTimezone | null);
}

/** The run's clock as local or UTC fields. */
function nowParts(ms: number, utc: boolean): number[] {
  const t = new Date(ms);
  const usFrac = Math.floor((ms * 1000) % 1000);
  if (utc) return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds(), t.getUTCMilliseconds() * 1000 + usFrac];
  return [t.getFullYear(), t.getMonth() + 1, t.getDate(), t.getHours(), t.getMinutes(), t.getSeconds(), t.getMilliseconds() * 1000 + usFrac];
}
function fromTimestamp(ts: number, tz: PyValue): PyDateTime {
  if (tz instanceof PyTimezone) {
    const us = BigInt(Math.round(ts * 1e6)) + BigInt(EPOCH_ORDINAL) * US_PER_DAY + tz.offsetUs;
    return fromAbsolute(us, tz);
  }
  return makeDateTime(nowParts(ts * 1000, false), null);
}

function parseIso(text: string, withTime: boolean): PyDateTime | PyDate {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}:?\d{2}(?::?\d{2})?)?)?$/.exec(text);
  if (!m || (!withTime && m[4] !== undefined)) throwErr('ValueError', `Invalid isoformat string: ${repr(text)}`);
  const ymd = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!withTime) { checkDate(ymd[0], ymd[1], ymd[2]); return new PyDate(ymdToOrd(ymd[0], ymd[1], ymd[2])); }
  let tz: PyTimezone | null = null;
  if (m[8]) {
    if (m[8] === 'Z') tz = UTC;
    else {
      const sign = m[8][0] === '-' ? -1n : 1n;
      const digits = m[8].slice(1).replace(/:/g, '');
      const secs = BigInt(Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4)) * 60 + Number(digits.slice(4, 6) || 0));
      tz = secs === 0n ? UTC : new PyTimezone(sign * secs * 1_000_000n, null);
    }
  }
  return makeDateTime([...ymd, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), Number((m[7] ?? '').padEnd(6, '0') || 0)], tz);
}

const TIMEDELTA = new PyClass('timedelta', [T.object], 'datetime');
const ISO_CALENDAR_DATE = makeNamedTupleClass('IsoCalendarDate', ['year', 'week', 'weekday'], new Map(), new Map([['__repr__', new PyBuiltin('__repr__', (a) => {
  const [y, w, d] = (a[0] as PyTuple).items;
  return `datetime.IsoCalendarDate(year=${y}, week=${w}, weekday=${d})`;
})]]), 'datetime');
const DATE = new PyClass('date', [T.object], 'datetime');
const DATETIME = new PyClass('datetime', [DATE], 'datetime');
const TIME = new PyClass('time', [T.object], 'datetime');
const TZINFO = new PyClass('tzinfo', [T.object], 'datetime');
const TIMEZONE = new PyClass('timezone', [TZINFO], 'datetime');

const tdSig = signature('timedelta', 'days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0');
TIMEDELTA.construct = (a, k) => makeTimedelta(bind(tdSig, a, k));
TIMEDELTA.dict.set('min', new PyTimedelta(-999999999n * US_PER_DAY));
TIMEDELTA.dict.set('max', new PyTimedelta(MAX_TD_US));
TIMEDELTA.dict.set('resolution', new PyTimedelta(1n));

const dateSig = signature('date', 'year, month, day');
DATE.construct = (a, k) => {
  const b = bind(dateSig, a, k);
  const [y, m, d] = [toIndex(b.year), toIndex(b.month), toIndex(b.day)];
  checkDate(y, m, d);
  return new PyDate(ymdToOrd(y, m, d));
};
const clock = () => current.interp?.now() ?? Date.now();
const cls = (c: PyClass, name: string, fn: (a: PyValue[], k: Kwargs) => PyValue) => c.dict.set(name, new PyBuiltin(name, fn));
cls(DATE, 'today', () => { const p = nowParts(clock(), false); return new PyDate(ymdToOrd(p[0], p[1], p[2])); });
cls(DATE, 'fromordinal', (a) => { const n = toIndex(a[0] ?? null); if (n < 1 || n > 3652059) throwErr('ValueError', `ordinal must be >= 1`); return new PyDate(n); });
cls(DATE, 'fromisoformat', (a) => parseIso(str(a[0] ?? null), false));
cls(DATE, 'fromtimestamp', (a) => { const p = nowParts(Number(asNumber(a[0] ?? null)) * 1000, false); return new PyDate(ymdToOrd(p[0], p[1], p[2])); });
DATE.dict.set('min', new PyDate(1));
DATE.dict.set('max', new PyDate(3652059));
DATE.dict.set('resolution', new PyTimedelta(US_PER_DAY));

function asNumber(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (isInt(v)) return Number(v);
  throwErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
}

const dtSig = signature('datetime', 'year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0');
DATETIME.construct = (a, k) => {
  const b = bind(dtSig, a, k);
  return makeDateTime(['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'].map((n) => toIndex(b[n])), b.tzinfo);
};
cls(DATETIME, 'now', (a, k) => {
  const tz = a[0] ?? k?.get('tz') ?? null;
  if (tz instanceof PyTimezone) return fromAbsolute(BigInt(Math.round(clock() * 1000)) + BigInt(EPOCH_ORDINAL) * US_PER_DAY + tz.offsetUs, tz);
  return makeDateTime(nowParts(clock(), false), null);
});
cls(DATETIME, 'today', () => makeDateTime(nowParts(clock(), false), null));
cls(DATETIME, 'utcnow', () => makeDateTime(nowParts(clock(), true), null));
cls(DATETIME, 'fromtimestamp', (a, k) => fromTimestamp(asNumber(a[0] ?? null), a[1] ?? k?.get('tz') ?? null));
cls(DATETIME, 'utcfromtimestamp', (a) => { const d = fromTimestamp(asNumber(a[0] ?? null), UTC); return new PyDateTime(d.ord, d.us, null); });
cls(DATETIME, 'fromisoformat', (a) => parseIso(str(a[0] ?? null), true));
cls(DATETIME, 'combine', (a) => {
  const d = a[0], t = a[1];
  if (!(d instanceof PyDate) || !(t instanceof PyTime)) throwErr('TypeError', 'combine() argument 1 must be datetime.date');
  return new PyDateTime(d.ord, t.us, t.tz);
});
cls(DATETIME, 'strptime', () => throwErr('NotImplementedError', 'datetime.strptime is not available in the Shapewise evaluator'));
DATETIME.dict.set('min', new PyDateTime(1, 0n, null));
DATETIME.dict.set('max', new PyDateTime(3652059, US_PER_DAY - 1n, null));

const timeSig = signature('time', 'hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0');
TIME.construct = (a, k) => {
  const b = bind(timeSig, a, k);
  const [h, mi, s, us] = ['hour', 'minute', 'second', 'microsecond'].map((n) => toIndex(b[n]));
  checkTime(h, mi, s, us);
  return new PyTime(BigInt((h * 60 + mi) * 60 + s) * 1_000_000n + BigInt(us), b.tzinfo instanceof PyTimezone ? b.tzinfo : null);
};

TIMEZONE.construct = (a, k) => {
  const off = a[0] ?? k?.get('offset') ?? null;
  if (!(off instanceof PyTimedelta)) throwErr('TypeError', `timezone() argument 1 must be datetime.timedelta, not ${typeName(off)}`);
  if (off.us <= -US_PER_DAY || off.us >= US_PER_DAY) throwErr('ValueError', 'offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).');
  const name = a[1] ?? k?.get('name') ?? null;
  return off.us === 0n && name === null ? UTC : new PyTimezone(off.us, name === null ? null : str(name));
};
TIMEZONE.dict.set('utc', UTC);

export function makeDatetimeModule(): PyModule {
  const m = new PyModule('datetime');
  for (const c of [TIMEDELTA, DATE, DATETIME, TIME, TZINFO, TIMEZONE]) m.dict.set(c.name, c);
  m.dict.set('MINYEAR', 1);
  m.dict.set('MAXYEAR', 9999);
  m.dict.set('UTC', UTC);
  return m;
}
