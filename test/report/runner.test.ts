import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendSummary, escapeData, escapeProperty, formatCommand, getInput, setOutput, setSecret } from '../../src/report/runner.js';
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
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    setSecret('s3cr%t\nx');
    setSecret('');
    expect(out).toEqual([`::add-mask::s3cr%25t%0Ax${os.EOL}`]);
  });
});
