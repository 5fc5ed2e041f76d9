// The one-line summary of a run shown as a faint decoration after the run's last line, the
// way an interactive window would show it: the value's repr (first line), the last array's
// shape and dtype, or the error — short enough never to push code off screen.
import type { RunResult } from '../protocol/messages';

const MAX = 90;

function clip(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const more = text.trim().includes('\n');
  const line = first.length > MAX ? `${first.slice(0, MAX - 1)}…` : first;
  return more ? `${line} …` : line;
}

export function inlineSummary(result: Omit<RunResult, 'inlineSummary'>, timeLimitMs: number): string {
  switch (result.kind) {
    case 'timeout':
      // The interpreter stops itself at its step budget or the time limit; the server kills
      // the thread at the time limit as a backstop. Say which one it was.
      if (/step budget/.test(result.error?.message ?? '')) return 'stopped: step budget exceeded (an endless loop?)';
      return `stopped after ${(timeLimitMs / 1000).toFixed(timeLimitMs % 1000 ? 1 : 0)} s (time limit)`;
    case 'memory':
      return 'stopped: memory limit reached';
    case 'cancelled':
      return 'run cancelled';
    case 'crash':
    case 'error':
      return clip(result.error ? `${result.error.type}: ${result.error.message}` : 'error');
    default:
      break;
  }
  if (result.valueRepr !== undefined) return clip(result.valueRepr);
  const last = result.values[result.values.length - 1];
  if (last) return `${last.name}: ${last.shape.length ? `(${last.shape.join(', ')}${last.shape.length === 1 ? ',' : ''})` : 'scalar'} ${last.dtype}`;
  if (result.output.trim()) return clip(result.output.trimEnd().split('\n').pop() ?? '');
  return 'done';
}
