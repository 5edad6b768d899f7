// What the reports (job summary, PR comment, outputs) are rendered from. A local shape, assembled by src/main.ts
// from the run's pieces, so that rendering does not depend on how the apply or export modules evolve.
import type { Diagnostic } from '../diagnostics.js';
import type { FailureReason } from '../failure.js';
import type { Mode } from '../settings.js';
import type { ChangeAction, Plan } from '../plan/types.js';

export type ApplyOutcome = 'done' | 'failed' | 'unchanged' | 'skipped' | 'timeout';

export interface PeeringStatus {
  /** Queue or elastic resource pool name. */
  name: string;
  kind: 'queue' | 'pool';
  /** As DLI reports it: CREATING, ACTIVE, FAILED, … */
  status: string;
  err_msg?: string;
}

/** Mirrors the per-connection result of src/apply (structurally compatible; kept here to avoid a dependency). */
export interface ApplyConnectionResult {
  name: string;
  action: ChangeAction;
  connectionId?: string;
  outcome: ApplyOutcome;
  completedSteps: string[];
  pendingSteps: string[];
  error?: { message: string; code?: string; requestId?: string; hint?: string };
  peerings?: PeeringStatus[];
  /** Worth reporting but not failures: "adopted id=… left by an earlier run". */
  notes?: string[];
}

export interface ApplySummary {
  results: ApplyConnectionResult[];
  ok: boolean;
  connectionIds: Record<string, string>;
}

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
}

/** The status carried in the PR comment's marker. */
export type CommentStatus = 'planned' | 'applied' | 'failed' | 'no-changes';
