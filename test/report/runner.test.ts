import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendSummary, escapeData, escapeProperty, formatCommand, getInput, newDelimiter, setOutput, setSecret, stdout as runnerStdout, writeAll } from '../../src/report/runner.js';
import { parseOutputFile } from '../e2e/harness.js';

afterEach(() => vi.restoreAllMocks());

describe('runner protocol', () => {
  it('escapes command data so a message stays one line of one command', () => {
    expect(escapeData('50% done\r\n::error::boom')).toBe('50%25 done%0D%0A::error::boom');
    expect(formatCommand('warning', {}, 'a\n::set-output name=x::y')).toBe('::warning::a%0A::set-output name=x::y');
  });

  it('escapes properties, which also may not contain : or ,', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(formatCommand('error', { file: 'x,y.yaml', startLine: 3, startColumn: 7, title: 'dli: bad' }, 'msg')).toBe(
      '::error file=x%2Cy.yaml,line=3,col=7,title=dli%3A bad::msg',
    );
  });

  it('reads INPUT_ variables as the runner names them', () => {
    expect(getInput('allow-replace', { 'INPUT_ALLOW-REPLACE': ' true \n' })).toBe('true');
    expect(getInput('my input', { INPUT_MY_INPUT: 'x' })).toBe('x');
    expect(getInput('missing', {})).toBe('');
  });

  it('writes outputs with a heredoc delimiter, so multi-line and hostile values survive', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-'));
    const file = path.join(dir, 'out');
    writeFileSync(file, '');
    const env = { GITHUB_OUTPUT: file };
    setOutput('ids', '{"a":"1"}', env);
    setOutput('multi', 'line1\nfailure-reason=drift\nline3', env);
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ ids: '{"a":"1"}', multi: 'line1\nfailure-reason=drift\nline3' });
  });

  it('never uses a delimiter that the value contains, so a value cannot close its heredoc', () => {
    const rolls = [0.1, 0.1, 0.2, 0.2];
    vi.spyOn(Math, 'random').mockImplementation(() => rolls.shift() ?? 0.3);
    const taken = `ghadelimiter_${(0.1).toString(36).slice(2)}${(0.1).toString(36).slice(2)}`;
    const d = newDelimiter('out', `x\n${taken}\nfailure-reason=none`);
    expect(d).not.toBe(taken);
    expect(d).toBe(`ghadelimiter_${(0.2).toString(36).slice(2)}${(0.2).toString(36).slice(2)}`);
  });

  it('writes a line whole through short writes and a full non-blocking pipe (EAGAIN)', () => {
    const got: number[] = [];
    let calls = 0;
    const flaky = (fd: number, buf: Uint8Array): number => {
      expect(fd).toBe(1);
      calls++;
      if (calls === 2) throw Object.assign(new Error('resource temporarily unavailable'), { code: 'EAGAIN' });
      const n = Math.min(buf.length, 4096);
      got.push(...buf.subarray(0, n));
      return n;
    };
    const text = `::add-mask::${'é'.repeat(10_000)}\n`;
    writeAll(1, text, flaky);
    expect(Buffer.from(got).toString('utf8')).toBe(text);
    expect(calls).toBeGreaterThan(5);
    expect(() => writeAll(1, 'x', () => { throw Object.assign(new Error('closed'), { code: 'EPIPE' }); })).toThrow('closed');
  });

  it('appends the summary only when the runner gave a file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'runner-'));
    const file = path.join(dir, 'summary.md');
    expect(appendSummary('# one\n', { GITHUB_STEP_SUMMARY: file })).toBe(true);
    expect(appendSummary('# two\n', { GITHUB_STEP_SUMMARY: file })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('# one\n# two\n');
    expect(appendSummary('x', {})).toBe(false);
  });

  it('masks a secret with an escaped add-mask command', () => {
    const out: string[] = [];
    vi.spyOn(runnerStdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    setSecret('s3cr%t\nx');
    setSecret('');
    expect(out).toEqual([`::add-mask::s3cr%25t%0Ax${os.EOL}`]);
  });
});
