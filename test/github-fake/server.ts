// A loopback fake of the few GitHub REST endpoints the PR comment uses: issue comments (list with Link-header
// pagination, create, update), GET /user, and the pull requests associated with a commit. Enough to hold the
// comment behaviour in tests through GITHUB_API_URL, with a request log to count calls.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  html_url: string;
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  merged_at: string | null;
  merge_commit_sha: string | null;
  state?: 'open' | 'closed';
}

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  authorization?: string;
}

export interface GitHubFakeOptions {
  /**
   * The token's user as GET /user reports it. Undefined: behave like GITHUB_TOKEN (GET /user → 403 "Resource not
   * accessible by integration", comments authored by github-actions[bot]).
   */
  userLogin?: string;
  /** Comments present before the test, in order (ids are assigned). `user` defaults to github-actions[bot]. */
  seed?: { owner?: string; repo?: string; issue_number: number; body: string; user?: string }[];
  /** GET /repos/{o}/{r}/commits/{sha}/pulls answers, by sha. */
  pulls?: Record<string, FakePull[]>;
  /** Start with writes (POST/PATCH) answering 403. */
  forbidden?: boolean;
}

export interface GitHubFake {
  /** Base URL, e.g. http://127.0.0.1:PORT (what GITHUB_API_URL would hold). */
  url: string;
  comments: FakeComment[];
  requests: FakeRequest[];
  setForbidden(forbidden: boolean): void;
  close(): Promise<void>;
}

const BOT = 'github-actions[bot]';

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startGitHubFake(opts: GitHubFakeOptions = {}): Promise<GitHubFake> {
  let forbidden = opts.forbidden ?? false;
  let nextId = 1000;
  const comments: FakeComment[] = [];
  const requests: FakeRequest[] = [];
  const author = opts.userLogin ?? BOT;
  let base = '';

  const makeComment = (owner: string, repo: string, issue: number, body: string, login: string): FakeComment => {
    const id = nextId++;
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, id - 1000)).toISOString();
    return {
      id,
      owner,
      repo,
      issue_number: issue,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.example/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      created_at: now,
      updated_at: now,
    };
  };
  for (const s of opts.seed ?? []) comments.push(makeComment(s.owner ?? 'o', s.repo ?? 'r', s.issue_number, s.body, s.user ?? BOT));

  const view = (c: FakeComment) => ({
    id: c.id,
    body: c.body,
    user: c.user,
    html_url: c.html_url,
    issue_url: `${base}/repos/${c.owner}/${c.repo}/issues/${c.issue_number}`,
    created_at: c.created_at,
    updated_at: c.updated_at,
  });

  const server = http.createServer((req, res) => {
    void (async () => {
      const u = new URL(req.url ?? '/', base);
      const body = req.method === 'POST' || req.method === 'PATCH' ? await readJson(req) : undefined;
      requests.push({
        method: req.method ?? '',
        path: u.pathname,
        query: Object.fromEntries(u.searchParams),
        body,
        authorization: req.headers.authorization,
      });
      if (!req.headers.authorization) return send(res, 401, { message: 'Requires authentication' });
      const write = req.method === 'POST' || req.method === 'PATCH';
      if (write && forbidden) return send(res, 403, { message: 'Resource not accessible by integration' });

      if (req.method === 'GET' && u.pathname === '/user') {
        if (opts.userLogin === undefined) return send(res, 403, { message: 'Resource not accessible by integration' });
        return send(res, 200, { login: opts.userLogin, id: 1, type: 'User' });
      }

      let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(u.pathname);
      if (m) {
        const [, owner, repo, n] = m as unknown as [string, string, string, string];
        const issue = Number(n);
        if (req.method === 'GET') {
          const perPage = Math.min(100, Math.max(1, Number(u.searchParams.get('per_page') ?? 30)));
          const page = Math.max(1, Number(u.searchParams.get('page') ?? 1));
          const all = comments.filter((c) => c.owner === owner && c.repo === repo && c.issue_number === issue);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const slice = all.slice((page - 1) * perPage, page * perPage);
          const link = (p: number, rel: string) => {
            const l = new URL(u.pathname, base);
            l.searchParams.set('per_page', String(perPage));
            l.searchParams.set('page', String(p));
            return `<${l.toString()}>; rel="${rel}"`;
          };
          const links: string[] = [];
          if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
          if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
          return send(res, 200, slice.map(view), links.length ? { link: links.join(', ') } : {});
        }
        if (req.method === 'POST') {
          const text = (body as { body?: unknown } | undefined)?.body;
          if (typeof text !== 'string' || text.length === 0) return send(res, 422, { message: 'Validation Failed' });
          if (text.length > 65536) return send(res, 422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
          const c = makeComment(owner, repo, issue, text, author);
          comments.push(c);
          return send(res, 201, view(c));
        }
      }

      m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(u.pathname);
      if (m && req.method === 'PATCH') {
        const c = comments.find((x) => x.id === Number(m![3]) && x.owner === m![1] && x.repo === m![2]);
        if (!c) return send(res, 404, { message: 'Not Found' });
        // Like GitHub: only the author (or an admin, which the fake never is) may edit a comment.
        if (c.user.login !== author) return send(res, 403, { message: 'Must have admin rights to Repository.' });
        const text = (body as { body?: unknown } | undefined)?.body;
        if (typeof text !== 'string' || text.length === 0) return send(res, 422, { message: 'Validation Failed' });
        if (text.length > 65536) return send(res, 422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)' });
        c.body = text;
        c.updated_at = new Date().toISOString();
        return send(res, 200, view(c));
      }

      m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/.exec(u.pathname);
      if (m && req.method === 'GET') {
        return send(res, 200, (opts.pulls?.[m[3]!] ?? []).map((p) => ({ state: 'closed', ...p })));
      }

      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { message: String(err) });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    comments,
    requests,
    setForbidden: (f) => {
      forbidden = f;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
