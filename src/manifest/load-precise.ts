// The precise route: the `yaml` package with node ranges, for files with problems and for `parser: 'precise'`.
// Loaded on demand (load-file.ts): it pulls in `yaml` and zod, which a run over valid manifests never needs.
import { isScalar, visit, type Document } from 'yaml';
import type { Diagnostic, SourcePosition } from '../diagnostics.js';
import type { ConnectionManifest } from './types.js';
import { validateDocument, type Problem } from './validate.js';
import { YamlFileIndex, type LineCol } from './yaml-index.js';
import { buildManifest, err, resolveHosts, type FileContext, type FileOutcome, type HostsStep } from './build-manifest.js';
import { lazyIndex } from './positions.js';

/** No content at all (nothing, or only comments, after `---`); `~` or `null` written out is content. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && (c.source === '' || c.range?.[0] === c.range?.[1]));
}

/** `yaml` reports a duplicate key at the second occurrence; name the key when it is a simple one. */
function duplicateKeyMessage(text: string, offset: number): string {
  const m = /^(?:"([^"\n]{1,80})"|'([^'\n]{1,80})'|([^\s:#,{}[\]][^:#\n,{}]{0,79}?))\s*:/.exec(text.slice(offset, offset + 200));
  const key = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  return key ? `duplicate key \`${key}\` (each key may appear once in a mapping)` : 'duplicate key in a mapping (each key may appear once)';
}

function unresolvedAlias(doc: Document.Parsed): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (!node.resolve(doc)) {
        found = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The precise route: every diagnostic with its exact position. */
export async function loadFilePrecise(ctx: FileContext): Promise<FileOutcome> {
  const diagnostics: Diagnostic[] = [];
  const connections: ConnectionManifest[] = [];
  const namesOfInvalid: NonNullable<FileOutcome['namesOfInvalid']> = [];
  let idx: YamlFileIndex;
  try {
    idx = new YamlFileIndex(ctx.text);
  } catch (e) {
    return { connections, diagnostics: [err(`cannot parse YAML: ${(e as Error).message}`, { file: ctx.file, line: 1, col: 1 }, 'yaml-syntax')] };
  }
  const at = (lc: LineCol): SourcePosition => ({ file: ctx.file, line: lc.line, col: lc.col });
  const index = lazyIndex(ctx.text, idx);
  const nonEmpty = idx.docs.filter((d) => !isEmptyDocument(d) || d.errors.length > 0);
  if (nonEmpty.length === 0) {
    diagnostics.push(err('no connection in this file (it is empty or holds only comments)', at({ line: 1, col: 1 }), 'empty-file'));
    return { connections, diagnostics };
  }
  for (let i = 0; i < idx.docs.length; i++) {
    const doc = idx.docs[i] as (typeof idx.docs)[number];
    const yamlProblems = [...doc.errors, ...doc.warnings];
    if (yamlProblems.length) {
      for (const e of yamlProblems) {
        const lp = e.linePos?.[0] ?? idx.pos(e.pos[0]);
        const dup = e.code === 'DUPLICATE_KEY';
        const message = dup ? duplicateKeyMessage(ctx.text, e.pos[0]) : `YAML: ${e.message.split('\n')[0]}`;
        diagnostics.push(err(message, at(lp), dup ? 'duplicate-key' : 'yaml-syntax'));
      }
      continue;
    }
    if (isEmptyDocument(doc)) {
      diagnostics.push({ severity: 'warning', message: 'empty YAML document (ignored)', position: at(idx.pos(doc.range[0])), code: 'empty-document' });
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // The one toJS failure in practice: an alias whose anchor comes later or not at all. Point at the alias.
      const alias = unresolvedAlias(doc);
      const where = alias !== undefined ? idx.pos(alias) : idx.docPosition(i);
      diagnostics.push(err(`YAML: ${(e as Error).message.split('\n')[0]}`, at(where), 'yaml-syntax'));
      continue;
    }
    /** Problems of this document, each at its field; and those of its hosts_file. */
    const report = (problems: readonly Problem[]): void => {
      for (const p of problems) diagnostics.push(err(p.message, at(idx.locate(i, p.path, p.at)), p.code));
    };
    const reportHosts = (hosts: Extract<HostsStep, { ok: false }>): void => {
      report(hosts.problems);
      diagnostics.push(...hosts.diagnostics);
    };
    const v = validateDocument(value, { mayHaveAliases: ctx.text.includes('*') });
    if (!v.ok) {
      report(v.problems);
      // The rest of what can be checked without a valid document, so one run shows every problem.
      const fine = (key: string) => !v.problems.some((p) => p.path[0] === key);
      const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      if (typeof fields.hosts_file === 'string' && fine('hosts_file')) {
        const hosts = await resolveHosts(ctx, fields.hosts_file, 0);
        if (!hosts.ok) reportHosts(hosts);
      }
      if (typeof fields.name === 'string' && fine('name')) namesOfInvalid.push({ name: fields.name, position: at(idx.locate(i, ['name'], 'value')) });
      continue;
    }
    const hosts = await resolveHosts(ctx, v.input.hosts_file, v.input.hosts?.length ?? 0);
    if (!hosts.ok) {
      reportHosts(hosts);
      continue;
    }
    connections.push(buildManifest(ctx, i, v.input, hosts.origin, idx.docPosition(i), index));
  }
  return { connections, diagnostics, namesOfInvalid };
}

