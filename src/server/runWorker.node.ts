// Entry of the evaluator worker thread (bundled to dist/server/run-worker.node.js): receives
// one RunJob at a time from the language server, runs it, posts the RunOutcome back. The
// server terminates this thread when the time limit passes, and V8 stops it at the memory
// limit (resourceLimits), so a runaway program never touches the editor.
import { parentPort } from 'node:worker_threads';
import type { RunJob } from './backend';
import { executeJob } from './execute';
import { installHeapCollector } from '../engine/wasm/collector.node';

// Garbage arrays hand their engine-heap blocks back during a run, as in `shapewise run` (QA-38).
installHeapCollector();

parentPort?.on('message', (job: RunJob) => {
  parentPort!.postMessage({ type: 'result', outcome: executeJob(job) });
});
