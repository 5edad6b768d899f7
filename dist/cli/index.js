#!/usr/bin/env node
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 6468:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ checkCounts),
/* harmony export */   w: () => (/* binding */ FAILING_RESULTS)
/* harmony export */ });
/** Results that fail the run (failure-reason check-failed). */
const FAILING_RESULTS = new Set(['unreachable', 'timeout', 'error']);
/** The results in the order counts are said. */
const RESULT_ORDER = ['reachable', 'unreachable', 'timeout', 'error', 'not-run'];
/** "2 reachable, 1 unreachable" (empty when there are no checks): the log and the reports say counts alike. */
function checkCounts(checks) {
    return RESULT_ORDER.map((r) => [r, checks.filter((c) => c.result === r).length])
        .filter(([, n]) => n > 0)
        .map(([r, n]) => `${n} ${r}`)
        .join(', ');
}


/***/ }),

/***/ 1633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ RunFailure)
/* harmony export */ });
/** An error that ends the run with a given failure-reason. */
class RunFailure extends Error {
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
        this.name = 'RunFailure';
    }
}


/***/ }),

/***/ 7607:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gn: () => (/* binding */ resolveHosts),
/* harmony export */   _q: () => (/* binding */ err),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* harmony import */ var _hosts_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7569);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9970);


const err = (message, position, code, hint) => ({
    severity: 'error',
    message,
    ...(position ? { position } : {}),
    code,
    ...(hint ? { hint } : {}),
});
/**
 * Where a manifest's fields are, worked out only when asked. A class rather than closures per manifest: building
 * 200 small manifests allocated and named a handful of functions each (bench B2).
 */
class LazySource {
    ctx;
    inlineHosts;
    hostsOrigin;
    start;
    index;
    documentIndex;
    docPos;
    cache = new Map();
    constructor(ctx, docIndex, inlineHosts, hostsOrigin, start, index) {
        this.ctx = ctx;
        this.inlineHosts = inlineHosts;
        this.hostsOrigin = hostsOrigin;
        this.start = start;
        this.index = index;
        this.documentIndex = docIndex;
    }
    get file() {
        return this.ctx.file;
    }
    get position() {
        if (!this.docPos) {
            const lc = typeof this.start === 'function' ? this.start() : this.start;
            this.docPos = { file: this.ctx.file, line: lc.line, col: lc.col };
        }
        return this.docPos;
    }
    locate(path) {
        const origin = this.hostsOrigin;
        if (origin && path[0] === 'hosts' && typeof path[1] === 'number' && path[1] >= this.inlineHosts) {
            const rec = origin.records[path[1] - this.inlineHosts];
            if (rec)
                return { file: origin.file, line: rec.line, col: path[2] === 'ip' ? rec.ipCol : rec.col };
            return this.locate(['hosts_file']);
        }
        const key = JSON.stringify(path);
        let p = this.cache.get(key);
        if (!p) {
            const lc = path.length === 0 ? this.index().docPosition(this.documentIndex) : this.index().locate(this.documentIndex, path, 'value');
            p = { file: this.ctx.file, line: lc.line, col: lc.col };
            this.cache.set(key, p);
        }
        return p;
    }
}
/** A ConnectionManifest from validated input; positions come from `index()` only when asked. */
function buildManifest(ctx, docIndex, input, hostsOrigin, position, index) {
    const inline = (input.hosts ?? []).map((h) => ({ name: h.name, ip: h.ip }));
    const extra = hostsOrigin ? hostsOrigin.records.map((r) => ({ name: r.name, ip: r.ip })) : [];
    const source = new LazySource(ctx, docIndex, inline.length, hostsOrigin, position, index);
    const m = {
        name: input.name,
        dest_vpc_id: input.dest_vpc_id,
        dest_network_id: input.dest_network_id,
        queues: [...(input.queues ?? [])],
        elastic_resource_pools: [...(input.elastic_resource_pools ?? [])],
        hosts: inline.concat(extra),
        routes: (input.routes ?? []).map((r) => ({ name: r.name, cidr: r.cidr })),
        tags: { ...(input.tags ?? {}) },
        tagsDeclared: input.tags !== undefined,
        source,
    };
    if (input.routetable_id !== undefined)
        m.routetable_id = input.routetable_id;
    if (input.hosts_file !== undefined)
        m.hosts_file = input.hosts_file;
    if (input.checks !== undefined)
        m.checks = [...input.checks];
    return m;
}
/**
 * A document's hosts_file, and the 20,000 limit over inline + file records. `inlineHosts` is the count of the
 * document's own `hosts` (0 for a document with problems, whose hosts_file is still checked).
 */
async function resolveHosts(ctx, hostsFile, inlineHosts) {
    if (hostsFile === undefined)
        return { ok: true };
    const r = await (0,_hosts_file_js__WEBPACK_IMPORTED_MODULE_0__/* .readHostsFile */ .U)(ctx.workspace, ctx.file, hostsFile);
    if (!r.ok) {
        if ('valueMessage' in r)
            return { ok: false, problems: [{ path: ['hosts_file'], at: 'value', code: r.code, message: `hosts_file: ${r.valueMessage}` }], diagnostics: [] };
        return {
            ok: false,
            problems: [],
            diagnostics: r.problems.map((p) => err(p.message, { file: r.file, line: p.line, col: p.col }, p.code, `in hosts_file of ${ctx.file}`)),
        };
    }
    const total = inlineHosts + r.records.length;
    if (total > _rules_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_HOSTS */ .pS) {
        return {
            ok: false,
            diagnostics: [],
            problems: [{ path: ['hosts_file'], at: 'value', code: 'too-many-hosts', message: `hosts and hosts_file together declare ${total} hosts, at most ${_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_HOSTS */ .pS}` }],
        };
    }
    return { ok: true, origin: { file: r.file, records: r.records } };
}


/***/ }),

/***/ 741:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ checkExpandedSize),
/* harmony export */   v: () => (/* binding */ MAX_EXPANDED_NODES)
/* harmony export */ });
// Alias bombs ("billion laughs"): both YAML parsers resolve an alias to the *same* JS object, so parsing is cheap,
// but anything walking the result (validation, JSON, the API body) pays for the fully expanded tree. Count that
// size once, memoised per object identity, and refuse documents that would expand beyond a bound.
/** Generous: a 20,000-host manifest expands to about 60,000 nodes. */
const MAX_EXPANDED_NODES = 1_000_000;
function checkExpandedSize(value, limit = MAX_EXPANDED_NODES) {
    const memo = new WeakMap();
    const active = new Set();
    let cycle = false;
    const size = (v) => {
        if (v === null || typeof v !== 'object')
            return 1;
        const cached = memo.get(v);
        if (cached !== undefined)
            return cached;
        if (active.has(v)) {
            cycle = true;
            return Infinity;
        }
        active.add(v);
        let n = 1;
        const children = Array.isArray(v) ? v : Object.values(v);
        for (const c of children) {
            n += size(c);
            if (n > limit)
                break; // no need to finish counting: memoising a lower bound > limit is still > limit
        }
        active.delete(v);
        memo.set(v, n);
        return n;
    };
    const total = size(value);
    if (cycle)
        return { ok: false, reason: 'cycle' };
    if (total <= limit)
        return { ok: true };
    // Sizes are memoised: finding the culprit costs one more look at each top-level value.
    const key = value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.entries(value).find(([, v]) => size(v) > limit)?.[0]
        : undefined;
    return { ok: false, reason: 'too-big', nodes: total, ...(key !== undefined ? { key } : {}) };
}


/***/ }),

/***/ 7569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ readHostsFile)
/* harmony export */ });
/* unused harmony export parseHostsText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9970);
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5529);
/* harmony import */ var _workspace_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1271);
// `hosts_file`: host records in /etc/hosts syntax (`IP name [alias …]`, `#` comments), resolved relative to the
// manifest and confined to the workspace (no `..` escape, no symlink out, checked on real paths).





/** Pure syntax pass over the file's text; problems carry positions inside the hosts file. */
function parseHostsText(text) {
    const records = [];
    const problems = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        let raw = lines[i];
        if (raw.endsWith('\r'))
            raw = raw.slice(0, -1);
        const hash = raw.indexOf('#');
        const content = hash >= 0 ? raw.slice(0, hash) : raw;
        const tokens = [];
        for (const m of content.matchAll(/[^\s]+/g))
            tokens.push({ text: m[0], col: (m.index ?? 0) + 1 });
        if (tokens.length === 0)
            continue;
        const line = i + 1;
        const [ipTok, ...names] = tokens;
        if (ipTok.text.includes(':')) {
            problems.push({ line, col: ipTok.col, code: 'hosts-file-ipv6', message: `IPv6 address ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(ipTok.text)} is not supported (the API takes IPv4 only)` });
            continue;
        }
        if (!(0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .isIPv4 */ .wM)(ipTok.text)) {
            problems.push({ line, col: ipTok.col, code: 'hosts-file-bad-ip', message: `${(0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(ipTok.text)} is not an IPv4 address` });
            continue;
        }
        if (names.length === 0) {
            problems.push({ line, col: ipTok.col, code: 'hosts-file-no-name', message: `no host name after ${ipTok.text}` });
            continue;
        }
        for (const n of names) {
            if (!(0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .isHostName */ .uy)(n.text)) {
                problems.push({
                    line,
                    col: n.col,
                    code: 'hosts-file-bad-name',
                    message: `host name ${(0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(n.text)} must be 1–128 characters, start with a letter, then letters, digits, \`_\`, \`.\` or \`-\``,
                });
                continue;
            }
            records.push({ name: n.text, ip: ipTok.text, line, col: n.col, ipCol: ipTok.col });
        }
    }
    return { records, problems };
}
/**
 * Read and parse a manifest's hosts_file. `workspace` absolute; `manifestFile` relative to it.
 * Synchronous file calls, like the manifest loader's (see there why).
 */
async function readHostsFile(workspace, manifestFile, hostsFile) {
    const shown = (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .showValue */ .vp)(hostsFile);
    if (node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute(hostsFile) || node_path__WEBPACK_IMPORTED_MODULE_1__.win32.isAbsolute(hostsFile)) {
        return { ok: false, code: 'hosts-file-outside', valueMessage: `hosts_file ${shown} must be a path relative to the manifest` };
    }
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(workspace, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(manifestFile), hostsFile);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1__.relative(workspace, abs);
    if ((0,_workspace_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .escapes */ .r6)(rel)) {
        return { ok: false, code: 'hosts-file-outside', valueMessage: `hosts_file ${shown} points outside the repository` };
    }
    let real;
    let realWorkspace;
    try {
        realWorkspace = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(workspace);
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(abs);
    }
    catch {
        return { ok: false, code: 'hosts-file-missing', valueMessage: `hosts_file ${shown} not found (looked for ${(0,_workspace_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toPosix */ .d7)(rel)})` };
    }
    if ((0,_workspace_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .escapes */ .r6)(node_path__WEBPACK_IMPORTED_MODULE_1__.relative(realWorkspace, real))) {
        return { ok: false, code: 'hosts-file-outside', valueMessage: `hosts_file ${shown} resolves through a symlink to a file outside the repository` };
    }
    let bytes;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
        if (!st.isFile())
            return { ok: false, code: 'hosts-file-missing', valueMessage: `hosts_file ${shown} is not a regular file` };
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(real);
    }
    catch (e) {
        return { ok: false, code: 'hosts-file-missing', valueMessage: `hosts_file ${shown} cannot be read (${e.message})` };
    }
    const file = (0,_workspace_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .toPosix */ .d7)(rel);
    const decoded = (0,_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeManifestText */ .d)(bytes);
    if (!decoded.ok)
        return { ok: false, file, problems: [{ line: decoded.line, col: decoded.col, message: decoded.message, code: decoded.code }] };
    const { records, problems } = parseHostsText(decoded.text);
    if (problems.length)
        return { ok: false, file, problems };
    return { ok: true, file, records };
}


/***/ }),

/***/ 2836:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  DD: () => (/* binding */ loadManifests)
});

// UNUSED EXPORTS: MAX_HOSTS, MAX_USER_TAGS, isHostName, isIPv4, parseHostsText, preparePositions, tagKeyProblem, tagValueProblem

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/manifest/glob.ts
// Finding manifest files: the `manifests` patterns → sorted repository-relative paths.
//
// Two paths, one behaviour. tinyglobby (fdir + picomatch) handles every pattern, but loading and first running it
// costs ~13 ms, a third of the action's own start-up (bench B7). The patterns people write for manifests are plain
// (`.dli/connections/**/*.{yml,yaml}`, `infra/*.yaml`), so those are compiled here to one regular expression each
// and matched during a small synchronous walk; any pattern outside that subset (classes, extglobs, escapes, ranges,
// nested braces, `./`, a file pattern ending in `**`) goes to tinyglobby, loaded only then. test/manifest/glob-parity.test.ts
// checks on generated trees and patterns that both paths list the same files.


const GLOBSTAR = '(?:[^/]+/)*';
/** Characters that mean something to picomatch beyond `* ? { } ,` (or that we would have to escape for it). */
const OUTSIDE_SUBSET = /[[\]()!+@\\|]/;
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** One segment's text (no `/`) → regex source, or undefined when it is not in the subset. */
function segmentSource(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*') {
            if (segment[i + 1] === '*')
                return undefined; // `**` inside a segment (`a**`): picomatch's rules, not ours
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
        }
        else if (c === '{') {
            const close = segment.indexOf('}', i);
            if (close < 0)
                return undefined;
            const body = segment.slice(i + 1, close);
            // `{a}` (no comma) is literal to picomatch, `{a..c}` a range, `{,a}` an empty choice: leave them to it.
            if (!body.includes(',') || body.includes('{') || body.includes('..'))
                return undefined;
            const choices = body.split(',');
            if (choices.some((choice) => choice === ''))
                return undefined;
            const sources = choices.map(segmentSource);
            if (sources.some((s) => s === undefined))
                return undefined;
            out += `(?:${sources.join('|')})`;
            i = close;
        }
        else if (c === '}' || c === '/') {
            return undefined;
        }
        else {
            out += escapeRegex(c);
        }
    }
    return out;
}
/** The pattern as a SimpleGlob, or undefined when only the full glob library may interpret it. */
function compileSimpleGlob(pattern) {
    if (pattern === '' || OUTSIDE_SUBSET.test(pattern))
        return undefined;
    const segments = pattern.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return undefined;
    const trailingGlobstar = segments[segments.length - 1] === '**';
    // A lone `**`, and `a*/**`, where picomatch no longer lets the `/**` match nothing: the library's rules.
    if (trailingGlobstar && (segments.length === 1 || segments[segments.length - 2].includes('*')))
        return undefined;
    const base = [];
    while (base.length < segments.length - 1 && !/[*?{]/.test(segments[base.length]))
        base.push(segments[base.length]);
    const rest = segments.slice(base.length);
    const baseSources = base.map(segmentSource); // plain text, but a stray `}` is still the library's business
    if (baseSources.some((s) => s === undefined))
        return undefined;
    let source = baseSources.map((s) => `${s}/`).join('');
    for (let i = 0; i < rest.length; i++) {
        const segment = rest[i];
        if (segment === '**' && i === rest.length - 1) {
            source = `${source.replace(/\/$/, '')}(?:/[^/]+)*`; // the directory itself, or anything below it
            continue;
        }
        if (segment === '**') {
            source += GLOBSTAR;
            continue;
        }
        const s = segmentSource(segment);
        if (s === undefined)
            return undefined;
        // `*` may match nothing here, where picomatch wants a character; harmless, as no listed path has an empty
        // segment. Nor does a walk list `.` or `..`, which picomatch's `*` never matches.
        source += i === rest.length - 1 ? s : `${s}/`;
    }
    return {
        base: base.join('/'),
        depth: rest.includes('**') ? Infinity : rest.length,
        regex: new RegExp(`^${source}$`),
        trailingGlobstar,
    };
}
/** What a link points at (stat follows it), or undefined for a broken link. */
function linkTarget(full) {
    try {
        const st = (0,external_node_fs_.statSync)(full);
        return { directory: st.isDirectory(), file: st.isFile(), real: external_node_fs_.realpathSync.native(full) };
    }
    catch {
        return undefined;
    }
}
/** A link back to a folder the walk is inside. fdir has its own rules for how far it goes round; the library decides. */
class LinkLoop extends Error {
}
/**
 * Files under `workspace/glob.base` that the pattern matches and no ignore pattern does. Symbolic links are
 * followed, as tinyglobby does; on a link loop it throws LinkLoop. Real paths are built from the folder's real
 * path and the entry's type as the walk goes, so only a link costs a call (a per-file realpath was a tenth of B2).
 */
function walkSimple(workspace, glob, ignore) {
    // An ignore pattern that matches a folder's path skips all of it, as in tinyglobby (`!drafts` skips drafts/x.yaml).
    const ignored = (rel) => ignore.some((g) => g.regex.test(rel));
    const found = [];
    const visit = (rel, dir, realDir, depth, inside) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return; // missing or unreadable: nothing matches there
        }
        for (const entry of entries) {
            const childRel = rel ? `${rel}/${entry.name}` : entry.name;
            const full = dir + external_node_path_.sep + entry.name;
            const link = entry.isSymbolicLink() ? linkTarget(full) : undefined;
            if (entry.isSymbolicLink() && !link)
                continue; // broken: neither a file nor a folder
            const isDirectory = link ? link.directory : entry.isDirectory();
            if (isDirectory) {
                if (depth + 1 >= glob.depth || ignored(childRel))
                    continue;
                const real = link ? link.real : realDir + external_node_path_.sep + entry.name;
                if (inside.has(real))
                    throw new LinkLoop(childRel);
                visit(childRel, full, real, depth + 1, new Set(inside).add(real));
            }
            else if ((link ? link.file : entry.isFile()) && glob.regex.test(childRel) && !ignored(childRel)) {
                found.push({ file: childRel, real: link ? link.real : realDir + external_node_path_.sep + entry.name });
            }
        }
    };
    const dir = glob.base ? external_node_path_.join(workspace, glob.base) : workspace;
    let root;
    try {
        root = external_node_fs_.realpathSync.native(dir);
    }
    catch {
        return [];
    }
    visit(glob.base, dir, root, 0, new Set([root]));
    return found;
}
/**
 * Files matching `pattern` under `workspace` (not sorted), skipping any that match one of `ignore`. Dotfiles
 * match `*` (like picomatch's `dot: true`); folders are never listed.
 */
async function globFiles(workspace, pattern, ignore) {
    const simple = compileSimpleGlob(pattern);
    const simpleIgnore = ignore.map(compileSimpleGlob);
    if (simple && !simple.trailingGlobstar && simpleIgnore.every((g) => g !== undefined)) {
        try {
            return walkSimple(workspace, simple, simpleIgnore);
        }
        catch (e) {
            if (!(e instanceof LinkLoop))
                throw e;
        }
    }
    return globWithLibrary(workspace, pattern, ignore);
}
/** The full glob library, for any pattern outside the plain subset (and the reference the parity test uses). */
async function globWithLibrary(workspace, pattern, ignore) {
    const { globSync } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382));
    const files = globSync([pattern], { cwd: workspace, ignore, onlyFiles: true, dot: true, absolute: false, expandDirectories: false });
    return files.map((file) => ({ file }));
}

// EXTERNAL MODULE: ./src/workspace-paths.ts
var workspace_paths = __nccwpck_require__(1271);
// EXTERNAL MODULE: ./src/manifest/read-text.ts
var read_text = __nccwpck_require__(5529);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __nccwpck_require__(3243);
// EXTERNAL MODULE: ./src/manifest/build-manifest.ts
var build_manifest = __nccwpck_require__(7607);
// EXTERNAL MODULE: ./src/manifest/expand.ts
var expand = __nccwpck_require__(741);
// EXTERNAL MODULE: ./src/manifest/rules.ts
var rules = __nccwpck_require__(9970);
;// CONCATENATED MODULE: ./src/manifest/fast-check.ts


/** zod's object check (util.isObject): arrays and null are not mappings. */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** zod's record check (util.isPlainObject), for the shapes a YAML parser can produce. */
const isPlainObject = (v) => {
    if (!isObject(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
};
/**
 * zod's strictObject: every key (`for…in`, like zod, so `__proto__` stored as an own key counts) must be declared.
 * An optional key whose value is `undefined` is the same as an absent one, as in zod.
 */
function onlyKeys(o, allowed) {
    for (const key in o)
        if (!allowed.includes(key))
            return false;
    return true;
}
const isString = (v) => typeof v === 'string';
const isId = (v) => isString(v) && v.length >= 1 && v.length <= rules/* ID_MAX */.Ji;
/** Every item a string passing `ok`, no item twice (zod's uniqueBy refinement). */
function uniqueStrings(v, ok) {
    if (!Array.isArray(v))
        return false;
    const seen = new Set();
    for (const item of v) {
        if (!isString(item) || !ok(item) || seen.has(item))
            return false;
        seen.add(item);
    }
    return true;
}
function validHosts(v) {
    if (!Array.isArray(v) || v.length > rules/* MAX_HOSTS */.pS)
        return false;
    for (const h of v) {
        if (!isObject(h) || !onlyKeys(h, rules/* HOST_KEYS */.Cy))
            return false;
        if (!isString(h.name) || !(0,rules/* isHostName */.uy)(h.name) || !isString(h.ip) || !(0,rules/* isIPv4 */.wM)(h.ip))
            return false;
    }
    return true;
}
/** Names unique and CIDRs unique (the API refuses two identical destinations). */
function validRoutes(v) {
    if (!Array.isArray(v))
        return false;
    const names = new Set();
    const cidrs = new Set();
    for (const r of v) {
        if (!isObject(r) || !onlyKeys(r, rules/* ROUTE_KEYS */.jC))
            return false;
        if (!isString(r.name) || !rules/* ROUTE_NAME_RE */.Wy.test(r.name) || !isString(r.cidr) || !rules/* CIDRV4_RE */.ht.test(r.cidr))
            return false;
        if (names.has(r.name) || cidrs.has(r.cidr))
            return false;
        names.add(r.name);
        cidrs.add(r.cidr);
    }
    return true;
}
/**
 * zod's record skips a `__proto__` key altogether (neither checked nor copied), so the tag rules and the count see
 * the other keys only; tagEntries() is the one place that decides which keys are tags.
 */
const tagEntries = (tags) => Object.entries(tags).filter(([k]) => k !== '__proto__');
function validTags(v) {
    if (!isPlainObject(v))
        return false;
    const entries = tagEntries(v);
    if (entries.length > rules/* MAX_USER_TAGS */.F5)
        return false;
    return entries.every(([k, value]) => isString(value) && (0,rules/* tagKeyProblem */.Hh)(k) === undefined && (0,rules/* tagValueProblem */.dB)(k, value) === undefined);
}
/** Optional keys: absent (or `undefined`) is fine, else the rule must hold. */
const optional = (v, ok) => v === undefined || ok(v);
/**
 * True exactly when `validateDocument(doc, opts).ok` would be. `mayHaveAliases: false` (no `*` in the text) skips
 * the expanded-size walk, as validateDocument does.
 */
function isValidConnection(doc, opts = {}) {
    if (opts.mayHaveAliases !== false && !(0,expand/* checkExpandedSize */.t)(doc).ok)
        return false;
    if (!isObject(doc) || !onlyKeys(doc, rules/* CONNECTION_KEYS */.wE))
        return false;
    return (isString(doc.name) &&
        rules/* CONNECTION_NAME_RE */.p1.test(doc.name) &&
        isId(doc.dest_vpc_id) &&
        isId(doc.dest_network_id) &&
        optional(doc.routetable_id, isId) &&
        optional(doc.queues, (q) => uniqueStrings(q, (s) => s.length >= 1 && !(0,rules/* isDefaultQueue */.FI)(s))) &&
        optional(doc.elastic_resource_pools, (p) => uniqueStrings(p, (s) => s.length >= 1)) &&
        optional(doc.hosts, validHosts) &&
        optional(doc.hosts_file, (f) => isString(f) && f.length >= 1) &&
        optional(doc.routes, validRoutes) &&
        optional(doc.tags, validTags) &&
        optional(doc.checks, (c) => Array.isArray(c) && c.length <= rules/* MAX_CHECKS */.NB && uniqueStrings(c, (s) => (0,rules/* checkAddressProblem */.c7)(s) === undefined)));
}
/**
 * The value zod outputs for a document isValidConnection() accepted: fresh objects holding only the declared keys
 * (so nothing aliased in the YAML is shared with the result), absent optional keys left out.
 */
function toConnectionInput(doc) {
    const d = doc;
    const out = { name: d.name, dest_vpc_id: d.dest_vpc_id, dest_network_id: d.dest_network_id };
    if (d.routetable_id !== undefined)
        out.routetable_id = d.routetable_id;
    if (d.queues !== undefined)
        out.queues = [...d.queues];
    if (d.elastic_resource_pools !== undefined)
        out.elastic_resource_pools = [...d.elastic_resource_pools];
    if (d.hosts !== undefined)
        out.hosts = d.hosts.map((h) => ({ name: h.name, ip: h.ip }));
    if (d.hosts_file !== undefined)
        out.hosts_file = d.hosts_file;
    if (d.routes !== undefined)
        out.routes = d.routes.map((r) => ({ name: r.name, cidr: r.cidr }));
    if (d.tags !== undefined)
        out.tags = Object.fromEntries(tagEntries(d.tags));
    if (d.checks !== undefined)
        out.checks = [...d.checks];
    return out;
}

// EXTERNAL MODULE: ./src/manifest/positions.ts
var positions = __nccwpck_require__(2285);
;// CONCATENATED MODULE: ./src/manifest/load-file.ts
// One manifest file → connections + diagnostics, by two routes that must agree:
// - fast: js-yaml 4 (CORE_SCHEMA) + the hand-written check of fast-check.ts, no positions kept; any problem at
//   all sends the file to the precise route, so diagnostics (text and positions) always come from one place;
// - precise (load-precise.ts): the `yaml` package with node ranges + zod, for files with problems and for
//   `parser: 'precise'`. It is imported only when needed, so valid manifests load without zod or `yaml` (bench B7).




/** The precise route: every diagnostic with its exact position. */
async function loadFilePrecise(ctx) {
    const [precise] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(815), __nccwpck_require__.e(721)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2721)), (0,positions/* preparePositions */.e)()]);
    return precise.loadFilePrecise(ctx);
}
/**
 * Plain scalars that js-yaml's CORE_SCHEMA and the `yaml` package resolve differently: js-yaml reads `0b101`,
 * `+0x1`, `-0o17` as numbers where `yaml` keeps strings, and `-.5`/`+.5` as strings where `yaml` reads numbers.
 * As values, a number fails validation on the fast route anyway; but as map keys (tag keys) or as `±.5` the two
 * routes would accept different data. Rare in real manifests, so such files simply take the precise route.
 */
const CORE_SCHEMA_DISAGREEMENT = /(?:^|[\s[{,:?])(?:[-+]?0b[01]|[-+]0[xo][0-9a-fA-F]|[-+]\.[0-9])/m;
/**
 * The fast route. Returns the precise route's outcome as soon as anything is off, so both routes always give the
 * same diagnostics; on the happy path no position-keeping parse happens at all.
 */
async function loadFileFast(ctx) {
    if (CORE_SCHEMA_DISAGREEMENT.test(ctx.text))
        return loadFilePrecise(ctx);
    const values = [];
    /**
     * Per document, where it "is" (like YamlFileIndex.docPosition): the node opened just before the first node to
     * close, which in a mapping is its first key. js-yaml's listener is the only position source on this route;
     * one closure call per node, and an object only per document, keeps it cheap.
     */
    const starts = [];
    let depth = 0;
    let openLine = 1;
    let openCol = 1;
    let keyFound = false;
    try {
        js_yaml/* default.loadAll */.Ay.loadAll(ctx.text, (doc) => values.push(doc), {
            schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA,
            listener(event, state) {
                if (event === 'open') {
                    openLine = state.line + 1;
                    openCol = state.position - state.lineStart + 1;
                    if (depth === 0)
                        keyFound = false;
                    depth++;
                }
                else {
                    depth--;
                    if (!keyFound) {
                        starts.push({ line: openLine, col: openCol });
                        keyFound = true;
                    }
                }
            },
        });
    }
    catch {
        return loadFilePrecise(ctx);
    }
    if (values.length === 0 || values.some((v) => v === null || v === undefined))
        return loadFilePrecise(ctx);
    const mayHaveAliases = ctx.text.includes('*');
    if (!values.every((v) => isValidConnection(v, { mayHaveAliases })))
        return loadFilePrecise(ctx);
    // A listener quirk should never cost a wrong position: unless there is exactly one start per document, ask the
    // precise index (lazily, but `position` is sync: have its module ready).
    const startsOk = starts.length === values.length;
    if (!startsOk)
        await (0,positions/* preparePositions */.e)();
    const index = (0,positions/* lazyIndex */.F)(ctx.text);
    const connections = [];
    for (let i = 0; i < values.length; i++) {
        const input = toConnectionInput(values[i]);
        // Most manifests have no hosts_file: no await (a microtask per document) for them.
        const hosts = input.hosts_file === undefined ? undefined : await (0,build_manifest/* resolveHosts */.Gn)(ctx, input.hosts_file, input.hosts?.length ?? 0);
        if (hosts && !hosts.ok)
            return loadFilePrecise(ctx);
        const start = startsOk ? starts[i] : undefined;
        connections.push((0,build_manifest/* buildManifest */.u1)(ctx, i, input, hosts?.origin, start ?? (() => index().docPosition(i)), index));
    }
    return { connections, diagnostics: [] };
}

;// CONCATENATED MODULE: ./src/manifest/checks-hosts.ts


async function unknownCheckHosts(connections) {
    const found = [];
    for (const c of connections) {
        if (!c.checks?.length)
            continue;
        let names;
        c.checks.forEach((address, index) => {
            const host = (0,rules/* splitCheckAddress */.v2)(address)?.host;
            if (host === undefined || (0,rules/* isIPv4 */.wM)(host) || (0,rules/* isDnsName */.rM)(host))
                return;
            names ??= new Set(c.hosts.map((h) => h.name.toLowerCase()));
            if (!names.has(host.toLowerCase()))
                found.push({ c, index, host });
        });
    }
    if (found.length === 0)
        return [];
    await (0,positions/* preparePositions */.e)(); // each error points at its check
    return found.map(({ c, index, host }) => ({
        severity: 'error',
        message: `checks[${index}]: ${(0,rules/* showValue */.vp)(host)} is not a DNS name, so it must be one of the connection's hosts (it is not)`,
        position: c.source.locate(['checks', index]),
        code: 'check-host-unknown',
        hint: `add a host record for ${host} to hosts or hosts_file, or test a DNS name or an IP address`,
    }));
}

// EXTERNAL MODULE: ./src/manifest/hosts-file.ts
var hosts_file = __nccwpck_require__(7569);
;// CONCATENATED MODULE: ./src/manifest/index.ts
// The manifest loader: globs → files → connections, with every problem of every file as a positioned diagnostic.
// It never talks to any API; on errors the caller stops.
//
// File calls are synchronous on purpose: files are read one after another anyway (for a stable order), and
// the first use of fs.promises loads a dozen more Node modules at start (bench B7). The functions stay async,
// because a file with problems loads the position-keeping parser (and an unusual pattern the glob library) with
// a dynamic import.








/**
 * Glob each positive pattern on its own, so a pattern that matches nothing can be named. Returns each file
 * (relative, `/`) with its real path when the walk already knows it (undefined: the loader resolves it).
 */
async function expandPatterns(workspace, patterns, diagnostics) {
    const cleaned = patterns.map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
    const ignore = cleaned.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim()).filter(Boolean);
    const positive = cleaned.filter((p) => !p.startsWith('!'));
    if (positive.length === 0) {
        diagnostics.push({ severity: 'error', message: 'no manifest pattern given', code: 'no-manifests' });
        return new Map();
    }
    const files = new Map();
    for (const pattern of positive) {
        // A pattern that starts outside the repository would walk (and name, in errors) files outside it: refuse it
        // before globbing. Files it would match are refused anyway; this keeps the outside from being listed at all.
        if (external_node_path_.isAbsolute(pattern) || pattern.split(/[\\/]/).includes('..')) {
            diagnostics.push({
                severity: 'error',
                message: `manifest pattern \`${pattern}\` leaves the repository`,
                code: 'outside-workspace',
                hint: 'patterns are relative to the repository root and may not use `..` or absolute paths',
            });
            continue;
        }
        const found = await globFiles(workspace, pattern, ignore);
        if (found.length === 0) {
            diagnostics.push({
                severity: 'error',
                message: `no manifest matched \`${pattern}\``,
                code: 'no-manifests',
                hint: 'patterns are relative to the repository root; check the `manifests` input',
            });
        }
        for (const f of found) {
            // The walk's paths are already clean (`a/b.yaml`); the library's are normalised here.
            const file = f.real !== undefined ? f.file : (0,workspace_paths/* toPosix */.d7)(external_node_path_.relative(workspace, external_node_path_.resolve(workspace, f.file)));
            if (files.get(file) === undefined)
                files.set(file, f.real);
        }
    }
    return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** A problem of a whole file (or, from the decoder, at one place in it). */
function fileProblem(file, message, code, line = 1, col = 1) {
    return { connections: [], diagnostics: [{ severity: 'error', message, position: { file, line, col }, code }] };
}
/** `knownReal`: the file's real path when the glob walk already resolved it. */
async function loadOne(workspace, realWorkspace, file, parser, knownReal) {
    if ((0,workspace_paths/* escapes */.r6)(file))
        return fileProblem(file, 'manifest file is outside the repository', 'outside-workspace');
    let bytes;
    try {
        const real = knownReal ?? external_node_fs_.realpathSync.native(external_node_path_.resolve(workspace, file));
        if (!(0,workspace_paths/* isInside */.FK)(realWorkspace, real))
            return fileProblem(file, 'manifest file is a symlink to a file outside the repository', 'outside-workspace');
        bytes = (0,external_node_fs_.readFileSync)(real);
    }
    catch (e) {
        return fileProblem(file, `cannot read manifest: ${e.message}`, 'read-error');
    }
    const decoded = (0,read_text/* decodeManifestText */.d)(bytes);
    if (!decoded.ok)
        return fileProblem(file, decoded.message, decoded.code, decoded.line, decoded.col);
    const ctx = { workspace, file, text: decoded.text };
    try {
        return parser === 'precise' ? await loadFilePrecise(ctx) : await loadFileFast(ctx);
    }
    catch (e) {
        // A parser blowing up (deep nesting → stack overflow, say) is this file's problem, not the run's.
        return fileProblem(file, `cannot load manifest: ${e.message}`, 'yaml-syntax');
    }
}
/**
 * Same name twice (across files or documents): an error at each place, naming the other(s). Documents with other
 * problems take part too when their `name` itself is fine. Places are only worked out for names seen twice.
 */
async function duplicateNames(connections, invalid) {
    const seen = new Map();
    for (const { name } of [...connections, ...invalid])
        seen.set(name, (seen.get(name) ?? 0) + 1);
    const twice = new Set([...seen].filter(([, n]) => n > 1).map(([name]) => name));
    if (twice.size === 0)
        return [];
    await (0,positions/* preparePositions */.e)(); // the errors point at each name
    const byName = new Map();
    const add = (name, place) => byName.set(name, [...(byName.get(name) ?? []), place]);
    for (const c of connections)
        if (twice.has(c.name))
            add(c.name, c.source.locate(['name']));
    for (const n of invalid)
        if (twice.has(n.name))
            add(n.name, n.position);
    const out = [];
    for (const [name, unordered] of byName) {
        const places = unordered.sort(comparePositions);
        places.forEach((p, i) => {
            const others = places.filter((_, j) => j !== i).map((o) => `${o.file}:${o.line}`);
            out.push({
                severity: 'error',
                message: `duplicate connection name \`${name}\` (also declared at ${others.join(', ')})`,
                position: p,
                code: 'duplicate-name',
                hint: 'connections are matched by name, so each name may appear once across all manifests',
            });
        });
    }
    return out;
}
function comparePositions(pa, pb) {
    return pa.file < pb.file ? -1 : pa.file > pb.file ? 1 : pa.line - pb.line || pa.col - pb.col;
}
function byPosition(a, b) {
    const pa = a.position;
    const pb = b.position;
    if (!pa || !pb)
        return pa ? 1 : pb ? -1 : 0;
    return comparePositions(pa, pb) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
async function loadManifests(opts) {
    const workspace = external_node_path_.resolve(opts.workspace);
    const parser = opts.parser ?? 'fast';
    const diagnostics = [];
    const found = await expandPatterns(workspace, opts.patterns, diagnostics);
    const files = [...found.keys()];
    let realWorkspace = workspace;
    try {
        realWorkspace = external_node_fs_.realpathSync.native(workspace);
    }
    catch {
        diagnostics.push({ severity: 'error', message: `workspace ${workspace} does not exist`, code: 'read-error' });
    }
    const connections = [];
    const invalidNames = [];
    const fileDiagnostics = [];
    // Sequential on purpose: files are read in sorted order so connections keep a stable, reproducible order.
    for (const file of files) {
        const r = await loadOne(workspace, realWorkspace, file, parser, found.get(file));
        connections.push(...r.connections);
        fileDiagnostics.push(...r.diagnostics);
        if (r.namesOfInvalid)
            invalidNames.push(...r.namesOfInvalid);
    }
    fileDiagnostics.push(...(await duplicateNames(connections, invalidNames)));
    fileDiagnostics.push(...(await unknownCheckHosts(connections)));
    if (opts.positions !== 'lazy' && connections.length > 0)
        await (0,positions/* preparePositions */.e)();
    fileDiagnostics.sort(byPosition);
    diagnostics.push(...fileDiagnostics);
    return { set: { files, connections }, diagnostics };
}
// The zod schema itself (connectionSchema) is imported from './schema.js' by whoever needs it: re-exporting it here
// would put zod on every caller's start path.





/***/ }),

/***/ 2285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ lazyIndex),
/* harmony export */   e: () => (/* binding */ preparePositions)
/* harmony export */ });
let yamlIndexModule;
/** Load the position-keeping parser (once per process). */
async function preparePositions() {
    yamlIndexModule ??= await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(79)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7079));
}
/** Lazily built, cached `yaml` index of one file: built at most once, whoever asks first. */
function lazyIndex(text, existing) {
    let idx = existing;
    return () => {
        if (idx)
            return idx;
        if (!yamlIndexModule) {
            // A programming error, not a user's: the caller loaded manifests with `positions: 'lazy'` and then asked for one.
            throw new Error("manifest positions were not prepared: call preparePositions() (or loadManifests without positions: 'lazy') first");
        }
        return (idx = new yamlIndexModule.YamlFileIndex(text));
    };
}


/***/ }),

/***/ 5529:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ decodeManifestText)
/* harmony export */ });
/* unused harmony export MAX_FILE_BYTES */
// Bytes → text, refusing what is not a UTF-8 text file, before any YAML parser sees it.
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
function decodeManifestText(bytes) {
    if (bytes.length > MAX_FILE_BYTES) {
        return { ok: false, message: `file is too large (${bytes.length} bytes, at most ${MAX_FILE_BYTES})`, line: 1, col: 1, code: 'file-too-large' };
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return { ok: false, message: 'file is UTF-16 encoded; save it as UTF-8', line: 1, col: 1, code: 'not-utf8' };
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        const { line, col } = lineColOfByte(bytes, nul);
        return { ok: false, message: 'binary file (contains a NUL byte), not a YAML manifest', line, col, code: 'binary-file' };
    }
    let text;
    try {
        // ignoreBOM:false strips a leading UTF-8 BOM, so columns on line 1 match what editors show.
        text = utf8.decode(bytes);
    }
    catch {
        const at = firstInvalidUtf8(bytes);
        const { line, col } = lineColOfByte(bytes, at);
        return { ok: false, message: 'file is not valid UTF-8 (binary or another encoding)', line, col, code: 'not-utf8' };
    }
    return { ok: true, text };
}
function lineColOfByte(bytes, offset) {
    let line = 1;
    let start = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            start = i + 1;
        }
    }
    return { line, col: offset - start + 1 };
}
function firstInvalidUtf8(bytes) {
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i];
        const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
        if (need < 0)
            return i;
        for (let k = 1; k <= need; k++)
            if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80)
                return i;
        i += need + 1;
    }
    return 0;
}


/***/ }),

/***/ 9970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ HOST_KEYS),
/* harmony export */   F5: () => (/* binding */ MAX_USER_TAGS),
/* harmony export */   FI: () => (/* binding */ isDefaultQueue),
/* harmony export */   Hh: () => (/* binding */ tagKeyProblem),
/* harmony export */   Ji: () => (/* binding */ ID_MAX),
/* harmony export */   NB: () => (/* binding */ MAX_CHECKS),
/* harmony export */   RO: () => (/* binding */ CHECK_ADDRESS_PATTERN),
/* harmony export */   Wy: () => (/* binding */ ROUTE_NAME_RE),
/* harmony export */   b1: () => (/* binding */ HOST_NAME_RE),
/* harmony export */   c7: () => (/* binding */ checkAddressProblem),
/* harmony export */   dB: () => (/* binding */ tagValueProblem),
/* harmony export */   ht: () => (/* binding */ CIDRV4_RE),
/* harmony export */   jC: () => (/* binding */ ROUTE_KEYS),
/* harmony export */   mV: () => (/* binding */ TAG_KEY_MAX),
/* harmony export */   p1: () => (/* binding */ CONNECTION_NAME_RE),
/* harmony export */   pS: () => (/* binding */ MAX_HOSTS),
/* harmony export */   rM: () => (/* binding */ isDnsName),
/* harmony export */   uJ: () => (/* binding */ IPV4_RE),
/* harmony export */   uM: () => (/* binding */ TAG_VALUE_MAX),
/* harmony export */   uy: () => (/* binding */ isHostName),
/* harmony export */   v2: () => (/* binding */ splitCheckAddress),
/* harmony export */   vp: () => (/* binding */ showValue),
/* harmony export */   wE: () => (/* binding */ CONNECTION_KEYS),
/* harmony export */   wM: () => (/* binding */ isIPv4)
/* harmony export */ });
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2334);
// The manifest rules that need no zod: limits, name/IP/CIDR patterns, tag rules, the accepted keys. Both the zod
// schema (schema.ts, which explains problems) and the hand-written fast check (fast-check.ts, which only says yes
// or no on the cold-start path) import them from here, so each rule is written once.

const MAX_HOSTS = 20_000;
/** User tags; the ownership tag makes the API/console limit of 10. */
const MAX_USER_TAGS = 9;
/** dest_vpc_id, dest_network_id, routetable_id. */
const ID_MAX = 128;
const CONNECTION_NAME_RE = /^[A-Za-z0-9_]{1,64}$/;
const HOST_NAME_RE = /^[A-Za-z][A-Za-z0-9_.-]{0,127}$/;
const ROUTE_NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;
const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
/** Dotted quad, no leading zeros (010 is octal to some tools, decimal to others: refuse the ambiguity). */
const IPV4_RE = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);
const CIDRV4_RE = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}/(?:3[0-2]|[12]?[0-9])$`);
// Plain regex tests instead of zod string formats: the hosts list can hold 20,000 entries and these run per host.
const isIPv4 = (s) => IPV4_RE.test(s);
const isHostName = (s) => HOST_NAME_RE.test(s);
/**
 * A DNS name as a resolver takes it (RFC 1123): dot-separated labels of letters, digits and `-`, each 1–63 long
 * and not starting or ending with `-`, 253 characters at most; a trailing dot is not accepted.
 */
const DNS_NAME_RE = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const isDnsName = (s) => DNS_NAME_RE.test(s) && !/^[0-9.]+$/.test(s);
/** A connectivity check address: `host:port`, the port in decimal. */
const CHECK_ADDRESS_RE = /^([^:\s]+):([0-9]{1,5})$/;
/** The same rule for the JSON Schema (editors): port 1–65535 without a leading zero. */
const CHECK_ADDRESS_PATTERN = '^[A-Za-z0-9_.-]+:([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$';
/** At most this many `checks` per connection (each one is a test task per bound queue or pool). */
const MAX_CHECKS = 50;
/** The host and port of a check address, or undefined when it is not `host:port`. */
function splitCheckAddress(s) {
    const m = CHECK_ADDRESS_RE.exec(s);
    return m ? { host: m[1], port: m[2] } : undefined;
}
/**
 * What is wrong with a check address, or undefined. The host is an IPv4 address, a DNS name, or a host record name
 * (HOST_NAME_RE, which also allows `_`); whether a name that is not a DNS name is one of the connection's `hosts`
 * is checked after loading, once hosts_file has been read (unknownCheckHosts in checks-hosts.ts).
 */
function checkAddressProblem(s) {
    const parts = splitCheckAddress(s);
    if (!parts)
        return `check ${showValue(s)} must be \`host:port\` or \`ip:port\` (e.g. kafka-1:9092, 192.168.0.12:3306)`;
    const { host, port } = parts;
    if (port.startsWith('0') || Number(port) > 65_535)
        return `check ${showValue(s)}: port ${port} is not a port number (1–65535)`;
    if (/^[0-9.]+$/.test(host))
        return isIPv4(host) ? undefined : `check ${showValue(s)}: ${showValue(host)} is not an IPv4 address`;
    if (!isDnsName(host) && !isHostName(host))
        return `check ${showValue(s)}: ${showValue(host)} is neither a DNS name nor a host record name`;
    return undefined;
}
/** DLI refuses to bind the queue `default`, in any case. */
const isDefaultQueue = (q) => q.toLowerCase() === 'default';
/** Keys accepted at each level (the schema's strict objects; "did you mean" suggestions). */
const CONNECTION_KEYS = [
    'name',
    'dest_vpc_id',
    'dest_network_id',
    'routetable_id',
    'queues',
    'elastic_resource_pools',
    'hosts',
    'hosts_file',
    'routes',
    'tags',
    'checks',
];
const HOST_KEYS = ['name', 'ip'];
const ROUTE_KEYS = ['name', 'cidr'];
/** A short, safe rendering of a user value for messages. */
function showValue(v) {
    let s;
    try {
        s = typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v);
    }
    catch {
        s = String(v);
    }
    return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
const TAG_KEY_MAX = 128;
const TAG_VALUE_MAX = 255;
/** Tag key/value rules, shared with the record check below and exported for others (export, plan). */
function tagKeyProblem(key) {
    if (key.length < 1 || key.length > TAG_KEY_MAX)
        return `tag key ${showValue(key)} must be 1–${TAG_KEY_MAX} characters`;
    if (key !== key.trim())
        return `tag key ${showValue(key)} must not start or end with spaces`;
    if (key.startsWith('_sys_'))
        return `tag key ${showValue(key)} must not start with \`_sys_\` (reserved by the system)`;
    if (key === _ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNERSHIP_TAG_KEY */ .J)
        return `tag key \`${_ownership_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNERSHIP_TAG_KEY */ .J}\` is reserved for this action's ownership tag`;
    return undefined;
}
function tagValueProblem(key, value) {
    if (value.length > TAG_VALUE_MAX)
        return `tag ${showValue(key)}: value is too long (${value.length} characters, at most ${TAG_VALUE_MAX})`;
    if (value !== value.trim())
        return `tag ${showValue(key)}: value must not start or end with spaces`;
    return undefined;
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ OWNERSHIP_TAG_KEY)
/* harmony export */ });
// The ownership tag every connection created or adopted by this action carries; its value is the `label`. Every layer
// knows it: manifests may not set it (manifest/rules.ts), observe lists by it, the diff and apply set and check it,
// export leaves it out. It lives here, below all of them, so that none reaches up for it.
const OWNERSHIP_TAG_KEY = 'managed-by-dli-connections';


/***/ }),

/***/ 8521:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ apiText),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   UN: () => (/* binding */ escapeControls)
/* harmony export */ });
/* unused harmony exports MAX_API_TEXT, cutText */
// Text that comes back from the API (names, tag keys and values, host and route names, a peering's err_msg, the
// message of a 4xx/5xx answer) is untrusted input, like a manifest. Two rules for it, wherever it is shown:
// - one line: raw line breaks and other control characters are printed escaped (`\n`, `\u001b`), so API text can
//   never start a new log line of its own (where a workflow command would be read) nor reflow a report;
// - a sane length: past a limit it is cut, and the cut says so, so that a 100 KB message cannot flood the log or
//   push everything else out of the job summary and the PR comment.
// Escaping for a particular sink (workflow commands, markdown, HTML) is the sink's job on top of this.
/** The longest API text shown whole: far above any message DLI or VPC writes, far below what floods a report. */
const MAX_API_TEXT = 1_000;
const NAMED_ESCAPES = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * Control characters (C0, DEL, C1) and the Unicode line/paragraph separators as visible escapes; everything else
 * unchanged. The result holds no character a terminal or a log viewer would treat as a line break.
 */
function escapeControls(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
const CUT_NOTICE = /… \(cut, \d+ more characters\)$/;
/**
 * `s` cut to `max` characters (never inside a surrogate pair), saying how much was left out. Idempotent: text that
 * was already cut to `max` or less keeps its notice (and its count) instead of being cut again.
 */
function cutText(s, max = MAX_API_TEXT) {
    if (s.length <= max)
        return s;
    const notice = CUT_NOTICE.exec(s);
    if (notice && notice.index <= max)
        return s;
    let end = max;
    const last = s.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end--; // keep a surrogate pair whole
    return `${s.slice(0, end)}… (cut, ${s.length - end} more characters)`;
}
/** API text for a message, a log line or a report: one line, cut to a sane length. */
function apiText(s, max = MAX_API_TEXT) {
    return escapeControls(cutText(s, max));
}
const ZWSP = '\u200b';
/**
 * Makes text from manifests or API answers unable to act as a runner workflow command when it is logged: a
 * zero-width space goes between any two adjacent colons, so no `::` is left anywhere (a command is a line starting
 * with `::`; breaking every pair, not only leading ones, also covers text that lands at a line start after
 * concatenation or an embedded newline), and the legacy `##[` prefix becomes `#\u200b#[`. Idempotent; the text
 * stays readable.
 */
function inertText(s) {
    return s.replace(/:(?=:)/g, `:${ZWSP}`).replace(/#(?=#\[)/g, `#${ZWSP}`);
}


/***/ }),

/***/ 1271:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   r6: () => (/* binding */ escapes)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Paths relative to the workspace: one spelling (`/`) and one containment test, shared by the manifest loader,
// hosts_file and export, which all refuse to read or write outside the repository.

/** `a\b` → `a/b` on Windows; unchanged elsewhere. */
const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
/** Does a path relative to the workspace (either separator, or absolute) lead out of it? */
function escapes(rel) {
    return rel === '..' || rel.startsWith('../') || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute(rel);
}
/**
 * Is `p` strictly inside `root`? Both absolute and normalised, as realpath gives them; a prefix test, since
 * path.relative per file showed in the manifest-loading benchmark (B2).
 */
function isInside(root, p) {
    return p.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? root : root + node_path__WEBPACK_IMPORTED_MODULE_0__.sep);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = require("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = require("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = require("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 3243:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ yaml)
/* harmony export */ });
/* unused harmony exports CORE_SCHEMA, DEFAULT_SCHEMA, FAILSAFE_SCHEMA, JSON_SCHEMA, Schema, Type, YAMLException, dump, load, loadAll, safeDump, safeLoad, safeLoadAll, types */
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/diagnostics.ts
// Problems found anywhere in the run (manifests, preflight, plan), in one shape so that the CLI can print them
// as `file:line:col: message` and the action can turn them into GitHub annotations.
/** `file:line:col: message` like a compiler, or the bare message when there is no position. */
function formatDiagnostic(d) {
    const where = d.position ? `${d.position.file}:${d.position.line}:${d.position.col}: ` : '';
    const hint = d.hint ? ` (${d.hint})` : '';
    return `${where}${d.severity}: ${d.message}${hint}`;
}
function hasErrors(ds) {
    return ds.some((d) => d.severity === 'error');
}

// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __nccwpck_require__(8521);
;// CONCATENATED MODULE: ./src/logger.ts
// What the core needs from its host (the action or the CLI): somewhere to write, and a way to hide secrets.
// The core never imports @actions/core; src/main.ts and src/cli.ts provide these.

/** A message as the one line a host prints: control characters escaped, no workflow command possible. */
function logLine(message) {
    return (0,untrusted_text/* inertText */.UJ)((0,untrusted_text/* escapeControls */.UN)(message));
}
/** A logger that drops everything: for tests and for library use. */
const silentLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    error: () => { },
    group: (_name, fn) => fn(),
};
/** Collects log lines in memory: handy in tests. */
function memoryLogger() {
    const lines = [];
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
            }
            finally {
                lines.push('[endgroup]');
            }
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/failure.ts
var failure = __nccwpck_require__(1633);
;// CONCATENATED MODULE: ./src/dli/endpoints.ts
// Service endpoints per region (docs/reference/dli-api.md, preflight-api.md) and the check every endpoint override goes
// through.

/** eu-west-101 (Dublin) lives under myhuaweicloud.eu; every other region under myhuaweicloud.com. */
function regionDomain(region) {
    return region === 'eu-west-101' ? 'myhuaweicloud.eu' : 'myhuaweicloud.com';
}
/**
 * Default endpoints for a region, each replaced by its override when one is given (overrides are validated and
 * lose any trailing slash). IAM is the regional endpoint (project lookup and tokens work there too).
 */
function deriveEndpoints(region, overrides = {}) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(region)) {
        throw new failure/* RunFailure */.a('validation-failed', `region "${region}" is not a Huawei Cloud region name (e.g. cn-north-4)`);
    }
    const domain = regionDomain(region);
    const pick = (service, inputName) => {
        const override = overrides[service]?.trim();
        return override ? validateEndpoint(override, inputName) : `https://${service}.${region}.${domain}`;
    };
    return {
        dli: pick('dli', 'endpoint'),
        iam: pick('iam', 'iam-endpoint'),
        sts: pick('sts', 'sts-endpoint'),
        vpc: pick('vpc', 'vpc-endpoint'),
    };
}
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase();
    if (h === 'localhost' || h === '[::1]')
        return true;
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
    return m !== null && m[1] === '127' && m.slice(2).every((o) => Number(o) <= 255);
}
/**
 * https only, except http to loopback (127.0.0.0/8, localhost, [::1]) for the emulator. No credentials, query or
 * fragment in the URL. Returns the URL without a trailing slash; throws a RunFailure naming the input.
 */
function validateEndpoint(url, inputName) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new failure/* RunFailure */.a('validation-failed', `input \`${inputName}\`: "${url}" is not a URL (expected https://host)`);
    }
    const fail = (why) => {
        throw new failure/* RunFailure */.a('validation-failed', `input \`${inputName}\`: ${why}`);
    };
    if (parsed.protocol === 'http:') {
        if (!isLoopbackHost(parsed.hostname)) {
            fail(`"${parsed.origin}" uses http://; only https:// is allowed (http:// only to loopback, for tests)`);
        }
    }
    else if (parsed.protocol !== 'https:') {
        fail(`"${parsed.protocol}" is not allowed; use https://`);
    }
    if (parsed.username || parsed.password)
        fail('must not contain credentials');
    if (parsed.search || parsed.hash)
        fail('must not contain a query or fragment');
    return parsed.href.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Every action input is read and checked here, once, into a typed Settings object (as actions/checkout does).
// Nothing else in the action reads inputs or credential variables. The reader and the masker are passed in, so
// this module stays free of @actions/core and the tests drive it with plain objects.


/** A bad input: the message names the input and what it accepts. */
class InputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputError';
    }
}
const MODES = ['validate', 'plan', 'apply', 'export', 'check'];
const COMMENT_MODES = ['auto', 'always', 'changes-only', 'never'];
const DEFAULT_MANIFEST_GLOBS = ['.dli/connections/**/*.{yml,yaml}'];
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function readSettings({ getInput, env, mask }) {
    const text = (name) => getInput(name).trim();
    /** The input, else the first of the fallback variables that is set. */
    const firstOf = (name, ...envNames) => {
        let value = text(name);
        for (const e of envNames)
            if (!value)
                value = (env[e] ?? '').trim();
        return value;
    };
    /** Like firstOf, and masked the moment it is read. */
    const secret = (name, ...envNames) => {
        const value = firstOf(name, ...envNames);
        if (value)
            mask(value);
        return value;
    };
    const mode = oneOf('mode', text('mode') || 'plan', MODES);
    const region = firstOf('region', 'HUAWEI_CLOUD_REGION', 'HUAWEICLOUD_SDK_REGION');
    if (region && !/^[a-z]{2,}(-[a-z0-9]+)+$/.test(region)) {
        throw new InputError(`Input 'region' must look like a Huawei Cloud region such as cn-north-4 (got "${region}").`);
    }
    const projectId = firstOf('project-id', 'HUAWEI_CLOUD_PROJECT_ID', 'HUAWEICLOUD_SDK_PROJECT_ID');
    if (projectId && !/^[A-Za-z0-9_-]{1,64}$/.test(projectId)) {
        throw new InputError(`Input 'project-id' must be a project id such as 0123456789abcdef0123456789abcdef (got "${projectId}").`);
    }
    const overrides = {};
    for (const [key, input] of [
        ['dli', 'endpoint'],
        ['iam', 'iam-endpoint'],
        ['sts', 'sts-endpoint'],
        ['vpc', 'vpc-endpoint'],
    ]) {
        const value = text(input);
        if (value)
            overrides[key] = asInputError(() => validateEndpoint(value, input));
    }
    // Without a region only overrides are known; validate mode needs no endpoint, and run() refuses the others.
    const endpoints = region
        ? asInputError(() => deriveEndpoints(region, overrides))
        : { dli: overrides.dli ?? '', iam: overrides.iam ?? '', sts: overrides.sts ?? '', vpc: overrides.vpc ?? '' };
    const credentials = readCredentials(text, firstOf, secret, env);
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const manifests = lines(text('manifests'));
    return {
        mode,
        manifests: manifests.length > 0 ? manifests : DEFAULT_MANIFEST_GLOBS,
        workspace,
        region,
        projectId,
        credentials,
        endpoints,
        prune: bool('prune', text('prune'), false),
        allowReplace: bool('allow-replace', text('allow-replace'), false),
        wait: bool('wait', text('wait'), true),
        waitTimeoutSeconds: inputs_int('wait-timeout', text('wait-timeout'), 600, 1, 21_600),
        concurrency: inputs_int('concurrency', text('concurrency'), 4, 1, 32),
        maxRetries: inputs_int('max-retries', text('max-retries'), 5, 0, 10),
        requestTimeoutSeconds: inputs_int('request-timeout', text('request-timeout'), 30, 1, 300),
        label: label(text('label') || 'default'),
        commentOnPr: oneOf('comment-on-pr', text('comment-on-pr') || 'auto', COMMENT_MODES),
        githubToken: secret('github-token'),
        prNumber: text('pr-number') ? inputs_int('pr-number', text('pr-number'), 0, 1, Number.MAX_SAFE_INTEGER) : 0,
        failOnDrift: bool('fail-on-drift', text('fail-on-drift'), false),
        planFile: text('plan-file'),
        preflight: bool('preflight', text('preflight'), true),
        checks: bool('checks', text('checks'), true),
        checkTimeoutSeconds: inputs_int('check-timeout', text('check-timeout'), 120, 1, 3600),
        exportPath: text('export-path') || '.dli/connections',
        exportForce: bool('export-force', text('export-force'), false),
        exportNames: lines(text('export-names')),
        exportTags: lines(text('export-tags')),
    };
}
function readCredentials(text, firstOf, secret, env) {
    const authToken = secret('auth-token');
    if (authToken)
        return { kind: 'token', authToken };
    const providerUrn = text('oidc-provider-urn');
    const agencyUrn = text('oidc-agency-urn');
    const idpId = text('oidc-idp-id');
    const audience = text('oidc-audience') || 'sts.myhuaweicloud.com';
    const durationSeconds = inputs_int('oidc-duration-seconds', text('oidc-duration-seconds'), 3600, 900, 43_200);
    const akInput = text('access-key-id');
    if ((providerUrn || agencyUrn) && !akInput) {
        if (!providerUrn || !agencyUrn) {
            throw new InputError("Keyless auth needs both 'oidc-provider-urn' and 'oidc-agency-urn'.");
        }
        if (!/^iam::[^:]+:oidcProvider:.+$/.test(providerUrn)) {
            throw new InputError(`Input 'oidc-provider-urn' must look like iam::<account-id>:oidcProvider:<name> (got "${providerUrn}").`);
        }
        if (!/^iam::[^:]+:agency:.+$/.test(agencyUrn)) {
            throw new InputError(`Input 'oidc-agency-urn' must look like iam::<account-id>:agency:<name> (got "${agencyUrn}").`);
        }
        const sessionName = (text('oidc-session-name') || defaultSessionName(env)).slice(0, 128);
        if (sessionName.length < 2)
            throw new InputError("Input 'oidc-session-name' must be 2-128 characters.");
        return { kind: 'oidc-sts', providerUrn, agencyUrn, audience, sessionName, durationSeconds };
    }
    if (idpId && !akInput)
        return { kind: 'oidc-idp', idpId, audience, durationSeconds };
    const accessKeyId = firstOf('access-key-id', 'HUAWEI_CLOUD_ACCESS_KEY_ID', 'HUAWEICLOUD_SDK_AK');
    const secretAccessKey = secret('secret-access-key', 'HUAWEI_CLOUD_SECRET_ACCESS_KEY', 'HUAWEICLOUD_SDK_SK');
    const securityToken = secret('security-token', 'HUAWEI_CLOUD_SECURITY_TOKEN', 'HUAWEICLOUD_SDK_SECURITY_TOKEN');
    if (accessKeyId && !secretAccessKey) {
        throw new InputError("An access key id is set but no secret key: set 'secret-access-key' (or HUAWEI_CLOUD_SECRET_ACCESS_KEY).");
    }
    if (!accessKeyId && secretAccessKey) {
        throw new InputError("A secret key is set but no access key id: set 'access-key-id' (or HUAWEI_CLOUD_ACCESS_KEY_ID).");
    }
    if (accessKeyId) {
        return securityToken
            ? { kind: 'aksk', accessKeyId, secretAccessKey, securityToken }
            : { kind: 'aksk', accessKeyId, secretAccessKey };
    }
    return { kind: 'none' };
}
/** The endpoint checks live with the client (src/dli/endpoints.ts); here their refusals become input errors. */
function asInputError(fn) {
    try {
        return fn();
    }
    catch (error) {
        const message = error.message.replace(/^input `([^`]+)`:/, "Input '$1':");
        throw new InputError(message);
    }
}
function defaultSessionName(env) {
    // Session names show in Huawei Cloud's audit trail: make them say which run assumed the agency.
    const repo = (env.GITHUB_REPOSITORY ?? 'github').replace(/[^A-Za-z0-9_.@=,-]/g, '-');
    const run = env.GITHUB_RUN_ID ?? 'local';
    return `gh-${repo}-${run}`;
}
/** A multi-line input: one value per line, blank lines and `#` comments ignored. */
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')} (got "${value}").`);
}
function bool(name, value, fallback) {
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new InputError(`Input '${name}' must be true or false (got "${value}").`);
}
function inputs_int(name, value, fallback, min, max) {
    if (value === '')
        return fallback;
    if (!/^-?\d+$/.test(value))
        throw new InputError(`Input '${name}' must be a whole number from ${min} to ${max} (got "${value}").`);
    const n = Number(value);
    if (n < min || n > max)
        throw new InputError(`Input '${name}' must be a whole number from ${min} to ${max} (got ${n}).`);
    return n;
}
function label(value) {
    // The label is a tag value and part of the PR comment marker: keep it plain.
    if (/^[A-Za-z0-9_.-]{1,64}$/.test(value))
        return value;
    throw new InputError(`Input 'label' must be 1-64 characters of A-Z a-z 0-9 _ . - (got "${value}").`);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: ./src/manifest/index.ts + 4 modules
var manifest = __nccwpck_require__(2836);
// EXTERNAL MODULE: ./src/checks/types.ts
var types = __nccwpck_require__(6468);
;// CONCATENATED MODULE: ./src/run.ts
// One run of the action, whatever drives it (src/main.ts in a workflow, src/cli.ts on a laptop):
// load → validate → (observe → plan → preflight) → (apply) and a RunResult that the reporters turn into outputs,
// a summary and a PR comment. Plain TypeScript: the runner's facilities come in through RunDeps.








/**
 * The cloud half of the action (clients, plan, preflight, apply, export) is loaded only when a run needs it:
 * validate, the mode of every fork pull request, then starts without parsing that code (cold start, bench B7).
 */
async function cloudModules() {
    const [cloud, observe, diff, fingerprint, renderText, preflight, executor] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(942), __nccwpck_require__.e(227)]).then(__nccwpck_require__.bind(__nccwpck_require__, 227)),
        Promise.all(/* import() */[__nccwpck_require__.e(603), __nccwpck_require__.e(343)]).then(__nccwpck_require__.bind(__nccwpck_require__, 343)),
        __nccwpck_require__.e(/* import() */ 603).then(__nccwpck_require__.bind(__nccwpck_require__, 2603)),
        __nccwpck_require__.e(/* import() */ 731).then(__nccwpck_require__.bind(__nccwpck_require__, 1731)),
        __nccwpck_require__.e(/* import() */ 723).then(__nccwpck_require__.bind(__nccwpck_require__, 7723)),
        __nccwpck_require__.e(/* import() */ 501).then(__nccwpck_require__.bind(__nccwpck_require__, 5501)),
        __nccwpck_require__.e(/* import() */ 813).then(__nccwpck_require__.bind(__nccwpck_require__, 7813)),
    ]);
    return {
        connectCloud: cloud.connectCloud,
        observe: observe.observe,
        computePlan: diff.computePlan,
        diffPlans: fingerprint.diffPlans,
        renderPlanText: renderText.renderPlanText,
        runPreflight: preflight.runPreflight,
        applyPlan: executor.applyPlan,
    };
}
async function run(settings, deps) {
    const result = { requestedMode: settings.mode, mode: settings.mode, diagnostics: [], notices: [] };
    try {
        await runInto(result, settings, deps);
    }
    catch (error) {
        if (error instanceof failure/* RunFailure */.a) {
            result.failureReason = error.reason;
            result.failureMessage = error.message;
        }
        else {
            throw error;
        }
    }
    return result;
}
async function runInto(result, settings, deps) {
    const { logger } = deps;
    const env = deps.env ?? process.env;
    if (settings.mode === 'export') {
        await runExport(result, settings, deps);
        return;
    }
    // 1. Manifests: all of them are read and checked before anything talks to the cloud.
    const loaded = await logger.group('Validate manifests', async () => {
        // Only a run that goes on to the cloud locates fields (plan, preflight): the others skip loading `yaml` (bench B7).
        const toCloud = settings.mode !== 'validate' && settings.credentials.kind !== 'none';
        const out = await (0,manifest/* loadManifests */.DD)({
            workspace: settings.workspace,
            patterns: settings.manifests,
            label: settings.label,
            positions: toCloud ? 'eager' : 'lazy',
        });
        logger.info(`${out.set.files.length} manifest file(s), ${out.set.connections.length} connection(s).`);
        return out;
    });
    result.manifests = loaded.set;
    result.diagnostics.push(...loaded.diagnostics);
    if (hasErrors(loaded.diagnostics)) {
        const count = loaded.diagnostics.filter((d) => d.severity === 'error').length;
        throw new failure/* RunFailure */.a('validation-failed', `${count} manifest error(s): nothing was sent to the API.`);
    }
    if (settings.mode === 'validate')
        return;
    if (settings.credentials.kind === 'none') {
        if (settings.mode === 'plan') {
            // Fork pull requests and Dependabot runs have no secrets: still check what can be checked offline.
            const notice = 'No Huawei Cloud credentials (expected on pull requests from forks and Dependabot): ran validate instead of plan.';
            result.notices.push(notice); // the host shows it (a ::notice:: annotation in the action)
            result.mode = 'validate';
            return;
        }
        throw new failure/* RunFailure */.a('auth-failed', `Mode ${settings.mode} needs credentials: set access-key-id and secret-access-key, or the OIDC inputs.`);
    }
    if (!settings.region) {
        throw new failure/* RunFailure */.a('validation-failed', "Input 'region' is required for plan and apply (or set HUAWEI_CLOUD_REGION).");
    }
    const { connectCloud, observe, computePlan, diffPlans, renderPlanText, runPreflight, applyPlan } = await cloudModules();
    const cloud = await connectCloud(settings, deps);
    result.projectId = cloud.projectId;
    // mode check changes nothing: one List of the live connections, then their connectivity checks.
    if (settings.mode === 'check') {
        const checks = await __nccwpck_require__.e(/* import() */ 929).then(__nccwpck_require__.bind(__nccwpck_require__, 4929));
        const live = await cloud.guard(() => cloud.dli.listConnections());
        if (!settings.checks)
            result.notices.push('Input checks is false: mode check ran no test.');
        else
            await runCheckPhase(result, checks.targetsFromLive(loaded.set.connections, live), cloud, settings, logger);
        throwIfChecksFailed(result, 'Connectivity');
        return;
    }
    // 2. Observe and plan. What observe read is also apply's name lookup before each create it plans.
    let observed;
    const plan = await logger.group('Plan', async () => {
        const live = await cloud.guard(() => observe(cloud.dli, loaded.set.connections, { label: settings.label, logger }));
        observed = live;
        const p = computePlan({
            manifests: loaded.set.connections,
            live,
            label: settings.label,
            region: settings.region,
            projectId: cloud.projectId,
            prune: settings.prune,
            allowReplace: settings.allowReplace,
        });
        result.planText = renderPlanText(p);
        // One call per line: a logger prints control characters in a message escaped (one message, one log line).
        if (deps.logPlan !== false)
            for (const line of result.planText.split('\n'))
                logger.info(line);
        return p;
    });
    result.plan = plan;
    result.diagnostics.push(...plan.problems);
    result.planFilePath = await writePlanFile(plan, settings, env);
    // 3. Preflight: read-only checks of what the plan would create or bind.
    if (settings.preflight) {
        const pre = await logger.group('Preflight', () => runPreflight({ plan, manifests: loaded.set.connections, vpc: cloud.vpc, dli: cloud.dli, logger }));
        result.diagnostics.push(...pre.diagnostics);
        logger.info(`Preflight checked ${pre.checked.length} connection(s).`);
    }
    if (hasErrors(plan.problems)) {
        const blockedReplace = plan.problems.some((d) => d.severity === 'error' && d.code === 'replace-blocked');
        throw new failure/* RunFailure */.a(blockedReplace ? 'replace-blocked' : 'api-error', blockedReplace
            ? 'The plan replaces a connection but allow-replace is false: nothing was changed.'
            : 'The plan is blocked (see the errors): nothing was changed.');
    }
    if (hasErrors(result.diagnostics)) {
        throw new failure/* RunFailure */.a('preflight-failed', 'Preflight found connections that would fail: nothing was changed.');
    }
    if (settings.mode === 'plan') {
        if (settings.failOnDrift && plan.hasChanges) {
            throw new failure/* RunFailure */.a('drift', 'The live connections differ from the manifests (fail-on-drift is on).');
        }
        return;
    }
    // 4. Apply, held to the reviewed plan when one is given.
    if (settings.planFile) {
        const reviewed = await readReviewedPlan(settings.planFile, settings.workspace);
        if (reviewed.fingerprint !== plan.fingerprint) {
            result.planFileChanges = diffPlans(reviewed, plan);
            throw new failure/* RunFailure */.a('plan-changed', `The plan differs from the reviewed plan ${settings.planFile} (${reviewed.fingerprint.slice(0, 12)} → ${plan.fingerprint.slice(0, 12)}): nothing was changed. Plan again and review.`);
        }
        logger.info(`The plan matches the reviewed plan (${plan.fingerprint.slice(0, 12)}).`);
    }
    if (!plan.hasChanges)
        logger.info('Nothing to change.');
    const applied = await logger.group('Apply', () => applyPlan(plan, {
        api: cloud.dli,
        logger,
        concurrency: settings.concurrency,
        wait: settings.wait,
        waitTimeoutMs: settings.waitTimeoutSeconds * 1000,
        label: settings.label,
        observed,
    }));
    result.apply = applied;
    // 5. Connectivity checks of the connections that were applied (a failing one does not undo the apply).
    if (settings.checks) {
        const { targetsAfterApply } = await __nccwpck_require__.e(/* import() */ 929).then(__nccwpck_require__.bind(__nccwpck_require__, 4929));
        await runCheckPhase(result, targetsAfterApply(loaded.set.connections, applied), cloud, settings, logger);
    }
    if (!applied.ok) {
        const failed = applied.results.filter((r) => r.outcome === 'failed' || r.outcome === 'timeout').map((r) => r.name);
        throw new failure/* RunFailure */.a(applied.failureReason ?? 'api-error', `Apply did not finish for: ${failed.join(', ')}.`);
    }
    throwIfChecksFailed(result, 'The apply is done (a rerun changes nothing), but connectivity');
}
/** Runs the checks of `targets` into the result: the report and its diagnostics (errors, 403 warnings). */
async function runCheckPhase(result, targets, cloud, settings, logger) {
    const { checkPhase, checkDiagnostics } = await __nccwpck_require__.e(/* import() */ 929).then(__nccwpck_require__.bind(__nccwpck_require__, 4929));
    const report = await checkPhase(targets, { api: cloud.dli, logger, concurrency: settings.concurrency, timeoutSeconds: settings.checkTimeoutSeconds });
    if (!report)
        return;
    result.checks = report;
    result.diagnostics.push(...checkDiagnostics(report));
}
/** check-failed when an address is unreachable, timed out or hit an API error (a 403 only warns). */
function throwIfChecksFailed(result, lead) {
    if (!result.checks?.failed)
        return;
    const names = [...new Set(result.checks.checks.filter((c) => types/* FAILING_RESULTS */.w.has(c.result)).map((c) => c.connection))];
    throw new failure/* RunFailure */.a('check-failed', `${lead} checks failed for: ${names.join(', ')}.`);
}
/** export: the live connections of the project become manifests under export-path (never overwritten unless forced). */
async function runExport(result, settings, deps) {
    const [{ exportConnections, parseTagFilters }, { connectCloud }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(815), __nccwpck_require__.e(382), __nccwpck_require__.e(603), __nccwpck_require__.e(698)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5698)),
        Promise.all(/* import() */[__nccwpck_require__.e(816), __nccwpck_require__.e(942), __nccwpck_require__.e(227)]).then(__nccwpck_require__.bind(__nccwpck_require__, 227)),
    ]);
    const tags = parseTagFilters(settings.exportTags);
    if (settings.credentials.kind === 'none') {
        throw new failure/* RunFailure */.a('auth-failed', 'Mode export needs credentials: set access-key-id and secret-access-key, or the OIDC inputs.');
    }
    if (!settings.region)
        throw new failure/* RunFailure */.a('validation-failed', "Input 'region' is required for export (or set HUAWEI_CLOUD_REGION).");
    const cloud = await connectCloud(settings, deps);
    result.projectId = cloud.projectId;
    const exported = await deps.logger.group('Export', () => cloud.guard(() => exportConnections({
        api: cloud.dli,
        resources: cloud.dli,
        workspace: settings.workspace,
        outDir: settings.exportPath,
        names: settings.exportNames,
        tags,
        force: settings.exportForce,
        label: settings.label,
        logger: deps.logger,
        manifestPatterns: settings.manifests,
    })));
    result.exported = exported;
    if (exported.unmatchedNames.length > 0) {
        result.diagnostics.push({
            severity: 'warning',
            message: `No live connection is named ${exported.unmatchedNames.join(', ')}.`,
            code: 'export-unmatched-name',
        });
    }
    for (const s of exported.skipped) {
        result.diagnostics.push({ severity: 'warning', message: `${(0,untrusted_text/* apiText */.AX)(s.name, 200)} was not exported: ${s.reason}`, code: 'export-skipped' });
    }
}
/** The plan JSON: under RUNNER_TEMP (or the OS temp folder) unless plan-file names a path in plan mode. */
async function writePlanFile(plan, settings, env) {
    const dir = env.RUNNER_TEMP || external_node_os_default().tmpdir();
    const target = settings.mode === 'plan' && settings.planFile
        ? external_node_path_default().resolve(settings.workspace, settings.planFile)
        : external_node_path_default().join(dir, `dli-connections-plan-${settings.label}.json`);
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
    await external_node_fs_.promises.writeFile(target, JSON.stringify(plan, null, 2) + '\n');
    return target;
}
async function readReviewedPlan(file, workspace) {
    const full = external_node_path_default().resolve(workspace, file);
    let text;
    try {
        text = await external_node_fs_.promises.readFile(full, 'utf8');
    }
    catch (error) {
        throw new failure/* RunFailure */.a('plan-changed', `Cannot read the reviewed plan ${file}: ${error.message}`);
    }
    try {
        const parsed = JSON.parse(text);
        if (parsed.version !== 1 || typeof parsed.fingerprint !== 'string' || !Array.isArray(parsed.changes)) {
            throw new Error('not a dli-connections plan file (version 1)');
        }
        return parsed;
    }
    catch (error) {
        throw new failure/* RunFailure */.a('plan-changed', `The reviewed plan ${file} is not usable: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/cli.ts
// Local CLI over the same core as the action: `dli-connections validate|plan|apply|export|check [options]`.
// Options are the action's input names (`--region cn-north-4`, `--allow-replace`); credentials come from the
// same environment variables the action falls back to, so a pre-commit hook or a laptop runs what CI runs.





const USAGE = `Usage: dli-connections <validate|plan|apply|export|check> [options] [manifest globs…]

Options (the action's inputs; booleans may be given bare):
  --manifests <glob>          manifest globs (repeatable; positional arguments too); '!glob' excludes
  --region <region>           e.g. cn-north-4 (or HUAWEI_CLOUD_REGION)
  --project-id <id>           default: looked up through IAM
  --label <label>             ownership label (default: default)
  --prune, --allow-replace, --no-wait, --no-preflight, --no-checks, --fail-on-drift
  --wait-timeout <s>, --check-timeout <s>, --concurrency <n>, --max-retries <n>, --request-timeout <s>
  --plan-file <path>          plan: where to write the plan; apply: the reviewed plan to hold the apply to
  --endpoint, --iam-endpoint, --sts-endpoint, --vpc-endpoint <url>
  --out <folder>, --force, --name <name>, --tag <k=v>   export options
Credentials: HUAWEI_CLOUD_ACCESS_KEY_ID / HUAWEI_CLOUD_SECRET_ACCESS_KEY [/ HUAWEI_CLOUD_SECURITY_TOKEN]
  (or HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK / HUAWEICLOUD_SDK_SECURITY_TOKEN).
Exit status: 0 success, 1 failure (the failure reason is printed), 2 bad usage.`;
const valueOptions = [
    'region', 'project-id', 'label', 'wait-timeout', 'check-timeout', 'concurrency', 'max-retries', 'request-timeout', 'plan-file',
    'endpoint', 'iam-endpoint', 'sts-endpoint', 'vpc-endpoint', 'out', 'comment-on-pr',
];
const flagOptions = ['prune', 'allow-replace', 'no-wait', 'no-preflight', 'no-checks', 'fail-on-drift', 'force', 'help'];
function stderrLogger() {
    return {
        debug: (m) => {
            if (process.env.DLI_CONNECTIONS_DEBUG)
                process.stderr.write(`debug: ${logLine(m)}\n`);
        },
        info: (m) => process.stderr.write(`${logLine(m)}\n`),
        warning: (m) => process.stderr.write(`warning: ${logLine(m)}\n`),
        error: (m) => process.stderr.write(`error: ${logLine(m)}\n`),
        group: async (name, fn) => {
            process.stderr.write(`── ${name}\n`);
            return fn();
        },
    };
}
async function main(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args: argv,
            allowPositionals: true,
            options: {
                ...Object.fromEntries(valueOptions.map((o) => [o, { type: 'string' }])),
                ...Object.fromEntries(flagOptions.map((o) => [o, { type: 'boolean' }])),
                manifests: { type: 'string', multiple: true },
                name: { type: 'string', multiple: true },
                tag: { type: 'string', multiple: true },
            },
        });
    }
    catch (error) {
        process.stderr.write(`${error.message}\n\n${USAGE}\n`);
        return 2;
    }
    const { positionals } = parsed;
    const values = parsed.values;
    const [command, ...globs] = positionals;
    if (values.help || !command) {
        process.stdout.write(`${USAGE}\n`);
        return values.help ? 0 : 2;
    }
    if (!['validate', 'plan', 'apply', 'export', 'check'].includes(command)) {
        process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
        return 2;
    }
    const v = values;
    const inputs = { mode: command };
    for (const o of valueOptions)
        if (typeof v[o] === 'string')
            inputs[o] = v[o];
    for (const o of ['prune', 'allow-replace', 'fail-on-drift'])
        if (v[o])
            inputs[o] = 'true';
    if (v['no-wait'])
        inputs.wait = 'false';
    if (v['no-preflight'])
        inputs.preflight = 'false';
    if (v['no-checks'])
        inputs.checks = 'false';
    if (v.force)
        inputs['export-force'] = 'true';
    if (typeof v.out === 'string')
        inputs['export-path'] = v.out;
    inputs['export-names'] = (v.name ?? []).join('\n');
    inputs['export-tags'] = (v.tag ?? []).join('\n');
    inputs.manifests = [...(v.manifests ?? []), ...globs].join('\n');
    inputs['comment-on-pr'] = 'never';
    const mask = () => { };
    let settings;
    try {
        settings = readSettings({ getInput: (n) => inputs[n] ?? '', env: { ...process.env, GITHUB_WORKSPACE: process.cwd() }, mask });
    }
    catch (error) {
        if (error instanceof InputError) {
            process.stderr.write(`${error.message.replace(/Input '([^']+)'/, 'Option --$1')}\n`);
            return 2;
        }
        throw error;
    }
    const result = await run(settings, { logger: stderrLogger(), mask, logPlan: false });
    for (const notice of result.notices)
        process.stderr.write(`notice: ${notice}\n`);
    for (const d of result.diagnostics)
        process.stdout.write(`${formatDiagnostic(d)}\n`);
    if (result.mode === 'validate' && !result.failureReason) {
        const n = result.manifests?.connections.length ?? 0;
        process.stdout.write(`ok: ${n} connection(s) in ${result.manifests?.files.length ?? 0} file(s)\n`);
    }
    if (result.planText)
        process.stdout.write(`${result.planText}\n`);
    for (const e of result.exported?.entries ?? [])
        process.stdout.write(`${e.status.padEnd(11)} ${e.file}\n`);
    for (const c of result.checks?.checks ?? [])
        process.stdout.write(`${c.result.padEnd(11)} ${c.connection} ${c.address}\n`);
    if (result.planFileChanges?.length)
        process.stdout.write(`${result.planFileChanges.map((l) => `  ${l}`).join('\n')}\n`);
    if (result.failureReason) {
        process.stderr.write(`failed (${result.failureReason}): ${result.failureMessage ?? ''}\n`);
        return 1;
    }
    return 0;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`Unexpected error: ${error.stack ?? String(error)}\n`);
    process.exitCode = 1;
});

module.exports = __webpack_exports__;
/******/ })()
;