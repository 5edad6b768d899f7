// A client-side rate limiter shared by every call of one run. The gateway throttles per API and per user (often
// per minute, far below its 200 req/s default), so we start fast and adapt: AIMD like TCP congestion control.
// A 429 halves the allowed rate (and honours Retry-After as a pause for everyone); each success adds a little back.
// It paces the *start* of requests; how many run at once is the caller's `concurrency`. After a quiet spell a few
// requests may start at once (a burst, as a token bucket allows: the pages of a list whose total is known go out
// side by side); the burst shrinks with the rate and a throttle empties it.

export interface RateLimiter {
  /** Waits until this caller may send one request. */
  acquire(): Promise<void>;
  /** The API answered (anything but a throttle): recover a little. */
  onSuccess(): void;
  /** The API said 429 / APIGW.0308: slow down, and pause everyone for `retryAfterMs` when given. */
  onThrottle(retryAfterMs?: number): void;
  /** Current allowed rate, requests per second (for logs and tests). */
  readonly rate: number;
}

export interface AimdLimiterOptions {
  /** Starting and maximum rate, req/s. Default 50. */
  maxRate?: number;
  /** Floor, req/s. Default 0.2 (one request every 5 s, Huawei's own advice for throttling). */
  minRate?: number;
  /**
   * Requests that may start at once after a quiet spell, at the full rate (scaled down with the rate, at least 1).
   * Default 20: a tenth of a second of the gateway's default 200 req/s per API, the remaining pages of a
   * 2,000-connection list. 1 spaces every request evenly.
   */
  burst?: number;
  /** Added to the rate after each success, req/s. Default 0.5. */
  increasePerSuccess?: number;
  /** Multiplied into the rate on each throttle. Default 0.5. */
  decreaseFactor?: number;
  /**
   * After a decrease, further throttles within this many ms (or one current interval, if longer) are the same
   * congestion signal and do not decrease again. Default 1000: gateways count per second (or per minute), and the
   * 429s of one over-full window keep arriving for hundreds of ms after the first.
   */
  decreaseCooldownMs?: number;
  /** Milliseconds clock; injectable for tests. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createAimdLimiter(options: AimdLimiterOptions = {}): RateLimiter {
  const maxRate = options.maxRate ?? 50;
  const minRate = options.minRate ?? 0.2;
  const increase = options.increasePerSuccess ?? 0.5;
  const decrease = options.decreaseFactor ?? 0.5;
  const cooldownMs = options.decreaseCooldownMs ?? 1000;
  const burst = Math.max(1, Math.floor(options.burst ?? 20));
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;

  let rate = maxRate;
  /**
   * When the next request would start if requests were spaced evenly (GCRA's theoretical arrival time); a request
   * may start up to `tolerance()` before it, which is what lets a burst through after a quiet spell.
   */
  let nextSlot = 0;
  /** How far ahead of the even spacing a request may start: (burst at this rate − 1) intervals. */
  const tolerance = (): number => (Math.max(1, Math.floor((burst * rate) / maxRate)) - 1) * (1000 / rate);
  /** A Retry-After pause applies to everyone. */
  let pausedUntil = 0;
  // Several throttles from requests that were already in flight, or sent in the same throttling window, are one
  // congestion signal: halve at most once per cooldown (and per current interval), or a burst of N answers would
  // divide the rate by 2^N. Measured by npm run bench (B5): one halving per interval fell to 6 req/s under a
  // 20 req/s throttle (1.4x the floor); one per second holds ~1.1x.
  let lastDecreaseAt = Number.NEGATIVE_INFINITY;

  return {
    get rate() {
      return rate;
    },
    async acquire() {
      const t = now();
      const start = Math.max(t, nextSlot - tolerance(), pausedUntil);
      nextSlot = Math.max(nextSlot, start) + 1000 / rate;
      if (start > t) await sleep(start - t);
    },
    onSuccess() {
      rate = Math.min(maxRate, rate + increase);
    },
    onThrottle(retryAfterMs?: number) {
      const t = now();
      if (t - lastDecreaseAt >= Math.max(cooldownMs, 1000 / rate)) {
        rate = Math.max(minRate, rate * decrease);
        lastDecreaseAt = t;
      }
      if (retryAfterMs !== undefined && retryAfterMs > 0) pausedUntil = Math.max(pausedUntil, t + retryAfterMs);
      // Re-space what is already reserved and empty the burst: the next request cannot start sooner than one new
      // interval from now.
      nextSlot = Math.max(nextSlot, t + tolerance() + 1000 / rate);
    },
  };
}
