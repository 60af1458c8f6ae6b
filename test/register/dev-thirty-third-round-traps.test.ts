import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-third round (tools we do not use, one supplier's backups): rounds 56 to 61's misses
 * of those kinds as classes, written in new words on other example firms, each beside a question of like words that keeps
 * its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    signs: 'brightline-signs',
    salon: 'fernleigh-salon',
    pets: 'wagtail-pet-sitters',
    pianos: 'keynote-piano-services',
    thread: 'needle-and-thread',
    solicitors: 'greaves-lowther',
    physio: 'kestrel-physio',
    pt: 'corefit-pt',
  }),
);

describe('a tool we do not hold asked leave for, however the rest of the question reads', () => {
  cases([
    // Failed before this round: "the shared logins" read as logins that came by the tool, "jane" as an English word,
    // and the christmas opening times as a calendar question.
    { firm: 'signs', q: 'can i stick the shared logins in lastpass on my phone', has: ['lastpass', 'new-tools'] },
    { firm: 'pianos', q: 'can i stick the shared logins in lastpass', has: ['lastpass', 'new-tools'] },
    { firm: 'pets', q: 'is it ok if i try rover app for extra walks', has: ['rover', 'new-tools'] },
    { firm: 'signs', q: 'should i just make a canva account to do the christmas opening times poster', has: ['canva', 'new-tools'] },
    { firm: 'thread', q: 'should i make a canva account for the christmas opening times', has: ['canva', 'new-tools'] },
    // Neighbours: a colleague's login is the passwords policy's, not a product; opening hours asked are a calendar's.
    { firm: 'pt', q: 'is it ok if i use toms login for teamup', has: ['Never share a login'], not: ["I can't find"] },
    { firm: 'signs', q: 'is the workshop open on christmas eve', has: ['Priya Sandhu'], not: ['new-tools'] },
  ]);
});

describe("a supplier's backups asked: 'do they keep any backups of our stuff'", () => {
  cases([
    // Failed before this round: the whole entry, its backups unsaid among the rest.
    { firm: 'salon', q: 'does phorest keep any backups of our clients stuff', has: ['kept for 30 days'], not: ['colour formulas'] },
    { firm: 'solicitors', q: 'does leap keep backups of our case files and for how long', has: ['35 days'] },
    { firm: 'signs', q: 'does dropbox keep any backups of our artwork, and for how long', has: ['180 days'] },
    // Neighbours: how long we keep a thing is its period; where the register records no backups, it says so.
    { firm: 'physio', q: 'how long do we keep treatment notes', has: ['Cliniko', 'retention'], not: ['backups kept'] },
    { firm: 'pt', q: 'does trainerize keep backups of client programmes', has: ['does not record'] },
  ]);
});
