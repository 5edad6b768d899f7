"use strict";
exports.id = 698;
exports.ids = [698];
exports.modules = {

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dk: () => (/* binding */ UnexpectedResponseError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   rk: () => (/* binding */ UnknownOutcomeError)
/* harmony export */ });
// Typed API errors. Every failure the client raises is one of these, so callers can decide on retry, on
// "not found", and on what to tell the user, without parsing messages.
class ApiError extends Error {
    operation;
    status;
    code;
    apiMessage;
    requestId;
    retryable;
    hint;
    constructor(message, details) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'ApiError';
        this.operation = details.operation;
        this.status = details.status;
        this.code = details.code;
        this.apiMessage = details.apiMessage;
        this.requestId = details.requestId;
        this.retryable = details.retryable;
        this.hint = details.hint;
    }
    /** DLI says "not found" as 400 DLI.0001/DLI.0002, 404 DLI.0023, or "Connection … is not exist." */
    get notFound() {
        if (this.code === 'DLI.0002' || this.code === 'DLI.0023')
            return true;
        if (this.code === 'DLI.0001' && /not exist|does not exist|not found/i.test(this.apiMessage ?? ''))
            return true;
        return this.status === 404 && !(this.code ?? '').startsWith('APIG');
    }
    /** Bad signature, bad/expired token, permission refused. */
    get isAuthError() {
        return (this.status === 401 ||
            this.status === 403 ||
            ['APIGW.0301', 'APIGW.0302', 'APIGW.0303', 'APIGW.0307', 'DLI.0013', 'DLI.0014'].includes(this.code ?? ''));
    }
    /** Expired or invalid token/temporary credentials (the caller may refresh credentials once). */
    get isExpiredCredential() {
        return this.code === 'APIGW.0301' || this.code === 'APIGW.0307';
    }
}
/**
 * A non-idempotent call (Create) may or may not have taken effect: the request was sent but no answer arrived
 * (timeout, reset, lost response). Never retry it blindly: look the name up first.
 */
class UnknownOutcomeError extends Error {
    operation;
    constructor(operation, cause) {
        super(`${operation}: the request was sent but no answer came back; its outcome is unknown`, { cause });
        this.name = 'UnknownOutcomeError';
        this.operation = operation;
    }
}
/** The API answered with a shape we do not understand (zod parse failed). */
class UnexpectedResponseError extends Error {
    operation;
    constructor(operation, detail) {
        super(`${operation}: unexpected answer from the API: ${detail}`);
        this.name = 'UnexpectedResponseError';
        this.operation = operation;
    }
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MAX_INLINE_HOSTS: () => (/* binding */ MAX_INLINE_HOSTS),
  PUBLISHED_SCHEMA_URL: () => (/* binding */ PUBLISHED_SCHEMA_URL),
  WORKSPACE_SCHEMA_FILE: () => (/* binding */ WORKSPACE_SCHEMA_FILE),
  exportConnections: () => (/* binding */ exportConnections),
  parseTagFilter: () => (/* reexport */ parseTagFilter),
  parseTagFilters: () => (/* reexport */ parseTagFilters)
});

// EXTERNAL MODULE: ./src/pool.ts
var pool = __webpack_require__(9537);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/dli/errors.ts
var errors = __webpack_require__(4540);
// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(6470);
// EXTERNAL MODULE: ./src/plan/diff.ts + 1 modules
var diff = __webpack_require__(2603);
// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __webpack_require__(8521);
// EXTERNAL MODULE: ./src/ownership.ts
var ownership = __webpack_require__(2334);
;// CONCATENATED MODULE: ./src/export/bindings.ts
/** Reads the queue and pool listings; undefined (with a warning) when they cannot be read. */
async function readResourceKinds(resources, logger) {
    try {
        const [queues, pools] = await Promise.all([resources.listQueues(), resources.listElasticResourcePools()]);
        return {
            queues: new Set(queues.map((q) => q.queue_name.toLowerCase())),
            pools: new Set(pools.map((p) => p.elastic_resource_pool_name.toLowerCase())),
        };
    }
    catch (err) {
        logger.warning(`could not list DLI queues and elastic resource pools (${err.message}); bound names are exported under the list DLI reports them in`);
        return undefined;
    }
}
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * The bound names of a live connection, split into the two manifest fields, each sorted and without duplicates
 * (a name listed twice, or in both live lists, is written once). Names are written as DLI shows them.
 */
function splitBindings(conn, kinds) {
    const queues = [];
    const pools = [];
    const seen = new Set();
    const place = (name, listedAs) => {
        const lower = name.toLowerCase();
        if (seen.has(lower))
            return;
        seen.add(lower);
        const isQueue = kinds?.queues.has(lower) ?? false;
        const isPool = kinds?.pools.has(lower) ?? false;
        const kind = isQueue && !isPool ? 'queue' : isPool && !isQueue ? 'pool' : listedAs;
        (kind === 'queue' ? queues : pools).push(name);
    };
    for (const p of conn.available_queue_info)
        place(p.name, 'queue');
    for (const p of conn.elastic_resource_pools)
        place(p.name, 'pool');
    return { queues: queues.sort(byName), elastic_resource_pools: pools.sort(byName) };
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/manifest/index.ts + 4 modules
var manifest = __webpack_require__(2836);
;// CONCATENATED MODULE: ./src/export/existing.ts
// Which connections already have a manifest: the manifests in the output folder (and, when given, the run's own
// manifest globs), loaded with the action's validator, by connection name. A connection declared in some other
// file is reported and never written a second time (that would be a duplicate name for the loader).



function outDirPatterns(outRel) {
    const base = outRel === '' ? '' : `${(0,dist/* escapePath */.ft)(outRel)}/`;
    return [`${base}**/*.yml`, `${base}**/*.yaml`];
}
async function findExistingManifests(workspace, patterns, logger) {
    const { set, diagnostics } = await (0,manifest/* loadManifests */.DD)({ workspace, patterns: [...patterns] });
    // "no manifest matched" only means the folder is new or empty: that is the usual case for export.
    const problems = diagnostics.filter((d) => d.severity === 'error' && d.code !== 'no-manifests');
    if (problems.length > 0) {
        const files = [...new Set(problems.map((d) => d.position?.file).filter((f) => f !== undefined))].sort();
        logger.warning(`export: ${problems.length} problem(s) in existing manifests (${(0,untrusted_text/* inertText */.UJ)(files.slice(0, 5).join(', '))}${files.length > 5 ? ', …' : ''}); ` +
            'connections declared in files that do not validate are not recognised as already exported (an existing file is still never overwritten without force)');
        for (const d of problems.slice(0, 20)) {
            const at = d.position ? `${d.position.file}:${d.position.line}:${d.position.col}: ` : '';
            logger.debug(`export: existing manifest: ${(0,untrusted_text/* inertText */.UJ)(at + d.message)}`);
        }
    }
    const byName = new Map();
    for (const c of set.connections) {
        const files = byName.get(c.name) ?? [];
        if (!files.includes(c.source.file))
            files.push(c.source.file);
        byName.set(c.name, files.sort());
    }
    return byName;
}

// EXTERNAL MODULE: ./src/failure.ts
var failure = __webpack_require__(1633);
;// CONCATENATED MODULE: ./src/export/filters.ts

/**
 * `key=value` → a tag (split at the first `=`, so values may hold `=`). Commas are refused: the List call's tag
 * filter is `k=v,k=v`, so a comma would silently become a second condition.
 */
function parseTagFilter(text) {
    const at = text.indexOf('=');
    const key = at < 0 ? '' : text.slice(0, at);
    const value = at < 0 ? '' : text.slice(at + 1);
    if (at < 0 || key.trim() === '') {
        throw new failure/* RunFailure */.a('validation-failed', `export: tag filter ${JSON.stringify(text)} must be key=value`);
    }
    if (key.includes(',') || value.includes(',')) {
        throw new failure/* RunFailure */.a('validation-failed', `export: tag filter ${JSON.stringify(text)} must not contain a comma (give one --tag per tag)`);
    }
    return { key, value };
}
function parseTagFilters(texts) {
    return texts.map(parseTagFilter);
}
/** Whether `tags` carries every tag of `required` (same key, same value). */
function hasAllTags(tags, required) {
    return required.every((r) => tags.some((t) => t.key === r.key && t.value === r.value));
}

// EXTERNAL MODULE: ./src/workspace-paths.ts
var workspace_paths = __webpack_require__(1271);
;// CONCATENATED MODULE: ./src/export/paths.ts
// Where export may write: inside the workspace only, checked on the path as given AND on real paths (a symlinked
// folder must not lead outside the repository either), and never through a symlinked file.




function outside(what, shown, workspace) {
    return new failure/* RunFailure */.a('validation-failed', `export: ${what} ${JSON.stringify(shown)} is outside the workspace ${workspace}; export only writes inside the repository`);
}
/** The deepest existing ancestor of `abs` (itself when it exists). */
async function existingAncestor(abs) {
    let p = abs;
    for (;;) {
        try {
            await external_node_fs_.promises.lstat(p);
            return p;
        }
        catch {
            const parent = external_node_path_.dirname(p);
            if (parent === p)
                return p;
            p = parent;
        }
    }
}
/**
 * Resolves `outDir` (relative to the workspace, or absolute) and refuses anything outside the workspace. Does not
 * create the folder (see `ensureDir`).
 */
async function resolveOutDir(workspace, outDir) {
    const ws = external_node_path_.resolve(workspace);
    if (outDir.trim() === '')
        throw new failure/* RunFailure */.a('validation-failed', 'export: the output folder is empty; give a folder inside the repository');
    const abs = external_node_path_.resolve(ws, outDir);
    const rel = external_node_path_.relative(ws, abs);
    if ((0,workspace_paths/* escapes */.r6)(rel))
        throw outside('folder', outDir, ws);
    await assertRealInside(ws, abs, outDir);
    return { workspace: ws, abs, rel: (0,workspace_paths/* toPosix */.d7)(rel) };
}
/** The real path of `abs` (or of its deepest existing ancestor) must be inside the real workspace. */
async function assertRealInside(workspace, abs, shown) {
    let realWs;
    try {
        realWs = await external_node_fs_.promises.realpath(workspace);
    }
    catch {
        throw new failure/* RunFailure */.a('validation-failed', `export: workspace ${workspace} does not exist`);
    }
    const anchor = await existingAncestor(abs);
    const real = await external_node_fs_.promises.realpath(anchor).catch(() => anchor);
    if ((0,workspace_paths/* escapes */.r6)(external_node_path_.relative(realWs, real)))
        throw outside('path', shown, workspace);
}
/** mkdir -p, then re-check on the real path (the folder may have been a symlink all along). */
async function ensureDir(workspace, abs, shown) {
    await assertRealInside(workspace, abs, shown);
    await external_node_fs_.promises.mkdir(abs, { recursive: true });
    await assertRealInside(workspace, abs, shown);
}
/** The current bytes of a file, undefined when absent; a symlink is refused (we never write through one). */
async function readExisting(abs, shown) {
    let st;
    try {
        st = await external_node_fs_.promises.lstat(abs);
    }
    catch {
        return undefined;
    }
    if (st.isSymbolicLink())
        throw new failure/* RunFailure */.a('validation-failed', `export: ${shown} is a symbolic link; export does not write through links`);
    if (!st.isFile())
        throw new failure/* RunFailure */.a('validation-failed', `export: ${shown} exists and is not a regular file`);
    return external_node_fs_.promises.readFile(abs);
}
/** Write through a temporary file and a rename, so an interrupted export never leaves half a manifest. */
async function writeAtomic(abs, text) {
    const tmp = external_node_path_.join(external_node_path_.dirname(abs), `.${external_node_path_.basename(abs)}.${process.pid}.tmp`);
    await external_node_fs_.promises.writeFile(tmp, text, 'utf8');
    try {
        await external_node_fs_.promises.rename(tmp, abs);
    }
    catch (err) {
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw err;
    }
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/export/yaml-scalar.ts
// YAML scalars for exported manifests, written by hand so the output is small, stable and safe.
//
// A value is written plain only when it is made of a conservative set of characters AND every YAML reader a user
// may point at the file reads it back as the very same string: js-yaml (the loader's fast path, CORE_SCHEMA, and
// its DEFAULT_SCHEMA with timestamps), and the `yaml` package as YAML 1.2 (the precise path, editors) and as YAML
// 1.1 (where `yes`, `off`, `0123`, `1:20` and `2001-12-14` are not strings). Everything else is double-quoted with
// explicit escapes, so `yes`, `null`, `0123`, `a: b`, `#x`, leading/trailing spaces, newlines and control characters
// all survive the round trip as strings.


/** Characters a plain scalar may use here: no flow indicators (`,[]{}`), no `:`/`#`/quotes/spaces. */
const PLAIN_CANDIDATE = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/;
const plainCache = new Map();
function readsBackAs(text, expected) {
    try {
        return (js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA }) === expected &&
            js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.DEFAULT_SCHEMA */.Ay.DEFAULT_SCHEMA }) === expected &&
            (0,yaml_dist/* parse */.qg)(text) === expected &&
            (0,yaml_dist/* parse */.qg)(text, { version: '1.1' }) === expected);
    }
    catch {
        return false;
    }
}
/** Whether `s` can be written without quotes (cached: ids, names and tag keys repeat across connections). */
function isPlainSafe(s) {
    let safe = plainCache.get(s);
    if (safe === undefined) {
        safe = PLAIN_CANDIDATE.test(s) && readsBackAs(s, s);
        if (plainCache.size > 10_000)
            plainCache.clear();
        plainCache.set(s, safe);
    }
    return safe;
}
/** YAML's printable set (c-printable), minus the characters some readers treat as line breaks or a BOM. */
function isPrintable(cp) {
    if (cp >= 0x20 && cp <= 0x7e)
        return true;
    if (cp === 0x2028 || cp === 0x2029 || cp === 0xfeff)
        return false;
    return (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}
/** A double-quoted YAML scalar; every character outside the printable set is escaped. */
function doubleQuoted(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (isPrintable(cp))
            out += ch;
        else if (cp <= 0xffff)
            out += `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
        else
            out += `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
    }
    return `${out}"`;
}
/** A scalar (value or mapping key) that every reader above reads back as exactly `s`. */
function yamlScalar(s) {
    return isPlainSafe(s) ? s : doubleQuoted(s);
}

;// CONCATENATED MODULE: ./src/export/render.ts

/** Comment text comes partly from the API: keep each note on one line, whatever it holds. */
function commentLine(text) {
    return `# ${text.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}`.trimEnd();
}
/**
 * The manifest text. `schemaRef` is what the yaml-language-server modeline points at (a path relative to the
 * manifest, or a URL). Empty lists are left out (an absent list means "none" to the loader, exactly like `[]`);
 * `tags` is always written, `{}` when there are none, because a declared `tags` map is what makes the action manage
 * tags at all, and the exported manifest is meant to describe the whole connection.
 */
function renderManifest(m, schemaRef) {
    const lines = [
        `# yaml-language-server: $schema=${schemaRef}`,
        '# Exported from DLI by `dli-connections export`: this file is now the source of truth for the connection.',
        '# Not exported: routetable_id. DLI never returns it (it is create-only), so set it by hand below if this',
        '# connection needs a custom route table; it is only used if the connection is ever re-created.',
        `name: ${yamlScalar(m.name)}`,
        `dest_vpc_id: ${yamlScalar(m.dest_vpc_id)}`,
        `dest_network_id: ${yamlScalar(m.dest_network_id)}`,
        '# routetable_id: <route table id of the destination subnet, if the connection needs one>',
    ];
    const list = (key, items) => {
        if (items.length === 0)
            return;
        lines.push(`${key}:`);
        for (const item of items)
            lines.push(`  - ${yamlScalar(item)}`);
    };
    list('queues', m.queues);
    list('elastic_resource_pools', m.elastic_resource_pools);
    if (m.hosts.length > 0) {
        lines.push('hosts:');
        for (const h of m.hosts)
            lines.push(`  - { name: ${yamlScalar(h.name)}, ip: ${yamlScalar(h.ip)} }`);
    }
    if (m.hosts_file !== undefined)
        lines.push(`hosts_file: ${yamlScalar(m.hosts_file)}`);
    if (m.routes.length > 0) {
        lines.push('routes:');
        for (const r of m.routes)
            lines.push(`  - { name: ${yamlScalar(r.name)}, cidr: ${yamlScalar(r.cidr)} }`);
    }
    if (m.tags.length === 0) {
        lines.push('tags: {}');
    }
    else {
        lines.push('tags:');
        for (const t of m.tags)
            lines.push(`  ${yamlScalar(t.key)}: ${yamlScalar(t.value)}`);
    }
    return `${lines.join('\n')}\n`;
}
/**
 * The hosts file: /etc/hosts syntax, one record per line (`IP name`), in the order the API returned them (the order
 * they were last written in; the diff compares hosts as a set, so order never causes a change). Host names cannot
 * hold `#` or spaces (the API's rule), so no escaping is needed.
 */
function renderHostsFile(connectionName, manifestFileName, hosts) {
    const lines = [
        commentLine(`Hosts of DLI connection ${connectionName}, exported by \`dli-connections export\`.`),
        commentLine(`Used by hosts_file in ${manifestFileName}. Syntax: IP name [alias ...]; each name is one host record.`),
    ];
    for (const h of hosts)
        lines.push(`${h.ip.padEnd(15)} ${h.name}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/export/index.ts
// Export: write the live connections of a project as manifests, so a team can adopt what was made by hand.
// Read-only towards the cloud: one paged list (tag-filtered when asked), one tag read per exported connection
// (bounded concurrency), and, when a resource API is given, the queue and pool listings. Then one file per
// connection, `<out>/<name>.yaml`, and `<out>/hosts/<name>.hosts` when it has more than 50 hosts.
//
// The acceptance is the round trip: `plan` over freshly exported manifests adopts each connection (ownership tag)
// and changes nothing else; after one apply a second plan is all unchanged. That holds because every field the
// diff compares is written from what the API returned: hosts (as a set), bound names (the union of both live
// lists), routes by name and cidr, and the user tags as a declared map. `routetable_id` is create-only and never
// returned, so it never causes a diff; a comment in each file says so.















/** More hosts than this go to a hosts file next to the manifest, so the manifest stays readable in review. */
const MAX_INLINE_HOSTS = 50;
/** Where the modeline points when the workspace has no copy of the schema: the schema's own `$id`. */
const PUBLISHED_SCHEMA_URL = String(schema/* connectionSchema */.mR.meta()?.$id ??
    'https://raw.githubusercontent.com/dli-connections/dli-connections/main/schema/connection.schema.json');
/** The schema file looked for in the workspace (this repository keeps it there; most users' repositories do not). */
const WORKSPACE_SCHEMA_FILE = 'schema/connection.schema.json';
const compareStrings = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The modeline target: the workspace's schema file relative to the manifest folder, else the published URL. */
async function schemaRef(out) {
    const schemaAbs = external_node_path_.join(out.workspace, WORKSPACE_SCHEMA_FILE);
    try {
        const st = await external_node_fs_.promises.stat(schemaAbs);
        if (st.isFile()) {
            const rel = (0,workspace_paths/* toPosix */.d7)(external_node_path_.relative(out.abs, schemaAbs));
            return rel.startsWith('.') ? rel : `./${rel}`;
        }
    }
    catch {
        // absent: fall through to the URL
    }
    return PUBLISHED_SCHEMA_URL;
}
/** The manifest model of one live connection (without the hosts-file decision's path prefix). */
function toManifest(c, kinds) {
    const { conn } = c;
    const bindings = splitBindings(conn, kinds);
    const hostsInFile = conn.hosts.length > MAX_INLINE_HOSTS;
    const manifest = {
        name: conn.name,
        dest_vpc_id: conn.dest_vpc_id,
        dest_network_id: conn.dest_network_id,
        queues: bindings.queues,
        elastic_resource_pools: bindings.elastic_resource_pools,
        hosts: hostsInFile ? [] : conn.hosts.map((h) => ({ name: h.name, ip: h.ip })),
        // Routes by name: the API's order is creation order, which a delete + add changes without changing anything.
        routes: [...conn.routes].map((r) => ({ name: r.name, cidr: r.cidr })).sort((a, b) => compareStrings(a.name, b.name)),
        tags: c.tags
            .filter((t) => t.key !== ownership/* OWNERSHIP_TAG_KEY */.J)
            .map((t) => ({ key: t.key, value: t.value }))
            .sort((a, b) => compareStrings(a.key, b.key)),
    };
    if (hostsInFile)
        manifest.hosts_file = `hosts/${conn.name}.hosts`;
    return { manifest, hostsInFile };
}
/** What the validator would refuse in the exported manifest, as short messages (at most a handful). */
function manifestProblems(m, fileHosts) {
    const doc = { name: m.name, dest_vpc_id: m.dest_vpc_id, dest_network_id: m.dest_network_id };
    if (m.queues.length)
        doc.queues = m.queues;
    if (m.elastic_resource_pools.length)
        doc.elastic_resource_pools = m.elastic_resource_pools;
    if (m.hosts.length)
        doc.hosts = m.hosts;
    if (m.hosts_file !== undefined)
        doc.hosts_file = m.hosts_file;
    if (m.routes.length)
        doc.routes = m.routes;
    doc.tags = Object.fromEntries(m.tags.map((t) => [t.key, t.value]));
    const problems = [];
    const parsed = schema/* connectionSchema */.mR.safeParse(doc);
    if (!parsed.success) {
        for (const issue of parsed.error.issues)
            problems.push(`${issue.path.map(String).join('.') || '(document)'}: ${issue.message}`);
    }
    for (const h of fileHosts) {
        if (!(0,schema/* isIPv4 */.wM)(h.ip))
            problems.push(`${m.hosts_file}: ${JSON.stringify(h.ip)} is not an IPv4 address the manifest rules accept`);
        else if (!(0,schema/* isHostName */.uy)(h.name))
            problems.push(`${m.hosts_file}: host name ${JSON.stringify(h.name)} is not accepted by the manifest rules`);
    }
    const MAX = 10;
    return problems.length > MAX ? [...problems.slice(0, MAX), `… and ${problems.length - MAX} more`] : problems;
}
/**
 * Lists the live connections (paged, DELETED dropped), keeps those matching `names` and `tags`, reads their tags,
 * and writes one manifest per connection into `outDir`. Never writes outside the workspace, never overwrites a
 * file with other content unless `force`, never writes a connection that another manifest already declares.
 * Throws RunFailure('validation-failed') for an output folder outside the workspace; API errors propagate.
 */
async function exportConnections(opts) {
    const { api, logger, label } = opts;
    const out = await resolveOutDir(opts.workspace, opts.outDir);
    const names = [...new Set(opts.names ?? [])];
    const tagFilter = opts.tags ?? [];
    // 1. List (tag-filtered on the server when asked), drop DELETED, keep the names asked for.
    const listed = await api.listConnections(tagFilter.length > 0 ? { tags: tagFilter } : {});
    const wanted = names.length > 0 ? new Set(names) : undefined;
    const alive = listed.filter((c) => !(0,diff.isDeletedStatus)(c.status) && (!wanted || wanted.has(c.name)));
    const unmatchedNames = names.filter((n) => !alive.some((c) => c.name === n)).sort(compareStrings);
    // 2. Names the manifest format cannot hold, and names two live connections share: reported, not exported.
    const skipped = [];
    const byName = new Map();
    for (const c of alive)
        byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
    const single = [];
    for (const [name, list] of byName) {
        const ids = list.map((c) => c.id).sort(compareStrings);
        if (!schema/* CONNECTION_NAME_RE */.p1.test(name)) {
            skipped.push({ name, connectionIds: ids, reason: 'name is not 1–64 of A-Z a-z 0-9 _ (no manifest can declare it)' });
        }
        else if (list.length > 1) {
            skipped.push({ name, connectionIds: ids, reason: `${list.length} live connections share this name; the action matches by name, so delete or rename the extra ones first` });
        }
        else {
            single.push(list[0]);
        }
    }
    // 3. Tags, one read each (List does not return them). A connection deleted meanwhile is simply not exported.
    const tagsById = new Map();
    await (0,pool/* runPool */.k)(single, opts.concurrency ?? 8, async (c) => {
        try {
            tagsById.set(c.id, await api.listTags(c.id));
        }
        catch (err) {
            if (err instanceof errors/* ApiError */.hD && err.notFound) {
                skipped.push({ name: c.name, connectionIds: [c.id], reason: 'deleted while it was being exported' });
                return;
            }
            throw err;
        }
    });
    // 4. Ownership and the tag filter (checked again here: a server ignoring the filter must not export everything).
    const alreadyManaged = [];
    let candidates = [];
    for (const conn of single) {
        const tags = tagsById.get(conn.id);
        if (!tags)
            continue;
        if (!hasAllTags(tags, tagFilter))
            continue;
        const owner = tags.find((t) => t.key === ownership/* OWNERSHIP_TAG_KEY */.J)?.value;
        if (owner !== undefined) {
            alreadyManaged.push({ name: conn.name, connectionId: conn.id, label: owner, exported: owner === label });
            if (owner !== label) {
                skipped.push({
                    name: conn.name,
                    connectionIds: [conn.id],
                    reason: `already managed by dli-connections under label "${owner}" (this run's label is "${label}")`,
                });
                continue;
            }
        }
        candidates.push({ conn, tags });
    }
    // 5. Names differing only in case would be one file on macOS and Windows: keep the first, report the others.
    candidates.sort((a, b) => compareStrings(a.conn.name, b.conn.name));
    const fileKeys = new Map();
    candidates = candidates.filter(({ conn }) => {
        const key = conn.name.toLowerCase();
        const first = fileKeys.get(key);
        if (first === undefined) {
            fileKeys.set(key, conn.name);
            return true;
        }
        skipped.push({ name: conn.name, connectionIds: [conn.id], reason: `its file name would collide with "${first}" on case-insensitive file systems` });
        return false;
    });
    // 6. Where bound names go, and which connections already have a manifest.
    const needKinds = opts.resources !== undefined && candidates.some((c) => c.conn.available_queue_info.length + c.conn.elastic_resource_pools.length > 0);
    const kinds = needKinds && opts.resources ? await readResourceKinds(opts.resources, logger) : undefined;
    const existing = await findExistingManifests(out.workspace, [...outDirPatterns(out.rel), ...(opts.manifestPatterns ?? [])], logger);
    const namesByFile = new Map();
    for (const [name, files] of existing)
        for (const f of files)
            namesByFile.set(f, [...(namesByFile.get(f) ?? []), name]);
    const ref = await schemaRef(out);
    // 7. Write, one connection at a time in name order (the order of the log and of the result).
    const entries = [];
    for (const c of candidates)
        entries.push(await exportOne(c, { out, kinds, existing, namesByFile, ref, force: opts.force, logger }));
    skipped.sort((a, b) => compareStrings(a.name, b.name));
    alreadyManaged.sort((a, b) => compareStrings(a.name, b.name));
    for (const s of skipped)
        logger.warning(`export: not exported: ${(0,untrusted_text/* inertText */.UJ)((0,untrusted_text/* apiText */.AX)(s.name, 200))} (${(0,untrusted_text/* inertText */.UJ)(s.connectionIds.join(', '))}): ${(0,untrusted_text/* inertText */.UJ)(s.reason)}`);
    for (const n of unmatchedNames)
        logger.warning(`export: no live connection is named ${(0,untrusted_text/* inertText */.UJ)(n)}`);
    const count = (s) => entries.filter((e) => e.status === s).length;
    logger.info(`Exported ${entries.length} connection(s) to ${out.rel || '.'}: ${count('written')} written, ${count('overwritten')} overwritten, ` +
        `${count('unchanged')} unchanged, ${count('exists')} already had a manifest; ${skipped.length} skipped.`);
    return { outDir: out.rel, entries, alreadyManaged, skipped, unmatchedNames };
}
const joinRel = (...parts) => parts.filter((p) => p !== '').join('/');
async function exportOne(c, ctx) {
    const { out, logger } = ctx;
    const { conn } = c;
    const fileRel = joinRel(out.rel, `${conn.name}.yaml`);
    const fileAbs = external_node_path_.join(out.abs, `${conn.name}.yaml`);
    const base = { name: conn.name, connectionId: conn.id };
    const declaredIn = (ctx.existing.get(conn.name) ?? []).filter((f) => f !== fileRel);
    if (declaredIn.length > 0) {
        logger.info(`export: ${(0,untrusted_text/* inertText */.UJ)((0,untrusted_text/* apiText */.AX)(conn.name, 200))} already has a manifest in ${(0,untrusted_text/* inertText */.UJ)(declaredIn.join(', '))}; not written`);
        return { ...base, file: declaredIn[0], status: 'exists', declaredIn };
    }
    // `<name>.yaml` may hold OTHER connections (people name files as they like): overwriting it, even with force,
    // would silently drop their manifests. Leave such a file alone.
    const othersInFile = (ctx.namesByFile.get(fileRel) ?? []).filter((name) => name !== conn.name);
    if (othersInFile.length > 0) {
        logger.warning(`export: ${fileRel} already declares ${(0,untrusted_text/* inertText */.UJ)(othersInFile.sort(compareStrings).join(', '))}; ${(0,untrusted_text/* inertText */.UJ)(conn.name)} is not written there (not even with force): move those manifests, or add this one by hand`);
        return { ...base, file: fileRel, status: 'exists' };
    }
    const { manifest, hostsInFile } = toManifest(c, ctx.kinds);
    const manifestText = renderManifest(manifest, ctx.ref);
    const hostsRel = hostsInFile ? joinRel(out.rel, 'hosts', `${conn.name}.hosts`) : undefined;
    const hostsAbs = hostsInFile ? external_node_path_.join(out.abs, 'hosts', `${conn.name}.hosts`) : undefined;
    const hostsText = hostsInFile ? renderHostsFile(conn.name, `${conn.name}.yaml`, conn.hosts) : undefined;
    const problems = manifestProblems(manifest, hostsInFile ? conn.hosts : []);
    const extra = { ...(hostsRel ? { hostsFile: hostsRel } : {}), ...(problems.length ? { problems } : {}) };
    const currentManifest = await readExisting(fileAbs, fileRel);
    const currentHosts = hostsAbs && hostsRel ? await readExisting(hostsAbs, hostsRel) : undefined;
    const manifestSame = currentManifest !== undefined && currentManifest.equals(Buffer.from(manifestText, 'utf8'));
    const hostsSame = hostsText === undefined || (currentHosts !== undefined && currentHosts.equals(Buffer.from(hostsText, 'utf8')));
    if (manifestSame && hostsSame) {
        logger.info(`export: ${fileRel} is up to date`);
        return { ...base, file: fileRel, status: 'unchanged', ...extra };
    }
    const anyExisting = currentManifest !== undefined || currentHosts !== undefined;
    if (anyExisting && !ctx.force) {
        logger.info(`export: ${fileRel}${currentManifest === undefined ? ` (its hosts file ${hostsRel})` : ''} already exists with other content; not overwritten (use force)`);
        return { ...base, file: fileRel, status: 'exists', ...extra };
    }
    await ensureDir(out.workspace, out.abs, fileRel);
    // The hosts file first: a manifest must never point at a hosts file that is not there yet.
    if (hostsAbs && hostsText !== undefined && !hostsSame) {
        await ensureDir(out.workspace, external_node_path_.dirname(hostsAbs), hostsRel);
        await writeAtomic(hostsAbs, hostsText);
    }
    if (!manifestSame)
        await writeAtomic(fileAbs, manifestText);
    for (const p of problems)
        logger.warning(`export: ${fileRel}: ${(0,untrusted_text/* inertText */.UJ)(p)} (fix it by hand before running plan)`);
    const status = anyExisting ? 'overwritten' : 'written';
    logger.info(`export: ${status} ${fileRel}${hostsRel ? ` and ${hostsRel}` : ''}`);
    return { ...base, file: fileRel, status, ...extra };
}


/***/ }),

/***/ 6470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.Cy),
/* harmony export */   Uw: () => (/* binding */ TOP_LEVEL_KEYS),
/* harmony export */   jC: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.jC),
/* harmony export */   mR: () => (/* binding */ connectionSchema),
/* harmony export */   p1: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.p1),
/* harmony export */   uy: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.uy),
/* harmony export */   wM: () => (/* reexport safe */ _rules_js__WEBPACK_IMPORTED_MODULE_0__.wM)
/* harmony export */ });
/* unused harmony exports describeType, hostSchema, routeSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9970);
// The manifest schema: one zod object mirroring the DLI Create rules (docs/reference/dli-api.md), used both to validate
// documents and to generate schema/connection.schema.json. Error messages are written here, next to each rule, so
// the text users read and the rule it explains cannot drift apart. Messages carry no field path: the loader adds
// it (and the position) when it turns zod issues into diagnostics.



/** "a string", "a list", "a mapping", "null" … for "expected X, got Y" messages. */
function describeType(v) {
    if (v === null)
        return 'null (an empty value)';
    if (Array.isArray(v))
        return 'a list';
    switch (typeof v) {
        case 'string':
            return 'a string';
        case 'number':
            return 'a number';
        case 'boolean':
            return 'a boolean';
        case 'object':
            return 'a mapping';
        default:
            return typeof v;
    }
}
/** Type errors read "expected a list of strings, got a string"; a missing key keeps zod's default (the loader rewrites it). */
function typed(expected) {
    return {
        error: (iss) => (iss.input === undefined ? undefined : `expected ${expected}, got ${describeType(iss.input)}`),
    };
}
function rule(message) {
    return { error: (iss) => message(iss.input) };
}
const nonEmptyId = (what) => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
    .min(1, { error: `${what} must not be empty` })
    .max(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ID_MAX */ .Ji, rule((v) => `${what} is too long (${String(v).length} characters, at most ${_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ID_MAX */ .Ji})`));
/** Duplicate entries of a list, reported at the later occurrence. */
function uniqueBy(key, what) {
    return (items, ctx) => {
        const seen = new Map();
        items.forEach((item, i) => {
            const k = key(item);
            const first = seen.get(k);
            if (first === undefined)
                seen.set(k, i);
            else
                ctx.addIssue({ code: 'custom', path: [i], message: `${what(item)} is listed twice (first at index ${first})` });
        });
    };
}
const queueName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
    .min(1, { error: 'queue name must not be empty' })
    .refine((q) => !(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .isDefaultQueue */ .FI)(q), { error: 'the queue `default` cannot be bound to a connection (DLI refuses it)' })
    .meta({ not: { pattern: '^[Dd][Ee][Ff][Aa][Uu][Ll][Tt]$' } });
const checkAddressSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
    .superRefine((value, ctx) => {
    const problem = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAddressProblem */ .c7)(value);
    if (problem)
        ctx.addIssue({ code: 'custom', message: problem });
})
    .meta({ pattern: _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .CHECK_ADDRESS_PATTERN */ .RO });
const poolName = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string')).min(1, { error: 'pool name must not be empty' });
const hostSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
        .regex(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .HOST_NAME_RE */ .b1, rule((v) => `host name ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(v)} must be 1–128 characters, start with a letter, then letters, digits, \`_\`, \`.\` or \`-\``))
        .describe('Host name: 1–128 characters, a letter first, then letters, digits, `_`, `.`, `-`.'),
    ip: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
        .regex(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .IPV4_RE */ .uJ, rule((v) => `${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(v)} is not an IPv4 address (the API takes IPv4 only)`))
        .describe('IPv4 address.'),
}, typed('a mapping {name, ip}'))
    .describe('One host record (name → IPv4), written into the queues\' /etc/hosts.');
const routeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
        .regex(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .ROUTE_NAME_RE */ .Wy, rule((v) => `route name ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(v)} must be 1–64 characters of letters, digits, \`_\` and \`-\``))
        .describe('Route name: 1–64 of `A-Z a-z 0-9 _ -`, unique within the connection.'),
    cidr: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
        .regex(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .CIDRV4_RE */ .ht, rule((v) => `${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(v)} is not an IPv4 CIDR (like 10.0.0.0/24)`))
        .describe('Destination IPv4 CIDR, e.g. 10.169.0.0/24.'),
}, typed('a mapping {name, cidr}'))
    .describe('A custom route through the connection.');
const tagsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string (quote numbers and booleans)')), typed('a mapping of tag key to value'))
    .superRefine((tags, ctx) => {
    const keys = Object.keys(tags);
    for (const key of keys) {
        const kp = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .tagKeyProblem */ .Hh)(key);
        if (kp)
            ctx.addIssue({ code: 'custom', path: [key], message: kp, params: { at: 'key' } });
        const vp = (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .tagValueProblem */ .dB)(key, tags[key]);
        if (vp)
            ctx.addIssue({ code: 'custom', path: [key], message: vp });
    }
    if (keys.length > _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_USER_TAGS */ .F5) {
        ctx.addIssue({
            code: 'custom',
            path: [],
            message: `${keys.length} tags declared, at most ${_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_USER_TAGS */ .F5} (DLI allows 10, one is the ownership tag)`,
            params: { at: 'key' },
        });
    }
})
    .meta({
    maxProperties: _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_USER_TAGS */ .F5,
    propertyNames: {
        minLength: 1,
        maxLength: _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_KEY_MAX */ .mV,
        pattern: '^(?!_sys_)(?!managed-by-dli-connections$)(?! )(?!.* $).*$',
    },
    additionalProperties: { type: 'string', maxLength: _rules_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_VALUE_MAX */ .uM, pattern: '^(?! )(?!.* $).*$' },
})
    .describe(`Tags (key → value), at most ${_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_USER_TAGS */ .F5}; keys 1–128 characters, not starting with \`_sys_\`; values 0–255; no leading/trailing spaces. When declared, this is the full set: other user tags are removed.`);
const connectionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string'))
        .regex(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .CONNECTION_NAME_RE */ .p1, rule((v) => `connection name ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(v)} must be 1–64 characters of letters, digits and \`_\``))
        .describe('Connection name: 1–64 of `A-Z a-z 0-9 _`, unique across all manifests (connections are matched by name).'),
    dest_vpc_id: nonEmptyId('dest_vpc_id').describe('VPC id of the target service.'),
    dest_network_id: nonEmptyId('dest_network_id').describe('Subnet (network) id of the target service.'),
    routetable_id: nonEmptyId('routetable_id')
        .optional()
        .describe('Route table of the target subnet. Create-only: the API never returns it, so changing it causes no diff.'),
    queues: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(queueName, typed('a list of strings'))
        .superRefine(uniqueBy((q) => q, (q) => `queue ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(q)}`))
        .meta({ uniqueItems: true })
        .optional()
        .describe('Queues to bind (legacy; prefer elastic_resource_pools). The queue `default` is refused.'),
    elastic_resource_pools: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(poolName, typed('a list of strings'))
        .superRefine(uniqueBy((p) => p, (p) => `pool ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(p)}`))
        .meta({ uniqueItems: true })
        .optional()
        .describe('Elastic resource pools to bind.'),
    hosts: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(hostSchema, typed('a list of {name, ip} mappings'))
        .max(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HOSTS */ .pS, rule((v) => `${Array.isArray(v) ? v.length : '?'} hosts declared, at most ${_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HOSTS */ .pS}`))
        .optional()
        .describe(`Host records, at most ${_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HOSTS */ .pS} together with hosts_file.`),
    hosts_file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(typed('a string (a path)'))
        .min(1, { error: 'hosts_file must not be empty' })
        .optional()
        .describe('File in /etc/hosts syntax (`IP name [alias …]`, `#` comments), relative to this manifest; must stay inside the repository.'),
    routes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(routeSchema, typed('a list of {name, cidr} mappings'))
        .superRefine((routes, ctx) => {
        uniqueBy((r) => r.name, (r) => `route name ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(r.name)}`)(routes, ctx);
        // Identical CIDRs are refused by the API (overlapping ones are fine); report at the cidr value.
        const seen = new Map();
        routes.forEach((r, i) => {
            const first = seen.get(r.cidr);
            if (first === undefined)
                seen.set(r.cidr, i);
            else
                ctx.addIssue({ code: 'custom', path: [i, 'cidr'], message: `CIDR ${r.cidr} is already used by route ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(routes[first]?.name)}` });
        });
    })
        .optional()
        .describe('Custom routes; names unique, no two identical CIDRs.'),
    tags: tagsSchema.optional(),
    checks: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(checkAddressSchema, typed('a list of `host:port` strings'))
        .max(_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CHECKS */ .NB, rule((v) => `${Array.isArray(v) ? v.length : '?'} checks declared, at most ${_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CHECKS */ .NB}`))
        .superRefine(uniqueBy((c) => c, (c) => `check ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(c)}`))
        .meta({ uniqueItems: true })
        .optional()
        .describe(`Addresses the bound queues and pools must reach, tested after apply (and by mode: check) through DLI's address connectivity test: \`host:port\` or \`ip:port\`, at most ${_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_CHECKS */ .NB}. A name that is not a DNS name must be one of the connection's hosts.`),
}, typed('a mapping'))
    .meta({
    $id: 'https://raw.githubusercontent.com/dli-connections/dli-connections/main/schema/connection.schema.json',
    title: 'DLI enhanced datasource connection',
    $comment: 'Generated from src/manifest/schema.ts by scripts/gen-schema.ts; do not edit.',
})
    .describe('One Huawei Cloud DLI enhanced datasource connection (one YAML document of a manifest file).');
/** Keys accepted at each level, for "did you mean" suggestions. */
const TOP_LEVEL_KEYS = Object.keys(connectionSchema.shape);


/***/ }),

/***/ 9537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ runPool)
/* harmony export */ });
// A tiny worker pool: run `fn` over `items` with at most `concurrency` in flight, results in input order.
// Shared by apply (connections side by side), observe and export (tag reads) and preflight (checks). When `fn`
// throws, no new item starts and the pool rejects with the first error once the in-flight work has settled,
// so no call is left running unobserved.
async function runPool(items, concurrency, fn) {
    const results = new Array(items.length);
    const width = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length));
    let next = 0;
    let firstError;
    const worker = async () => {
        // `next` is only read and bumped synchronously, so two workers never take the same item.
        while (next < items.length && !firstError) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                firstError ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: width }, worker));
    if (firstError)
        throw firstError.error;
    return results;
}


/***/ })

};
;