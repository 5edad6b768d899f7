"use strict";
exports.id = 603;
exports.ids = [603,731];
exports.modules = {

/***/ 2603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STEP_ORDER: () => (/* binding */ STEP_ORDER),
  computePlan: () => (/* binding */ computePlan),
  isDeletedStatus: () => (/* binding */ isDeletedStatus),
  tagsDeclared: () => (/* binding */ tagsDeclared)
});

;// CONCATENATED MODULE: ./src/plan/fields.ts
const FIELD_TABLE = {
    dest_vpc_id: {
        update: 'replace',
        operation: '4. Delete, then 1. Create (+ 9. Add route per route)',
        live: ['dest_vpc_id'],
        reasonWord: 'vpc',
    },
    dest_network_id: {
        update: 'replace',
        operation: '4. Delete, then 1. Create (+ 9. Add route per route)',
        live: ['dest_network_id'],
        reasonWord: 'subnet',
    },
    routetable_id: {
        update: 'create-only',
        operation: '1. Create (field routetable_id)',
        live: null,
        reasonWord: 'route table',
    },
    hosts: {
        update: 'in-place: replace-hosts',
        operation: '7. Replace hosts (PUT, full overwrite)',
        live: ['hosts'],
        reasonWord: 'hosts',
    },
    // A bound queue may be listed under elastic_resource_pools on current Huawei Cloud (docs/reference/dli-api.md,
    // "What happens asynchronously"), so both binding fields are compared against the union of both live lists.
    queues: {
        update: 'in-place: bind/unbind',
        operation: '5. associate-queue / 6. disassociate-queue (field queues)',
        live: ['available_queue_info', 'elastic_resource_pools'],
        reasonWord: 'queue',
    },
    elastic_resource_pools: {
        update: 'in-place: bind/unbind',
        operation: '5. associate-queue / 6. disassociate-queue (field elastic_resource_pools)',
        live: ['available_queue_info', 'elastic_resource_pools'],
        reasonWord: 'pool',
    },
    routes: {
        update: 'in-place: add/delete route',
        operation: '9. Add route / 10. Delete route (changed cidr: delete + add)',
        live: ['routes'],
        reasonWord: 'route',
    },
    tags: {
        update: 'in-place: tags',
        operation: '11. tags/delete, tags/create (only when the manifest declares tags)',
        live: 'tags-api',
        reasonWord: 'tag',
    },
};
/** The fields updated a given way, in table order. */
function fieldsUpdatedBy(update) {
    return Object.keys(FIELD_TABLE).filter((f) => FIELD_TABLE[f].update === update);
}

// EXTERNAL MODULE: ./src/plan/fingerprint.ts
var fingerprint = __webpack_require__(1731);
// EXTERNAL MODULE: ./src/untrusted-text.ts
var untrusted_text = __webpack_require__(8521);
// EXTERNAL MODULE: ./src/ownership.ts
var ownership = __webpack_require__(2334);
// EXTERNAL MODULE: ./src/plan/render-diff.ts
var render_diff = __webpack_require__(7335);
;// CONCATENATED MODULE: ./src/plan/diff.ts





/** U+2212, the minus sign reasons use ("hosts +3 −1"). */
const MINUS = '\u2212';
/**
 * Order of the steps of one connection, and why:
 *  1. delete, 2. create: a replace removes the old connection, then creates the new one (same name: the old one
 *     must be gone first), before anything else can be done to it; a delete is the only step of its change.
 *     A create's routes follow as add-route steps (Create has no routes field).
 *  3. replace-hosts: one full overwrite, independent of everything else; done early so the names resolve by the
 *     time new bindings' peerings come up.
 *  4. unbind before 5. bind: a name that must move between `queues` and `elastic_resource_pools` is unbound first,
 *     and peerings are released before new ones are made (fewer peerings alive at any moment).
 *  6. delete-route before 7. add-route: a changed route is delete + add under the same name (names are unique per
 *     connection), and two routes of a connection may not share a CIDR, so a CIDR moving from one route to another
 *     needs the old route gone first.
 *  8. delete-tags before 9. add-tags: a changed tag value is delete old + add new (the API does not document whether
 *     create overwrites), and a connection holds at most 10 tags, so removing first keeps within the limit. Tags
 *     come last so that an adopted connection carries our ownership tag only once it matches its manifest.
 */
const STEP_ORDER = [
    'delete',
    'create',
    'replace-hosts',
    'unbind',
    'bind',
    'delete-route',
    'add-route',
    'delete-tags',
    'add-tags',
];
function sortSteps(steps) {
    const rank = (s) => STEP_ORDER.indexOf(s.kind);
    // Array.prototype.sort is stable: steps of one kind keep their order (routes in manifest order).
    return [...steps].sort((a, b) => rank(a) - rank(b));
}
function isDeletedStatus(status) {
    return status.trim().toUpperCase() === 'DELETED';
}
/** Whether the manifest manages tags (declared a `tags` map, even an empty one). */
function tagsDeclared(m) {
    // Manifests built without the loader (tests, export) may leave tagsDeclared unset: a non-empty map is declared.
    return m.tagsDeclared ?? Object.keys(m.tags).length > 0;
}
/** The user tags a manifest asks for, sorted by key (the ownership tag is never the manifest's to set). */
function desiredUserTags(m) {
    return Object.entries(m.tags)
        .filter(([key]) => key !== ownership/* OWNERSHIP_TAG_KEY */.J)
        .map(([key, value]) => ({ key, value }))
        .sort((a, b) => compareStrings(a.key, b.key));
}
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function ownershipTag(label) {
    return { key: ownership/* OWNERSHIP_TAG_KEY */.J, value: label };
}
function manifestRef(m) {
    return { file: m.source.file, line: m.source.position.line };
}
/** Queues and pools the connection should end up bound to, lowercased (DLI stores names lowercase, and waits
 *  compare them with live peerings). */
function desiredBindings(m) {
    const norm = (xs) => [...new Set(xs.map((x) => x.toLowerCase()))].sort(compareStrings);
    return { queues: norm(m.queues), elastic_resource_pools: norm(m.elastic_resource_pools) };
}
function createRequestSteps(m, label) {
    const request = {
        name: m.name,
        dest_vpc_id: m.dest_vpc_id,
        dest_network_id: m.dest_network_id,
    };
    if (m.routetable_id)
        request.routetable_id = m.routetable_id;
    if (m.queues.length > 0)
        request.queues = [...m.queues];
    if (m.elastic_resource_pools.length > 0)
        request.elastic_resource_pools = [...m.elastic_resource_pools];
    if (m.hosts.length > 0)
        request.hosts = m.hosts.map((h) => ({ name: h.name, ip: h.ip }));
    // The ownership tag rides in the create body, so a connection is never ours-but-untagged, even after a crash.
    request.tags = [...desiredUserTags(m), ownershipTag(label)];
    const steps = [{ kind: 'create', request }];
    for (const route of m.routes)
        steps.push({ kind: 'add-route', route: { name: route.name, cidr: route.cidr } });
    return steps;
}
function hostKey(h) {
    return `${h.name}\u0000${h.ip}`;
}
/** Hosts are a SET of name/ip pairs: reordering alone is no change. */
function diffHosts(desired, live) {
    const desiredKeys = new Set(desired.map(hostKey));
    const liveKeys = new Set(live.map(hostKey));
    const added = uniqueHosts(desired.filter((h) => !liveKeys.has(hostKey(h))));
    const removed = uniqueHosts(live.filter((h) => !desiredKeys.has(hostKey(h))));
    if (added.length === 0 && removed.length === 0)
        return { steps: [], reasons: [], changes: [] };
    const parts = [added.length > 0 ? `+${added.length}` : '', removed.length > 0 ? `${MINUS}${removed.length}` : ''];
    return {
        steps: [
            {
                kind: 'replace-hosts',
                hosts: desired.map((h) => ({ name: h.name, ip: h.ip })),
                added,
                removed,
            },
        ],
        reasons: [`${FIELD_TABLE.hosts.reasonWord} ${parts.filter(Boolean).join(' ')}`],
        changes: hostChanges(added, removed),
    };
}
/**
 * Added and removed hosts as the reader sees them: a name removed once and added once moved to another IP
 * (`kafka-lb: 192.168.0.20 → 192.168.0.99`); any other name is listed as added or removed with its IP.
 * Sorted by name, removed before added within a name.
 */
function hostChanges(added, removed) {
    const count = (hs) => {
        const m = new Map();
        for (const h of hs)
            m.set(h.name, (m.get(h.name) ?? 0) + 1);
        return m;
    };
    const addedPerName = count(added);
    const removedPerName = count(removed);
    const moved = (name) => addedPerName.get(name) === 1 && removedPerName.get(name) === 1;
    const addedByName = new Map(added.map((h) => [h.name, h]));
    const changes = [];
    for (const h of removed) {
        const to = moved(h.name) ? addedByName.get(h.name) : undefined;
        changes.push(to ? { field: 'hosts', key: h.name, old: h.ip, new: to.ip } : { field: 'hosts', key: h.name, old: h.ip });
    }
    for (const h of added)
        if (!moved(h.name))
            changes.push({ field: 'hosts', key: h.name, new: h.ip });
    // Stable: removed before added for one name (the order they were pushed in).
    return changes.sort((a, b) => compareStrings(a.key ?? '', b.key ?? ''));
}
function uniqueHosts(hs) {
    const seen = new Set();
    const out = [];
    for (const h of hs) {
        const k = hostKey(h);
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push({ name: h.name, ip: h.ip });
    }
    return out;
}
const BINDING_FIELDS = fieldsUpdatedBy('in-place: bind/unbind');
/**
 * Under which request field a live peering found in a given live list is unbound. A queue bound through `queues`
 * may be reported under `elastic_resource_pools`; once the manifest no longer names it we cannot tell a queue from
 * a pool, so we unbind it under the list DLI reports it in: that list is where DLI keeps the peering, and the
 * request then names the peering exactly as DLI showed it.
 */
const UNBIND_FIELD_FOR_LIVE_LIST = {
    available_queue_info: 'queues',
    elastic_resource_pools: 'elastic_resource_pools',
};
/** The live lists bound names are read from: the union of the field table's `live` entries of the binding fields. */
const BINDING_LIVE_LISTS = (() => {
    const lists = new Set();
    for (const field of BINDING_FIELDS) {
        const live = FIELD_TABLE[field].live;
        if (!Array.isArray(live))
            throw new Error(`field table: binding field ${field} has no live list`);
        for (const l of live) {
            if (!(l in UNBIND_FIELD_FOR_LIVE_LIST))
                throw new Error(`field table: ${field} reads ${String(l)}, not a peering list`);
            lists.add(l);
        }
    }
    return [...lists];
})();
/**
 * Bound names are compared across BOTH live lists and BOTH manifest fields, case-insensitively (DLI stores names
 * lowercase). A desired name bound under either live list is bound. A bound name no manifest field asks for is
 * unbound under the list it was found in.
 */
function diffBindings(m, live) {
    const liveLists = BINDING_LIVE_LISTS;
    const liveNames = new Set();
    for (const list of liveLists)
        for (const p of live[list])
            liveNames.add(p.name.toLowerCase());
    const desiredNames = new Set();
    for (const field of BINDING_FIELDS)
        for (const n of m[field])
            desiredNames.add(n.toLowerCase());
    const bind = { queues: [], elastic_resource_pools: [] };
    const unbind = { queues: [], elastic_resource_pools: [] };
    const reasons = [];
    for (const field of BINDING_FIELDS) {
        const seen = new Set();
        for (const name of m[field]) {
            const lower = name.toLowerCase();
            if (liveNames.has(lower) || seen.has(lower))
                continue;
            seen.add(lower);
            bind[field].push(name);
        }
    }
    for (const list of liveLists) {
        const field = UNBIND_FIELD_FOR_LIVE_LIST[list];
        const seen = new Set();
        for (const p of live[list]) {
            const lower = p.name.toLowerCase();
            if (desiredNames.has(lower) || seen.has(lower))
                continue;
            seen.add(lower);
            unbind[field].push(p.name);
        }
    }
    const steps = [];
    const sorted = (xs) => [...xs].sort(compareStrings);
    if (unbind.queues.length + unbind.elastic_resource_pools.length > 0) {
        steps.push({ kind: 'unbind', queues: sorted(unbind.queues), elastic_resource_pools: sorted(unbind.elastic_resource_pools) });
    }
    if (bind.queues.length + bind.elastic_resource_pools.length > 0) {
        steps.push({ kind: 'bind', queues: sorted(bind.queues), elastic_resource_pools: sorted(bind.elastic_resource_pools) });
    }
    const changes = [];
    for (const field of BINDING_FIELDS) {
        const word = FIELD_TABLE[field].reasonWord;
        for (const n of sorted(unbind[field])) {
            reasons.push(`${word} ${n} unbound`);
            changes.push({ field, key: n, old: n });
        }
    }
    for (const field of BINDING_FIELDS) {
        const word = FIELD_TABLE[field].reasonWord;
        for (const n of sorted(bind[field])) {
            reasons.push(`${word} ${n} bound`);
            changes.push({ field, key: n, new: n });
        }
    }
    return { steps, reasons, changes };
}
/** Routes by name: new → add, gone → delete, changed cidr → delete + add. */
function diffRoutes(desired, live) {
    const word = FIELD_TABLE.routes.reasonWord;
    const liveByName = new Map(live.map((r) => [r.name, r.cidr]));
    const desiredNames = new Set(desired.map((r) => r.name));
    const steps = [];
    const reasons = [];
    const changes = [];
    const removed = live.filter((r) => !desiredNames.has(r.name)).sort((a, b) => compareStrings(a.name, b.name));
    for (const r of removed) {
        steps.push({ kind: 'delete-route', name: r.name });
        reasons.push(`${word} ${r.name} removed`);
        changes.push({ field: 'routes', key: r.name, old: r.cidr });
    }
    for (const r of desired) {
        const liveCidr = liveByName.get(r.name);
        if (liveCidr === undefined) {
            steps.push({ kind: 'add-route', route: { name: r.name, cidr: r.cidr } });
            reasons.push(`${word} ${r.name} added`);
            changes.push({ field: 'routes', key: r.name, new: r.cidr });
        }
        else if (liveCidr !== r.cidr) {
            steps.push({ kind: 'delete-route', name: r.name });
            steps.push({ kind: 'add-route', route: { name: r.name, cidr: r.cidr } });
            reasons.push(`${word} ${r.name} changed (${liveCidr} \u2192 ${r.cidr})`);
            changes.push({ field: 'routes', key: r.name, old: liveCidr, new: r.cidr });
        }
    }
    return { steps, reasons, changes };
}
/**
 * Tags, when the manifest declares them: the live user tags (all but the ownership tag) must equal the manifest's.
 * A changed value is delete old + add new (see STEP_ORDER). The ownership tag is never deleted: it is excluded on
 * both sides. `extraAdd` carries the ownership tag of an adoption, merged into the one add-tags call.
 */
function diffTags(m, liveTags, extraAdd) {
    const word = FIELD_TABLE.tags.reasonWord;
    const add = [];
    const del = [];
    const reasons = [];
    const changes = [];
    if (tagsDeclared(m)) {
        const desired = desiredUserTags(m);
        const live = (liveTags ?? []).filter((t) => t.key !== ownership/* OWNERSHIP_TAG_KEY */.J);
        const liveByKey = new Map(live.map((t) => [t.key, t.value]));
        const desiredKeys = new Set(desired.map((t) => t.key));
        for (const t of [...live].sort((a, b) => compareStrings(a.key, b.key))) {
            if (!desiredKeys.has(t.key)) {
                del.push({ key: t.key, value: t.value });
                reasons.push(`${word} ${t.key} removed`);
                changes.push({ field: 'tags', key: t.key, old: t.value });
            }
        }
        for (const t of desired) {
            const liveValue = liveByKey.get(t.key);
            if (liveValue === undefined) {
                add.push(t);
                reasons.push(`${word} ${t.key} added`);
                changes.push({ field: 'tags', key: t.key, new: t.value });
            }
            else if (liveValue !== t.value) {
                del.push({ key: t.key, value: liveValue });
                add.push(t);
                reasons.push(`${word} ${t.key} changed`);
                changes.push({ field: 'tags', key: t.key, old: liveValue, new: t.value });
            }
        }
    }
    add.push(...extraAdd);
    for (const t of extraAdd)
        changes.push({ field: 'tags', key: t.key, new: t.value });
    const steps = [];
    if (del.length > 0)
        steps.push({ kind: 'delete-tags', tags: del.sort((a, b) => compareStrings(a.key, b.key)) });
    if (add.length > 0)
        steps.push({ kind: 'add-tags', tags: add });
    return { steps, reasons, changes };
}
// ---------------------------------------------------------------------------------------------------------------
/** The replace fields (fields.ts) whose live value differs from the manifest. */
function replaceFieldsChanged(m, live) {
    const out = [];
    for (const field of fieldsUpdatedBy('replace')) {
        const liveFields = FIELD_TABLE[field].live;
        if (!Array.isArray(liveFields) || liveFields.length !== 1)
            throw new Error(`field table: ${field} has no live field`);
        const liveValue = live[liveFields[0]];
        if (liveValue !== m[field])
            out.push(field);
    }
    return out;
}
/** A connection carries at most 10 tags (console limit, docs/reference/dli-api.md), the ownership tag included. */
const MAX_TAGS = 10;
/** How many tags the connection holds once the tag steps ran; undefined when its tags were not read. */
function tagsAfter(liveTags, steps) {
    if (liveTags === undefined)
        return undefined;
    const keys = new Set(liveTags.map((t) => t.key));
    for (const s of steps)
        if (s.kind === 'delete-tags')
            for (const t of s.tags)
                keys.delete(t.key);
    for (const s of steps)
        if (s.kind === 'add-tags')
            for (const t of s.tags)
                keys.add(t.key);
    return keys.size;
}
function liveTagOwner(tags) {
    return tags?.find((t) => t.key === ownership/* OWNERSHIP_TAG_KEY */.J)?.value;
}
/**
 * A FAILED peering on a connection this plan manages: the user needs DLI's own reason (err_msg), in the log and the
 * summary, not only in the plan file. A warning: the plan may still be what fixes it (unbind, replace).
 */
function failedPeeringWarnings(m, conn) {
    const lists = [
        ['queue', 'available_queue_info', conn.available_queue_info],
        ['pool', 'elastic_resource_pools', conn.elastic_resource_pools],
    ];
    const out = [];
    for (const [kind, field, peerings] of lists) {
        for (const p of peerings) {
            if (p.status !== 'FAILED')
                continue;
            const manifestField = field === 'available_queue_info' ? 'queues' : 'elastic_resource_pools';
            out.push({
                severity: 'warning',
                code: 'peering-failed',
                message: `connection "${m.name}" (${(0,untrusted_text/* inertText */.UJ)((0,untrusted_text/* apiText */.AX)(conn.id, 100))}): the peering of ${kind} ` +
                    `"${(0,untrusted_text/* inertText */.UJ)((0,untrusted_text/* apiText */.AX)(p.name, 200))}" is FAILED: ${(0,untrusted_text/* inertText */.UJ)((0,untrusted_text/* apiText */.AX)(p.err_msg ?? 'DLI gave no error message'))}`,
                hint: "check the target subnet's security groups, route table and CIDR overlap; a FAILED pool cannot be unbound: fix it in DLI or bind another",
                position: m.source.locate([manifestField]),
            });
        }
    }
    return out;
}
function planOne(m, matches, ctx) {
    const { live, label, allowReplace } = ctx.input;
    const base = { name: m.name, manifest: manifestRef(m), bindings: desiredBindings(m) };
    const blocked = (reason, problem, connectionId) => {
        ctx.problems.push(problem);
        return { ...base, action: 'blocked', ...(connectionId ? { connectionId } : {}), reasons: [reason], steps: [] };
    };
    if (matches.length === 0) {
        return { ...base, action: 'create', reasons: createReasons(m), steps: createRequestSteps(m, label) };
    }
    if (matches.length > 1) {
        const ids = matches.map((c) => c.id).sort(compareStrings);
        return blocked(`${matches.length} live connections share this name`, {
            severity: 'error',
            code: 'duplicate-live-name',
            message: `${matches.length} live connections are named "${m.name}" (ids ${(0,untrusted_text/* inertText */.UJ)(ids.join(', '))}); refusing to guess which one this manifest means`,
            hint: 'delete or rename the extra connection(s) in DLI, then run again',
            position: m.source.locate(['name']),
        });
    }
    const conn = matches[0];
    const liveTags = live.tags.get(conn.id);
    const tagOwner = liveTagOwner(liveTags);
    const owned = live.owned.has(conn.id) || tagOwner === label;
    if (!owned && tagOwner !== undefined) {
        return blocked(`owned by label "${tagOwner}"`, {
            severity: 'error',
            code: 'owned-by-other-label',
            message: `connection "${m.name}" (${(0,untrusted_text/* inertText */.UJ)(conn.id)}) is managed by this action under label "${(0,untrusted_text/* inertText */.UJ)(tagOwner)}", not "${label}"; refusing to take it over`,
            hint: `use label "${(0,untrusted_text/* inertText */.UJ)(tagOwner)}" for this manifest, or remove the tag ${ownership/* OWNERSHIP_TAG_KEY */.J} from the connection first`,
            position: m.source.locate(['name']),
        }, conn.id);
    }
    ctx.problems.push(...failedPeeringWarnings(m, conn));
    const replaceFields = replaceFieldsChanged(m, conn);
    if (replaceFields.length > 0) {
        const words = replaceFields.map((f) => FIELD_TABLE[f].reasonWord);
        if (!allowReplace) {
            const details = replaceFields.map((f) => `${f} ${(0,untrusted_text/* inertText */.UJ)(conn[f])} \u2192 ${m[f]}`).join(', ');
            return blocked(`${words.join(' and ')} changed: replace needs allow-replace`, {
                severity: 'error',
                code: 'replace-blocked',
                message: `connection "${m.name}" must be replaced (${details}): replacing breaks running jobs; set allow-replace: true to let it happen`,
                position: m.source.locate([replaceFields[0]]),
            }, conn.id);
        }
        return {
            ...base,
            action: 'replace',
            connectionId: conn.id,
            fieldChanges: replaceFields.map((f) => ({ field: f, old: conn[f], new: m[f] })),
            // An unmanaged connection is replaced only because the manifest names it and allow-replace is on; say so.
            reasons: [`${words.join(' and ')} changed: replace`, ...(owned ? [] : ['not managed yet: replaced by a managed one'])],
            steps: sortSteps([{ kind: 'delete', connectionId: conn.id }, ...createRequestSteps(m, label)]),
        };
    }
    const parts = [
        diffHosts(m.hosts, conn.hosts),
        diffBindings(m, conn),
        diffRoutes(m.routes, conn.routes),
        diffTags(m, liveTags, owned ? [] : [ownershipTag(label)]),
    ];
    const steps = sortSteps(parts.flatMap((p) => p.steps));
    const reasons = parts.flatMap((p) => p.reasons);
    const fieldChanges = parts.flatMap((p) => p.changes);
    const tagCount = tagsAfter(liveTags, steps);
    if (tagCount !== undefined && tagCount > MAX_TAGS) {
        // Typically adopting a connection that already holds 10 tags: the ownership tag would be an 11th, and the
        // tag call would fail half-way through the apply. Refuse up front instead.
        return blocked(`would carry ${tagCount} tags (at most ${MAX_TAGS})`, {
            severity: 'error',
            code: 'too-many-tags',
            message: `connection "${m.name}" (${(0,untrusted_text/* inertText */.UJ)(conn.id)}) would carry ${tagCount} tags after this plan, incl. ${ownership/* OWNERSHIP_TAG_KEY */.J}; DLI allows at most ${MAX_TAGS}`,
            hint: 'declare `tags` in the manifest without the ones you do not need (declared tags replace the live ones), or remove some in the console',
            position: m.source.locate(['tags']),
        }, conn.id);
    }
    let action;
    if (!owned) {
        action = 'adopt';
        reasons.unshift('not managed yet: ownership tag added');
    }
    else {
        action = steps.length === 0 ? 'unchanged' : 'update';
    }
    return { ...base, action, connectionId: conn.id, reasons, steps, ...(fieldChanges.length > 0 ? { fieldChanges } : {}) };
}
function ownershipTagInManifest(m) {
    if (!Object.prototype.hasOwnProperty.call(m.tags, ownership/* OWNERSHIP_TAG_KEY */.J))
        return undefined;
    return {
        severity: 'warning',
        code: 'ownership-tag-in-manifest',
        message: `tag ${ownership/* OWNERSHIP_TAG_KEY */.J} is set by the action from its label; the value in the manifest of "${m.name}" is ignored`,
        position: m.source.locate(['tags', ownership/* OWNERSHIP_TAG_KEY */.J]),
    };
}
/** Desired vs live → the plan. Pure. */
function computePlan(input) {
    const ctx = { input, problems: [] };
    const liveConns = input.live.connections.filter((c) => !isDeletedStatus(c.status));
    const liveByName = new Map();
    for (const c of liveConns) {
        const list = liveByName.get(c.name);
        if (list)
            list.push(c);
        else
            liveByName.set(c.name, [c]);
    }
    const changes = [];
    const manifests = [...input.manifests].sort((a, b) => compareStrings(a.name, b.name));
    const named = new Set();
    for (const m of manifests) {
        named.add(m.name);
        const warning = ownershipTagInManifest(m);
        if (warning)
            ctx.problems.push(warning);
        changes.push(planOne(m, liveByName.get(m.name) ?? [], ctx));
    }
    for (const c of liveConns) {
        if (named.has(c.name) || !isOwnedBy(input.live, c.id, input.label))
            continue;
        changes.push(input.prune
            ? { name: c.name, action: 'delete', connectionId: c.id, reasons: ['no manifest; prune is on'], steps: [{ kind: 'delete', connectionId: c.id }] }
            : { name: c.name, action: 'orphan', connectionId: c.id, reasons: ['no manifest; prune is off'], steps: [] });
    }
    changes.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.connectionId ?? '', b.connectionId ?? ''));
    const hasChanges = changes.some((c) => c.action !== 'unchanged' && c.action !== 'orphan');
    const withoutFingerprint = {
        version: 1,
        label: input.label,
        region: input.region,
        projectId: input.projectId,
        changes,
        problems: ctx.problems,
        hasChanges,
    };
    return { ...withoutFingerprint, fingerprint: (0,fingerprint.fingerprintPlan)(withoutFingerprint) };
}
function isOwnedBy(live, id, label) {
    return live.owned.has(id) || liveTagOwner(live.tags.get(id)) === label;
}
/** What a new connection will carry, in the same short phrases as an update ("5 hosts, queue q1, route r1"). */
function createReasons(m) {
    const reasons = ['new connection'];
    if (m.hosts.length > 0)
        reasons.push((0,render_diff/* plural */.LS)(m.hosts.length, 'host'));
    for (const q of m.queues)
        reasons.push(`queue ${q}`);
    for (const p of m.elastic_resource_pools)
        reasons.push(`pool ${p}`);
    for (const r of m.routes)
        reasons.push(`route ${r.name}`);
    const tags = Object.keys(m.tags).length;
    if (tags > 0)
        reasons.push((0,render_diff/* plural */.LS)(tags, 'tag'));
    return reasons;
}


/***/ }),

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