"use strict";
exports.id = 721;
exports.ids = [721,79];
exports.modules = {

/***/ 2721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadFilePrecise: () => (/* binding */ loadFilePrecise)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/manifest/schema.ts
var schema = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/manifest/suggest.ts
// "did you mean …?" for unknown keys: known aliases first (names people bring from Terraform or the console),
// then the closest known key by edit distance.
const ALIASES = {
    vpc_id: 'dest_vpc_id',
    vpc: 'dest_vpc_id',
    dest_vpc: 'dest_vpc_id',
    subnet_id: 'dest_network_id',
    subnet: 'dest_network_id',
    network_id: 'dest_network_id',
    dest_subnet_id: 'dest_network_id',
    pools: 'elastic_resource_pools',
    pool: 'elastic_resource_pools',
    elastic_pools: 'elastic_resource_pools',
    resource_pools: 'elastic_resource_pools',
    elastic_resource_pool: 'elastic_resource_pools',
    route_table_id: 'routetable_id',
    route_table: 'routetable_id',
    queue: 'queues',
    host: 'hosts',
    route: 'routes',
    tag: 'tags',
    labels: 'tags',
    hostsfile: 'hosts_file',
    hosts_path: 'hosts_file',
    hostname: 'name',
    host_name: 'name',
    address: 'ip',
    ip_address: 'ip',
    destination: 'cidr',
    cidr_block: 'cidr',
};
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The known key the user most likely meant, or undefined when nothing is close. */
function suggestKey(unknown, known) {
    const norm = unknown.trim().toLowerCase().replace(/[-\s]+/g, '_');
    if (known.includes(norm))
        return norm;
    const alias = ALIASES[norm];
    if (alias && known.includes(alias))
        return alias;
    let best;
    let bestD = Infinity;
    for (const k of known) {
        const d = editDistance(norm, k);
        if (d < bestD) {
            bestD = d;
            best = k;
        }
    }
    // Close enough: at most a third of the key's length (min 1, max 3) edits away.
    const limit = Math.min(3, Math.max(1, Math.floor(norm.length / 3)));
    return bestD <= limit ? best : undefined;
}

// EXTERNAL MODULE: ./src/manifest/expand.ts
var manifest_expand = __webpack_require__(741);
;// CONCATENATED MODULE: ./src/manifest/validate.ts



/** `hosts[3].ip` */
function formatPath(path) {
    let s = '';
    for (const raw of path) {
        // Long keys (a 200-character tag key, say) are shortened: the message shows the value again anyway.
        const seg = typeof raw === 'string' && raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg))
            s += s ? `.${seg}` : seg;
        else
            s += `[${JSON.stringify(seg)}]`;
    }
    return s;
}
function withPath(path, message) {
    return path.length ? `${formatPath(path)}: ${message}` : message;
}
function valueAt(root, path) {
    let cur = root;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg))
            return { found: false, value: undefined };
        cur = cur[seg];
    }
    return { found: true, value: cur };
}
function knownKeysAt(path) {
    if (path.length === 0)
        return schema/* TOP_LEVEL_KEYS */.Uw;
    if (path[0] === 'hosts')
        return schema/* HOST_KEYS */.Cy;
    if (path[0] === 'routes')
        return schema/* ROUTE_KEYS */.jC;
    return [];
}
function toProblems(doc, issues) {
    const out = [];
    for (const issue of issues) {
        const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                const hint = suggestKey(key, knownKeysAt(path));
                const where = path.length ? ` in ${formatPath(path)}` : '';
                out.push({
                    path: [...path, key],
                    at: 'key',
                    code: 'unknown-key',
                    message: `unknown key \`${key}\`${where}${hint ? ` (did you mean \`${hint}\`?)` : ''}`,
                });
            }
            continue;
        }
        if (issue.code === 'invalid_type' && path.length > 0 && !valueAt(doc, path).found) {
            const parent = path.slice(0, -1);
            const key = String(path[path.length - 1]);
            out.push({ path: parent, at: 'mapping', code: 'missing-key', message: withPath(parent, `missing required key \`${key}\``) });
            continue;
        }
        const at = (issue.code === 'custom' && issue.params?.at) || 'value';
        const code = issue.code === 'invalid_type' ? 'wrong-type' : issue.code === 'custom' ? 'invalid-value' : 'invalid-value';
        out.push({ path, at, code, message: withPath(path, issue.message) });
    }
    return out;
}
/** Validate one document's JS value (already checked to be non-empty). */
function validateDocument(doc, opts = {}) {
    // Without an alias (`*`) in the text nothing is shared, so the expanded size is the parsed size: skip the walk.
    const expand = opts.mayHaveAliases === false ? { ok: true } : (0,manifest_expand/* checkExpandedSize */.t)(doc);
    if (!expand.ok) {
        const message = expand.reason === 'cycle'
            ? 'document contains a recursive alias (an anchor that refers to itself)'
            : `document expands to more than ${manifest_expand/* MAX_EXPANDED_NODES */.v.toLocaleString('en-US')} values through aliases (an alias bomb?)`;
        // Blame the key whose value expands when there is one (its line), else the document.
        const key = expand.ok === false && expand.reason === 'too-big' ? expand.key : undefined;
        const where = key !== undefined ? { path: [key], at: 'key' } : { path: [], at: 'mapping' };
        return { ok: false, problems: [{ ...where, code: 'alias-bomb', message: key !== undefined ? `${key}: ${message}` : message }] };
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        return {
            ok: false,
            problems: [{ path: [], at: 'value', code: 'not-a-mapping', message: `a connection must be a YAML mapping, got ${describe(doc)}` }],
        };
    }
    const r = schema/* connectionSchema */.mR.safeParse(doc);
    if (r.success)
        return { ok: true, input: r.data };
    return { ok: false, problems: toProblems(doc, r.error.issues) };
}
function describe(v) {
    if (Array.isArray(v))
        return 'a list';
    if (v === null)
        return 'null';
    return `a ${typeof v} (${JSON.stringify(v)?.slice(0, 40)})`;
}

// EXTERNAL MODULE: ./src/manifest/yaml-index.ts
var yaml_index = __webpack_require__(7079);
// EXTERNAL MODULE: ./src/manifest/build-manifest.ts
var build_manifest = __webpack_require__(7607);
// EXTERNAL MODULE: ./src/manifest/positions.ts
var positions = __webpack_require__(2285);
;// CONCATENATED MODULE: ./src/manifest/load-precise.ts
// The precise route: the `yaml` package with node ranges, for files with problems and for `parser: 'precise'`.
// Loaded on demand (load-file.ts): it pulls in `yaml` and zod, which a run over valid manifests never needs.





/** No content at all (nothing, or only comments, after `---`); `~` or `null` written out is content. */
function isEmptyDocument(doc) {
    const c = doc.contents;
    return c === null || ((0,dist/* isScalar */.jn)(c) && c.value === null && (c.source === '' || c.range?.[0] === c.range?.[1]));
}
/** `yaml` reports a duplicate key at the second occurrence; name the key when it is a simple one. */
function duplicateKeyMessage(text, offset) {
    const m = /^(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^\s:#,{}[\]][^:#\n,{}]{0,79}?))\s*:/.exec(text.slice(offset, offset + 200));
    const key = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    return key ? `duplicate key \`${key}\` (each key may appear once in a mapping)` : 'duplicate key in a mapping (each key may appear once)';
}
function unresolvedAlias(doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            if (!node.resolve(doc)) {
                found = node.range?.[0];
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return found;
}
/** The precise route: every diagnostic with its exact position. */
async function loadFilePrecise(ctx) {
    const diagnostics = [];
    const connections = [];
    const namesOfInvalid = [];
    let idx;
    try {
        idx = new yaml_index.YamlFileIndex(ctx.text);
    }
    catch (e) {
        return { connections, diagnostics: [(0,build_manifest/* err */._q)(`cannot parse YAML: ${e.message}`, { file: ctx.file, line: 1, col: 1 }, 'yaml-syntax')] };
    }
    const at = (lc) => ({ file: ctx.file, line: lc.line, col: lc.col });
    const index = (0,positions/* lazyIndex */.F)(ctx.text, idx);
    const nonEmpty = idx.docs.filter((d) => !isEmptyDocument(d) || d.errors.length > 0);
    if (nonEmpty.length === 0) {
        diagnostics.push((0,build_manifest/* err */._q)('no connection in this file (it is empty or holds only comments)', at({ line: 1, col: 1 }), 'empty-file'));
        return { connections, diagnostics };
    }
    for (let i = 0; i < idx.docs.length; i++) {
        const doc = idx.docs[i];
        const yamlProblems = [...doc.errors, ...doc.warnings];
        if (yamlProblems.length) {
            for (const e of yamlProblems) {
                const lp = e.linePos?.[0] ?? idx.pos(e.pos[0]);
                const dup = e.code === 'DUPLICATE_KEY';
                const message = dup ? duplicateKeyMessage(ctx.text, e.pos[0]) : `YAML: ${e.message.split('\n')[0]}`;
                diagnostics.push((0,build_manifest/* err */._q)(message, at(lp), dup ? 'duplicate-key' : 'yaml-syntax'));
            }
            continue;
        }
        if (isEmptyDocument(doc)) {
            diagnostics.push({ severity: 'warning', message: 'empty YAML document (ignored)', position: at(idx.pos(doc.range[0])), code: 'empty-document' });
            continue;
        }
        let value;
        try {
            value = doc.toJS({ maxAliasCount: -1 });
        }
        catch (e) {
            // The one toJS failure in practice: an alias whose anchor comes later or not at all. Point at the alias.
            const alias = unresolvedAlias(doc);
            const where = alias !== undefined ? idx.pos(alias) : idx.docPosition(i);
            diagnostics.push((0,build_manifest/* err */._q)(`YAML: ${e.message.split('\n')[0]}`, at(where), 'yaml-syntax'));
            continue;
        }
        /** Problems of this document, each at its field; and those of its hosts_file. */
        const report = (problems) => {
            for (const p of problems)
                diagnostics.push((0,build_manifest/* err */._q)(p.message, at(idx.locate(i, p.path, p.at)), p.code));
        };
        const reportHosts = (hosts) => {
            report(hosts.problems);
            diagnostics.push(...hosts.diagnostics);
        };
        const v = validateDocument(value, { mayHaveAliases: ctx.text.includes('*') });
        if (!v.ok) {
            report(v.problems);
            // The rest of what can be checked without a valid document, so one run shows every problem.
            const fine = (key) => !v.problems.some((p) => p.path[0] === key);
            const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
            if (typeof fields.hosts_file === 'string' && fine('hosts_file')) {
                const hosts = await (0,build_manifest/* resolveHosts */.Gn)(ctx, fields.hosts_file, 0);
                if (!hosts.ok)
                    reportHosts(hosts);
            }
            if (typeof fields.name === 'string' && fine('name'))
                namesOfInvalid.push({ name: fields.name, position: at(idx.locate(i, ['name'], 'value')) });
            continue;
        }
        const hosts = await (0,build_manifest/* resolveHosts */.Gn)(ctx, v.input.hosts_file, v.input.hosts?.length ?? 0);
        if (!hosts.ok) {
            reportHosts(hosts);
            continue;
        }
        connections.push((0,build_manifest/* buildManifest */.u1)(ctx, i, v.input, hosts.origin, idx.docPosition(i), index));
    }
    return { connections, diagnostics, namesOfInvalid };
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

/***/ 7079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YamlFileIndex: () => (/* binding */ YamlFileIndex)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// The precise side: one file parsed with the `yaml` package (slow, ~14× js-yaml, but it keeps node ranges), used
// for every file in `precise` mode, and in `fast` mode only for files with a problem or when someone asks
// ManifestSource.locate(). Maps field paths to the exact node.

class YamlFileIndex {
    docs;
    lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    constructor(text) {
        // Core schema (YAML 1.2: no timestamps, no merge keys), duplicate keys are errors, no alias-count limit (the
        // loader bounds the expanded size itself, the same way for both parsers).
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter: this.lines, schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false });
        this.docs = Array.isArray(parsed) ? parsed : [];
    }
    pos(offset) {
        return this.lines.linePos(offset);
    }
    /** Where the document "is": its first key, else its root node, else the document start. */
    docPosition(i) {
        const doc = this.docs[i];
        if (!doc)
            return { line: 1, col: 1 };
        return this.pos(nodeStart(doc.contents) ?? doc.range[0]);
    }
    /** Position for a problem at `path` blaming its key, its value or (for missing keys) the mapping at `path`. */
    locate(docIndex, path, at) {
        const doc = this.docs[docIndex];
        if (!doc)
            return { line: 1, col: 1 };
        let node = doc.contents;
        let pair;
        let lastGood = nodeStart(doc.contents) ?? doc.range[0];
        for (const seg of path) {
            node = deref(doc, node);
            let nextPair;
            let next;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                nextPair = node.items.find((p) => keyText(p.key) === String(seg));
                next = nextPair?.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                next = node.items[seg];
            }
            if (!nextPair && !next)
                return this.pos(lastGood); // nearest existing parent
            pair = nextPair;
            node = next;
            lastGood = (at === 'key' && pair ? rangeStart(pair.key) : undefined) ?? rangeStart(node) ?? rangeStart(pair?.key) ?? lastGood;
        }
        if (at === 'key' && pair)
            return this.pos(rangeStart(pair.key) ?? lastGood);
        if (at === 'mapping')
            return this.pos(nodeStart(deref(doc, node)) ?? lastGood);
        // A value: an empty value (`key:`) has no useful range of its own, point at its key.
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value === null && pair && node.source === '')
            return this.pos(rangeStart(pair.key) ?? lastGood);
        return this.pos(rangeStart(node) ?? lastGood);
    }
}
function deref(doc, node) {
    // Follow aliases so paths run through `*anchor` into the anchored node (bounded: an alias resolves to a
    // non-alias node).
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? node.resolve(doc) : node;
}
function keyText(k) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k))
        return String(k.value);
    return undefined;
}
function rangeStart(n) {
    return n && n.range ? n.range[0] : undefined;
}
/** First key of a mapping, else the node's own start. */
function nodeStart(n) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(n) && n.items.length > 0)
        return rangeStart(n.items[0]?.key) ?? rangeStart(n);
    return rangeStart(n);
}


/***/ })

};
;