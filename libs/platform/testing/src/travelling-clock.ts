/**
 * A clock for end-to-end tests that keeps running like the real one but can be sent to another
 * date (the Friday before Tết 2026) and moved forward (past a deadline), so the platform's
 * timers fire as they would in production, only sooner.
 */
export class TravellingClock {
  private offsetMs = 0;

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  travelTo(instant: string | Date): void {
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
