// Static scope analysis (what CPython's symtable does): for each function, lambda and
// comprehension, which names are local (assigned anywhere in its body, parameters, imports,
// def/class names, except-as targets), which are declared global or nonlocal, and whether it
// is a generator. The evaluator uses this to raise UnboundLocalError exactly where Python does.
import type * as ast from '../python/ast';

export interface ScopeInfo {
  locals: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  isGenerator: boolean;
}

const cache = new WeakMap<object, ScopeInfo>();

const NESTED = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda', 'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

/** Names a `case` pattern binds (patterns are source text in the tree; match.ts reads them). */
let patternNamesOf: ((r: ast.SourceRange) => string[]) | null = null;

function collect(node: unknown, info: ScopeInfo, top: boolean): void {
  if (Array.isArray(node)) { for (const n of node) collect(n, info, false); return; }
  if (!node || typeof node !== 'object' || !('kind' in node)) return;
  const n = node as ast.Node;
  switch (n.kind) {
    case 'Name':
      if (n.ctx !== 'Load') info.locals.add(n.id);
      return;
    case 'FunctionDef': case 'AsyncFunctionDef':
      info.locals.add(n.name);
      collect(n.decorator_list, info, false);
      collect(n.args.defaults, info, false);
      collect(n.args.kw_defaults, info, false);
      return;
    case 'ClassDef':
      info.locals.add(n.name);
      collect(n.decorator_list, info, false);
      collect(n.bases, info, false);
      return;
    case 'Lambda':
      collect(n.args.defaults, info, false);
      return;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp':
      // Only the first iterable is evaluated in this scope; walrus targets bind here too.
      collect(n.generators[0]?.iter, info, false);
      walkNamedExpr(n, info);
      return;
    case 'Import': case 'ImportFrom':
      for (const a of n.names) if (a.name !== '*') info.locals.add(a.asname ?? a.name.split('.')[0]);
      return;
    case 'ExceptHandler':
      if (n.name) info.locals.add(n.name);
      break;
    case 'Global': for (const x of n.names) info.globals.add(x); return;
    case 'Nonlocal': for (const x of n.names) info.nonlocals.add(x); return;
    case 'Yield': case 'YieldFrom': info.isGenerator = true; break;
    case 'match_case': if (patternNamesOf) for (const x of patternNamesOf(n.pattern)) info.locals.add(x); break;
  }
  void top;
  for (const key in n) {
    if (key === 'range' || key === 'kind') continue;
    const v = (n as unknown as Record<string, unknown>)[key];
    if (v && typeof v === 'object') collect(v, info, false);
  }
}

function walkNamedExpr(node: unknown, info: ScopeInfo): void {
  if (Array.isArray(node)) { for (const n of node) walkNamedExpr(n, info); return; }
  if (!node || typeof node !== 'object' || !('kind' in node)) return;
  const n = node as ast.Node;
  if (n.kind === 'NamedExpr') info.locals.add(n.target.id);
  if (n.kind === 'Lambda' || n.kind === 'FunctionDef') return;
  for (const key in n) {
    if (key === 'range') continue;
    const v = (n as unknown as Record<string, unknown>)[key];
    if (v && typeof v === 'object') walkNamedExpr(v, info);
  }
}

/** Scope facts of a function or lambda node. */
export function functionScope(node: ast.FunctionDef | ast.Lambda, patternNames: ((r: ast.SourceRange) => string[]) | null = null): ScopeInfo {
  let info = cache.get(node);
  if (info) return info;
  patternNamesOf = patternNames;
  info = { locals: new Set(), globals: new Set(), nonlocals: new Set(), isGenerator: false };
  const a = node.args;
  for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) info.locals.add(p.arg);
  if (a.vararg) info.locals.add(a.vararg.arg);
  if (a.kwarg) info.locals.add(a.kwarg.arg);
  if (node.kind === 'Lambda') collect(node.body, info, true);
  else for (const s of node.body) collect(s, info, true);
  patternNamesOf = null;
  for (const g of info.globals) info.locals.delete(g);
  for (const g of info.nonlocals) info.locals.delete(g);
  cache.set(node, info);
  return info;
}

/** Scope facts of a comprehension: its loop targets are its locals. */
export function comprehensionScope(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp): ScopeInfo {
  let info = cache.get(node);
  if (info) return info;
  info = { locals: new Set(), globals: new Set(), nonlocals: new Set(), isGenerator: false };
  for (const g of node.generators) collect(g.target, info, false);
  cache.set(node, info);
  return info;
}
