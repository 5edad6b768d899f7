// What the reports (job summary, PR comment, outputs) are rendered from, assembled by src/report/index.ts from
// the run's pieces.
import type { Diagnostic } from '../diagnostics.js';
import type { FailureReason } from '../failure.js';
import type { Mode } from '../settings.js';
import type { Plan } from '../plan/types.js';
import type { ChecksReport } from '../checks/types.js';

// The apply result is rendered as src/apply defines it (a type-only import: no code of apply is loaded).
export type {
  ApplyOutcome,
  PeeringResult as PeeringStatus,
  ConnectionApplyResult as ApplyConnectionResult,
} from '../apply/types.js';
import type { ApplyResult } from '../apply/types.js';

/** What the reports need of an apply. */
export type ApplySummary = Pick<ApplyResult, 'results' | 'ok' | 'connectionIds'>;

export interface ExportedFile {
  name: string;
  file: string;
  status: 'written' | 'exists' | 'overwritten' | 'unchanged';
}

export interface ReportInput {
  mode: Mode;
  region?: string;
  projectId?: string;
  label: string;
  /** Validate: the manifest files that were read (workspace-relative). */
  files?: string[];
  /** Validate: the connections found in them. */
  connections?: { name: string; file: string; line: number }[];
  /** Errors and warnings of the whole run (manifest, preflight, API), with positions where known. */
  diagnostics: Diagnostic[];
  plan?: Plan;
  apply?: ApplySummary;
  failureReason?: FailureReason;
  /** One-line messages for the reader, e.g. "no credentials: fell back to validate". */
  notices?: string[];
  /** plan-changed: how the plan computed now differs from the reviewed plan file. */
  planFileChanges?: string[];
  /** Link to this workflow run (the job summary lives there). */
  runUrl?: string;
  /** Export mode: what was written. */
  exported?: ExportedFile[];
  /** Where the plan file was written (plan) or read from (apply); becomes the `plan-file` output. */
  planFile?: string;
  /** The connectivity checks (apply, check), rendered by checks.ts. */
  checks?: ChecksReport;
}

/** The status carried in the PR comment's marker. */
export type CommentStatus = 'planned' | 'applied' | 'failed' | 'no-changes';
