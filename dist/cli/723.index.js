"use strict";
exports.id = 723;
exports.ids = [723];
exports.modules = {

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


/***/ }),

/***/ 7723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPlanText: () => (/* binding */ renderPlanText),
/* harmony export */   summarizePlan: () => (/* binding */ summarizePlan)
/* harmony export */ });
/* harmony import */ var _untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8521);
/* harmony import */ var _render_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7335);
// The plan as log text, in the spirit of `terraform plan`: the same diff the job summary shows (render-diff.ts),
// then a count line.
//   + create kafka_prod
//   +   host kafka-1: 192.168.0.11
//   ~ update x [id]
//   -   host kafka-lb: 192.168.0.20
//   +   host kafka-lb: 192.168.0.99
//   ? orphan o (no manifest; prune is off) [id]
//   ! blocked w (reason) [id]
//   Plan: 1 to create, 2 to update, 0 to replace, 0 to delete, 3 unchanged.
// Long lists (up to 20,000 hosts) are cut per connection with "… and N more".


/** Counts per summary bucket. Adopt counts as an update (the connection exists and is changed in place). */
function summarizePlan(plan) {
    const n = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0, orphan: 0, blocked: 0 };
    for (const c of plan.changes)
        n[c.action === 'adopt' ? 'update' : c.action]++;
    return n;
}
function renderPlanText(plan) {
    const lines = [];
    for (const c of plan.changes)
        if (c.action !== 'unchanged')
            lines.push(...(0,_render_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .connectionDiff */ ._L)(c));
    const n = summarizePlan(plan);
    let summary = `Plan: ${n.create} to create, ${n.update} to update, ${n.replace} to replace, ${n.delete} to delete, ${n.unchanged} unchanged.`;
    const extra = [];
    if (n.orphan > 0)
        extra.push(`${n.orphan} orphaned (prune is off)`);
    if (n.blocked > 0)
        extra.push(`${n.blocked} blocked`);
    if (extra.length > 0)
        summary += ` ${extra.join(', ')}.`;
    if (lines.length === 0)
        lines.push('No changes: the live connections match the manifests.');
    lines.push(summary);
    // Final pass: pieces joined above could form `::` across a boundary (a name ending in ':' after a ':').
    return (0,_untrusted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .inertText */ .UJ)(lines.join('\n'));
}


/***/ })

};
;