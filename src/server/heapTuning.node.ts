// Process-wide V8 heap tuning for Shapewise's Node processes: the language server, the CLI, and
// the analysis benchmark (which must measure what ships).
//
// Why: an analysis builds a syntax tree and many small values per file, nearly all of them
// dead by the next analysis. By default V8 lets the old generation grow well past what
// survived its last full collection before collecting again, so analysis after analysis lands
// on fresh memory pages — and a fresh page costs a page fault, ~12 µs per 4 KiB on the
// virtual machines CI runs on (3 ms per MB). On a 10,000-line file that was a third of the
// analysis time. Letting the heap grow at most 20% past what survived makes V8 collect sooner
// and reuse the same pages: the 10k-line analysis drops from ~137 to ~95 ms median
// (scripts/bench/analysis.ts, which prints both configurations), and peak memory drops. The
// extra mark-compacts are cheap because what survives an analysis is small. Engine arrays
// live outside the JS heap, so `run` is not affected (scripts/bench/run.ts).
import { setFlagsFromString } from 'node:v8';

/** The old generation may grow this many percent past what survived the last full collection. */
export const HEAP_GROWING_PERCENT = 20;

let tuned = false;

/** Applies the tuning to this process (idempotent); `SHAPEWISE_V8_DEFAULTS=1` leaves V8's defaults, for comparison. */
export function tuneHeap(env: NodeJS.ProcessEnv = process.env): boolean {
  if (tuned || env.SHAPEWISE_V8_DEFAULTS === '1') return tuned;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  tuned = true;
  return true;
}
