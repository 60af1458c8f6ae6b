import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { devQaOf } from './dev-questions.ts';

/**
 * The second reading of issue 17's twenty-fourth to twenty-sixth rounds: every situation told as a breach
 * (a slip, a stranger through our papers, something sent to the wrong person) finds the firm's breach
 * policy the one way, so a firm with an incident policy that shares its keywords gets the one titled a
 * breach from each of them, not from one only.
 */
describe('the breach policy where an incident policy shares its keywords', () => {
  const config = loadConfigFile(new URL('../../examples/palace-picturehouse/vigil.yaml', import.meta.url).pathname);
  const breach = config.policies.find((p) => p.id === 'breach-reporting')!;
  const incident = { ...breach, id: 'incident-log', title: 'Incidents on the premises', text: 'Write every accident, fight or theft on the premises in the incident book, the same night.' };
  const qa = devQaOf({ ...config, policies: [...config.policies, incident] });
  const told = [
    // A slip: failed before (two policies named a breach, so none answered).
    'whoops, I read out a customer\'s phone number at the box office',
    // A stranger through our papers: failed before, for the same reason.
    'left the school booking forms in the car and I think someone had a rummage through them',
    // Something sent to the wrong person: already chose the one titled a breach.
    'sent one member\'s renewal to a totally different member',
  ];
  for (const q of told) {
    it(`"${q}" gets the breach policy, not the incident book`, () => {
      const answer = qa.ask(q);
      expect(answer.sources).toContain('policy:breach-reporting');
      expect(answer.sources).not.toContain('policy:incident-log');
    });
  }
});
