"use strict";
exports.id = 723;
exports.ids = [723];
exports.modules = {

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