import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-ninth round, situations: told events whose policy the answerer missed in focus set 4,
 * as classes, written in new words on example firms other than the ones the misses came from, each beside questions of like
 * words that keep their right answers. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    swim: 'ripple-swim-school',
    football: 'riverside-rovers-fc',
    yoga: 'stillpoint-yoga',
    tattoo: 'inkwell-tattoo',
    weddings: 'brightframe-weddings',
    removals: 'thackeray-removals',
    funerals: 'hollins-funeral',
    trees: 'oakwise-tree-surgeons',
    gym: 'copperbeech-fitness',
    surf: 'swellcraft-surf-school',
    storage: 'stowaway-storage',
    grooming: 'pawprint-grooming',
    climbing: 'crux-climbing',
    karate: 'tenshin-karate',
    books: 'marrowby-books',
    it: 'kittiwake-it',
    petsitters: 'wagtail-pet-sitters',
    interiors: 'linden-interiors',
    marina: 'kingfisher-marina',
    launderette: 'sudsworth-launderette',
    kitchens: 'oakframe-kitchens',
    pottery: 'kilnworks-pottery',
    icecream: 'tutti-ice-cream',
    discos: 'beatbox-discos',
    swim2: 'ripple-swim-school',
    travel: 'wayfarer-travel',
  }),
);

describe('one message to many people, asked ahead: the policy that says to use BCC', () => {
  cases([
    // Failed before this round; where the breach policy names a slip of CC too, the rule for sending answers.
    { firm: 'swim', q: 'can i just put all the parents in the cc line for the gala email?', has: ['messaging-parents'], not: ['breach-reporting'] },
    { firm: 'football', q: 'ok to email all the u12 parents in one go about training being off?', has: ['marketing-consent', 'BCC'] },
    // Where only the breach policy has BCC, among its keywords, it answers.
    { firm: 'yoga', q: 'can i send one email to all 40 members about the new timetable', has: ['breach-reporting'] },
    // A question of the same words that sends nothing.
    { firm: 'football', q: 'what time is the u12s training?', has: ['Lorraine'], not: ['(Policy:'] },
  ]);
});

describe('a photo asked to come down from where it is online: the photos policy', () => {
  cases([
    // Failed before this round: the photos policy alone, not the website's or Instagram's entry beside it.
    { firm: 'tattoo', q: 'a client wants the pic of her back piece taken off the website', has: ['photos-social'], not: ['(Register:'] },
    { firm: 'weddings', q: "the bride's asked us to take down the photo of her nan from our instagram", has: ['social-media'], not: ['(Register:'] },
  ]);
});

describe('family at odds, or a caller who says who they are asking about another: the policy titled on it', () => {
  cases([
    // A title says what a policy is about; a keyword of another ("who can we tell") only touches on it.
    { firm: 'removals', q: "two brothers are arguing about who gets their dad's furniture from storage, one wants the other's address", has: ['storage-access'] },
    // Failed before this round: who the caller says they are names a house ("next door's daughter"), and what they ask is how much.
    { firm: 'trees', q: "woman phoned, says she's next door's daughter, asking how much we quoted her mum", has: ['sharing-details'] },
    { firm: 'funerals', q: "a man rang saying he's the deceased's nephew and asking when the funeral is", has: ['family-enquiries'] },
  ]);
});

describe('someone hurt, told in everyday words, with how to record it asked: the accidents or injuries policy', () => {
  cases([
    // Failed before this round.
    { firm: 'gym', q: "a member landed badly off the box and did her ankle, she's gone to A&E - do i need to log it?", has: ['health-data'] },
    { firm: 'surf', q: 'one of the kids landed awkwardly on the board and done his wrist, should I fill in a form?', has: ['accident-reports'] },
    { firm: 'gym', q: 'did you do your legs today?', has: ['Nadia Okonkwo'], not: ['(Policy:'] },
  ]);
});

describe('old files being cleared out, asked whether they can go in the skip: how long we keep records', () => {
  cases([
    // Failed before this round: the retention policy alone, not the entries of the firms that hold customer files.
    { firm: 'storage', q: 'sorting out the old office, there are boxes of customer files from 2016, can they go in the skip?', has: ['retention-and-destruction'], not: ['Boxtrak'] },
    // Nothing of anyone's in it.
    { firm: 'grooming', q: 'can the old dog towels go in the skip?', has: ['Gemma Hartley'], not: ['(Policy:'] },
  ]);
});

describe('breaches told in other words: an account got into by its name, a slip sent to another, a device gone, paper in a car', () => {
  cases([
    // Failed before this round.
    { firm: 'climbing', q: "someone's got into our rock gym pro, members are getting emails we never sent", has: ['breach-reporting'], not: ['marketing-consent'] },
    { firm: 'it', q: 'just emailed the Harris invoice to mr patel by mistake, autocomplete', has: ['lost-device-breach'] },
    { firm: 'grooming', q: 'sent mrs Doyle the before and after pics meant for mrs Reid', has: ['breach-reporting'] },
    { firm: 'petsitters', q: "the walk tablet's gone from the key cabinet and nobody's seen it", has: ['breach-reporting'], not: ['(Register:'] },
    { firm: 'interiors', q: "left the site ipad at the Holloway job and it's gone", has: ['lost-devices'], not: ['sharing-with-trades'] },
    { firm: 'marina', q: "think i left the berth list in mr hale's car", has: ['breach-reporting'], not: ['cctv'] },
    // A room got into is no account of ours.
    { firm: 'climbing', q: 'somebody got into the office and left the lights on', has: [], not: ['breach-reporting'] },
  ]);
});

describe('asks told in other words: a login shared "as me", off the list, a customer saying we damaged their thing', () => {
  cases([
    // Failed before this round.
    { firm: 'karate', q: "sensei's locked out of the app, ok if he logs in as me tonight?", has: ['passwords-2fa'], not: ['new-tools'] },
    { firm: 'books', q: 'a customer replied to the newsletter saying get me off your list', has: ['customer-requests'], not: ['MailerLite data is stored in'] },
    { firm: 'launderette', q: 'lady reckons the driver lost one of her duvet covers', has: ['damage-claims'] },
    { firm: 'launderette', q: 'the driver is off sick today', has: [], not: ['damage-claims'] },
  ]);
});

describe('paper done with, asked what to do with: the policy that says how to get rid of it', () => {
  cases([
    // Failed before this round: the thing named one sentence before "put them in the shredding bin", or done with "from tonight's class".
    { firm: 'kitchens', q: 'what do i do with the printed drawings after the fitting?', has: ['paper-records'], not: ['(Register:'] },
    { firm: 'yoga', q: "what do i do with the paper sign-in sheet from tonight's class?", has: ['paper-records'], not: ['(Register:'] },
    // Kept: a register printed is still the paper policy's; a float from a shift is no paper of anyone's.
    { firm: 'pottery', q: "what do i do with the paper register from this morning's class", has: ['paper-records'] },
    { firm: 'icecream', q: "what do i do with the float from tonight's shift?", has: [], not: ['(Policy:'] },
  ]);
});

describe('a message that looks like a scam, a login shared in other words, a device "lost one of": their policies', () => {
  cases([
    // Failed before this round (from rounds 62 to 64's misses, in new words).
    { firm: 'discos', q: 'had a text claiming to be from the bank with a link to verify my account, seems dodgy', has: ['phishing'], not: ['(Register:'] },
    { firm: 'pottery', q: "there's an odd email from paypal with a link to log in, is it real?", has: ['suspicious-emails'] },
    { firm: 'kitchens', q: "a fitter's invoice came in with new bank details, looks a bit off", has: ['suspicious-emails'], not: ['(Register:'] },
    { firm: 'swim2', q: "can i log in to class4kids as her while she's on holiday?", has: ['devices-passwords'], not: ['safeguarding'] },
    { firm: 'karate', q: 'my mate asked me to send him my instagram password so he can post the grading pics', has: ['passwords-2fa'] },
    { firm: 'discos', q: "I left one of the booth ipads at the venue last night and they can't find it", has: ['lost-devices'], not: ['children-and-dbs'] },
    // Kept: a machine that looks dodgy is no message; a password asked of the office is the policy it was.
    { firm: 'discos', q: 'the smoke machine looks a bit dodgy, who fixes it?', has: [], not: ['phishing'] },
    { firm: 'it', q: 'can you send me the wifi password for the office?', has: ['client-passwords'] },
  ]);
});

describe('a trip over, asked what to do with the passport copies: the policy that says when they go', () => {
  cases([
    // Failed before this round ("red sea group got back 5 weeks ago, what do i do with the passport copies"), in new words.
    { firm: 'travel', q: 'the Iceland group are back now, what should I do with their passport copies?', has: ['passports'], not: ['(Register:'] },
  ]);
});
