// A BitGenerator view of PCG64 for bulk sampling loops whose samples take a varying number of
// 64-bit draws (the ziggurats): outputs are computed ahead in blocks by PCG64.fillUint64, but a
// refill never computes more than the loop will certainly consume — the caller keeps
// `samplesLeft` (this sample included) current, and every sample takes at least one draw — so
// when the loop ends the PCG64 state is exactly where one-draw-at-a-time sampling leaves it.
import type { BitGenerator } from './bit-generator';
import type { PCG64 } from './pcg64';

const CAPACITY = 1024;

export class Uint64Block implements BitGenerator {
  private readonly words = new Uint32Array(2 * CAPACITY);
  private pos = 0;
  private len = 0;
  /** Samples the loop still has to produce, the current one included. */
  samplesLeft = 0;
  hi32 = 0;
  lo32 = 0;

  constructor(private readonly bg: PCG64) {}

  nextUint64(): void {
    if (this.pos === this.len) {
      const k = Math.min(this.samplesLeft, CAPACITY);
      if (k < 1) throw new Error('Uint64Block: draw requested with no samples left');
      this.bg.fillUint64(this.words, k);
      this.pos = 0;
      this.len = k;
    }
    const p = 2 * this.pos++;
    this.hi32 = this.words[p];
    this.lo32 = this.words[p + 1];
  }

  nextDouble(): number {
    this.nextUint64();
    return (this.hi32 * 2097152 + (this.lo32 >>> 11)) * 1.1102230246251565e-16;
  }

  /** Whether every computed output was consumed (the loop's invariant; checked by tests). */
  get drained(): boolean {
    return this.pos === this.len;
  }

  // 32-bit draws share PCG64's half-output cache, which a block cannot see: not offered.
  nextUint32(): number {
    throw new Error('Uint64Block serves 64-bit draws only');
  }

  nextFloat(): number {
    throw new Error('Uint64Block serves 64-bit draws only');
  }

  fillDoubles(out: Float64Array, from = 0, to = out.length): void {
    for (let i = from; i < to; i++) out[i] = this.nextDouble();
  }
}
