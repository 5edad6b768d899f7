// Shared test wiring: a DLI/VPC client pointed at an emulator, with recorded (instant) sleeps.
import { memoryLogger } from '../../src/logger.js';
import { staticCredentials, type CredentialProvider } from '../../src/dli/credentials.js';
import { createDliClient, type ClientOptions } from '../../src/dli/client.js';
import type { RateLimiter } from '../../src/dli/limiter.js';
import type { Emulator } from '../emulator/index.js';

/** A limiter that never waits, so recorded sleeps are only the retry backoffs. */
export const noLimiter: RateLimiter = { acquire: async () => {}, onSuccess: () => {}, onThrottle: () => {}, rate: Infinity };

export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

export function clientOptions(emu: Emulator, overrides: Partial<ClientOptions> = {}) {
  const logger = memoryLogger();
  const { sleep, waits } = recordingSleep();
  const credentials: CredentialProvider = staticCredentials({ kind: 'aksk', accessKeyId: emu.ak, secretAccessKey: emu.sk });
  const opts: ClientOptions = {
    endpoint: emu.url,
    projectId: emu.projectId,
    credentials,
    logger,
    maxRetries: 3,
    requestTimeoutMs: 5000,
    limiter: noLimiter,
    sleep,
    random: () => 0.5,
    ...overrides,
  };
  return { opts, logger, waits };
}

export function emuClient(emu: Emulator, overrides: Partial<ClientOptions> = {}) {
  const { opts, logger, waits } = clientOptions(emu, overrides);
  return { client: createDliClient(opts), logger, waits, opts };
}
