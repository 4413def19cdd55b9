interface Waiter {
  target: number;
  resolve: () => void;
}

/** Counts consumed messages and lets the bench wait, with a time limit, until a count is reached. */
export class MessageTally {
  private received = 0;
  private waiters: Waiter[] = [];

  get count(): number {
    return this.received;
  }

  record(): void {
    this.received += 1;
    const ready = this.waiters.filter((w) => w.target <= this.received);
    this.waiters = this.waiters.filter((w) => w.target > this.received);
    ready.forEach((w) => w.resolve());
  }

  reached(target: number, timeoutMs: number, what: string): Promise<void> {
    if (this.received >= target) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`${what}: received ${this.received} of ${target} messages within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      const waiter: Waiter = {
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }
}
