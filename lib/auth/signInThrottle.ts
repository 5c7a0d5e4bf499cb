// Bounds on password sign-in. Each argon2 check takes 64 MiB and tens of milliseconds, so only a few run at once and
// a flood is turned away instead of queued into memory; and an email with repeated failures gets one try a minute.
import "server-only";
export interface SignInThrottleOptions {
  /** argon2 checks running at once. */
  maxConcurrent: number;
  /** Checks waiting for a slot; beyond this a sign-in is answered "busy" at once. */
  maxWaiting: number;
  /** Failures of one email within `windowMs` before its tries are spaced out. */
  maxFailures: number;
  windowMs: number;
  /** Once over `maxFailures`: the least time between two tries of that email. */
  spacingMs: number;
  /** Emails remembered at most (the oldest are forgotten first), so the table itself stays small. */
  maxTracked: number;
}

export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleOptions = {
  maxConcurrent: 2,
  maxWaiting: 16,
  maxFailures: 5,
  windowMs: 15 * 60_000,
  spacingMs: 60_000,
  maxTracked: 10_000,
};

export const BUSY = Symbol("busy");

interface Failures {
  count: number;
  firstAt: number;
  lastAt: number;
}

export class SignInThrottle {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly options: SignInThrottleOptions = DEFAULT_SIGN_IN_THROTTLE) {}

  /** Runs `check` in a free slot, or answers BUSY when too many wait already. */
  async withSlot<T>(check: () => Promise<T>): Promise<T | typeof BUSY> {
    if (this.running >= this.options.maxConcurrent) {
      if (this.waiting.length >= this.options.maxWaiting) return BUSY;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await check();
    } finally {
      // The slot passes straight to the next waiter, so `running` counts it without a gap.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Milliseconds before this email may try again; 0 when it may now. */
  waitFor(email: string, now = Date.now()): number {
    const record = this.current(email, now);
    if (!record || record.count < this.options.maxFailures) return 0;
    return Math.max(0, record.lastAt + this.options.spacingMs - now);
  }

  noteFailure(email: string, now = Date.now()): void {
    const record = this.current(email, now) ?? { count: 0, firstAt: now, lastAt: now };
    record.count += 1;
    record.lastAt = now;
    this.failures.delete(email);
    this.failures.set(email, record);
    if (this.failures.size > this.options.maxTracked) this.failures.delete(this.failures.keys().next().value!);
  }

  noteSuccess(email: string): void {
    this.failures.delete(email);
  }

  private current(email: string, now: number): Failures | undefined {
    const record = this.failures.get(email);
    if (record && now - record.firstAt > this.options.windowMs) {
      this.failures.delete(email);
      return undefined;
    }
    return record;
  }
}
