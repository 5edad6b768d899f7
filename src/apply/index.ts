// The apply module's public surface: execute a plan (idempotent creates, bounded concurrency, peering waits).
export { applyPlan } from './executor.js';
export type {
  ApplyDeps,
  ApplyError,
  ApplyFailureReason,
  ApplyOutcome,
  ApplyResult,
  ConnectionApplyResult,
  PeeringResult,
} from './types.js';
