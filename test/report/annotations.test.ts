import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as path from 'node:path';
import { annotate, repoRelative, toAnnotations } from '../../src/report/annotations.js';

const ws = path.resolve('/home/runner/work/repo/repo');

describe('repoRelative', () => {
  it('makes workspace paths relative with forward slashes', () => {
    expect(repoRelative(path.join(ws, 'dli', 'kafka.yaml'), ws)).toBe('dli/kafka.yaml');
    expect(repoRelative('dli/kafka.yaml', ws)).toBe('dli/kafka.yaml');
    expect(repoRelative('./dli/kafka.yaml', ws)).toBe('dli/kafka.yaml');
  });

  it('leaves paths outside the workspace as they are', () => {
    expect(repoRelative('/etc/other.yaml', ws)).toBe('/etc/other.yaml');
  });
});

describe('toAnnotations', () => {
  it('carries file, line, column, title and the fix', () => {
    const [a, b] = toAnnotations(
      [
        { severity: 'error', message: 'unknown key', hint: 'remove it', code: 'unknown-key', position: { file: path.join(ws, 'a.yaml'), line: 3, col: 7 } },
        { severity: 'warning', message: 'API slow' },
      ],
      ws,
    );
    expect(a).toEqual({
      severity: 'error',
      message: 'unknown key\nFix: remove it',
      properties: { title: 'dli-connections: unknown-key', file: 'a.yaml', startLine: 3, startColumn: 7 },
    });
    expect(b).toEqual({ severity: 'warning', message: 'API slow', properties: { title: 'dli-connections' } });
  });
});

describe('annotate', () => {
  let out: string[];
  beforeEach(() => {
    out = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes workflow commands whose data cannot start another command', () => {
    annotate(
      [
        { severity: 'error', message: 'bad\n::set-output name=x::y', position: { file: 'a,b:c.yaml', line: 1, col: 2 } },
        { severity: 'notice', message: 'fyi' },
      ],
      ws,
    );
    const text = out.join('');
    const lines = text.split(/\r?\n/).filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('::error title=dli-connections,file=a%2Cb%3Ac.yaml,line=1,col=2::bad%0A::set-output name=x::y');
    expect(lines[1]).toBe('::notice title=dli-connections::fyi');
  });
});
