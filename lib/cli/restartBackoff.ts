// How long a supervisor waits before restarting a process that died: short at first, doubling while it keeps dying,
// and short again once it has stayed up a while, so one crash an hour never waits 30 s but a crash loop cannot spin.

export interface RestartBackoffPolicy {
  /** The first wait, and the wait after a process that had stayed up `resetAfterMs`. */
  initialMs: number;
  /** The longest wait. */
  maxMs: number;
  /** A process up this long counts as healthy: its next crash starts the backoff over. */
  resetAfterMs: number;
}

export const CONSOLE_RESTART_BACKOFF: RestartBackoffPolicy = { initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 };

/**
 * The wait before the next start, given the wait before the start that just ended (null if none) and how long the
 * process then stayed up.
 */
export function nextRestartDelay(
  previousDelayMs: number | null,
  uptimeMs: number,
  policy: RestartBackoffPolicy = CONSOLE_RESTART_BACKOFF,
): number {
  if (previousDelayMs === null || uptimeMs >= policy.resetAfterMs) return policy.initialMs;
  return Math.min(policy.maxMs, Math.max(policy.initialMs, previousDelayMs * 2));
}
