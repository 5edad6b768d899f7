"use strict";
exports.id = 231;
exports.ids = [231];
exports.modules = {

/***/ 4231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MAX_CHARS: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.dq),
/* harmony export */   GITHUB_ACTIONS_BOT: () => (/* binding */ GITHUB_ACTIONS_BOT),
/* harmony export */   commentDecision: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.cF),
/* harmony export */   commentStatusFor: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.NP),
/* harmony export */   findMergedPr: () => (/* binding */ findMergedPr),
/* harmony export */   findPrComment: () => (/* binding */ findPrComment),
/* harmony export */   markApplied: () => (/* binding */ markApplied),
/* harmony export */   markAppliedBody: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.dY),
/* harmony export */   parseMarker: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.gY),
/* harmony export */   renderComment: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.wQ),
/* harmony export */   renderMarker: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.Bd),
/* harmony export */   resolveCommentEvent: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.Cm),
/* harmony export */   resolveOwnLogin: () => (/* binding */ resolveOwnLogin),
/* harmony export */   shouldComment: () => (/* reexport safe */ _comment_body_js__WEBPACK_IMPORTED_MODULE_1__.N9),
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _comment_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7840);



/** The login GITHUB_TOKEN comments as; GET /user answers 403 for it (it is an installation token). */
const GITHUB_ACTIONS_BOT = 'github-actions[bot]';
async function client(t) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return getOctokit(t.token, { baseUrl: (t.apiUrl || 'https://api.github.com').replace(/\/+$/, '') });
}
function describe(err) {
    const status = err?.status;
    const message = err instanceof Error ? err.message : String(err);
    return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
}
function warn(logger, what, err) {
    const status = err?.status;
    const why = status === 403
        ? ' (the token may lack `pull-requests: write` / `issues: write`, or this is a pull request from a fork)'
        : '';
    logger.warning((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .inertLogText */ .I1)(`Could not ${what}: ${describe(err)}${why}. The run goes on.`));
}
/**
 * Whose comments are ours. A personal access token answers GET /user with its login; GITHUB_TOKEN and other
 * installation tokens get 403 (or 401/404 on some servers), and comment as github-actions[bot].
 */
async function resolveOwnLogin(octokit, t) {
    if (t.authorLogin)
        return t.authorLogin;
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (err) {
        const status = err?.status;
        if (status === 403 || status === 401 || status === 404) {
            t.logger.debug(`GET /user answered ${String(status)}: matching comments of ${GITHUB_ACTIONS_BOT}`);
            return GITHUB_ACTIONS_BOT;
        }
        throw err;
    }
}
/** Our comment for `label` on the PR: the first one, page by page, that carries the marker and is ours. */
async function findOwnComment(octokit, t, prNumber, label) {
    const own = (await resolveOwnLogin(octokit, t)).toLowerCase();
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: prNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        for (const c of page.data) {
            if (c.user?.login?.toLowerCase() !== own)
                continue;
            if ((0,_comment_body_js__WEBPACK_IMPORTED_MODULE_1__/* .parseMarker */ .gY)(c.body)?.label !== label)
                continue;
            return { id: c.id, body: c.body ?? '', url: c.html_url };
        }
    }
    return undefined;
}
/** Finds our comment without changing anything (for changes-only: does a comment exist?). */
async function findPrComment(t) {
    try {
        return await findOwnComment(await client(t), t, t.prNumber, t.label);
    }
    catch (err) {
        warn(t.logger, `read the comments of pull request #${t.prNumber}`, err);
        return undefined;
    }
}
/**
 * Updates our comment for `label` in place, or creates it (unless `createIfMissing` is false: changes-only with
 * no changes). Never throws.
 */
async function upsertPrComment(t) {
    try {
        const octokit = await client(t);
        const existing = await findOwnComment(octokit, t, t.prNumber, t.label);
        if (existing) {
            if (existing.body === t.body)
                return { action: 'skipped', commentId: existing.id, url: existing.url };
            const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body: t.body });
            t.logger.info(`Updated the pull request comment: ${data.html_url}`);
            return { action: 'updated', commentId: data.id, url: data.html_url };
        }
        if (t.createIfMissing === false)
            return { action: 'skipped' };
        const { data } = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, body: t.body });
        t.logger.info(`Commented on the pull request: ${data.html_url}`);
        return { action: 'created', commentId: data.id, url: data.html_url };
    }
    catch (err) {
        warn(t.logger, `comment on pull request #${t.prNumber}`, err);
        return { action: 'failed' };
    }
}
/**
 * The pull request a pushed commit came from (apply on merge): among the commit's associated pull requests, the
 * merged one whose merge commit is `sha`, else any merged one, else undefined. Never throws.
 */
async function findMergedPr(t) {
    try {
        const octokit = await client(t);
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner: t.owner,
            repo: t.repo,
            commit_sha: t.sha,
            per_page: 100,
        });
        const merged = data.filter((p) => p.merged_at);
        return (merged.find((p) => p.merge_commit_sha === t.sha) ?? merged[0])?.number;
    }
    catch (err) {
        warn(t.logger, `find the pull request of commit ${t.sha}`, err);
        return undefined;
    }
}
/**
 * After apply: rewrites our comment on the merged PR to status applied (or failed) with the run link and the
 * result. Does nothing (action 'skipped') when the PR has no comment of ours. Never throws.
 */
async function markApplied(t) {
    try {
        const octokit = await client(t);
        const existing = await findOwnComment(octokit, t, t.prNumber, t.label);
        if (!existing) {
            t.logger.info(`No plan comment for label ${t.label} on pull request #${t.prNumber}: nothing to mark`);
            return { action: 'skipped' };
        }
        const body = (0,_comment_body_js__WEBPACK_IMPORTED_MODULE_1__/* .markAppliedBody */ .dY)(existing.body, { status: t.status ?? 'applied', runUrl: t.runUrl, result: t.result });
        const { data } = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body });
        t.logger.info(`Marked the pull request comment as ${t.status ?? 'applied'}: ${data.html_url}`);
        return { action: 'updated', commentId: data.id, url: data.html_url };
    }
    catch (err) {
        warn(t.logger, `mark the comment on pull request #${t.prNumber}`, err);
        return { action: 'failed' };
    }
}


/***/ })

};
;