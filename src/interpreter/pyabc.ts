// The abc module: ABC, ABCMeta (as `metaclass=ABCMeta`), abstractmethod (also under property,
// classmethod and staticmethod) and the deprecated abstractproperty family. A class whose MRO
// still resolves a name to an abstract function cannot be instantiated: CPython 3.11's
// "Can't instantiate abstract class X with abstract method(s) a, b" (names sorted).
import { ClassMeta, PyBuiltin, PyClass, PyClassMethod, PyModule, PySet, PyProperty, PyStaticMethod, PyValue } from './values';
import { T, throwErr } from './types';
import { metaclassBehaviour } from './interp';
import { storeOf } from './runtime';

const abstractFunctions = new WeakSet<object>();

function isAbstract(v: PyValue | undefined): boolean {
  if (v === undefined || v === null || typeof v !== 'object') return false;
  if (abstractFunctions.has(v)) return true;
  if (v instanceof PyProperty) return isAbstract(v.fget) || isAbstract(v.fset);
  if (v instanceof PyClassMethod || v instanceof PyStaticMethod) return isAbstract(v.func);
  return false;
}

/** The names still abstract in `cls` (what CPython keeps in __abstractmethods__), sorted. */
export function abstractMethods(cls: PyClass): string[] {
  const names = new Set<string>();
  for (const c of cls.mro) for (const k of c.dict.keys()) names.add(k);
  return [...names].filter((n) => isAbstract(cls.lookup(n))).sort();
}

const abcMeta: ClassMeta = {
  getattr(cls, name) {
    if (name !== '__abstractmethods__') return undefined;
    const set = new PySet(true);
    set.store = storeOf(abstractMethods(cls));
    return set;
  },
  beforeInstantiate(cls) {
    const names = abstractMethods(cls);
    if (names.length) {
      throwErr('TypeError', `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
    }
  },
};

export const ABC_CLASS = new PyClass('ABC', [T.object], 'abc');
ABC_CLASS.meta = abcMeta;
const ABCMETA_CLASS = new PyClass('ABCMeta', [T.type], 'abc');
metaclassBehaviour.set(ABCMETA_CLASS, abcMeta);

function mark(v: PyValue): PyValue {
  if (v !== null && typeof v === 'object') abstractFunctions.add(v);
  return v;
}

export function makeAbcModule(): PyModule {
  const m = new PyModule('abc');
  m.dict.set('ABC', ABC_CLASS);
  m.dict.set('ABCMeta', ABCMETA_CLASS);
  m.dict.set('abstractmethod', new PyBuiltin('abstractmethod', (a) => {
    if (a.length !== 1) throwErr('TypeError', `abstractmethod() takes 1 positional argument but ${a.length} were given`);
    return mark(a[0]);
  }));
  m.dict.set('abstractproperty', new PyBuiltin('abstractproperty', (a) => new PyProperty(mark(a[0] ?? null), a[1] ?? null)));
  m.dict.set('abstractclassmethod', new PyBuiltin('abstractclassmethod', (a) => new PyClassMethod(mark(a[0] ?? null))));
  m.dict.set('abstractstaticmethod', new PyBuiltin('abstractstaticmethod', (a) => new PyStaticMethod(mark(a[0] ?? null))));
  m.dict.set('get_cache_token', new PyBuiltin('get_cache_token', () => 0));
  return m;
}


