// Python-level formatting entry points of the interpreter: format(value, spec) as f-strings
// and format() use it, `str % args`, and str.format. The digit work and the format-spec
// mini-language are the printing area's (engine/print/pyformat.ts); this file only maps
// interpreter values onto it and turns its errors into Python exceptions.
import { PyFormatError, PercentArg, formatComplex, formatFloat, formatInt, formatStr, percentArg, percentFormat } from '../engine/print/pyformat';
import { PyComplex, PyDict, PyFloat, PyInstance, PyNative, PyTuple, PyValue } from './values';
import { asFloat, asInt, bindIfFunction, callValue, dictGet, getattr, getitem, repr, str, typeName } from './runtime';
import { pyErr, throwErr } from './types';

function wrapFmt<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyFormatError) {
      if (e.pyType === 'KeyError') { const t = pyErr('KeyError'); t.exc.args = [e.message.replace(/^'|'$/g, '')]; throw t; }
      throw pyErr(e.pyType, e.message);
    }
    throw e;
  }
}

export function formatValue(v: PyValue, spec: string): string {
  if (typeof v === 'string') return wrapFmt(() => formatStr(v, spec));
  if (typeof v === 'boolean') return spec === '' ? str(v) : wrapFmt(() => formatInt(v ? 1n : 0n, spec));
  if (typeof v === 'number' || typeof v === 'bigint') return wrapFmt(() => formatInt(BigInt(v), spec));
  if (v instanceof PyFloat) return wrapFmt(() => formatFloat(v.v, spec));
  if (v instanceof PyComplex) return wrapFmt(() => formatComplex(v.re, v.im, spec));
  if (v instanceof PyNative) {
    if (v.format) return wrapFmt(() => v.format!(spec));
    if (spec === '') return str(v);
  }
  if (v instanceof PyInstance) {
    const m = v.cls.lookup('__format__');
    if (m !== undefined) return str(callValue(bindIfFunction(m, v), [spec], null));
  }
  if (spec === '') return str(v);
  throwErr('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
}

export function toPercentArg(v: PyValue): PercentArg {
  if (typeof v === 'boolean') return percentArg.bool(v);
  if (typeof v === 'number' || typeof v === 'bigint') return percentArg.int(BigInt(v));
  if (v instanceof PyFloat) return percentArg.float(v.v);
  if (typeof v === 'string') return percentArg.str(v, repr(v));
  const base = percentArg.object(typeName(v), str(v), repr(v));
  // a complex NumPy scalar has no float/int conversion here (NumPy's would warn and drop the imaginary part)
  const complexScalar = v instanceof PyNative && /^complex/.test(String((v as { arr?: { dtype?: string } }).arr?.dtype ?? ''));
  if (v instanceof PyNative && !complexScalar) {
    let f: number | undefined, i: number | bigint | undefined;
    try { f = asFloat(v); i = asInt(v); } catch { f = undefined; i = undefined; }
    if (f !== undefined) {
      base.toFloat = () => f;
      base.toInt = () => BigInt(Math.trunc(f));
    }
    if (i !== undefined) base.toIndex = () => BigInt(i);
  }
  return base;
}

/** `template % args` for a str left operand. */
export function percentOp(template: string, args: PyValue): string {
  if (args instanceof PyTuple) return wrapFmt(() => percentFormat(template, args.items.map(toPercentArg), true));
  if (args instanceof PyDict) {
    const m = new Map<string, PercentArg>();
    for (const [k, v] of args.store.map.values()) if (typeof k === 'string') m.set(k, toPercentArg(v));
    if (template.includes('%(')) return wrapFmt(() => percentFormat(template, m));
  }
  return wrapFmt(() => percentFormat(template, toPercentArg(args), false));
}

/** str.format(*args, **kwargs). */
export function strFormat(template: string, args: PyValue[], kwargs: Map<string, PyValue> | null): string {
  let out = '';
  let auto = 0;
  let manual = false, automatic = false;
  let i = 0;
  const n = template.length;
  while (i < n) {
    const c = template[i];
    if (c === '{') {
      if (template[i + 1] === '{') { out += '{'; i += 2; continue; }
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) { if (template[j] === '{') depth++; else if (template[j] === '}') depth--; j++; }
      if (depth > 0) throwErr('ValueError', "expected '}' before end of string");
      const field = template.slice(i + 1, j - 1);
      i = j;
      let name = field, conv = '', spec = '';
      const colon = findTop(field, ':');
      if (colon >= 0) { spec = field.slice(colon + 1); name = field.slice(0, colon); }
      const bang = name.indexOf('!');
      if (bang >= 0) { conv = name.slice(bang + 1); name = name.slice(0, bang); }
      // Nested fields in the spec: {:{width}.{prec}f}
      if (spec.includes('{')) spec = strFormatNested(spec, args, kwargs, () => auto++);
      const m = /^([^.[]*)(.*)$/.exec(name)!;
      let v: PyValue;
      const head = m[1];
      if (head === '') {
        if (manual) throwErr('ValueError', 'cannot switch from manual field specification to automatic field numbering');
        automatic = true;
        const k = auto++;
        if (k >= args.length) throwErr('IndexError', `Replacement index ${k} out of range for positional args tuple`);
        v = args[k];
      } else if (/^\d+$/.test(head)) {
        if (automatic) throwErr('ValueError', 'cannot switch from automatic field numbering to manual field specification');
        manual = true;
        const k = Number(head);
        if (k >= args.length) throwErr('IndexError', `Replacement index ${k} out of range for positional args tuple`);
        v = args[k];
      } else {
        const kv = kwargs?.get(head);
        if (kv === undefined) { const t = pyErr('KeyError'); t.exc.args = [head]; throw t; }
        v = kv;
      }
      let rest = m[2];
      while (rest) {
        const a = /^\.(\w+)/.exec(rest);
        if (a) { v = getattr(v, a[1]); rest = rest.slice(a[0].length); continue; }
        const b = /^\[([^\]]*)\]/.exec(rest);
        if (b) { v = getitem(v, /^\d+$/.test(b[1]) ? Number(b[1]) : b[1]); rest = rest.slice(b[0].length); continue; }
        throwErr('ValueError', 'Only \'.\' or \'[\' may follow \']\' in format field specifier');
      }
      if (conv === 'r') v = repr(v); else if (conv === 's') v = str(v); else if (conv === 'a') v = repr(v);
      out += formatValue(v, spec);
      continue;
    }
    if (c === '}') {
      if (template[i + 1] === '}') { out += '}'; i += 2; continue; }
      throwErr('ValueError', "Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

function findTop(s: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '[') depth++; else if (s[i] === ']') depth--;
    else if (s[i] === ch && depth === 0) return i;
  }
  return -1;
}

function strFormatNested(spec: string, args: PyValue[], kwargs: Map<string, PyValue> | null, nextAuto: () => number): string {
  return spec.replace(/\{([^{}]*)\}/g, (_, name: string) => {
    if (name === '') return str(args[nextAuto()]);
    if (/^\d+$/.test(name)) return str(args[Number(name)]);
    const v = kwargs?.get(name);
    return v === undefined ? '' : str(v);
  });
}

export { dictGet };
