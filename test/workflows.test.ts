// The recipes in examples/workflows/ (and the workflow snippets in README.md and docs/) are checked as workflows: valid YAML
// with on/jobs/steps, every input given to this action exists in action.yml and is accepted by the action's own
// input reader, and each job declares the GitHub permissions (and concurrency, environment, triggers) its use of the
// action needs. The checker is a pure function, tested first on broken workflows so that it is known to catch them.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { readSettings, InputError } from '../src/inputs.js';
import { docPages, yamlBlocks } from '../scripts/lint-workflows.js';
import { repositorySlug } from '../scripts/release/repository.js';

const root = path.resolve(import.meta.dirname, '..');
/** `uses:` of this action: the repository package.json names (test/marketplace.test.ts checks the version part). */
const SLUG = repositorySlug(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
const SLUG_PATTERN = SLUG.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ACTION_REF = new RegExp(`^${SLUG_PATTERN}@\\S+$`);

interface ActionInput {
  default?: unknown;
}
const action = yaml.load(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, ActionInput> };
const ACTION_INPUTS = new Set(Object.keys(action.inputs));

type Level = 'read' | 'write' | 'none';
type Permissions = Record<string, Level> | 'read-all' | 'write-all' | undefined;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: unknown;
  uses?: string;
  steps?: Step[];
  permissions?: Permissions;
  concurrency?: unknown;
  environment?: unknown;
  strategy?: { matrix?: Record<string, unknown> };
}
interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: Permissions;
  concurrency?: unknown;
  jobs?: Record<string, Job>;
}

const isExpr = (v: unknown): boolean => typeof v === 'string' && v.includes('${{');

/** The event names a workflow runs on, whichever of the three `on:` shapes it uses. */
function triggers(w: Workflow): Record<string, unknown> {
  const on = w.on;
  if (typeof on === 'string') return { [on]: null };
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), null]));
  if (on && typeof on === 'object') return on as Record<string, unknown>;
  return {};
}

/** What a permission key is granted, with GitHub's rules: job-level replaces workflow-level; unlisted keys get none. */
function granted(p: Permissions, key: string): Level | 'undeclared' {
  if (p === undefined) return 'undeclared';
  if (p === 'read-all') return 'read';
  if (p === 'write-all') return 'write';
  return p[key] ?? 'none';
}

function concurrencyGroup(c: unknown): { group?: string; cancel?: unknown } | undefined {
  if (typeof c === 'string') return { group: c };
  if (c && typeof c === 'object') {
    const o = c as { group?: unknown; 'cancel-in-progress'?: unknown };
    return { group: typeof o.group === 'string' ? o.group : undefined, cancel: o['cancel-in-progress'] };
  }
  return undefined;
}

/** A stand-in for an expression, per input, so that the action's input reader can still check the rest. */
function placeholder(input: string): string {
  switch (input) {
    case 'region':
      return 'cn-north-4';
    case 'label':
      return 'from-expression';
    case 'mode':
      return 'plan';
    case 'project-id':
      return '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
    case 'oidc-provider-urn':
      return 'iam::0123456789:oidcProvider:github';
    case 'oidc-agency-urn':
      return 'iam::0123456789:agency:deployer';
    case 'pr-number':
      return '1';
    default:
      return 'from-expression';
  }
}

/** Runs the action's own input reader on a step's `with:` (expressions replaced), returning its complaint if any. */
function inputProblem(withInputs: Record<string, unknown>): string | undefined {
  const given = new Map(Object.entries(withInputs).map(([k, v]) => [k, isExpr(v) ? placeholder(k) : String(v)]));
  const getInput = (name: string): string => given.get(name) ?? String(action.inputs[name]?.default ?? '').replace(/\$\{\{[^}]*\}\}/g, '');
  try {
    readSettings({ getInput, env: { GITHUB_WORKSPACE: root }, mask: () => {} });
    return undefined;
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

/** The action's mode in a step: the literal, or 'expression' when a caller decides. */
function modeOf(step: Step): string {
  const m = step.with?.mode;
  if (m === undefined) return String(action.inputs.mode?.default ?? 'plan');
  return isExpr(m) ? 'expression' : String(m);
}

/**
 * Everything wrong with one workflow, as sentences (empty when fine). `full` is false for README snippets that are
 * only steps: then only the action inputs are checked.
 */
function checkWorkflow(w: unknown, file: string): string[] {
  const problems: string[] = [];
  const say = (s: string) => problems.push(`${file}: ${s}`);
  if (!w || typeof w !== 'object') return [`${file}: not a YAML mapping`];
  const wf = w as Workflow;
  const on = triggers(wf);
  if (Object.keys(on).length === 0) say('no `on:` triggers');
  if (!wf.jobs || typeof wf.jobs !== 'object' || Object.keys(wf.jobs).length === 0) {
    say('no `jobs:`');
    return problems;
  }
  if ('pull_request_target' in on) {
    say('uses pull_request_target: it runs with secrets on code from forks; use pull_request');
  }
  const isReusable = 'workflow_call' in on;
  const call = (on.workflow_call ?? {}) as { inputs?: Record<string, unknown>; secrets?: Record<string, unknown> };
  const text = yaml.dump(wf);
  if (isReusable) {
    for (const [, name] of text.matchAll(/\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)/g)) {
      if (name !== 'GITHUB_TOKEN' && !(call.secrets && name! in call.secrets)) say(`secret ${name} is used but not declared in on.workflow_call.secrets`);
    }
    for (const [, name] of text.matchAll(/\$\{\{\s*inputs\.([A-Za-z_][A-Za-z0-9_-]*)/g)) {
      if (!(call.inputs && name! in call.inputs)) say(`input ${name} is used but not declared in on.workflow_call.inputs`);
    }
  }
  const onPullRequest = 'pull_request' in on;
  const onPush = 'push' in on;
  const onSchedule = 'schedule' in on;

  for (const [jobName, job] of Object.entries(wf.jobs)) {
    const where = `job ${jobName}`;
    if (job.uses) continue; // a call to a reusable workflow: checked in its own file
    if (job['runs-on'] === undefined) say(`${where} has no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      say(`${where} has no steps`);
      continue;
    }
    const perms = job.permissions ?? wf.permissions;
    const need = (key: string, level: 'read' | 'write', why: string) => {
      const g = granted(perms, key);
      const ok = level === 'read' ? g === 'read' || g === 'write' : g === 'write';
      if (!ok) say(`${where} needs \`permissions: ${key}: ${level}\` (${why}); it has ${g}`);
    };
    for (const [i, step] of job.steps.entries()) {
      if (!step || typeof step !== 'object') {
        say(`${where} step ${i + 1} is not a mapping`);
        continue;
      }
      if (!!step.uses === !!step.run) say(`${where} step ${i + 1} needs exactly one of uses / run`);
      if (typeof step.uses === 'string' && step.uses.startsWith('actions/checkout@')) need('contents', 'read', 'actions/checkout');
      if (typeof step.uses === 'string' && step.uses.startsWith('actions/download-artifact@') && step.with?.['run-id'] !== undefined) {
        need('actions', 'read', "downloading another run's artifact");
      }
      if (typeof step.uses !== 'string' || !ACTION_REF.test(step.uses)) continue;

      const inputs = step.with ?? {};
      for (const k of Object.keys(inputs)) {
        if (!ACTION_INPUTS.has(k)) say(`${where}: input \`${k}\` does not exist in action.yml`);
      }
      const complaint = inputProblem(inputs);
      if (complaint) say(`${where}: the action would refuse its inputs: ${complaint}`);

      const mode = modeOf(step);
      const commentMode = isExpr(inputs['comment-on-pr']) ? 'expression' : String(inputs['comment-on-pr'] ?? 'auto');
      const oidc = ['oidc-provider-urn', 'oidc-agency-urn', 'oidc-idp-id'].some((k) => inputs[k] !== undefined);
      const failOnDrift = String(inputs['fail-on-drift'] ?? 'false') === 'true';

      if (oidc) need('id-token', 'write', 'keyless auth requests a GitHub OIDC token');
      // The sticky plan comment: on pull requests (or with an explicit PR number) unless switched off.
      const comments = commentMode !== 'never' && (onPullRequest || inputs['pr-number'] !== undefined || commentMode === 'always');
      if (comments && mode !== 'apply' && mode !== 'export') need('pull-requests', 'write', 'the sticky plan comment');
      if (mode === 'apply' || mode === 'expression') {
        const group = concurrencyGroup(job.concurrency ?? wf.concurrency);
        if (mode === 'apply' && !group?.group) say(`${where} applies without a concurrency group: two applies could interleave`);
        if (group && group.cancel === true) say(`${where}: cancel-in-progress would cancel an apply half-way`);
      }
      if (mode === 'apply' && onPush) {
        if (job.environment === undefined) say(`${where} applies on push without an environment (protection rules, secrets)`);
        if (commentMode !== 'never') need('pull-requests', 'write', "marking the merged pull request's plan comment as applied");
        if (onPullRequest) say(`${where} applies on pull_request events: apply on merge (push) only`);
      }
      if (onSchedule && mode === 'plan' && !failOnDrift) say(`${where} runs on a schedule but without fail-on-drift: it can never report drift`);
      if (failOnDrift && mode !== 'plan') say(`${where}: fail-on-drift only applies to mode plan`);
      // One label per matrix entry: otherwise the entries share one ownership tag, one comment and one prune scope.
      if (isExpr(inputs.region) && String(inputs.region).includes('matrix.')) {
        if (!isExpr(inputs.label) || !String(inputs.label).includes('matrix.')) {
          say(`${where}: region comes from the matrix but label does not: give each region its own label`);
        }
      }
      if (job.strategy?.matrix && !isExpr(inputs.label)) say(`${where} is a matrix job with one fixed label for all entries`);
    }
  }
  return problems;
}

/** README snippets that are only a list of steps (or one step): the inputs are still checked. */
function checkSteps(steps: unknown, file: string): string[] {
  const list = Array.isArray(steps) ? steps : [steps];
  return checkWorkflow({ on: 'push', permissions: 'write-all', concurrency: 'snippet', jobs: { snippet: { 'runs-on': 'x', environment: 'x', steps: list } } }, file)
    // Permissions and triggers are the enclosing workflow's business, which a snippet does not show.
    .filter((p) => /input|refuse|exactly one/.test(p));
}

const examplesDir = path.join(root, 'examples', 'workflows');
const exampleFiles = readdirSync(examplesDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const examples = exampleFiles.map((f) => ({ file: f, doc: yaml.load(readFileSync(path.join(examplesDir, f), 'utf8')) as Workflow }));

/** The action's steps of a workflow, with their job. */
function actionSteps(w: Workflow): { job: Job; step: Step }[] {
  return Object.values(w.jobs ?? {}).flatMap((job) =>
    (job.steps ?? []).filter((s) => typeof s?.uses === 'string' && ACTION_REF.test(s.uses)).map((step) => ({ job, step })),
  );
}

describe('the workflow checker catches what it should', () => {
  const good: Workflow = {
    on: { pull_request: { paths: ['.dli/**'] } },
    permissions: { contents: 'read', 'pull-requests': 'write' },
    jobs: {
      plan: {
        'runs-on': 'ubuntu-latest',
        steps: [{ uses: 'actions/checkout@v5' }, { uses: 'dli-connections/dli-connections@v1', with: { mode: 'plan', region: 'cn-north-4' } }],
      },
    },
  };
  const variant = (edit: (w: Workflow) => void): Workflow => {
    const w = structuredClone(good);
    edit(w);
    return w;
  };
  const step = (w: Workflow) => w.jobs!.plan!.steps![1]!;

  it('accepts a correct plan-on-PR workflow', () => {
    expect(checkWorkflow(good, 'good.yml')).toEqual([]);
  });

  it('an input that action.yml does not have, or a value the action refuses', () => {
    expect(checkWorkflow(variant((w) => (step(w).with!['comment_on_pr'] = 'auto')), 'x').join()).toMatch(/`comment_on_pr` does not exist/);
    expect(checkWorkflow(variant((w) => (step(w).with!.mode = 'deploy')), 'x').join()).toMatch(/Input 'mode' must be one of/);
    expect(checkWorkflow(variant((w) => (step(w).with!['wait-timeout'] = 99_999)), 'x').join()).toMatch(/wait-timeout/);
  });

  it('the comment without pull-requests: write; a job-level block replaces the workflow one', () => {
    expect(checkWorkflow(variant((w) => (w.permissions = { contents: 'read' })), 'x').join()).toMatch(/pull-requests: write/);
    expect(checkWorkflow(variant((w) => (w.jobs!.plan!.permissions = { contents: 'read' })), 'x').join()).toMatch(/pull-requests: write/);
    expect(checkWorkflow(variant((w) => delete w.permissions), 'x').join()).toMatch(/it has undeclared/);
    expect(checkWorkflow(variant((w) => (step(w).with!['comment-on-pr'] = 'never')), 'x').filter((p) => p.includes('pull-requests'))).toEqual([]);
  });

  it('keyless auth without id-token: write', () => {
    const w = variant((x) => Object.assign(step(x).with!, { 'oidc-provider-urn': 'iam::1:oidcProvider:gh', 'oidc-agency-urn': 'iam::1:agency:a' }));
    expect(checkWorkflow(w, 'x').join()).toMatch(/id-token: write/);
  });

  it('apply on push without concurrency, environment or the comment permission', () => {
    const w = variant((x) => {
      x.on = { push: { branches: ['main'] } };
      x.permissions = { contents: 'read' };
      step(x).with!.mode = 'apply';
    });
    const problems = checkWorkflow(w, 'x').join('\n');
    expect(problems).toMatch(/concurrency group/);
    expect(problems).toMatch(/without an environment/);
    expect(problems).toMatch(/marking the merged pull request/);
    const cancelling = variant((x) => {
      x.on = 'push';
      x.concurrency = { group: 'g', 'cancel-in-progress': true };
      step(x).with!.mode = 'apply';
    });
    expect(checkWorkflow(cancelling, 'x').join()).toMatch(/cancel-in-progress/);
  });

  it("downloading another run's artifact without actions: read", () => {
    const w = variant((x) => x.jobs!.plan!.steps!.splice(1, 0, { uses: 'actions/download-artifact@v4', with: { name: 'p', 'run-id': '1' } }));
    expect(checkWorkflow(w, 'x').join()).toMatch(/actions: read/);
  });

  it('a schedule without fail-on-drift; a matrix sharing one label; pull_request_target; undeclared reusable secrets', () => {
    expect(checkWorkflow(variant((w) => (w.on = { schedule: [{ cron: '0 3 * * *' }] })), 'x').join()).toMatch(/fail-on-drift/);
    const matrix = variant((w) => {
      w.jobs!.plan!.strategy = { matrix: { region: ['cn-north-4', 'ap-southeast-3'] } };
      step(w).with!.region = '${{ matrix.region }}';
    });
    expect(checkWorkflow(matrix, 'x').join()).toMatch(/its own label/);
    expect(checkWorkflow(variant((w) => (w.on = 'pull_request_target')), 'x').join()).toMatch(/pull_request_target/);
    const reusable = variant((w) => {
      w.on = { workflow_call: { inputs: { region: { type: 'string' } } } };
      step(w).with!['access-key-id'] = '${{ secrets.AK }}';
      step(w).with!.label = '${{ inputs.label }}';
    });
    const problems = checkWorkflow(reusable, 'x').join('\n');
    expect(problems).toMatch(/secret AK is used but not declared/);
    expect(problems).toMatch(/input label is used but not declared/);
  });
});

describe('examples/workflows', () => {
  it('holds the recipes', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(5);
  });

  for (const { file, doc } of examples) {
    it(`${file} is a valid workflow that gives the action only inputs it has, with the permissions it needs`, () => {
      expect(doc).toBeTypeOf('object');
      expect(actionSteps(doc).length).toBeGreaterThan(0);
      expect(checkWorkflow(doc, file)).toEqual([]);
    });
  }

  const find = (pred: (w: Workflow, steps: Step[]) => boolean) =>
    examples.filter(({ doc }) => pred(doc, actionSteps(doc).map((s) => s.step))).map((e) => e.file);

  it('plan on pull requests with the sticky comment, writing the plan file for the apply', () => {
    const files = find(
      (w, steps) =>
        'pull_request' in triggers(w) &&
        steps.some((s) => modeOf(s) === 'plan' && s.with?.['comment-on-pr'] !== 'never' && s.with?.['plan-file'] !== undefined),
    );
    expect(files.length).toBeGreaterThan(0);
  });

  it('apply on merge to main in a protected environment, one at a time', () => {
    const files = find((w, steps) => {
      const push = triggers(w).push as { branches?: string[] } | null | undefined;
      return !!push?.branches?.includes('main') && steps.some((s) => modeOf(s) === 'apply');
    });
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const w = examples.find((e) => e.file === f)!.doc;
      for (const { job } of actionSteps(w)) {
        expect(concurrencyGroup(job.concurrency ?? w.concurrency)?.group, f).toBeTruthy();
        expect(job.environment, f).toBeDefined();
        expect(granted(job.permissions ?? w.permissions, 'contents'), f).toBe('read');
      }
    }
  });

  it('the apply on merge is held to the plan file that the plan on the pull request uploaded', () => {
    const plan = examples.find(({ doc }) => 'pull_request' in triggers(doc) && actionSteps(doc).some(({ step }) => step.with?.['plan-file']));
    expect(plan).toBeDefined();
    const planFile = String(actionSteps(plan!.doc).find(({ step }) => step.with?.['plan-file'])!.step.with!['plan-file']);
    const upload = Object.values(plan!.doc.jobs!).flatMap((j) => j.steps ?? []).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe(planFile);
    const uploadName = String(upload!.with!.name).split('${{')[0]!;

    const apply = examples.find(({ doc }) => 'push' in triggers(doc) && actionSteps(doc).some(({ step }) => step.with?.['plan-file']));
    expect(apply).toBeDefined();
    const steps = Object.values(apply!.doc.jobs!).flatMap((j) => j.steps ?? []);
    const download = steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(String(download?.with?.name).split('${{')[0]).toBe(uploadName);
    expect(String(actionSteps(apply!.doc)[0]!.step.with!['plan-file'])).toContain(`'${planFile}'`);
    // The script that finds the plan run names the plan workflow as it is shipped.
    expect(steps.map((s) => s.run ?? '').join('\n')).toContain(`--workflow ${plan!.file}`);
  });

  it('a reusable workflow with inputs and secrets', () => {
    const files = find((w) => {
      const call = triggers(w).workflow_call as { inputs?: object; secrets?: object } | undefined;
      return !!call && Object.keys(call.inputs ?? {}).length > 0 && Object.keys(call.secrets ?? {}).length > 0;
    });
    expect(files.length).toBeGreaterThan(0);
  });

  it('a nightly drift check: a schedule and fail-on-drift', () => {
    const files = find((w, steps) => 'schedule' in triggers(w) && steps.some((s) => String(s.with?.['fail-on-drift']) === 'true'));
    expect(files.length).toBeGreaterThan(0);
    const w = examples.find((e) => e.file === files[0])!.doc;
    const cron = (triggers(w).schedule as { cron: string }[])[0]!.cron;
    expect(cron.trim().split(/\s+/)).toHaveLength(5);
  });

  it('a matrix over regions with one label each', () => {
    const files = find((w, steps) =>
      Object.values(w.jobs ?? {}).some((j) => Array.isArray(j.strategy?.matrix?.region) && (j.strategy.matrix.region as unknown[]).length > 1) &&
      steps.some((s) => String(s.with?.label ?? '').includes('matrix.region') && String(s.with?.region ?? '').includes('matrix.region')),
    );
    expect(files.length).toBeGreaterThan(0);
  });

  it('keyless: OIDC inputs with id-token: write and no AK/SK', () => {
    const files = find((_w, steps) => steps.some((s) => s.with?.['oidc-provider-urn'] !== undefined && s.with?.['access-key-id'] === undefined));
    expect(files.length).toBeGreaterThan(0);
  });
});

describe('workflow snippets of README.md and docs/', () => {
  // The reference moved from the README into docs/: every page's snippets are checked where they now live.
  const pages = docPages(root);
  // Fenced ```yaml / ```yml blocks (any fence length, indented or not) that use this action.
  const blocks = pages
    .flatMap((page) => yamlBlocks(page, readFileSync(path.join(root, page), 'utf8')))
    .filter((b) => new RegExp(`uses:\\s*${SLUG_PATTERN}@`).test(b.content));

  it('finds the snippets where the docs keep them (quick start, keyless apply, export)', () => {
    const where = new Set(blocks.map((b) => b.file));
    for (const page of ['README.md', 'docs/oidc.md', 'docs/export.md']) expect(where, page).toContain(page);
  });

  it('every yaml snippet that uses the action parses and passes the same checks', () => {
    const problems: string[] = [];
    for (const b of blocks) {
      const where = `${b.file}:${b.firstLine}`;
      let doc: unknown;
      try {
        doc = yaml.load(b.content);
      } catch (error) {
        problems.push(`${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      const w = doc as Workflow & { steps?: unknown };
      if (w && typeof w === 'object' && !Array.isArray(w) && 'jobs' in w) problems.push(...checkWorkflow(w, where));
      else if (w && typeof w === 'object' && !Array.isArray(w) && 'steps' in w) problems.push(...checkSteps(w.steps, where));
      else problems.push(...checkSteps(w, where));
    }
    expect(problems).toEqual([]);
  });
});
