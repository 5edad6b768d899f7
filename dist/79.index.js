"use strict";
exports.id = 79;
exports.ids = [79];
exports.modules = {

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