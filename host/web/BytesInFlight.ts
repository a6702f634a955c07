/**
 * Request bytes the server holds in memory at once, across all requests. A body that would take
 * the total past the limit is refused rather than buffered, so parallel large bodies cannot add up
 * to gigabytes.
 */
export class BytesInFlight {
  private held = 0;

  constructor(readonly limit: number) {}

  get current(): number {
    return this.held;
  }

  /** Takes `bytes` from the budget, or returns false (taking nothing) when they do not fit. */
  reserve(bytes: number): boolean {
    if (this.held + bytes > this.limit) return false;
    this.held += bytes;
    return true;
  }

  release(bytes: number): void {
    this.held -= bytes;
  }
}
