import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the seventy-seventh round mended in the answerer, beside its neighbours. Reading focus set 72 and retraining both models on it
 * made the question-kind model sure of two kinds it had only leant to: a tool asked after in "asking for her snapchat" (a driver's
 * manner with a pupil, which read-in-round-74's reading answers with the policy on worries about staff), and small talk in "can i
 * turn the showroom lights off at 5?" (read-in-round-76 tests both). A story read about someone's own account now stands against a
 * model sure of a tool, and the neighbours below, tools asked after for our own work, keep the firm's rule on new tools. Whom to tell,
 * asked alone, of a matter no policy covers, or of a thing's fault, stays the contact: a rule that sent the contact's answer to a story's
 * policy was tried this round and dropped (a review found it gave wrong policies to a fall, a dent and money taken from a purse), and
 * these neighbours stay to guard against the next such try.
 */
const cases = devCasesOn(
  exampleFirms({
    freshstart: 'freshstart-alternative-provision',
    aquaform: 'aquaform-bathrooms',
    harbourside: 'harbourside-tyres',
    cragside: 'cragside-outdoor',
    thornbury: 'thornbury-county-show',
    trekim: 'trekim',
    careway: 'careway-transport',
  }),
);

describe("a story read about someone's own account stands against a model sure a tool is asked after", () => {
  cases([
    { firm: 'freshstart', q: 'the driver keeps calling one of our girls sweetheart and asking for her snapchat', has: ['allegations-against-staff'], not: ['Use the school mobiles and the Vonage app'] },
    // Neighbours: the tool is asked after for our own work, however a story's words read; the rule on new tools answers.
    { firm: 'aquaform', q: 'can i put the before and after pics from the chapel allerton job on our instagram', has: ['new-tools'] },
    { firm: 'harbourside', q: 'insurer wants the cctv stills, can i just send them over with wetransfer', has: ['wetransfer', 'Jess Pengelly'] },
    { firm: 'cragside', q: 'can we put the best abseiling shots on instagram if the school says its ok?', has: ['instagram', 'Helen Birkett'] },
  ]);
});

describe('whom to tell, asked alone, of a matter no policy covers, or of a fault: the data-protection contact', () => {
  cases([
    { firm: 'thornbury', q: 'who do i tell?', has: ['For data protection, ask Rosalind Pargeter'], not: ['Safeguarding children and young exhibitors'] },
    { firm: 'trekim', q: 'the warning light is on in the van, who do I tell?', has: ['For data protection, ask Tess Ekim'], not: ['Cloud infrastructure and IT support'] },
    // A fault told is no policy's situation, whatever the model reads (a model trained without this firm read a situation in it).
    { firm: 'careway', q: 'the dashboard warning light is on in vehicle 4, who do i tell', has: ['Priya Chandran'], not: ['Paper run sheets and crew tablets'] },
  ]);
});
