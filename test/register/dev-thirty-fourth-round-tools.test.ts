import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-fourth round (tools we do not hold): the development traps' misses of that kind as
 * classes, written in new words on other example firms, each beside a question of like words that keeps its old, right
 * answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    pt: 'corefit-pt',
    bakery: 'crumb-and-crust-bakery',
    pets: 'wagtail-pet-sitters',
    trees: 'oakwise-tree-surgeons',
    vets: 'hawthorn-vets',
    solicitors: 'greaves-lowther',
    care: 'larkfield-home-care',
    interiors: 'linden-interiors',
    pests: 'kingsmead-pest-control',
    books: 'ledgerlight-bookkeeping',
    salon: 'fernleigh-salon',
    it: 'kittiwake-it',
    grooming: 'pawprint-grooming',
    physio: 'kestrel-physio',
    signs: 'brightline-signs',
    print: 'northgate-print',
    guesthouse: 'saltings-guest-house',
    tattoo: 'inkwell-tattoo',
    bookshop: 'marrowby-books',
  }),
);

describe('a product weighed against what we have, with leave to change asked', () => {
  cases([
    // Failed before this round: "would be easier", "are cheaper", a kind of tool said after the name, an English word as the name.
    { firm: 'pt', q: 'mindbody would be easier than teamup, can we switch?', has: ["can't find mindbody", 'new app'], not: ['TeamUp:'] },
    { firm: 'bakery', q: 'rotaready would be cheaper than deputy, can we switch', has: ["can't find rotaready", 'signing up'], not: ['Deputy:'] },
    { firm: 'pets', q: 'lastpass would be cheaper than what weve got, can we switch?', has: ["can't find lastpass", 'sign up'] },
    { firm: 'trees', q: 'samsara trackers are cheaper, can we switch the vans over', has: ["can't find samsara", 'new app'], not: ['Quartix:'] },
    { firm: 'vets', q: 'teya card machine is cheaper, can we switch', has: ["can't find teya"], not: ['Dojo:'] },
    { firm: 'salon', q: 'fresha would be cheaper than what weve got for bookings, can we switch?', has: ["can't find fresha"] },
    // Neighbours: a thing of everyday words weighed is no product; our own supplier weighed keeps its entry.
    { firm: 'signs', q: 'diesel is cheaper at tesco, can we switch?', has: ["don't know"], not: ["can't find"] },
    { firm: 'bakery', q: 'oat milk would be cheaper than what weve got, can we switch?', has: ["don't know"], not: ["can't find"] },
    { firm: 'salon', q: 'towels for the salon, any good?', has: ["don't know"], not: ["can't find"] },
  ]);
});

describe("a product's name at the head of a question: 'X for <job>?', tried, leave asked, or the name alone", () => {
  cases([
    // Failed before this round: the name before what it would be for, after "anyone tried", alone, or at the head as a web address.
    { firm: 'care', q: 'accurx for gp messages?', has: ["can't find accurx"], not: ['NHSmail:'] },
    { firm: 'pt', q: 'anyone tried myfitnesspal for food diaries?', has: ["can't find myfitnesspal", 'new app'] },
    { firm: 'solicitors', q: 'anyone tried dictate for letters?', has: ["can't find dictate"] },
    { firm: 'grooming', q: 'anyone mind if i use bear for the grooming notes', has: ["can't find bear", 'sign up'] },
    { firm: 'pets', q: 'anyone tried otter for recording client calls?', has: ["can't find otter", 'sign up'], not: ['WhatsApp Business:'] },
    { firm: 'physio', q: 'what about notion for the clinic handbook?', has: ["can't find notion"] },
    { firm: 'bakery', q: 'tiktok account for the shop?', has: ["can't find tiktok", 'signing up'], not: ['Xero:'] },
    { firm: 'interiors', q: 'monday.com for the fit-out?', has: ["can't find monday.com", 'sign up'] },
    { firm: 'salon', q: 'we could do the rota in rotaready, thoughts?', has: ["can't find rotaready"] },
    { firm: 'it', q: 'freshdesk', has: ["can't find freshdesk"] },
    // A tool run together from two words ("chat gpt") that the firm's policy on new tools keywords is that policy's.
    { firm: 'pests', q: 'chat gpt for writing reports?', has: ['Using new apps and services'], not: ['Reporting a data breach:'] },
    { firm: 'books', q: 'chat gpt for client emails?', has: ['AI tools'], not: ['Microsoft 365:'] },
    // Neighbours: our own suppliers at the head, however typed, keep their entries; everyday things before "for" are no product.
    { firm: 'salon', q: 'phorest for the bookings?', has: ['Phorest: Salon software'] },
    { firm: 'solicitors', q: 'docu sign for the contracts?', has: ['DocuSign: Electronic signatures'] },
    { firm: 'print', q: 'drop box for the proofs?', has: ['Dropbox: Storing job artwork'] },
    { firm: 'guesthouse', q: 'quikbooks for the accounts?', has: ['QuickBooks: Bookkeeping'] },
    { firm: 'tattoo', q: 'instagram account for the studio?', has: ["Instagram: The studio's portfolio"] },
    { firm: 'bookshop', q: 'what about friday for the stocktake?', has: ["don't know"], not: ["can't find"] },
    { firm: 'bakery', q: 'lunch for the team?', has: ["don't know"], not: ["can't find"] },
    // Bare before "for", an everyday word is the thing itself, not a product's name.
    { firm: 'salon', q: 'template for the letters?', not: ["can't find"], has: [] },
    { firm: 'pt', q: 'whiteboard for the rota?', not: ["can't find"], has: [] },
    { firm: 'vets', q: 'approval for booking locums?', not: ["can't find"], has: [] },
  ]);
});
