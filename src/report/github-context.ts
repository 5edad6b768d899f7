// What the report needs to know about the workflow run, read from the runner's GITHUB_* variables and the event
// file. Read here instead of through @actions/github's `context` so that a validate run never loads octokit.
import { readFileSync } from 'node:fs';

export interface GitHubRunContext {
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH), or {} when absent or unreadable. */
  payload: { pull_request?: { number?: number } } & Record<string, unknown>;
  owner: string;
  repo: string;
  sha: string;
  apiUrl: string;
  /** Link to this run (where the job summary is), or undefined outside Actions. */
  runUrl?: string;
}

export function githubRunContext(env: NodeJS.ProcessEnv = process.env): GitHubRunContext {
  let payload: GitHubRunContext['payload'] = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as GitHubRunContext['payload'];
    } catch {
      payload = {};
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}` : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runUrl,
  };
}
