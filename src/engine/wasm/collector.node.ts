// Node only (imported by the CLI, never by the engine itself, which also runs in browsers): gives
// the engine heap (heap.ts) a synchronous garbage collector, so that arrays which became garbage
// during one long synchronous job (an interpreted program) hand their heap blocks back at the
// interpreter's next safe point instead of at the end of the job.
//
// Two V8 facts make it work, both reached through Node's public `v8` and `vm` modules:
// - `gc` (a full, synchronous collection) exists in contexts created after the --expose-gc flag
//   is set, which v8.setFlagsFromString may do at run time;
// - a WeakRef keeps its target alive until the end of the job in which it was made or last
//   dereferenced (ECMAScript KeepDuringJob). Every heap allocation makes one, so that set must
//   be emptied first: a microtask checkpoint does it (V8 clears the kept objects at every
//   checkpoint), and running a script in a vm context with microtaskMode 'afterEvaluate' performs
//   one synchronously on that context's own, empty, queue — nothing else runs.
// If either is unavailable the heap simply keeps relying on its FinalizationRegistry.
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { setHeapCollector } from './heap';

let installed: boolean | undefined;

/** Installs the collector once; false when this host cannot collect synchronously. */
export function installHeapCollector(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  try {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as unknown;
    if (typeof gc !== 'function') return false;
    const context = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
    const checkpoint = new vm.Script('0');
    // the checkpoint must really clear kept objects, or sweeps would free nothing: check once
    if (!checkpointClearsKeptObjects(gc as () => void, () => checkpoint.runInContext(context))) return false;
    setHeapCollector(() => {
      checkpoint.runInContext(context);
      (gc as () => void)();
    });
    installed = true;
  } catch {
    installed = false;
  }
  return installed;
}

function checkpointClearsKeptObjects(gc: () => void, checkpoint: () => void): boolean {
  const ref = makeRef();
  checkpoint();
  gc();
  return ref.deref() === undefined;
}

function makeRef(): WeakRef<object> {
  return new WeakRef({ probe: true });
}
