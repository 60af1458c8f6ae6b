import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fortieth round (off-topic questions sharing a word with the register): misses of that
 * kind as classes, written in new words on example firms other than the failing cases', each beside a question of like
 * words that keeps its old, right answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    yoga: 'stillpoint-yoga',
    guesthouse: 'saltings-guest-house',
    marina: 'kingfisher-marina',
    vets: 'hawthorn-vets',
    wines: 'corkscrew-wines',
    plumber: 'tolley-plumbing',
    salon: 'fernleigh-salon',
    climbing: 'crux-climbing',
    accounts: 'trekim',
    agency: 'service-firm',
    kennels: 'thistledown-kennels',
    brewery: 'tidewell-brewery',
    books: 'marrowby-books',
    architects: 'larch-vale',
    cowork: 'quayside-works',
    cleaning: 'sparkle-bright-cleaning',
    theatre: 'lantern-playhouse',
    funeral: 'hollins-funeral',
    signs: 'brightline-signs',
  }),
);

const DONT_KNOW = "I don't know how to answer that";

describe('a time of the day\'s work asked: a weekday, tomorrow, a clock time or a choice of times, which no register field holds', () => {
  cases([
    // The class's misses (focus sets' firms): a supplier whose purpose met "team meeting", "check-in", "the square". In new words here.
    { firm: 'yoga', q: "when's the next teacher meetup, second monday again?", has: ['Priya Desai', DONT_KNOW] },
    { firm: 'guesthouse', q: 'check out time for the garden room - 10 or 11?', has: ['Gideon Moss', DONT_KNOW], not: ['Register:'] },
    { firm: 'guesthouse', q: 'are the window cleaners coming tomorrow?', has: ['Gideon Moss', DONT_KNOW], not: ['Register:'] },
    { firm: 'marina', q: 'is the fuel berth open after 5 on sundays', has: ['Rosalind Teague', DONT_KNOW], not: ['Register:'] },
    { firm: 'vets', q: 'is the christmas party in november or december this year?', has: ['Imogen Pryce', DONT_KNOW] },
    { firm: 'wines', q: 'is the tasting evening on thursday or friday?', has: ['Margot Ellery', DONT_KNOW], not: ['Register:'] },
    { firm: 'plumber', q: 'does the merchant open at 7 or 8 on saturdays', has: ['Karen Tolley', DONT_KNOW] },
    { firm: 'salon', q: 'are the carpet cleaners in on monday?', has: ['Rhiannon Hughes', DONT_KNOW] },
    { firm: 'climbing', q: 'is the route setting on tuesday nights now?', has: ['Nadia Kowalczyk', DONT_KNOW] },
    // Neighbours: a choice of periods is a retention period; a review date is the register's; a story told with its day is a situation.
    { firm: 'vets', q: 'is the vetstoria data deleted after 6 or 12 months?', has: ['Vetstoria', '2 years'] },
    { firm: 'yoga', q: 'when is the next review of our GDPR statements?', has: ['GDPR statement'], not: [DONT_KNOW] },
    { firm: 'guesthouse', q: 'a guest is arriving tomorrow and wants us to email her passport copy back, is that ok?', has: ['Register'], not: [DONT_KNOW] },
    { firm: 'vets', q: 'are we allowed to text clients on sundays about reminders?', has: ['Register:'], not: [DONT_KNOW] },
  ]);
});

describe('a price or a rate asked, after words said first or of a supplier named: no entry records a price', () => {
  cases([
    // The class's misses (focus sets' firms): the entry of the supplier named ("cremation"), or of one whose purpose met "deposit".
    // In new words here; the boarding price got a vaccination policy before this step, the rest were right and are kept.
    { firm: 'accounts', q: 'roughly how much does xero cost us a month?', has: ['Tess Ekim', DONT_KNOW] },
    { firm: 'kennels', q: "roughly how much is a week's boarding for two dogs?", has: ['Moira Haldane', DONT_KNOW] },
    { firm: 'brewery', q: 'do we still give 10% off to the rugby club or has that stopped', has: ['Morwenna Hale', DONT_KNOW] },
    { firm: 'books', q: 'is the trade discount 35% or 40% for the school orders?', has: ['Harriet Lomax', DONT_KNOW], not: ['Register:'] },
    { firm: 'salon', q: 'is it 15 per cent for staff on retail products?', has: ['Rhiannon Hughes', DONT_KNOW] },
    { firm: 'plumber', q: 'about how much does a boiler service cost?', has: ['Karen Tolley', DONT_KNOW] },
    // Neighbours: how much data an entry holds, or is kept about someone, is the register's.
    { firm: 'agency', q: 'how much data does zoho hold?', has: ['Zoho CRM', 'customer records'] },
    { firm: 'kennels', q: 'how much is kept in the booking system about each dog?', has: ['Gingr'] },
  ]);
});

describe('a thing asked where it is, who has it or whether any is left: the thing itself, not what it is for', () => {
  cases([
    // Failed before this step: the backup supplier ("the remote for the backup heater"), the stock system ("bookmarks").
    { firm: 'architects', q: "where's the remote for the backup heater in the back office", has: ['Nina Okonjo', DONT_KNOW], not: ['Backblaze'] },
    { firm: 'cowork', q: "where's the remote for the backup projector in meeting room 2", has: ['Nadia Rahman', DONT_KNOW], not: ['Nexudus'] },
    { firm: 'books', q: 'any bookmarks left at the till?', has: ['Harriet Lomax', DONT_KNOW], not: ['Bookmanager'] },
    // Right before and kept.
    { firm: 'cleaning', q: "who's got the keys for the van roof rack", has: ['Tom Ashworth', DONT_KNOW] },
    { firm: 'theatre', q: "we're running low on programmes and ice creams, who usually orders them?", has: ['Delia Fenwick', DONT_KNOW] },
    { firm: 'books', q: "we're nearly out of paper bags, who normally orders them", has: ['Harriet Lomax', DONT_KNOW] },
    // Neighbours: a holder of records is the records' ("the key for the filing cabinet with the family files"); a login is data;
    // what an entry's own work is ("the stock") is that entry's; forms left and suppliers left are the register's.
    { firm: 'funeral', q: "where's the key for the filing cabinet with the family files", has: ['Halo'], not: [DONT_KNOW] },
    { firm: 'kennels', q: "where's the login for the booking system", has: ['Gingr'] },
    { firm: 'books', q: 'who normally orders the stock for the shop', has: ['Bookmanager'] },
    { firm: 'brewery', q: 'any suppliers left without a dpa?', has: ['GDPR statements not on file'] },
  ]);
});

describe('how things stand now ("back yet or still at the garage", "any news on…"), and opening hours: no register field holds them', () => {
  cases([
    // Failed before this step: the backup supplier, whose entry mentions crane lift sheets; the newsletter policy; the online shop.
    { firm: 'marina', q: 'anyone know if the crane is fixed yet? got two lifts booked', has: ['Rosalind Teague', DONT_KNOW], not: ['Register:'] },
    { firm: 'marina', q: 'what shall we put on the newsletter for the winter opening hours', has: ['Rosalind Teague', DONT_KNOW] },
    { firm: 'books', q: 'what should we put on the website for the bank holiday opening hours', has: ['Harriet Lomax', DONT_KNOW], not: ['Shopify'] },
    // Right before and kept.
    { firm: 'brewery', q: 'is the bottling line back up and running yet or still waiting on the engineer', has: ['Morwenna Hale', DONT_KNOW] },
    { firm: 'funeral', q: 'any news on the new hearse?', has: ['Ruth Hollins', DONT_KNOW] },
    { firm: 'books', q: 'is the book fair stand still in the back room?', has: ['Harriet Lomax', DONT_KNOW] },
    // Neighbours: a statement or DPA asked yet, data still somewhere, a breach's news, a check on a person, are the register's.
    { firm: 'kennels', q: 'is the Gingr statement on file yet or still awaited?', has: ["Gingr's GDPR statement is on file"] },
    { firm: 'books', q: 'is the shopify dpa signed yet?', has: ["Shopify's GDPR statement is on file"] },
    { firm: 'marina', q: 'is the berth holder data still in the old system?', has: ['Moorline'] },
    { firm: 'funeral', q: 'any news on the breach we reported?', has: ['breach'], not: [DONT_KNOW] },
    { firm: 'kennels', q: "is the new kennel hand's dbs back yet?", has: ['Register:'], not: [DONT_KNOW] },
  ]);
});

describe('which of some kind of thing, named in a few words ("which diamond blade"), or how long a thing of the day lasts: no entry records it', () => {
  cases([
    // Failed before this step: the entry of a supplier whose purpose met "van", "lunch", "class", "consult".
    { firm: 'signs', q: 'what vinyl colour do we use for the van livery?', has: ['Priya Sandhu', DONT_KNOW], not: ['Wrapforce'] },
    { firm: 'yoga', q: 'how long is a beginners class, an hour or 75 mins?', has: ['Priya Desai', DONT_KNOW] },
    { firm: 'plumber', q: "how long's the lunch break on site days?", has: ['Karen Tolley', DONT_KNOW], not: ['Wix'] },
    { firm: 'vets', q: 'how long is a standard consult?', has: ['Imogen Pryce', DONT_KNOW], not: ['Provet'] },
    // Neighbours: a kind of thing an entry is called by ("card reader"), the register's kinds ("payroll software", "booking
    // system"), and how long data is kept, are the register's.
    { firm: 'brewery', q: 'which card reader do we use at the bar?', has: ['Square'] },
    { firm: 'books', q: 'which payroll software do we use?', has: ['Moorside Payroll Bureau'] },
    { firm: 'marina', q: 'which booking system do we use for visitors?', has: ['BerthHop'] },
    { firm: 'kennels', q: 'how long is the booking data kept?', has: ['Gingr'] },
    { firm: 'accounts', q: 'how long is the xero data retained?', has: ['Xero'], not: [DONT_KNOW] },
  ]);
});

describe('a parcel\'s tracking number, a map link or a postcode asked: values no register or policy records', () => {
  cases([
    // Failed before this step: the wholesaler's entry ("the wholesaler"), the breach policy ("a customer is lost").
    { firm: 'books', q: 'whats the tracking number for the book order from the wholesaler', has: ['Harriet Lomax', DONT_KNOW], not: ['Gardners'] },
    { firm: 'kennels', q: "what's the google maps link for the kennels, a customer is lost", has: ['Moira Haldane', DONT_KNOW], not: ['breach'] },
    // Right before and kept.
    { firm: 'plumber', q: "what's the postcode for the merchant in redruth", has: ['Karen Tolley', DONT_KNOW] },
    // Neighbour: tracking data an entry keeps is the register's.
    { firm: 'kennels', q: "what's the tracking data the pet taxi keeps?", has: ['Paws Pet Taxi'] },
  ]);
});

describe('the lost property box, a window or notice period asked how long: no loss of data, no retention', () => {
  cases([
    // Failed before this step: the breach or lost-device policy ("lost"), a policy on requests ("window for the pension").
    { firm: 'brewery', q: 'is the lost property box still behind the bar? someone left a scarf', has: ['Morwenna Hale', DONT_KNOW] },
    { firm: 'books', q: 'is the lost property basket still under the till? a lady left her gloves', has: ['Harriet Lomax', DONT_KNOW], not: ['breach'] },
    { firm: 'funeral', q: 'is the lost property tray still in the office?', has: ['Ruth Hollins', DONT_KNOW] },
    { firm: 'books', q: 'how long is the opt out window for the pension? one of the staff is asking', has: ['Harriet Lomax', DONT_KNOW] },
    // Neighbours: a firm with a lost property policy answers from it; a tool we do not hold is said to be none of ours.
    { firm: 'climbing', q: 'is the lost property box still behind the desk?', has: ['Lost property'] },
    { firm: 'books', q: 'how long is the free trial for canva?', has: ["I can't find canva"] },
  ]);
});
