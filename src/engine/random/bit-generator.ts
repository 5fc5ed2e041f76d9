// The interface every bit generator (MT19937, PCG64) offers to the distribution code, mirroring
// NumPy's bitgen_t: 32-bit and 64-bit outputs and the 53-bit double. 64-bit outputs are returned
// through the hi32/lo32 fields (two uint32 numbers) so hot loops allocate nothing.
export interface BitGenerator {
  /** A uint32 (as a non-negative number). PCG64 serves the two halves of one 64-bit output. */
  nextUint32(): number;
  /** Draws a uint64 and leaves it in hi32/lo32. */
  nextUint64(): void;
  hi32: number;
  lo32: number;
  /** A double in [0, 1) with 53 random bits. */
  nextDouble(): number;
  /** A float32 in [0, 1) with 24 random bits (from one uint32). */
  nextFloat(): number;
  /** out[from..to) = nextDouble() each, in one tight loop. */
  fillDoubles(out: Float64Array, from?: number, to?: number): void;
}

/** A uint64 drawn from `bg` as a bigint (for the rare 64-bit-range paths). */
export function nextUint64BigInt(bg: BitGenerator): bigint {
  bg.nextUint64();
  return (BigInt(bg.hi32) << 32n) | BigInt(bg.lo32);
}
