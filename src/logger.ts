// What the core needs from its host (the action or the CLI): somewhere to write, and a way to hide secrets.
// The core never imports @actions/core; src/main.ts and src/cli.ts provide these.
import { escapeControls, inertText } from './untrusted-text.js';

/**
 * One message is one log line: hosts print control characters in it (a raw line break from API text, say) escaped,
 * with logLine below. Multi-line text is logged line by line.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible log group (the runner's ::group::), or just runs it. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A message as the one line a host prints: control characters escaped, no workflow command possible. */
export function logLine(message: string): string {
  return inertText(escapeControls(message));
}

/** Registers a value that must never appear in any log (core.setSecret in the action). */
export type MaskSecret = (secret: string) => void;

/** A logger that drops everything: for tests and for library use. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warning: () => {},
  error: () => {},
  group: (_name, fn) => fn(),
};

/** Collects log lines in memory: handy in tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: async (name, fn) => {
      lines.push(`[group] ${name}`);
      try {
        return await fn();
      } finally {
        lines.push('[endgroup]');
      }
    },
  };
}
