import { formatRate } from './report';

const STEPS = 4;

/** Progress lines on stderr, so stdout stays the Markdown report alone. */
export class Progress {
  private done = 0;
  private nextMark: number;

  constructor(
    private readonly label: string,
    private readonly total: number,
  ) {
    this.nextMark = this.markAfter(0);
  }

  advance(units = 1): void {
    if (this.done >= this.total) return;
    this.done = Math.min(this.total, this.done + units);
    if (this.done < this.nextMark && this.done < this.total) return;
    process.stderr.write(`[bench] ${this.label}: ${this.done}/${this.total}\n`);
    this.nextMark = this.markAfter(this.done);
  }

  private markAfter(done: number): number {
    const step = Math.max(1, Math.ceil(this.total / STEPS));
    return (Math.floor(done / step) + 1) * step;
  }
}

export function announce(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

export function announceRate(label: string, rate: number, unit: string): void {
  announce(`${label}: ${formatRate(rate, unit)}`);
}
