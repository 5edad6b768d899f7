// The plan module's public surface: observe live state, diff it against the manifests, fingerprint and render.
// (Preflight lives next to it in preflight*.ts and is exported from there.)
export { observe, type ObserveOptions } from './observe.js';
export { computePlan, isDeletedStatus, tagsDeclared, STEP_ORDER } from './diff.js';
export { FIELD_TABLE, fieldsUpdatedBy, type FieldRule, type FieldUpdate, type ManagedField } from './fields.js';
export { canonicalJson, diffPlans, fingerprintBasis, fingerprintPlan } from './fingerprint.js';
export { renderPlanText, summarizePlan } from './render-text.js';
export * from './types.js';
