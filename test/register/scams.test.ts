import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * The scams every small firm is sent, told as they happen (the forty-seventh round's sweep): before, "I got an email from the
 * boss asking me to buy gift cards" got the card-payments or marketing policy in firms with a policy on scams, and "someone rang
 * claiming to be from the bank asking for our account details" a supplier's entry beside a policy on lost devices.
 */
const cases = devCasesOn(
  exampleFirms({ brewery: 'tidewell-brewery', solicitors: 'greaves-lowther', pools: 'bluewave-pool-care', tackle: 'riverbend-tackle', kestrel: 'kestrel-recruitment' }),
);

describe("a scam told as it happens is the firm's policy on scams", () => {
  cases([
    { firm: 'brewery', q: 'I got an email from the boss asking me to buy gift cards', has: ['Fake invoices and suspicious emails:'] },
    { firm: 'tackle', q: 'I got an email from the boss asking me to buy gift cards', has: ['(Policy: suspicious-emails.)'], not: ['card-payments'] },
    { firm: 'tackle', q: 'someone rang claiming to be from the bank asking for our account details', has: ['(Policy: suspicious-emails.)'], not: ['Xero:'] },
    { firm: 'brewery', q: 'the director emailed asking me to pay an invoice urgently', has: ['Fake invoices and suspicious emails:'] },
    { firm: 'tackle', q: 'an invoice came in with new bank details for a supplier we pay every month, what do i do', has: ['(Policy: suspicious-emails.)'] },
    { firm: 'tackle', q: 'someone rang saying they were from microsoft and wanted remote access to my pc', has: ['(Policy: suspicious-emails.)'] },
    { firm: 'tackle', q: 'got a text from dean asking for itunes vouchers urgently', has: ['(Policy: suspicious-emails.)'] },
    { firm: 'tackle', q: 'got an email from "paypal" saying our account is suspended', has: ['(Policy: suspicious-emails.)'], not: ["can't find"] },
    // A policy titled for fraud where none is titled for scams.
    { firm: 'solicitors', q: 'a man rang claiming to be from the bank and asked for our login details', has: ['Bank details and payment fraud:'] },
    // Where the breach policy is the one keyed "phishing", it answers.
    { firm: 'kestrel', q: 'someone phoned pretending to be from microsoft asking for our bank details', has: ['(Policy: breach-reporting.)'] },
    // A password asked for is the rule on passwords first (never share one), as any login lent is.
    { firm: 'kestrel', q: 'someone phoned pretending to be from microsoft asking for my password', has: ['(Policy: devices-and-passwords.)'] },
  ]);
});

describe('no scam, or no policy on scams, is no policy that only touches on a suspicion of another kind', () => {
  cases([
    // "Suspicious purchase" is a keyword of the policy on selling regulated chemicals: not a scam's.
    { firm: 'pools', q: 'someone rang claiming to be from the bank asking for our account details', has: [], not: ['Selling regulated chemicals'] },
    // Buying a gift card ourselves, or a customer buying one, tells no scam.
    { firm: 'brewery', q: 'a customer wants to buy a gift card for her husband', has: [], not: ['Fake invoices and suspicious emails'] },
    { firm: 'brewery', q: 'can we sell gift cards in the taproom?', has: [], not: ['Fake invoices and suspicious emails'] },
    { firm: 'tackle', q: 'a customer asked for a gift voucher for her husband', has: [], not: ['Suspicious emails, texts and calls'] },
  ]);
});
