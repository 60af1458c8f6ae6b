import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 116 and focus sets 35 and 38 taught (the sixty-third round), each beside a neighbour that keeps its answer.
 * The questions are told afresh, not the sets' own.
 */
const cases = devCasesOn(
  exampleFirms({
    scans: 'sonarbump-baby-scans',
    wigs: 'crownline-wig-clinic',
    lashes: 'lashline-brow-studio',
    memoirs: 'lifestory-memoirs',
    treeFarm: 'hollyberry-christmas-tree-farm',
    costumes: 'curtain-call-costumes',
    salon: 'fernleigh-salon',
    dogs: 'steadypaw-assistance-dogs',
    gaming: 'respawn-gaming-cafe',
  }),
);

describe('who we have on a transfer safeguard, asked as "who have we got on it"', () => {
  cases([
    { firm: 'scans', q: 'who have we got on the idta then?', has: ['Stripe', 'Klaviyo'], not: ['Tricefy'] },
    { firm: 'scans', q: 'who do we have sccs with', has: ['Tricefy', 'Shopify'], not: ['Klaviyo'] },
    // Neighbour: who is on the rota is no safeguard.
    { firm: 'scans', q: 'who have we got on the rota tomorrow', has: [], not: ['IDTA', 'contractual clauses'] },
  ]);
});

describe('an example after the kind of data named illustrates it, and does not narrow the list', () => {
  cases([
    { firm: 'scans', q: 'which suppliers keep health info about the mums for example pregnancy history', has: ['Tricefy', 'GE HealthCare Voluson', 'The Doctors Laboratory'] },
  ]);
});

describe('all her pictures and notes asked for is a request for her own data', () => {
  cases([
    { firm: 'scans', q: 'a mum emailed asking for all her scan pics and notes, what do i do', has: ['subject-access'] },
    // Neighbour: all his details changed is an update, not a request for them.
    { firm: 'wigs', q: 'client emailed, wants all his details changed to his new address', has: [], not: ['Log it in the requests sheet'] },
  ]);
});

describe('a tool we do not hold, told by what it is', () => {
  cases([
    { firm: 'scans', q: 'can i run the scan pics through that free ai photo editor to sharpen them', has: ['new-tools'] },
    { firm: 'wigs', q: 'chloe wants to wear those meta smart glasses to film a fitting, allowed?', has: ['new-tools'] },
    // Named beside a supplier of ours it would post to.
    { firm: 'lashes', q: 'found some auto-scheduling thing for our insta posts, can i start using it?', has: ['new-tools'] },
  ]);
});

describe('a picture put on our socials where the platform is a supplier', () => {
  cases([
    // A policy titled on posting there answers.
    { firm: 'scans', q: "can i put the scan pic of the triplets on insta, mum's happy", has: ['social-media'] },
    // The start code answered this too; with the retrained kind model sure it is small talk, only the reading of leave to post on
    // our own pages keeps the policy (the fifty-seventh round's thank-you card is the same case).
    { firm: 'costumes', q: 'a customer sent us a lovely review, can i share it on our facebook?', has: ['catalogue-photos'] },
    // Neighbour: a policy on photos at large leaves the platform's entry, which says what its posts rest on.
    { firm: 'salon', q: "can i post the photos of mrs khan's balayage on our insta", has: ['Meta'] },
  ]);
});

describe('a child lost or found alone is the policy titled on lost children', () => {
  cases([
    { firm: 'treeFarm', q: 'a little girl is crying on her own by the wreath tent', has: ['lost-children'] },
    // Neighbour: a child telling Santa a wish is no lost child.
    { firm: 'treeFarm', q: 'a little girl told santa she wants a puppy', has: [], not: ['lost-children'] },
  ]);
});

describe('harm at home told by a child', () => {
  cases([
    { firm: 'treeFarm', q: 'a boy whispered to the elf that his step-dad hurts his mum', has: ['grotto-safeguarding'] },
    // Neighbour: a dad who hit a deer hurt no one at home.
    { firm: 'treeFarm', q: 'one of the kids said his dad hit a deer on the way here', has: [], not: ['grotto-safeguarding'] },
  ]);
});

describe('a parent stepping out while the child stays with us', () => {
  cases([
    { firm: 'wigs', q: 'a 12 yr old girl is in for her fitting and her dad wants to sit outside in the van', has: ['children', 'in the room at all times'] },
    // Neighbour: a mum waiting outside for her taxi leaves no child.
    { firm: 'wigs', q: 'mum wants to wait outside for the taxi, can we call her a cab?', has: [], not: ['in the room at all times'] },
  ]);
});

describe('a visitor with a phone out filming', () => {
  cases([{ firm: 'treeFarm', q: 'a mum has her phone out recording her kids in the grotto, is that allowed', has: ['santa-photos', 'Parents may take their own photos'] }]);
});

describe('our promotional texts wanted stopped', () => {
  cases([
    { firm: 'treeFarm', q: "a customer's fed up with our deals texts and wants them stopped", has: ['requests-and-deletion'] },
    // Neighbour: our texts wanted on another day are no one's request to stop them.
    { firm: 'lashes', q: 'she wants our promo texts to go out on fridays instead', has: [], not: ['requests-and-deletion'] },
  ]);
});

describe('footage of the asker where no one policy is on the cameras', () => {
  cases([{ firm: 'treeFarm', q: 'a man wants the cctv footage of him from when his car was dented in the car park', has: ['requests-and-deletion'] }]);
});

describe('someone lost to death is a bereavement, not a loss of data', () => {
  cases([
    { firm: 'memoirs', q: 'mr webb got very tearful about the son he lost in the falklands, should i keep going?', has: ['difficult-memories'], not: ['breach-reporting'] },
    { firm: 'memoirs', q: 'halfway through mrs price started talking about the baby she lost and got upset', has: ['difficult-memories'] },
    // Neighbours: a thing lost is a loss of what it holds, whoever its name speaks of.
    { firm: 'scans', q: 'lost the baby scan usb with 3 clients on it', has: ['breach-reporting'] },
    { firm: 'memoirs', q: 'lost my bag on the bus with the recorder in it', has: ['breach-reporting'] },
  ]);
});

describe('records of a year long gone, asked whether to clear out, are the retention policy\'s', () => {
  cases([
    { firm: 'scans', q: 'can we shred the booking forms from 2018, the cupboard is full', has: ['records-retention'] },
    { firm: 'dogs', q: 'a pile of withdrawn applications from 2020 are still in charitylog, keep em or clear them out?', has: ['retention', 'Declined or withdrawn applications: 2 years'] },
    // Neighbour: today's duplicates are no old records.
    { firm: 'scans', q: 'can i bin the scan reports from today, theyre duplicates', has: [], not: ['records-retention'] },
  ]);
});

describe('work audio played aloud is the sentence on headphones', () => {
  cases([
    { firm: 'memoirs', q: 'my partner could hear every word, the interview audio was coming out of the laptop speakers', has: ['devices-and-home-working', 'headphones'] },
    // Neighbour: how loud the recorder is set is no one overhearing.
    { firm: 'memoirs', q: 'the interview was really loud, how do i turn the recorder down', has: [], not: ['devices-and-home-working'] },
  ]);
});

describe('a story in our publicity on leave given by word of mouth is the sentence asking it in writing', () => {
  cases([
    { firm: 'dogs', q: "can we use sophie's story in the newsletter? her dad said on the phone its fine", has: ['photos-and-stories', 'signed consent form'] },
    // Neighbour: our own logo is no one's story.
    { firm: 'dogs', q: 'can we use the new logo in the newsletter?', has: [], not: ['signed consent form'] },
  ]);
});

describe('sent to a random number or address, or a draft sent instead of to another, is a breach', () => {
  cases([
    { firm: 'lashes', q: "texted a client's patch test reminder to a random number, got a digit wrong", has: ['breach-reporting'] },
    { firm: 'memoirs', q: "sent mr ali's chapter 4 draft to his son instead of his wife", has: ['breach-reporting'] },
    // Neighbour: a random number rung to test a phone sends no one's details.
    { firm: 'lashes', q: 'can i text a random number to test the new phone?', has: [], not: ['breach-reporting'] },
  ]);
});

describe('a thing said as "it" photographed, where a policy sentence forbids photographing what the story names', () => {
  cases([
    { firm: 'wigs', q: 'a lady has her nhs voucher with her, ok to snap a pic of it on my phone for the claim?', has: ['nhs-vouchers', 'Never photograph a voucher'] },
    // Neighbour: a wig stand photographed is nothing any policy forbids.
    { firm: 'wigs', q: 'the new wig stand arrived, can i take a pic of it for our insta?', has: [], not: ['nhs-vouchers'] },
  ]);
});

describe('someone come to collect a child whom the parent has not told us of', () => {
  cases([
    { firm: 'gaming', q: 'his uncle is here to pick him up but his mum hasnt told us anything', has: ['under-16s', 'texted the venue phone first'] },
    // Neighbour: a parent late to collect is no one else taking the child.
    { firm: 'gaming', q: "his mum hasnt said when she'll pick him up and we close at 7", has: [], not: ['texted the venue phone first'] },
    // Neighbour: the parent collecting, with a bill unpaid, is no one else taking the child.
    { firm: 'gaming', q: 'his mum is here to pick him up, she hasnt paid for the extra hour', has: [], not: ['texted the venue phone first'] },
  ]);
});

describe('photos on one\'s own phone, said as "on mine", where the devices policy says it too', () => {
  cases([
    { firm: 'lashes', q: 'can i take the after shots on mine? my phone camera is better than the ipad', has: ['photos-and-social-media', 'never on your own phone'] },
    // Neighbour: a phone said to be mine, with no picture taken, is no photo on one's own phone.
    { firm: 'lashes', q: 'my phone is on 2%, can i charge it on the front desk charger?', has: [], not: ['photos-and-social-media'] },
  ]);
});
