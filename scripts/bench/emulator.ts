// The emulator and a real client pointed at it, as the benchmark uses them: the real HTTP transport (signing,
// retries, limiter), static AK/SK, and a limiter of its own per figure, as one run of the action has.
import { createDliClient } from '../../src/dli/client.js';
import { staticCredentials } from '../../src/dli/credentials.js';
import { createAimdLimiter, type AimdLimiterOptions, type RateLimiter } from '../../src/dli/limiter.js';
import type { DliApi } from '../../src/dli/types.js';
import { silentLogger } from '../../src/logger.js';
import { startEmulator, type Emulator, type EmulatorOptions, type RequestLogEntry } from '../../test/emulator/index.js';

export const LABEL = 'bench';

export interface BenchCloud {
  emu: Emulator;
  api: DliApi;
  limiter: RateLimiter;
  /** What the limiter did (it is wrapped, not changed): the "why" when a throttled figure misses. */
  limiterStats: LimiterStats;
  close(): Promise<void>;
}

export interface LimiterStats {
  throttleSignals: number;
  /** Throttle signals that actually lowered the rate. */
  decreases: number;
  minRate: number;
  /** Mean of the allowed rate seen by each acquire (request-weighted). */
  meanRateAtAcquire(): number;
}

/** Passes every call through to `inner` and records what happened to the rate. */
function observedLimiter(inner: RateLimiter): { limiter: RateLimiter; stats: LimiterStats } {
  let sum = 0;
  let n = 0;
  const stats: LimiterStats = {
    throttleSignals: 0,
    decreases: 0,
    minRate: inner.rate,
    meanRateAtAcquire: () => (n ? sum / n : inner.rate),
  };
  const limiter: RateLimiter = {
    get rate() {
      return inner.rate;
    },
    acquire() {
      sum += inner.rate;
      n++;
      return inner.acquire();
    },
    onSuccess() {
      inner.onSuccess();
    },
    onThrottle(retryAfterMs?: number) {
      const before = inner.rate;
      inner.onThrottle(retryAfterMs);
      stats.throttleSignals++;
      if (inner.rate < before) stats.decreases++;
      stats.minRate = Math.min(stats.minRate, inner.rate);
    },
  };
  return { limiter, stats };
}

/** The action's defaults for max-retries (5) and request-timeout (30 s). */
export async function startCloud(opts: { emulator?: EmulatorOptions; limiter?: AimdLimiterOptions } = {}): Promise<BenchCloud> {
  const emu = await startEmulator(opts.emulator);
  const { limiter, stats } = observedLimiter(createAimdLimiter(opts.limiter));
  const api = createDliClient({
    endpoint: emu.url,
    projectId: emu.projectId,
    credentials: staticCredentials({ kind: 'aksk', accessKeyId: emu.ak, secretAccessKey: emu.sk }),
    logger: silentLogger,
    maxRetries: 5,
    requestTimeoutMs: 30_000,
    limiter,
  });
  return { emu, api, limiter, limiterStats: stats, close: () => emu.close() };
}

/** "listConnections ×22, listTags ×3" from a request log. */
export function callBreakdown(log: readonly RequestLogEntry[]): string {
  const counts = new Map<string, number>();
  for (const r of log) {
    const key = r.status === 429 ? `${r.operation}→429` : r.operation;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([op, n]) => `${op} ×${n}`).join(', ');
}
