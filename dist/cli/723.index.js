"use strict";
exports.id = 723;
exports.ids = [723];
exports.modules = {

/***/ 7723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inertText: () => (/* binding */ inertText),
/* harmony export */   renderPlanText: () => (/* binding */ renderPlanText),
/* harmony export */   summarizePlan: () => (/* binding */ summarizePlan)
/* harmony export */ });
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
const SYMBOL = {
    create: '+',
    update: '~',
    adopt: '~',
    replace: '-/+',
    delete: '-',
    orphan: '?',
    blocked: '!',
    unchanged: ' ',
};
function changeLine(c) {
    const name = inertText(c.name);
    const reasons = c.reasons.map(inertText).join(', ');
    switch (c.action) {
        case 'unchanged':
            return undefined; // counted in the summary only
        case 'create':
        case 'delete':
            return `${SYMBOL[c.action]} ${c.action} ${name}`;
        case 'blocked':
            return `${SYMBOL.blocked} blocked ${name}: ${reasons || 'refused'}`;
        default:
            return `${SYMBOL[c.action]} ${c.action} ${name}${reasons ? ` (${reasons})` : ''}`;
    }
}
/** Counts per summary bucket. Adopt counts as an update (the connection exists and is changed in place). */
function summarizePlan(plan) {
    const n = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0, orphan: 0, blocked: 0 };
    for (const c of plan.changes)
        n[c.action === 'adopt' ? 'update' : c.action]++;
    return n;
}
function renderPlanText(plan) {
    const lines = [];
    for (const c of plan.changes) {
        const line = changeLine(c);
        if (line !== undefined)
            lines.push(line);
    }
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
    return inertText(lines.join('\n'));
}


/***/ })

};
;