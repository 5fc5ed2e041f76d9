// Argument binding for native (TypeScript-implemented) callables from a Python-style
// signature string, e.g. "a, /, axis=None, *, keepdims=False", with CPython's error messages.
// Signatures are parsed once; each call maps positional and keyword arguments onto slots.
import { Kwargs, PyFloat, PyValue } from './values';
import { pyErr } from './types';

interface Param { name: string; hasDefault: boolean; kwOnly: boolean; posOnly: boolean }
export interface Signature { fname: string; params: Param[]; varargs: string | null; varkw: string | null; defaults: Map<string, PyValue> }

/** Parses "x, y=None, *args, key=None, **kw"; default values come from `defaults` by name. */
export function signature(fname: string, text: string, defaults: Record<string, PyValue> = {}): Signature {
  const params: Param[] = [];
  let kwOnly = false, varargs: string | null = null, varkw: string | null = null;
  const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
  const slash = parts.indexOf('/');
  parts.forEach((p, i) => {
    if (p === '/') return;
    if (p === '*') { kwOnly = true; return; }
    if (p.startsWith('**')) { varkw = p.slice(2); return; }
    if (p.startsWith('*')) { varargs = p.slice(1); kwOnly = true; return; }
    const eq = p.indexOf('=');
    const name = eq >= 0 ? p.slice(0, eq).trim() : p;
    params.push({ name, hasDefault: eq >= 0, kwOnly, posOnly: slash >= 0 && i < slash });
  });
  const d = new Map<string, PyValue>();
  for (const p of params) if (p.hasDefault) d.set(p.name, p.name in defaults ? defaults[p.name] : parseDefault(text, p.name));
  return { fname, params, varargs, varkw, defaults: d };
}

function parseDefault(text: string, name: string): PyValue {
  const m = new RegExp(`(?:^|[ ,])${name}\\s*=\\s*([^,]+)`).exec(text);
  const v = m ? m[1].trim() : 'None';
  if (v === 'None') return null;
  if (v === 'True') return true;
  if (v === 'False') return false;
  if (/^-?\d+$/.test(v)) return Number(v);
  if (/^'.*'$/.test(v)) return v.slice(1, -1);
  if (/^-?[\d.]+(e-?\d+)?$/.test(v)) return new PyFloat(Number(v));
  return null;
}

export interface Bound { [name: string]: PyValue | PyValue[] | Map<string, PyValue> | undefined }

/** Binds a call; missing parameters without defaults raise TypeError like CPython. */
export function bind(sig: Signature, args: PyValue[], kwargs: Kwargs): Record<string, PyValue> & { __varargs?: PyValue[]; __varkw?: Map<string, PyValue> } {
  const out: Record<string, PyValue> & { __varargs?: PyValue[]; __varkw?: Map<string, PyValue> } = Object.create(null);
  const positional = sig.params.filter((p) => !p.kwOnly);
  if (args.length > positional.length && !sig.varargs) {
    const req = positional.filter((p) => !p.hasDefault).length;
    const takes = req === positional.length ? `${positional.length}` : `from ${req} to ${positional.length}`;
    throw pyErr('TypeError', `${sig.fname}() takes ${takes} positional argument${positional.length === 1 ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  }
  for (let i = 0; i < Math.min(args.length, positional.length); i++) out[positional[i].name] = args[i];
  if (sig.varargs) out.__varargs = args.slice(positional.length);
  if (kwargs) {
    for (const [k, v] of kwargs) {
      const p = sig.params.find((q) => q.name === k && !q.posOnly);
      if (!p) {
        if (sig.varkw) { (out.__varkw ??= new Map()).set(k, v); continue; }
        throw pyErr('TypeError', `${sig.fname}() got an unexpected keyword argument '${k}'`);
      }
      if (k in out) throw pyErr('TypeError', `${sig.fname}() got multiple values for argument '${k}'`);
      out[k] = v;
    }
  }
  for (const p of sig.params) {
    if (p.name in out) continue;
    if (p.hasDefault) out[p.name] = sig.defaults.get(p.name)!;
    else if (p.kwOnly) throw pyErr('TypeError', `${sig.fname}() missing required keyword-only argument: '${p.name}'`);
    else throw pyErr('TypeError', `${sig.fname}() missing required argument '${p.name}' (pos ${sig.params.indexOf(p) + 1})`);
  }
  return out;
}
