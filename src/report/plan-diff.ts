// The full plan in the job summary and the PR comment: the diff of src/plan/render-diff.ts in a ```diff block,
// which GitHub colours (`+` green, `-` red). Inside a code block nothing is markup, so names need no escaping; the
// fence is chosen longer than any backtick run in them.
import { planDiff } from '../plan/render-diff.js';
import type { Plan } from '../plan/types.js';
import { codeBlock, detailsBlock } from './markdown.js';

/** Up to this many lines the block is open; a longer plan is collapsed (the table above already says what changes). */
export const DIFF_OPEN_MAX_LINES = 40;

/** `<details>` with the plan's diff, or undefined when nothing changes. */
export function planDiffBlock(plan: Pick<Plan, 'changes'>): string | undefined {
  const diff = planDiff(plan);
  if (diff === '') return undefined;
  const lines = diff.split('\n').length;
  return detailsBlock('Full plan', codeBlock(diff, 'diff'), { open: lines <= DIFF_OPEN_MAX_LINES });
}
