import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { checkDevCase, devCasesOn, devQaOf, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's twenty-sixth round of work (lists and register lookups): rounds 41
 * to 44's misses of that kind as classes, written in new words on other example firms, and
 * questions that must keep their right answers. For tuning, like dev-firm.test.ts.
 */
/** The example firms these questions are asked of, by their trades. */
const cases = devCasesOn(
  exampleFirms({
    plumber: 'tolley-plumbing',
    removals: 'thackeray-removals',
    cleaning: 'sparkle-bright-cleaning',
    dance: 'pirouette-dance-academy',
    lettings: 'ashcombe-lettings',
    music: 'ashdown-music',
    farmshop: 'appleyard-farm-shop',
    bakery: 'crumb-and-crust-bakery',
    physio: 'kestrel-physio',
    football: 'riverside-rovers-fc',
    gym: 'copperbeech-fitness',
    pest: 'kingsmead-pest-control',
    solar: 'sunmead-solar',
  }),
);

describe('"in the EU but not the US": a region after "but not" rules out every supplier storing there too', () => {
  cases([
    // Failed before this round (the suppliers storing in either region, both-region ones among them).
    { firm: 'lettings', q: 'which suppliers keep data in the eu but not the us', has: ['in the EU and not in the US', 'Fixflo'], not: ['DocuSign', 'Aircall'], intent: 'location' },
    { firm: 'music', q: 'anything stored in europe but not in america', has: ['in the EU and not in the US', 'GoCardless', 'Brevo'], not: ['Google Workspace', 'WhatsApp'], intent: 'location' },
    { firm: 'removals', q: 'which suppliers keep data in the eu but not the uk', has: ['in the EU and not in the UK', 'Stripe', 'Zoho Workplace'], not: ['MoveMan', 'FreeAgent'], intent: 'location' },
    { firm: 'cleaning', q: 'which suppliers are in the us but not the eu', has: ['in the US and not in the EU', 'Xero', 'Wix'], not: ['Trustpilot', 'Connecteam'], intent: 'location' },
    { firm: 'dance', q: 'which suppliers store data in the uk but not the eu', has: ['in the UK and not in the EU', 'Class Manager'], not: ['GoCardless', 'Google Workspace'], intent: 'location' },
    { firm: 'farmshop', q: 'who stores in the eu and not the us', has: ['in the EU and not in the US', 'Pipkin Loyalty', 'MailerLite'], not: ['Google Workspace', 'Shopify'], intent: 'location' },
    // Passed before, kept as checks: one region, "outside", "only", and "not just" (which adds a region, rules none out).
    { firm: 'lettings', q: 'which suppliers store data in the eu', has: ['in the EU', 'Fixflo', 'DocuSign', 'Aircall'], intent: 'location' },
    { firm: 'music', q: 'which suppliers store data in the us', has: ['in the US', 'Google Workspace', 'Zoom'], intent: 'location' },
    { firm: 'plumber', q: 'which suppliers store data outside the uk', has: ['outside the UK'], not: ['and not in'], intent: 'location' },
    { firm: 'bakery', q: 'which suppliers store in the us and not just the uk', has: ['Circuit', 'Xero'], not: ['and not in'], intent: 'location' },
  ]);
});

describe('"whose statements are overdue for review?": a date word is spelt right, never a slip for an alias one letter off it', () => {
  // The solar firm's design software, called by a staff nickname one letter off "lapsed".
  const config = loadConfigFile(new URL('../../examples/sunmead-solar/vigil.yaml', import.meta.url).pathname);
  const withNickname = { ...config, suppliers: config.suppliers.map((s) => (s.id === 'opensolar' ? { ...s, aliases: [...s.aliases, 'lapse'] } : s)) };
  const qa = devQaOf(withNickname);
  const ask = (q: string, has: string[], not: string[] = []) => it(q, () => checkDevCase(qa, { q, has, not, intent: 'statement' }));
  // Failed before this round (OpenSolar's own awaited statement, by its nickname).
  ask('whose gdpr review date has lapsed', ['past their review date', 'QuickBooks Online'], ['awaiting OpenSolar']);
  // Passed before, kept as checks: the nickname itself still names the supplier; the list asked plainly.
  ask('has lapse sent their gdpr statement yet', ['OpenSolar', 'awaited']);
  ask('whose gdpr statements are overdue for review', ['past their review date', 'QuickBooks Online']);
  it('reads the nickname as the supplier when asked by it', () => expect(qa.ask('where does lapse store our data').answer).toContain('OpenSolar'));
});

describe('"who\'s got Cyber Essentials Plus?": a certification scheme had is the list of suppliers certified with it', () => {
  cases([
    // Failed before this round (a "don't know", or the scheme taken for an unknown supplier).
    { firm: 'physio', q: 'whos got cyber essentials plus', has: ['Cyber Essentials Plus', 'Physitrack', 'Avonside IT'], not: ['Moneypenny'], intent: 'list-suppliers' },
    { firm: 'plumber', q: 'whos got iso 27001', has: ['ISO 27001', 'Commusoft', 'Quartix'], intent: 'list-suppliers' },
    { firm: 'cleaning', q: "who's got cyber essentials", has: ['uCheck'], intent: 'list-suppliers' },
    { firm: 'lettings', q: 'whos got pci dss', has: ['no supplier with PCI DSS', 'Reapit'], intent: 'list-suppliers' },
    // Passed before, kept as checks: "who has…" already a list; "who's got" anything else is no certification list.
    { firm: 'physio', q: 'who has cyber essentials', has: ['Physitrack', 'Moneypenny', 'Avonside IT'], intent: 'list-suppliers' },
    { firm: 'gym', q: 'whos got my login for the gym app', has: ['Glofox'], intent: 'access' },
    { firm: 'dance', q: 'whos got the dbs checks', has: ['uCheck', 'criminal record'], not: ['Suppliers with'] },
    // Van keys are a thing lying about, no entry's data (the fortieth round: a key "kept" in a bracket of site access notes is no
    // head of what is held); it was the van lease's entry before.
    { firm: 'pest', q: 'whos got the spare van keys', has: ['Hester Quayle', "I don't know"], not: ['Suppliers with', 'Lex Autolease'] },
    { firm: 'football', q: 'whos got the keys to the clubhouse', has: ["don't know"], not: ['Suppliers with'] },
  ]);
});

describe('"what is \'the crm\' everyone keeps mentioning?": an alias in quotes is asked after as a name, small talk around it', () => {
  cases([
    // Failed before this round (a "don't know": the alias is in everyday words and the rest is small talk).
    { firm: 'solar', q: 'what is "the crm" people keep mentioning', has: ['HubSpot', 'CRM for enquiries'], intent: 'supplier' },
    // Passed before, kept as checks: another firm's quoted alias, the alias unquoted, and quotes round no alias.
    { firm: 'removals', q: 'new starter here - what is "the crm" everyone keeps on about', has: ['MoveMan', 'Removals management'], intent: 'supplier' },
    { firm: 'solar', q: 'what is the crm', has: ['HubSpot'] },
    { firm: 'plumber', q: 'what is "the job system" everyone keeps mentioning', has: ['Commusoft'], intent: 'supplier' },
    { firm: 'solar', q: 'who won "the apprentice" last night', has: ["don't know"], not: ['HubSpot'] },
  ]);
});
