import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's fortieth round (tools the firm does not use): misses of that kind from the focus sets as
 * classes, written in new words on other example firms, each beside a question of like words that keeps its old, right
 * answer. For tuning, like dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    coffee: 'beanwagon-coffee',
    grooming: 'pawprint-grooming',
    plumber: 'tolley-plumbing',
    pottery: 'kilnworks-pottery',
    podiatry: 'stepwell-podiatry',
    gym: 'corefit-pt',
    counselling: 'willowbank-counselling',
    park: 'heronsfield-holiday-park',
    removals: 'thackeray-removals',
    bridal: 'ivory-lace-bridal',
    icecream: 'tutti-ice-cream',
    guesthouse: 'saltings-guest-house',
    vineyard: 'hollowfield-vineyard',
    weddings: 'brightframe-weddings',
    wines: 'corkscrew-wines',
  }),
);

describe('leave asked after the change, in words the rounds had not taught: "are we ok to switch?", "any problem with that?"', () => {
  cases([
    // Failed before this round: the job's supplier of ours answered.
    { firm: 'counselling', q: 'accountant reckons we should run payroll on sage from april, are we ok to switch?', has: ["can't find sage", 'Priya Venkatesan'], not: ['BrightPay:'] },
    { firm: 'park', q: 'jeremy wants the pitch fee invoices on quickbooks from next year – any problem with that?', has: ["can't find quickbooks", 'Rosalind Achebe'], not: ['Xero:'] },
    { firm: 'coffee', q: 'the bookkeeper reckons we should run payroll on sage from next month, are we ok to switch?', has: ["can't find sage", 'Policy: new-tools'] },
    { firm: 'grooming', q: 'could we do the invoices on wave from january, are we ok to change?', has: ["can't find wave", 'Policy: new-tools'] },
    { firm: 'plumber', q: 'the new office manager wants the job invoices on freshbooks from april - any problem with that?', has: ["can't find freshbooks"] },
    // Right before and kept: how a job is done, in English words, is no tool.
    { firm: 'podiatry', q: 'can i do the notes in bullet points, are we ok to do that?', has: [], not: ["can't find"] },
    { firm: 'grooming', q: 'could we run the payroll on friday instead, are we ok to do that?', has: [], not: ["can't find"] },
    { firm: 'pottery', q: 'can we do the rota in pairs from now on, are we ok to change?', has: [], not: ["can't find"] },
  ]);
});

describe('a product heard well of, kept in my own big-company drive, signed on, signed up for as "it", or a network set up for us', () => {
  cases([
    // Failed before this round: the job's words met a supplier of ours or a policy.
    { firm: 'removals', q: 'heard good things about movewear for quotes and job sheets, could we give it a go', has: ["can't find movewear", 'Donal Keane'], not: ['MoveMan:'] },
    { firm: 'removals', q: 'is it ok to save inventories into my google drive so i can get at them from home', has: ["can't find google drive", 'Donal Keane'] },
    { firm: 'removals', q: 'can i get customers to sign the storage agreement on docusign', has: ["can't find docusign", 'Donal Keane'] },
    { firm: 'bridal', q: 'brides keep asking if we do klarna. can we sign up for it', has: ["can't find klarna", 'Philippa Marsh'] },
    { firm: 'bridal', q: 'can i set us up a tik tok for try-on videos', has: ["can't find tik tok", 'Philippa Marsh'] },
    // The same classes in new words on other firms.
    { firm: 'plumber', q: 'heard good things about fergus for job sheets, could we give it a go', has: ["can't find fergus"] },
    { firm: 'coffee', q: 'ive heard great things about loyverse for the till, can we try it', has: ["can't find loyverse", 'Policy: new-tools'] },
    { firm: 'plumber', q: 'is it ok to save the job photos into our google drive', has: ["can't find google drive"] },
    { firm: 'grooming', q: 'could we get owners to sign the consent form on pandadoc', has: ["can't find pandadoc", 'Policy: new-tools'] },
    { firm: 'grooming', q: 'people ask whether we accept laybuy, could we sign up to it', has: ["can't find laybuy", 'Policy: new-tools'] },
    { firm: 'pottery', q: 'can you set me up a you tube channel for the throwing demos', has: ["can't find you tube", 'Policy: new-tools'] },
    // Right before and kept: a person heard well of, a supplier of that company we hold, a thing signed on a device, work we do.
    { firm: 'grooming', q: 'heard good things about the new groomer in town, can we ask her to cover', has: [], not: ["can't find"] },
    { firm: 'podiatry', q: 'is it ok to save the patient letters into my own google drive so i can work from home', has: [], not: ["can't find"] },
    { firm: 'plumber', q: 'can i get customers to sign the job sheet on the ipad', has: [], not: ["can't find"] },
    { firm: 'coffee', q: 'customers keep asking if we do oat milk, can we sign up for it', has: [], not: ["can't find"] },
  ]);
});

describe('a product named by a phrase: a clause in a noun\'s slot ("downloaded when i work for clocking in"), or quoted before "app"', () => {
  cases([
    // Failed before this round: the phrase's everyday words were read one by one.
    { firm: 'icecream', q: 'ive downloaded when i work for clocking in on the parlour tablet', has: ["can't find when i work", 'Policy: new-tools'] },
    { firm: 'icecream', q: 'thinking of trying stamp me for the stamp cards, its got better reviews', has: ["can't find stamp me", 'Policy: new-tools'], not: ['Loopy Loyalty'] },
    { firm: 'park', q: "staff keep saying that 'when i work' app is better for swapping shifts, can we switch over?", has: ["can't find when i work", 'Rosalind Achebe'], not: ['Deputy'] },
    { firm: 'pottery', q: 'ive installed when i work for the rota on the studio ipad', has: ["can't find when i work", 'Policy: new-tools'] },
    { firm: 'grooming', q: 'the girls say the "pet me" app is easier for bookings, can we move over?', has: ["can't find pet me", 'Policy: new-tools'] },
    // Right before and kept: a supplier we hold by that phrase, and phrases that are things.
    { firm: 'coffee', q: 'thinking of trying stamp me for the loyalty cards, can we?', has: ['Stamp Me:'], not: ["can't find"] },
    { firm: 'coffee', q: 'im using whatever you like for the notes', has: [], not: ["can't find"] },
    { firm: 'plumber', q: 'ive downloaded the app you said for the job sheets', has: [], not: ["can't find"] },
  ]);
});

describe('a tool named in the story, then asked leave for as "that" or "there"', () => {
  cases([
    // Failed before this round: a policy on the job's words answered.
    { firm: 'counselling', q: "client's work laptop only has microsoft teams, can i do her sessions on that instead?", has: ["can't find microsoft teams", 'Priya Venkatesan'] },
    { firm: 'guesthouse', q: 'guests keep messaging us on facebook messenger, is it ok to send them their booking details on there?', has: ["can't find facebook messenger", 'Gideon Moss'] },
    { firm: 'podiatry', q: 'patient says her carer only has microsoft teams, can i do the review on that?', has: ["can't find microsoft teams", 'Policy: new-tools'] },
    { firm: 'grooming', q: 'customers keep messaging us on telegram, is it ok to reply with their booking times on there?', has: ["can't find telegram", 'Policy: new-tools'] },
    // Right before and kept: a phone is no tool, a device is none, a network a policy writes is that policy's.
    { firm: 'plumber', q: 'landlords keep messaging me on my phone, is it ok to send the certificates on there?', has: [], not: ["can't find"] },
    { firm: 'gym', q: 'the client only has an apple watch, can i track her sessions on that?', has: [], not: ["can't find"] },
    { firm: 'pottery', q: 'students keep messaging us on instagram, can i send them the class list on there?', has: ['Instagram'], not: ["can't find"] },
  ]);
});

describe('another company put forward for a job of ours: ordered "through their portal", or weighed cheaper than the one we use', () => {
  cases([
    // Failed before this round: the supplier we use for the job answered.
    { firm: 'podiatry', q: 'phits insoles, can we order through their portal?', has: ["can't find phits", 'Policy: new-tools'], not: ['iOrthotics'] },
    { firm: 'vineyard', q: 'royal mail click and drop for the club boxes, its cheaper than the courier', has: ["can't find royal mail click and drop", 'Policy: new-tools'], not: ['DPD:'] },
    { firm: 'plumber', q: 'plumbase trade counter, can we order through their website?', has: ["can't find plumbase"] },
    { firm: 'grooming', q: 'zooplus treats, could we order through their app?', has: ["can't find zooplus", 'Policy: new-tools'] },
    { firm: 'vineyard', q: 'parcel force express for the club boxes, its cheaper than the courier', has: ["can't find parcel force express", 'Policy: new-tools'] },
    // Right before and kept: a supplier of ours by its own words, things, everyday ways and words of what a thing is like.
    { firm: 'podiatry', q: "the lab's insoles, can we order through their portal?", has: ['The Doctors Laboratory'], not: ["can't find"] },
    { firm: 'vineyard', q: 'bigger boxes for the club, its cheaper than the courier', has: [], not: ["can't find"] },
    { firm: 'vineyard', q: 'second class post for the club boxes, its cheaper than the courier', has: [], not: ["can't find"] },
    { firm: 'vineyard', q: 'hand delivery for the local club boxes, its cheaper than the courier', has: [], not: ["can't find"] },
  ]);
});

describe('guards on the shapes above: a person or a thing done is no title; a thing weighed against a thing is no company', () => {
  cases([
    { firm: 'gym', q: 'what about you and me for the rota next week', has: [], not: ["can't find"] },
    { firm: 'coffee', q: 'tried asking you for the invoices, any luck?', has: [], not: ["can't find"] },
    { firm: 'grooming', q: 'try ringing me for the bookings if the app is down', has: [], not: ["can't find"] },
    { firm: 'coffee', q: 'oat milk for the lattes, its cheaper than the almond', has: [], not: ["can't find"] },
    { firm: 'removals', q: 'bigger vans for the long moves, its cheaper than the two trips', has: [], not: ["can't find"] },
    { firm: 'plumber', q: 'the customer only has google pay, can i take it on that?', has: [], not: ["can't find"] },
    { firm: 'gym', q: 'clients keep messaging us on whatsapp, is it ok to send them their plans on there?', has: ['WhatsApp'], not: ["can't find"] },
    { firm: 'bridal', q: 'brides keep asking if we do alterations, can we sign up for it?', has: [], not: ["can't find"] },
  ]);
});

describe('a word and its number weighed against ours with "instead": "in capture one instead?"', () => {
  cases([
    // Failed before this round: read as a word and a count.
    { firm: 'weddings', q: 'can i edit saturdays wedding in capture one instead? way better skin tones', has: ["can't find capture one", 'Policy: new-tools'] },
    { firm: 'podiatry', q: 'can i write the letters in pages 2 instead?', has: ["can't find pages 2", 'Policy: new-tools'] },
    { firm: 'coffee', q: 'can i edit the menu in affinity 2 instead?', has: ["can't find affinity 2", 'Policy: new-tools'] },
    // Right before and kept: a unit counted is a place or a thing of ours.
    { firm: 'pottery', q: 'can we run the class in room two instead?', has: [], not: ["can't find"] },
    { firm: 'removals', q: 'can i take the job on van 3 instead?', has: [], not: ["can't find"] },
    { firm: 'vineyard', q: 'can we do the tasting on day two instead?', has: [], not: ["can't find"] },
  ]);
});

describe('a company named in capitals, last, after the way a thing would go: "through Ticket Tailor?"', () => {
  cases([
    // Failed before this round: the supplier we use for tickets answered.
    { firm: 'wines', q: 'can i sell the masterclass tickets through Ticket Tailor?', has: ["can't find Ticket Tailor", 'Policy: new-tools'], not: ['Eventbrite:'] },
    { firm: 'coffee', q: 'could we take the event bookings through Ticket Tailor?', has: ["can't find Ticket Tailor", 'Policy: new-tools'] },
    // Right before and kept: a time in capitals is when, a supplier of ours by its own name keeps its entry.
    { firm: 'removals', q: 'is it ok to book the move on New Year?', has: [], not: ["can't find"] },
    { firm: 'pottery', q: 'can we sell the seconds through Shopify Payments?', has: ['Shopify'], not: ["can't find"] },
  ]);
});
