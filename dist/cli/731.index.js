"use strict";
exports.id = 731;
exports.ids = [731];
exports.modules = {

/***/ 1731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalJson: () => (/* binding */ canonicalJson),
/* harmony export */   diffPlans: () => (/* binding */ diffPlans),
/* harmony export */   fingerprintBasis: () => (/* binding */ fingerprintBasis),
/* harmony export */   fingerprintPlan: () => (/* binding */ fingerprintPlan)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7335);
// A plan's identity: sha256 over the canonical JSON of what apply would do. Apply recomputes the plan and refuses
// to run when its fingerprint differs from the reviewed one (failure-reason `plan-changed`); diffPlans then says why.
//
// What is hashed: version, label, region, project id, every change (name, action, connection id, reasons, steps,
// bindings) and the codes of blocking problems. What is not: the fingerprint itself, manifest positions (moving a
// manifest inside its file changes nothing apply does), the old → new values shown to the reader (fieldChanges:
// the steps already carry every value apply acts on, and plans written before that field existed keep their
// fingerprint), and anything volatile (create_time, update_time, peering
// status / err_msg), which never belongs in a plan but is stripped defensively should a step ever carry it.
// Host lists, tag lists and binding lists are sets, so they are sorted; routes keep their (manifest) order.


/** Keys that carry time or transient state: never part of a plan's identity. */
const VOLATILE_KEYS = new Set(['create_time', 'update_time', 'status', 'err_msg']);
/**
 * JSON with object keys sorted (by UTF-16 code units), `undefined` members dropped, arrays in their given order,
 * no whitespace. Equal values give byte-equal text, whatever order their keys were built in.
 */
function canonicalJson(value) {
    return JSON.stringify(canonicalize(value));
}
function canonicalize(value) {
    if (value === null || typeof value !== 'object') {
        if (typeof value === 'number' && !Number.isFinite(value))
            return null;
        if (typeof value === 'bigint')
            return value.toString();
        return value;
    }
    const withJson = value;
    if (typeof withJson.toJSON === 'function')
        return canonicalize(withJson.toJSON());
    if (Array.isArray(value))
        return value.map((v) => (v === undefined || typeof v === 'function' ? null : canonicalize(v)));
    if (value instanceof Set)
        return [...value].map(canonicalize);
    if (value instanceof Map)
        return canonicalize(Object.fromEntries(value));
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const v = value[key];
        if (v === undefined || typeof v === 'function')
            continue;
        out[key] = canonicalize(v);
    }
    return out;
}
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const sortHosts = (hs) => hs?.map((h) => ({ name: h.name, ip: h.ip })).sort((a, b) => byString(a.name, b.name) || byString(a.ip, b.ip));
const sortTags = (ts) => ts?.map((t) => ({ key: t.key, value: t.value })).sort((a, b) => byString(a.key, b.key) || byString(a.value, b.value));
const sortNames = (xs) => (xs ? [...xs].sort(byString) : undefined);
function stripVolatile(value) {
    if (Array.isArray(value))
        return value.map(stripVolatile);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (!VOLATILE_KEYS.has(k))
            out[k] = stripVolatile(v);
    return out;
}
/** A step with its set-like lists sorted. */
function normalizeStep(step) {
    switch (step.kind) {
        case 'create':
            return stripVolatile({
                kind: step.kind,
                request: {
                    ...step.request,
                    hosts: sortHosts(step.request.hosts),
                    tags: sortTags(step.request.tags),
                    queues: sortNames(step.request.queues),
                    elastic_resource_pools: sortNames(step.request.elastic_resource_pools),
                },
            });
        case 'replace-hosts':
            return { kind: step.kind, hosts: sortHosts(step.hosts), added: sortHosts(step.added), removed: sortHosts(step.removed) };
        case 'bind':
        case 'unbind':
            return { kind: step.kind, queues: sortNames(step.queues), elastic_resource_pools: sortNames(step.elastic_resource_pools) };
        case 'add-tags':
        case 'delete-tags':
            return { kind: step.kind, tags: sortTags(step.tags) };
        default:
            return stripVolatile(step);
    }
}
function normalizeChange(c) {
    return {
        name: c.name,
        action: c.action,
        connectionId: c.connectionId,
        reasons: c.reasons,
        steps: c.steps.map(normalizeStep),
        bindings: c.bindings
            ? { queues: sortNames(c.bindings.queues), elastic_resource_pools: sortNames(c.bindings.elastic_resource_pools) }
            : undefined,
    };
}
function blockingCodes(plan) {
    return plan.problems
        .filter((p) => p.severity === 'error')
        .map((p) => p.code ?? 'error')
        .sort(byString);
}
/** The canonical text a fingerprint is computed over (exported for debugging and tests). */
function fingerprintBasis(plan) {
    return canonicalJson({
        version: plan.version,
        label: plan.label,
        region: plan.region,
        projectId: plan.projectId,
        changes: plan.changes.map(normalizeChange),
        blocking: blockingCodes(plan),
    });
}
/** sha256 hex of the plan's canonical JSON. Same state → same hash, run after run. */
function fingerprintPlan(plan) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(fingerprintBasis(plan), 'utf8').digest('hex');
}
/**
 * Human lines explaining how plan `b` (now) differs from plan `a` (reviewed): used when apply refuses a changed
 * plan. Empty when they would do the same thing. Names and values come from manifests and API answers: callers
 * printing these lines to a log pass them through inertText (render-text.ts).
 */
function diffPlans(a, b) {
    const lines = [];
    for (const key of ['label', 'region', 'projectId']) {
        if (a[key] !== b[key])
            lines.push(`${key}: ${JSON.stringify(a[key])} → ${JSON.stringify(b[key])}`);
    }
    const keyOf = (c) => `${c.name}\u0000${c.connectionId ?? ''}`;
    const group = (p) => {
        const m = new Map();
        for (const c of p.changes)
            m.set(c.name, [...(m.get(c.name) ?? []), c]);
        return m;
    };
    const ga = group(a);
    const gb = group(b);
    const names = [...new Set([...ga.keys(), ...gb.keys()])].sort(byString);
    for (const name of names) {
        const ca = ga.get(name) ?? [];
        const cb = gb.get(name) ?? [];
        if (ca.length === 1 && cb.length === 1) {
            lines.push(...diffChange(ca[0], cb[0]));
            continue;
        }
        // Several changes of one name (orphans sharing a name): pair them by connection id.
        const mb = new Map(cb.map((c) => [keyOf(c), c]));
        const ma = new Map(ca.map((c) => [keyOf(c), c]));
        for (const c of ca) {
            const other = mb.get(keyOf(c));
            if (other)
                lines.push(...diffChange(c, other));
            else
                lines.push(`${name}: was "${c.action}"${c.connectionId ? ` (${c.connectionId})` : ''}, now absent from the plan`);
        }
        for (const c of cb) {
            if (!ma.has(keyOf(c)))
                lines.push(`${name}: now "${c.action}"${c.connectionId ? ` (${c.connectionId})` : ''}, absent from the reviewed plan`);
        }
    }
    const ba = blockingCodes(a).join(', ');
    const bb = blockingCodes(b).join(', ');
    if (ba !== bb)
        lines.push(`blocking problems: [${ba}] → [${bb}]`);
    if (lines.length === 0 && fingerprintBasis(a) !== fingerprintBasis(b)) {
        lines.push('the plans differ in a detail not listed above');
    }
    return lines;
}
/** At most this many values per side in a plan-changed line. */
const VALUES_LISTED = 5;
/** "reviewed: + host c: 10.0.0.3; now: + host c: 10.0.0.99" from the two changes' fieldChanges, if both have them. */
function valuesLine(a, b) {
    if (!a.fieldChanges || !b.fieldChanges)
        return undefined;
    const texts = (c) => (c.fieldChanges ?? []).map((f) => `${(0,_render_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .factSign */ .qf)(f)} ${(0,_render_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .factText */ .wB)(f)}`);
    const ta = texts(a);
    const tb = texts(b);
    const sa = new Set(ta);
    const sb = new Set(tb);
    const list = (xs) => xs.length === 0 ? 'nothing' : xs.slice(0, VALUES_LISTED).join(', ') + (xs.length > VALUES_LISTED ? ` and ${xs.length - VALUES_LISTED} more` : '');
    const onlyA = ta.filter((t) => !sb.has(t));
    const onlyB = tb.filter((t) => !sa.has(t));
    if (onlyA.length === 0 && onlyB.length === 0)
        return undefined;
    return `reviewed: ${list(onlyA)}; now: ${list(onlyB)}`;
}
function diffChange(a, b) {
    const lines = [];
    const name = a.name;
    if (a.action !== b.action)
        lines.push(`${name}: action ${a.action} → ${b.action}`);
    if ((a.connectionId ?? '') !== (b.connectionId ?? '')) {
        lines.push(`${name}: live connection ${a.connectionId ?? '(none)'} → ${b.connectionId ?? '(none)'}`);
    }
    const ra = new Set(a.reasons);
    const rb = new Set(b.reasons);
    const gone = a.reasons.filter((r) => !rb.has(r));
    const added = b.reasons.filter((r) => !ra.has(r));
    if (gone.length > 0)
        lines.push(`${name}: no longer: ${gone.join(', ')}`);
    if (added.length > 0)
        lines.push(`${name}: now also: ${added.join(', ')}`);
    const sa = canonicalJson(a.steps.map(normalizeStep));
    const sb = canonicalJson(b.steps.map(normalizeStep));
    if (sa !== sb && gone.length === 0 && added.length === 0 && a.action === b.action) {
        // Same reasons, different calls (e.g. one host moved to another IP: still "hosts +1 −1"): say which values
        // differ, old → new as each plan has them; plans without those values name the step kinds.
        const values = valuesLine(a, b);
        if (values) {
            lines.push(`${name}: ${values}`);
            return lines;
        }
        const kinds = [...new Set([...a.steps, ...b.steps].map((s) => s.kind))].filter((kind) => {
            const pick = (c) => canonicalJson(c.steps.filter((s) => s.kind === kind).map(normalizeStep));
            return pick(a) !== pick(b);
        });
        lines.push(`${name}: ${kinds.join(', ')} differ${kinds.length === 1 ? 's' : ''}`);
    }
    const bindA = canonicalJson(normalizeChange(a));
    const bindB = canonicalJson(normalizeChange(b));
    if (lines.length === 0 && bindA !== bindB)
        lines.push(`${name}: desired bindings differ`);
    return lines;
}


/***/ }),

/***/ 7335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   _L: () => (/* binding */ connectionDiff),
/* harmony export */   qf: () => (/* binding */ factSign),
/* harmony export */   wB: () => (/* binding */ factText)
/* harmony export */ });
/* unused harmony exports FACT_WORD, ACTION_SYMBOL, displayOrder, DIFF_FACTS_PER_CONNECTION, changeFacts, headerLine, planDiff */
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8521);
/* harmony import */ var _ownership_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2334);
// The plan as a diff a reviewer reads at a glance, shared by the log (render-text.ts) and the ```diff block of the
// job summary and PR comment (src/report). Per connection, a header line, then one line per value that changes:
//   ~ update kafka_prod [d6e83db6-…]
//   -   host kafka-lb: 192.168.0.20
//   +   host kafka-lb: 192.168.0.99
//   +   queue q_reporting
// `+` added, `-` removed; a changed value is its old line then its new line (GitHub colours both). Each fact is said
// once; long lists are cut after `maxFacts` lines with "… and N more" (the plan file keeps everything).


/** "1 host", "2 hosts". */
function plural(n, word, pluralWord = `${word}s`) {
    return `${n} ${n === 1 ? word : pluralWord}`;
}
/** The word a value of each field is named by, singular ("host kafka-1"). */
const FACT_WORD = {
    dest_vpc_id: 'vpc',
    dest_network_id: 'subnet',
    routetable_id: 'route table',
    hosts: 'host',
    queues: 'queue',
    elastic_resource_pools: 'pool',
    routes: 'route',
    tags: 'tag',
};
/** The symbol of each action in the header line (terraform's, plus `?` orphan and `!` blocked). */
const ACTION_SYMBOL = {
    create: '+',
    update: '~',
    adopt: '~',
    replace: '-/+',
    delete: '-',
    orphan: '?',
    blocked: '!',
    unchanged: ' ',
};
/**
 * Reading order of the connections: what changes first, then what is blocked, then orphans, then unchanged ones
 * (stable: name order within each group, as the plan sorts them). The report table uses it too.
 */
const READING_GROUP = {
    create: 0,
    update: 0,
    adopt: 0,
    replace: 0,
    delete: 0,
    blocked: 1,
    orphan: 2,
    unchanged: 3,
};
function displayOrder(changes) {
    return [...changes].sort((a, b) => READING_GROUP[a.action] - READING_GROUP[b.action]);
}
/** How many value lines a connection shows in the diff before "… and N more". */
const DIFF_FACTS_PER_CONNECTION = 20;
/** The longest name or value shown whole in a line of the diff (a tag value holds up to 255 characters). */
const SHOWN_CHARS = 300;
/**
 * Text from manifests and API answers as one line of sane length (untrusted-text.ts): a line break would start a
 * line of its own in the diff, and in the log a line of its own is where a workflow command is read.
 */
function oneLine(s) {
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .apiText */ .AX)(s, SHOWN_CHARS);
}
/** What a create request sets, as added values (the ownership tag is implied by every create and not shown). */
function createFacts(steps) {
    const facts = [];
    for (const s of steps) {
        if (s.kind === 'create') {
            const r = s.request;
            facts.push({ field: 'dest_vpc_id', new: r.dest_vpc_id }, { field: 'dest_network_id', new: r.dest_network_id });
            if (r.routetable_id)
                facts.push({ field: 'routetable_id', new: r.routetable_id });
            for (const h of r.hosts ?? [])
                facts.push({ field: 'hosts', key: h.name, new: h.ip });
            for (const q of r.queues ?? [])
                facts.push({ field: 'queues', key: q, new: q });
            for (const p of r.elastic_resource_pools ?? [])
                facts.push({ field: 'elastic_resource_pools', key: p, new: p });
        }
        else if (s.kind === 'add-route') {
            facts.push({ field: 'routes', key: s.route.name, new: s.route.cidr });
        }
    }
    for (const s of steps) {
        if (s.kind !== 'create')
            continue;
        for (const t of s.request.tags ?? [])
            if (t.key !== _ownership_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNERSHIP_TAG_KEY */ .J)
                facts.push({ field: 'tags', key: t.key, new: t.value });
    }
    return facts;
}
/**
 * The values a change sets, changes or removes, in reading order. Create: what the request carries. Replace: the
 * VPC/subnet that force it, then what the new connection carries. Update/adopt: the plan's fieldChanges.
 */
function changeFacts(c) {
    switch (c.action) {
        case 'create':
            return createFacts(c.steps);
        case 'replace': {
            // The VPC and subnet show as old → new (a replace field that did not change is not news).
            const placement = (f) => f.field === 'dest_vpc_id' || f.field === 'dest_network_id';
            return [...(c.fieldChanges ?? []), ...createFacts(c.steps).filter((f) => !placement(f))];
        }
        case 'update':
        case 'adopt':
            return c.fieldChanges ?? [];
        default:
            return [];
    }
}
/** `+` added, `-` removed, `~` changed. */
function factSign(f) {
    if (f.old === undefined)
        return '+';
    if (f.new === undefined)
        return '-';
    return '~';
}
function isBinding(f) {
    return f.field === 'queues' || f.field === 'elastic_resource_pools';
}
/** "host kafka-lb" / "vpc" / "queue q1". */
function subject(f) {
    return f.key === undefined ? FACT_WORD[f.field] : `${FACT_WORD[f.field]} ${oneLine(f.key)}`;
}
/** One value as text without its sign: "host kafka-lb: 192.168.0.20 → 192.168.0.99", "queue q1", "vpc abc". */
function factText(f) {
    if (isBinding(f))
        return subject(f);
    const value = (v) => oneLine(v ?? '');
    if (factSign(f) === '~')
        return `${subject(f)}: ${value(f.old)} \u2192 ${value(f.new)}`;
    const v = value(f.old ?? f.new);
    return f.key === undefined ? `${subject(f)} ${v}` : `${subject(f)}: ${v}`;
}
/** The diff lines of one value: its old line and/or its new line. */
function factDiffLines(f) {
    if (factSign(f) !== '~')
        return [`${factSign(f)}   ${factText(f)}`];
    return [`-   ${factText({ ...f, new: undefined })}`, `+   ${factText({ ...f, old: undefined })}`];
}
/** Words in the header after the action: why a delete/orphan/blocked happens, that an adoption takes one over. */
function headerNote(c) {
    switch (c.action) {
        case 'delete':
        case 'orphan':
        case 'blocked':
            return c.reasons.join(', ');
        case 'adopt':
            return 'not managed yet'; // the ownership tag it gets is one of its values
        case 'replace':
            return c.reasons.filter((r) => r.startsWith('not managed yet')).join(', ');
        default:
            return '';
    }
}
/** "~ update kafka_prod [d6e83db6-…]". */
function headerLine(c) {
    const note = headerNote(c);
    const id = c.connectionId ? ` [${oneLine(c.connectionId)}]` : '';
    return `${ACTION_SYMBOL[c.action]} ${c.action} ${oneLine(c.name)}${note ? ` (${oneLine(note)})` : ''}${id}`;
}
/** One connection's diff: its header and up to `maxFacts` values (a changed value counts once). */
function connectionDiff(c, maxFacts = DIFF_FACTS_PER_CONNECTION) {
    const facts = changeFacts(c);
    const lines = [headerLine(c)];
    for (const f of facts.slice(0, maxFacts))
        lines.push(...factDiffLines(f));
    if (facts.length > maxFacts)
        lines.push(`    \u2026 and ${facts.length - maxFacts} more`);
    return lines;
}
/** Every connection that is not unchanged, in reading order, one block each, separated by a blank line. Unchanged
 *  ones are counted by the callers. Empty when nothing changes. */
function planDiff(plan, maxFacts = DIFF_FACTS_PER_CONNECTION) {
    return displayOrder(plan.changes)
        .filter((c) => c.action !== 'unchanged')
        .map((c) => connectionDiff(c, maxFacts).join('\n'))
        .join('\n\n');
}


/***/ })

};
;