// Diagnostics as GitHub annotations, so manifest errors show inline on the pull request's diff.
import * as path from 'node:path';
import * as core from '@actions/core';
import type { Diagnostic } from '../diagnostics.js';

export interface Annotation {
  severity: 'error' | 'warning' | 'notice';
  message: string;
  properties: core.AnnotationProperties;
}

/**
 * A diagnostic's file as GitHub wants it: relative to the repository root with `/` separators. Absolute paths
 * under the workspace are made relative; paths outside it are left as they are (GitHub then shows the annotation
 * on the run only).
 */
export function repoRelative(file: string, workspace: string): string {
  const native = path.isAbsolute(file) ? path.relative(workspace, file) : file;
  const rel = native.split(path.sep).join('/').replace(/^\.\//, '');
  return rel.startsWith('../') || path.isAbsolute(rel) ? file.split(path.sep).join('/') : rel;
}

/** Pure: the annotations for a list of diagnostics (the hint is appended to the message, the code is the title). */
export function toAnnotations(diagnostics: readonly Diagnostic[], workspace: string): Annotation[] {
  return diagnostics.map((d) => {
    const properties: core.AnnotationProperties = { title: d.code ? `dli-connections: ${d.code}` : 'dli-connections' };
    if (d.position) {
      properties.file = repoRelative(d.position.file, workspace);
      properties.startLine = d.position.line;
      properties.startColumn = d.position.col;
    }
    return { severity: d.severity, message: d.hint ? `${d.message}\nFix: ${d.hint}` : d.message, properties };
  });
}

/**
 * Emits one annotation per diagnostic. core.error/warning/notice escape the message and properties (`%`, CR, LF,
 * `:` and `,`), so manifest text cannot break out of the command.
 */
export function annotate(diagnostics: readonly Diagnostic[], workspace: string): void {
  for (const a of toAnnotations(diagnostics, workspace)) {
    if (a.severity === 'error') core.error(a.message, a.properties);
    else if (a.severity === 'warning') core.warning(a.message, a.properties);
    else core.notice(a.message, a.properties);
  }
}
