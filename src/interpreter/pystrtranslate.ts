// str.maketrans and str.translate: translation tables as dicts of code points (to a code point,
// a string or None for deletion), with CPython's argument errors.
import { PyDict, PyValue, isInt } from './values';
import { throwErr } from './types';
import { dictGet, dictSet, str, typeName } from './runtime';

type Method = (self: string, args: PyValue[]) => PyValue;

export const STR_TRANSLATE_METHODS: Record<string, Method> = {
  // str.maketrans(x, y=None, z=None): called on the class, so `self` is x
  maketrans: (x, a) => {
    const d = new PyDict();
    if (a.length === 0) {
      if (!((x as unknown) instanceof PyDict)) throwErr('TypeError', 'if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of (x as unknown as PyDict).store.map.values()) {
        const key = typeof k === 'string' ? (k.length === 1 ? k.codePointAt(0)! : throwErr('ValueError', 'string keys in translate table must be of length 1')) : k;
        dictSet(d, key, v);
      }
      return d;
    }
    const y = a[0];
    if (typeof x !== 'string' || typeof y !== 'string') throwErr('TypeError', `maketrans() argument 2 must be str, not ${typeName(y ?? null)}`);
    const xs = [...x], ys = [...y];
    if (xs.length !== ys.length) throwErr('ValueError', 'the first two maketrans arguments must have equal length');
    xs.forEach((c, i) => dictSet(d, c.codePointAt(0)!, ys[i].codePointAt(0)!));
    if (a.length > 1 && a[1] !== null) for (const c of str(a[1])) dictSet(d, c.codePointAt(0)!, null);
    return d;
  },
  translate: (s, a) => {
    const table = a[0] ?? null;
    if (!(table instanceof PyDict)) throwErr('TypeError', `'${typeName(table)}' object is not subscriptable`);
    let out = '';
    for (const c of s) {
      const v = dictGet(table, c.codePointAt(0)!);
      if (v === undefined) out += c;
      else if (v === null) continue;
      else if (typeof v === 'string') out += v;
      else if (isInt(v)) out += String.fromCodePoint(Number(v));
      else throwErr('TypeError', 'character mapping must return integer, None or str');
    }
    return out;
  },
};
