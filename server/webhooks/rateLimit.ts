/**
 * A token bucket per source: `perMinute` tokens, refilled continuously. In memory on purpose:
 * it protects this process, and a restart forgetting it is harmless (senders retry a 429).
 */
export class RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();

  /** Takes a token; returns 0 when allowed, else the seconds until one is available. */
  take(key: string, perMinute: number, nowMs: number): number {
    const perMs = perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: perMinute, at: nowMs };
    b.tokens = Math.min(perMinute, b.tokens + Math.max(0, nowMs - b.at) * perMs);
    b.at = nowMs;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
  }
}
