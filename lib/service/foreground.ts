/**
 * Requests someone is waiting on (an opened panel's Today lists and counts) against background
 * work that can wait (the search index's build, a chunk of contacts at a time). The background
 * work asks `calm()` between its steps and goes on only when no foreground request is in flight,
 * so a panel opened while the index is still being built is not answered behind it.
 */
export class Foreground {
  private inFlight = 0;
  private waiting: Array<() => void> = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await work();
    } finally {
      this.inFlight--;
      if (this.inFlight === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  }

  /** Resolves at once when nothing is in flight, else when the last request in flight is answered. */
  calm(): Promise<void> {
    return this.inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
}
