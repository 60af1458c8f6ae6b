import { describe, it } from 'vitest';
import { checkDevCase as check, devQa as load, type DevCase as Case } from './dev-questions.ts';

/**
 * Dev questions for issue 17's eighth round of work: one or more for each general cause found in
 * the misses of rounds 6 and 7 (development sets), written in new words on example firms, and
 * others of the kinds those rounds show to be weak. For tuning, like dev-firm.test.ts.
 */
const plumber = load('../../examples/tolley-plumbing/vigil.yaml');

describe("a supplier's own name says nothing of what is asked about it", () => {
  it.each<Case>([
    // "Protect" in Acronis Cyber Protect's name is not a security question.
    { q: 'what gets sent to acronis cyber protect', has: ['everything on the office PC'], intent: 'data' },
    { q: 'how long does acronis cyber protect keep backups', has: ['up to 90 days'], intent: 'retention' },
    // "Safe" in Gas Safe Register's is not either.
    { q: 'what info goes to gas safe register after a job?', has: ['installation address'], intent: 'data' },
    // A question that asks after security still does.
    { q: 'is acronis cyber protect encrypted?', has: ['encrypted at rest'], intent: 'security' },
  ])('$q', (c) => check(plumber, c));
});
