import { describe, expect, it } from 'vitest';
import { newToolsRule, withNewToolsPolicy } from '../../src/register/new-tools-policy.ts';
import { QUESTION_KINDS, QuestionKinds } from '../../src/register/question-kinds.ts';
import { quoted } from '../../src/register/quoted-policies.ts';
import { contextOf, devCasesOn, devQa, devQaOf, exampleFirms } from './dev-questions.ts';

/**
 * What the seventy-seventh round mended in the answerer, beside its neighbours. Reading focus set 72 and retraining both models on it
 * made the question-kind model sure of two kinds it had only leant to: a tool asked after in "asking for her snapchat" (a driver's
 * manner with a pupil, which read-in-round-74's reading answers with the policy on worries about staff), and small talk in "can i
 * turn the showroom lights off at 5?" (read-in-round-76 tests both). A story read about someone's own account now stands against a
 * model sure of a tool, and the neighbours below, tools asked after for our own work, keep the firm's rule on new tools. Whom to tell,
 * asked alone, of a matter no policy covers, or of a thing's fault, stays the contact: a rule that sent the contact's answer to a story's
 * policy was tried this round and dropped (a review found it gave wrong policies to a fall, a dent and money taken from a purse), and
 * these neighbours stay to guard against the next such try. Then the stories focus set 72 taught (situations/confidences-and-slips.ts and
 * a hurt told in the present tense in harm-told.ts), the same stories at other firms, the variants and over-reach three reviews found, and
 * the rule on new tools said after a story reading's policy (the flip the retraining with focus sets 75 and 76 made). Each neighbour's
 * `not` names a sentence its firm has, so that the check can fail; 8 of the 23 cases written first fail without the round's work.
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
    littleoak: 'little-oak-bereavement',
    unionhub: 'unionhub-advice-centre',
    bramblecombe: 'bramblecombe-holiday-cottages',
    ashdown: 'ashdown-music',
    palace: 'palace-picturehouse',
    ferncliffe: 'ferncliffe-scouts',
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

describe('focus set 72: stories of what we were told and what we let slip, each answered by the sentence that rules on it', () => {
  cases([
    { firm: 'unionhub', q: "for monday's team meeting I was going to go through my tricky cases one by one with the students' full names so everyone knows who I mean", has: ['confidentiality', 'use initials, not names, in team meetings'] },
    { firm: 'unionhub', q: "I uploaded a tenancy agreement to completely the wrong student's case yesterday. I'll just delete it quietly and put it in the right one, nobody will know", has: ['breaches', 'Do not delete anything from AdvicePro'] },
    { firm: 'littleoak', q: "i scribbled loads on a notepad during today's session with the twins because the laptop died, can i just keep the pad in my drawer for reference", has: ['records-retention', 'Do not keep your own notes'] },
    { firm: 'littleoak', q: "Grace's mum is insisting she's entitled to read everything Grace (14) has said in our sessions because she's her parent. I don't know what to say to her", has: ['information-requests', 'automatic right to see everything their child said'] },
    { firm: 'littleoak', q: 'Miss Adeyemi caught me in the corridor at Meole Brace and asked what Ruby had been saying about her nan, she wants to help in class. ok to tell her a bit?', has: ['confidentiality-sharing', 'without asking the child first'] },
    { firm: 'thornbury', q: "Commentary box here. Can I read out the little girl's name and what she's wearing over the speakers? pink wellies, yellow raincoat, about five. Thought it'd help her mum find her quicker", has: ['lost-children', 'a child has been found'] },
    { firm: 'thornbury', q: "There's a ewe in a trailer on the lorry park that's been lame all morning and the owner's nowhere to be seen. I was going to put a photo in the stewards chat to see if anyone knows whose it is", has: ['livestock-records', 'the duty vet and the chief livestock steward'] },
    // A hurt told in the present tense ("hurts her", "hits her"), with secrecy asked: the sentence never to promise to keep it secret.
    { firm: 'thornbury', q: 'A girl in the junior poultry class told me while we were washing the birds that her stepdad hurts her when he drinks. she begged me not to say anything. I feel awful, who do i tell', has: ['safeguarding', 'tell Graham, our safeguarding lead'] },
  ]);
});

describe('the same stories at other firms whose sentence says them', () => {
  cases([
    { firm: 'bramblecombe', q: "I emailed the welcome pack with the key safe code to the wrong guest by mistake, I'll just delete it from the sent folder, nobody will know", has: ["Don't delete anything and don't try to sort it out yourself"] },
    { firm: 'ashdown', q: 'one of my cornet kids told me her dad hits her when she plays wrong notes, she made me promise not to tell anyone. what do i do', has: ['safeguarding-concerns', 'do not promise to keep it secret'] },
  ]);
});

describe('variants a review found, read as the stories they are', () => {
  cases([
    // The breach policy's own "Do not delete anything or try to put it right yourself", not the backups policy's "do not try to fix it yourself" of a dead PC.
    { firm: 'palace', q: "I emailed the Friends list to the wrong person by mistake, I'll just delete it quietly nobody will know", has: ['breach-reporting', 'Do not delete anything or try to put it right yourself'] },
    { firm: 'littleoak', q: 'Mrs Patel the class teacher asked what he\'s been telling me about his dad, she wants to help', has: ['confidentiality-sharing', 'without asking the child first'] },
    { firm: 'littleoak', q: 'miss adeyemi asked what ruby had been saying about her nan', has: ['confidentiality-sharing', 'without asking the child first'] },
    // A hurt at home told by a child, in words the reading of such stories had not read: locked in, shown videos they do not like.
    { firm: 'thornbury', q: "A lad in the young handlers ring told me his mum's boyfriend locks him in his room for days. who do i tell", has: ['safeguarding', 'tell Graham, our safeguarding lead'] },
    { firm: 'ferncliffe', q: "one of the cubs said her older cousin shows her videos on his phone she doesn't like. who do I tell", has: ['Tell the GSL or the District safeguarding lead the same day'] },
  ]);
});

describe('neighbours that keep their answer', () => {
  cases([
    // Over-reach a review found: an adult's sore back, an earpiece or a price rise that "hurts her" or "hits them" is no child harmed; a judge
    // injured at the dog show is no animal's welfare; a winner's name over the speakers is no lost child's.
    { firm: 'thornbury', q: 'my colleague says her back hurts her when she lifts the hay bales, she asked me not to tell the boss', has: [], not: ['Never be alone with a child out of sight of others'] },
    { firm: 'thornbury', q: 'the price rise on pitches really hits them, the traders asked me not to tell anyone they\'re struggling', has: [], not: ['Never be alone with a child out of sight of others'] },
    { firm: 'thornbury', q: 'the dog show judge is injured, can I put a message in the group asking for a replacement', has: [], not: ['Animal welfare concerns are reported to the duty vet'] },
    { firm: 'thornbury', q: "can I read out the winning girl's name from the young handlers over the speakers?", has: [], not: ['a child has been found'] },
    // Videos shown that a child liked, or a car locked, tell no hurt.
    { firm: 'ferncliffe', q: 'one of the cubs said her cousin showed her videos of the jamboree, can we use them', has: [], not: ['Tell the GSL or the District safeguarding lead the same day'] },
    { firm: 'thornbury', q: "my mum locks the car when she leaves it, said she'd bring the forms", has: [], not: ['tell Graham, our safeguarding lead'] },
    // A meeting with a landlord is not one of ours; a poster's wrong date holds nobody's details; spare notepads hold no notes.
    { firm: 'unionhub', q: "for the meeting with the landlord tomorrow do I need the student's full name on the letter?", has: [], not: ['use initials, not names, in team meetings'] },
    { firm: 'unionhub', q: 'I put the wrong date on the drop-in poster, can I just change it quietly, nobody will notice', has: [], not: ['Do not delete anything from AdvicePro'] },
    { firm: 'littleoak', q: 'can i keep the spare notepads in my drawer for next term', has: [], not: ['Do not keep your own notes'] },
    // A teacher asking a session's time asks nothing the child said; the tannoy's notice of a ring asks no child's name; lambs that are well are no welfare concern.
    { firm: 'littleoak', q: "Mr Clarke asked what time Ruby's session finishes on Thursday", has: [], not: ['without asking the child first'] },
    { firm: 'thornbury', q: 'can you put out over the tannoy that the dog show is starting in ring 3', has: [], not: ['a child has been found'] },
    { firm: 'thornbury', q: "can I put a photo of the lambs in the stewards whatsapp, they're so cute", has: [], not: ['Animal welfare concerns are reported to the duty vet'] },
  ]);
});

// Retraining with focus sets 75 and 76 put the model just short of sure (0.949) that "on our instagram" asks after a tool, and the job photos
// reading's policy stood alone. Where the model leans to a tool, the work is put through one we do not hold, and the policy the rules quote
// does not write it, the rule on new tools is said after that policy; where the policy writes the tool (Facebook), it rules alone.
describe('a tool we do not hold, the work put through it, beside the policy a story reading quotes', () => {
  cases([
    { firm: 'aquaform', q: 'can i put the before and after pics from the chapel allerton job on our instagram', has: ['job-photos', 'new-tools'] },
    { firm: 'aquaform', q: 'can i post the before and after pics from the headingley job on facebook', has: ['job-photos', 'Facebook or Checkatrade only if the customer'], not: ['Before using a new app or tool'] },
  ]);
});

// The rule on new tools is said after an answer once: an answer quoting it already (a story's policy that is the rule) is left as it is,
// and one quoting another policy gets it after.
describe('the rule on new tools, said after an answer', () => {
  const ctx = contextOf('aquaform-bathrooms');
  const policy = (id: string) => ctx.config.policies.find((p) => p.id === id)!;
  it('is added after another policy', () => {
    expect(withNewToolsPolicy(ctx, quoted([policy('job-photos')])).sources).toEqual(['policy:job-photos', 'policy:new-tools']);
  });
  it('is not added twice', () => {
    const rule = newToolsRule(ctx)!;
    expect(withNewToolsPolicy(ctx, rule)).toBe(rule);
  });
});

// The shipped model's certainty that "asking for her snapchat" asks after a tool moved from 0.968 to 0.864 with the second retraining, so
// the cases above no longer reach the guard; it is also tried against a model sure every question asks after a tool (its bias alone: a
// real model, not a stand-in). A story read about someone's own account stands alone; a story reading's policy for our own instagram
// gets the word that the tool is not ours and the rule on new tools with it (the seventy-eighth round: before, against a sure model, the
// rule alone, and the job photos policy was lost when the retraining with focus set 74 made the shipped model sure of it).
describe("someone's own account, against a model sure a tool is asked after", () => {
  const sureTool = new QuestionKinds({ kinds: QUESTION_KINDS, trainedOn: 'every question a tool', bias: [0, 0, 0, 0, 10], weights: {} });
  const ask = (folder: string, q: string) => devQaOf(devQa(`../../examples/${folder}/vigil.yaml`).config, { kinds: sureTool }).ask(q).sources;
  it('keeps the reading of a story about her snapchat', () => {
    expect(ask('freshstart-alternative-provision', 'the driver keeps calling one of our girls sweetheart and asking for her snapchat')).toEqual(['policy:allegations-against-staff']);
  });
  it('gives our own instagram the rule on new tools, after the story reading', () => {
    expect(ask('aquaform-bathrooms', 'can i put the before and after pics from the chapel allerton job on our instagram')).toEqual(['policy:job-photos', 'policy:new-tools']);
  });
});
