import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-third round of work, off-topic questions, tools we do not use
 * and situations: rounds 31 to 36's misses as classes, written in new words on other example firms,
 * and questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    theatre: 'lantern-playhouse',
    brewery: 'tidewell-brewery',
    garden: 'greenhythe-garden-centre',
    dance: 'pirouette-dance-academy',
  }),
);

describe('a time, price, count or errand of the day-to-day, sharing a word with the register: don\'t know, and whom to ask', () => {
  cases([
    // Failed before this round (the supplier whose entry shares a word: the bar's till, the shop, the volunteer rota).
    { firm: 'dance', q: 'what time does the summer show start', has: ["don't know", 'Rosalind Achebe'], not: ['Bristol City Council'], intent: 'unknown' },
    { firm: 'brewery', q: 'what time does the taproom shut on sundays', has: ["don't know", 'Morwenna Hale'], not: ['Square'], intent: 'unknown' },
    { firm: 'brewery', q: 'how much is a mixed case of the pale', has: ["don't know", 'Morwenna Hale'], not: ['Shopify'], intent: 'unknown' },
    { firm: 'brewery', q: 'how many cans are in a mixed case', has: ["don't know", 'Morwenna Hale'], not: ['Shopify'], intent: 'unknown' },
    { firm: 'garden', q: 'whats the markup on garden furniture', has: ["don't know", 'Ruth Okonjo'], not: ['Shopify'], intent: 'unknown' },
    { firm: 'garden', q: 'whos bringing the cake to the loyalty club evening', has: ["don't know", 'Ruth Okonjo'], not: ['Stamp Me'], intent: 'unknown' },
    { firm: 'brewery', q: 'whos driving the van to the beer festival', has: ["don't know", 'Morwenna Hale'], not: ['Newsletter'], intent: 'unknown' },
    { firm: 'dance', q: 'how much is a ticket for the christmas showcase', has: ["don't know", 'Rosalind Achebe'], not: ['TicketSource'], intent: 'unknown' },
    { firm: 'dance', q: 'how many pupils are in the tuesday ballet class', has: ["don't know", 'Rosalind Achebe'], not: ['Class Manager'], intent: 'unknown' },
    // Passed before, kept as checks: the same shapes already refused, and the register's own questions of those shapes.
    { firm: 'theatre', q: 'what time does the bar close after the panto', has: ["don't know", 'Delia Fenwick'], not: ['SumUp'], intent: 'unknown' },
    { firm: 'theatre', q: 'whos bringing the cake for the volunteers party', has: ["don't know", 'Delia Fenwick'], not: ['Better Impact'], intent: 'unknown' },
    { firm: 'theatre', q: 'how long do we keep the box office bookings', has: ['Spektrix'], intent: 'retention' },
    { firm: 'theatre', q: 'who looks after spektrix', has: ['Owen Mallory'], intent: 'owner' },
    { firm: 'brewery', q: 'how many suppliers do we use', has: ['Square', 'Shopify'], intent: 'list-suppliers' },
  ]);
});

describe('a tool we do not hold, asked after in more shapes ("x wants to use…", "a … group", "an … account", "move it onto…", the tool as a verb): not in the register, and whom to ask', () => {
  cases([
    // Failed before this round (the supplier we use for the same job, or a policy sharing a word).
    { firm: 'garden', q: 'jo wants to use mailchimp for the seasonal offers, is that allowed', has: ["can't find mailchimp", 'Ruth Okonjo'], intent: 'unknown-supplier' },
    { firm: 'garden', q: 'do we have a canva account for the posters', has: ["can't find canva", 'Ruth Okonjo'], not: ['Xero'], intent: 'unknown-supplier' },
    { firm: 'brewery', q: 'slack ok for sending the brew schedule?', has: ["can't find slack", 'Morwenna Hale'], intent: 'unknown-supplier' },
    { firm: 'brewery', q: 'is it ok to dropbox a customer their invoice', has: ["can't find dropbox", 'Morwenna Hale'], not: ["Deleting a customer's details"], intent: 'unknown-supplier' },
    { firm: 'brewery', q: 'ellis wants to move the stock sheet onto airtable, where does airtable store data', has: ["can't find airtable", 'Morwenna Hale'], not: ['Ekos'], intent: 'unknown-supplier' },
    { firm: 'dance', q: 'do we have a zoom account for online classes', has: ["can't find zoom", 'New apps and tools'], not: ['Xero'], intent: 'unknown-supplier' },
    { firm: 'theatre', q: 'can i set up a whatsapp group for the ushers', has: ["can't find whatsapp", 'Delia Fenwick'], not: ['Better Impact'], intent: 'unknown-supplier' },
    { firm: 'theatre', q: 'gus wants to use eventbrite for the youth theatre, is that allowed', has: ["can't find eventbrite", 'Delia Fenwick'], not: ['ClassForKids'], intent: 'unknown-supplier' },
    // Passed before, kept as checks: a tool we hold is its entry, whoever else uses it, and an everyday verb is no tool.
    { firm: 'brewery', q: 'the brewery down the road use untappd, is that ok for us too', has: ['Untappd for Business'], not: ["can't find"] },
    { firm: 'theatre', q: 'do we have a spektrix account for the bar staff', has: ['Spektrix'], not: ["can't find"] },
    { firm: 'theatre', q: 'is it ok to shred the old booking forms', has: ['Keeping and destroying records'], intent: 'policy' },
    { firm: 'garden', q: 'where does klaviyo keep our email list', has: ["can't find klaviyo", 'Ruth Okonjo'], intent: 'unknown-supplier' },
  ]);
});

describe("a child's secret told, or a child found alone: the firm's safeguarding policy, whatever the story's other words meet", () => {
  cases([
    // Failed before this round (the medical or breach policy, or don't know).
    { firm: 'dance', q: 'a little girl was crying on her own in the car park after class, what do i do', has: ['Safeguarding and disclosures'], not: ["Pupils' medical information"], intent: 'policy' },
    { firm: 'theatre', q: 'a lad in the youth theatre told me his stepmum hits him and asked me not to tell his dad', has: ['Safeguarding children and young people', 'Priya Chandran'], intent: 'policy' },
    { firm: 'theatre', q: 'found a lost child in the foyer at the interval, where do i take her', has: ['Safeguarding children and young people'], not: ['Reporting a data breach'], intent: 'policy' },
    // Passed before, kept as checks: a disclosure already answered, and a story of no child, which stays the other policy's or don't know.
    { firm: 'dance', q: 'one of the year 5s said her uncle does things that scare her and made me promise to keep it a secret', has: ['Safeguarding and disclosures'], intent: 'policy' },
    { firm: 'dance', q: 'can i take photos of the tuesday class for instagram', has: ['Photos and filming'], intent: 'policy' },
    { firm: 'theatre', q: 'a customer said the show was too loud', has: ["don't know", 'Delia Fenwick'], intent: 'unknown' },
  ]);
});

describe('a stash of old paper come across ("found a box of old slips…, what do I do with them?", "old quotes, just bin them?"): the policy that says how to get rid of it', () => {
  cases([
    // Failed before this round (the supplier whose entry names the thing, or the till).
    { firm: 'garden', q: 'found a box of old special order slips from 2021 under the counter, what do i do with them', has: ['Keeping and destroying records', 'shredded'], not: ['Epos Now'], intent: 'policy' },
    { firm: 'garden', q: 'theres a pile of delivery sheets in the van, what do we do with them', has: ['shredding bin'], not: ['Circuit'], intent: 'policy' },
    { firm: 'garden', q: 'what do i do with old landscaping quotes, just bin them?', has: ['Keeping and destroying records'], not: ['Tradify: Job'], intent: 'policy' },
    { firm: 'theatre', q: 'found a stack of paper reservation slips from last season in the box office what do i do with them', has: ['Keeping and destroying records', 'shred'], not: ['Spektrix'], intent: 'policy' },
    // Passed before, kept as checks: the same already answered, and a thing found that is no paper of ours.
    { firm: 'theatre', q: 'what do i do with old volunteer sign up forms, recycle them?', has: ['Keeping and destroying records'], intent: 'policy' },
    { firm: 'garden', q: 'found a box of compost in the shed what do i do with it', has: ['Ruth Okonjo'], not: ['Keeping and destroying records'] },
  ]);
});

describe('a file deleted or overwritten by mistake, asked back: the firm\'s backups policy, by its title', () => {
  const firms = devCasesOn(exampleFirms({ opticians: 'brightwater-opticians', physio: 'kestrel-physio', vets: 'hawthorn-vets', photographer: 'foxglove-studio' }));
  firms([
    // Failed before this round (the breach policy, a supplier holding the thing, or its retention).
    { firm: 'opticians', q: 'i deleted the recall list spreadsheet by mistake, can we get it back', has: ['Backups:'], not: ['Reporting a data breach'], intent: 'policy' },
    { firm: 'physio', q: 'overwrote the clinic rota spreadsheet, can i restore it', has: ['Backups:'], intent: 'policy' },
    { firm: 'vets', q: 'accidentally deleted the vaccine reminder list, any way to recover it', has: ['Offsite backups and recovery'], not: ['Mailchimp'], intent: 'policy' },
    // Passed before, kept as checks: a firm whose only "backup" is a keyword of its memory-card rule, and a retention question.
    { firm: 'photographer', q: 'i deleted the client gallery folder by mistake, can we get it back', has: [], not: ['Memory cards and camera kit'] },
    { firm: 'opticians', q: 'how long do we keep recall letters', has: ['1 year'], intent: 'retention' },
  ]);
});
