import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/index.ts';
import { RegisterIndex } from '../../src/register/index.ts';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading round 114 and focus set 31 taught (the sixty-first round), each beside a neighbour that keeps its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    paintball: 'redkite-paintball',
    escapes: 'lockbox-escapes',
    church: 'st-brannocks-church',
    research: 'fieldvoice-research',
    cleaning: 'sparkle-bright-cleaning',
    shelter: 'harbour-night-shelter',
    physio: 'kestrel-physio',
    boxing: 'ironside-boxing-club',
    vegbox: 'furrowfield-veg-box',
    genealogists: 'parchment-probate-genealogists',
    bookmakers: 'tollgate-bookmakers',
    pawnbrokers: 'goldvale-pawnbrokers',
    daycentre: 'bluebell-day-centre',
    holidaypark: 'heronsfield-holiday-park',
    conveyancing: 'quillby-conveyancing',
  }),
);

describe('a tool named at the head of the question, said of what it does or weighed against ours, is one we do not hold', () => {
  cases([
    { firm: 'paintball', q: 'fareharbor does bookings and waivers in one, could we move to that?', has: ["can't find fareharbor", 'Trying new apps'] },
    { firm: 'escapes', q: 'zorbix handles waivers and bookings, could we switch to it?', has: ["can't find zorbix", 'New apps and websites'] },
    { firm: 'church', q: 'planning center is so much easier than churchsuite for rotas tbh, could we switch?', has: ["can't find planning center"] },
    // Neighbour: one of ours at the head of the question is ours.
    { firm: 'paintball', q: 'bookeo does the bookings, can we move the laser tag parties to that too?', has: ['Bookeo:'], not: ["can't find"] },
  ]);
});

describe('how to get a stain out, asked, is nobody\'s in the register', () => {
  cases([
    { firm: 'paintball', q: 'how do you get paint out of a white hoodie lol asking for a hen', has: ["don't know"], not: ['The gas and paint shop'] },
    { firm: 'cleaning', q: 'how do you get red wine out of a cream carpet, client asked', has: ["don't know"] },
    // Neighbour: paint on a customer's car is a story of the car park.
    { firm: 'paintball', q: 'paint got on a customers car in the car park, who do we tell?', has: ['CCTV in the car park'] },
  ]);
});

describe('filmed is recorded on video', () => {
  cases([
    { firm: 'research', q: 'one lady in the 6pm group doesnt want to be filmed, what now?', has: ['recording-consent', 'thanked and paid in full'] },
  ]);
});

describe('a pair of words the policies write apart, typed as one, meets them as the pair', () => {
  cases([
    { firm: 'church', q: 'the zumba lady has asked me to give the keysafe number to her friend whos covering her class next tues', has: ['hall-hire-and-keys', 'sent by text to the named hirer only'] },
  ]);

  const index = new RegisterIndex(loadConfigFile(new URL('../../examples/st-brannocks-church/vigil.yaml', import.meta.url).pathname));
  const top = (q: string) => index.policyPassages(q)[0]!;
  it('"keysafe" scores as "key safe" does', () => {
    expect(top('can her friend have the keysafe number').policy.id).toBe('hall-hire-and-keys');
    expect(top('can her friend have the keysafe number').score).toBeCloseTo(top('can her friend have the key safe number').score, 6);
  });
  it('a word run together that the policies never write as a pair meets nothing', () => {
    // "zumba keys" is no pair of theirs, though "keys" is a word of theirs: the word is left whole and meets no passage.
    expect(index.policyPassages('can she have the zumbakeys')).toEqual(index.policyPassages('can she have the'));
  });
});

describe('praying for someone is a prayer request, and cancer is their health', () => {
  cases([
    { firm: 'church', q: "mrs jenkins rang, her neighbour's got cancer and could we pray for him on sunday and put it in the notices", has: ['prayer-list', 'or a close family member has asked for them'] },
  ]);
});

describe("a region's word in an entry's data is no kind of data asked", () => {
  cases([
    // "UK taxpayer status" of the CRM's Gift Aid data met the "uk" of the question: every supplier outside the UK is asked for.
    { firm: 'shelter', q: 'which of our systems store stuff outside the uk', has: ['Better Impact', 'Mailchimp', 'Xero', 'Beacon CRM'], not: ['holding that data'] },
    // Neighbour: a kind of data said still narrows the list.
    { firm: 'physio', q: 'which suppliers hold health data outside the uk', has: ['holding health data', 'Physitrack'], not: ['Stripe'] },
  ]);
});

/**
 * The models retrained with round 114 read (a story likelier, a chore less surely small talk) turned two answers that earlier rounds'
 * tests keep (read-in-round-53, read-in-round-54) by the rules instead: a blank form is where such forms go, and who sweeps is nobody's.
 */
describe('a blank form found is no loss, and who does a chore about the place is nobody\'s in the register', () => {
  cases([
    { firm: 'boxing', q: 'found a blank consent form on the floor, where do they go', has: ['Google Workspace'], not: ['Reporting a data breach'] },
    // Neighbour: a form with a boxer's details on is a breach.
    { firm: 'boxing', q: 'found a consent form on the floor with a lads details on, where does it go', has: ['Reporting a data breach'] },
    { firm: 'vegbox', q: 'leaves blowing round the car park again, who sweeps it?', has: ["don't know"] },
    { firm: 'vegbox', q: 'whose job is it to grit the yard this week', has: ["don't know"] },
    // Neighbour: a route sheet blowing round the car park is a breach.
    { firm: 'vegbox', q: 'found one of the route sheets blowing round the car park, names and addresses on it, who do i tell', has: ['breach-reporting'] },
  ]);
});

describe("everyday words for what policies write more formally meet them", () => {
  cases([
    { firm: 'genealogists', q: 'doing a house call in mansfield tomorrow, first one on my own, anything i need to do before i go? 🚗', has: ['field-visits', 'Field visits calendar'] },
    { firm: 'bookmakers', q: 'one of the regulars asked if i could lend him a tenner til friday, hes skint', has: ['safer-gambling', 'Never lend money'] },
    { firm: 'pawnbrokers', q: 'man at the counter keeps looking out the window at a guy in a car who texts him what to say, feels dodgy', has: ['customer-id-aml', 'yellow internal suspicion form'] },
    { firm: 'daycentre', q: "ted's collapsed in the lounge, ambulance crew are here asking what he takes", has: ['next-of-kin', 'give the paramedics'] },
    // Neighbours: cash is no everyday word for money a policy writes (the conveyancers' rule on cash stands), and a vehicle's reg
    // is still the registration every holder of it records.
    { firm: 'conveyancing', q: 'buyer wants to bring the deposit in cash tomorrow, is that ok', has: ['we never take cash'] },
    { firm: 'holidaypark', q: 'who holds vehicle regs?', has: ['Anytime Booking', 'Gatewise ANPR', 'Pitchup.com'] },
  ]);
});
