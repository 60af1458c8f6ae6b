import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading focus set 64 taught (the seventy-third round). Each reading is tested on a question it was read from and beside neighbours
 * that must keep their answer (one's own son at the bathroom door is no relative keeping us out, the rota on a notepad is no client's
 * details, a reminder texted to a client is no professional's request, money from one's own purse is no abuse, a diving board is no
 * bridge, a question of office hours over Christmas is after no tool). Of the 25 cases that ask for an answer, 22 fail with the round's
 * readings taken out (the round's retrained models with the start's code); the other three (a system down by its name, a post-it, the
 * coroner alone) guard the narrowings the reviews asked for. The neighbours pass both ways, as they guard against the readings reaching too far.
 */
const cases = devCasesOn(
  exampleFirms({
    homeward: 'homeward-reablement',
    fairplay: 'fairplay-gambling-support',
    skyline: 'skyline-air-ambulance',
    crux: 'crux-climbing',
    sweeps: 'sootbusters-sweeps',
    hookline: 'hookline-recovery',
    ashdown: 'ashdown-music',
    opendoors: 'open-doors-english-classes',
    bluebell: 'bluebell-day-centre',
    brightsteps: 'brightsteps-peer-support',
    northstar: 'northstar-coaching',
    lullaby: 'little-lullaby-classes',
    ripple: 'ripple-swim-school',
    appleyard: 'appleyard-farm-shop',
    broadland: 'broadland-befrienders',
    brightbridge: 'brightbridge-supported-living',
    keelson: 'keelson-boat-surveyors',
    reedcraft: 'reedcraft-thatchers',
    longbow: 'longbow-archery-range',
  }),
);

describe('at the homes of those we look after', () => {
  cases([
    { firm: 'homeward', q: "mr k's grandson asked to borrow my work phone to ring his mum, his battery was dead. i said yes but now im wondering", has: ['care-notes', 'never let a client or relative use it'] },
    { firm: 'homeward', q: 'my daughter wants to use my work phone to play a game, is that ok', has: ['care-notes', 'never let a client or relative use it'] },
    { firm: 'homeward', q: "clients son told me again mums 'not up to visitors' and wouldnt let me in. thats the 3rd time this week and shes meant to have meds prompted", has: ['safeguarding', 'a relative refusing to let you in'] },
    { firm: 'homeward', q: "mrs p's son wouldnt let me in today, said she was asleep", has: ['safeguarding', 'a relative refusing to let you in'] },
    { firm: 'homeward', q: 'my son wouldnt let me in the bathroom this morning lol', has: [], not: ['a relative refusing to let you in'] },
    { firm: 'homeward', q: "noticed twenties keep going from mrs b's purse after her nephew visits. i know him a bit, shall i just ask him about it next time hes there", has: ['safeguarding', 'Do not confront anyone or promise'] },
    { firm: 'homeward', q: 'money keeps going missing from my purse in the office', has: [], not: ['Safeguarding concerns'] },
    { firm: 'homeward', q: "district nurse asked me to whatsapp her a pic of my clients med list from my work phone, she's at another visit. quickest way tbh", has: ['sharing-information', 'by NHSmail or by phone'] },
    { firm: 'homeward', q: "new care agency phoned the office asking for mrs g's care plan before they start monday. she finishes with us friday. shall i just email it over", has: ['end-of-service', 'handover only once the client agrees'] },
    { firm: 'homeward', q: "sophie's put the key code for my 7am in the north whatsapp so i can get in cos birdie wont load it. is that ok just this once?", has: ['whatsapp-groups', 'key-safes'] },
    { firm: 'homeward', q: 'birdie wont load at my 4pm in costessey, no signal at all. can i write my notes in my phones notes app and copy them over later?', has: ['care-notes', 'use a paper back-up sheet'] },
    { firm: 'crux', q: 'rgp is down and theres a queue of newbies, what do i do about their forms', has: ['induction-waivers', '48 hours'] },
    { firm: 'homeward', q: 'can we move the area group chat to signal instead, heard its way more secure', has: ['Michelle Gotts'] },
  ]);
});

describe('on a helpline', () => {
  cases([
    { firm: 'fairplay', q: 'caller says hes going to jump off the bridge by the lowry and hes there now, told me which one. its just me and liam in the office. he doesnt want me telling anyone', has: ['risk-to-life', 'call 999 while a colleague stays'] },
    { firm: 'fairplay', q: "he said he's going to jump off the top of the car park tonight", has: ['risk-to-life', 'call 999 while a colleague stays'] },
    { firm: 'fairplay', q: 'the kids are going to jump off the diving board at the lido', has: [], not: ['call 999 while a colleague stays'] },
    { firm: 'fairplay', q: "a woman rang the helpline asking if her husband Dean has been coming to counselling here, she found our number in his phone. she's really upset, can i at least tell her yes so she stops worrying", has: ['family-members', "can't confirm whether someone is in touch"] },
    { firm: 'fairplay', q: 'GMP officer has turned up at reception asking for a clients case notes, something about a fraud investigation. hes waiting downstairs', has: ['operators-and-third-parties', 'need a written form under Schedule 2'] },
    { firm: 'fairplay', q: "client said at the end of his session today 'id like to see everything youve written about me'. does he need to put that in writing first or fill a form in?", has: ['subject-access', 'Note the request in Lamplight'] },
    { firm: 'fairplay', q: 'left my work laptop on the tram on the way home from piccadilly. it was locked but i was logged into lamplight earlier. its 9pm, who do i ring', has: ['home-working', 'Ancoats IT on 0161 555 0199', 'breach-reporting'] },
    { firm: 'fairplay', q: "a client's phone was stolen, it had our texts on it", has: ['breach-reporting'], not: ['Ancoats IT'] },
    { firm: 'fairplay', q: 'late shift ran over and ive got 3 calls not written up yet. can i scribble them on a notepad at home tonight and type them into lamplight monday?', has: ['case-records', 'by the end of the same shift', 'home-working', 'write client details on paper'] },
    { firm: 'fairplay', q: "can i write the client's details on a post-it so i remember to call back?", has: ['home-working', 'write client details on paper'] },
    { firm: 'fairplay', q: 'can i write the rota on a notepad?', has: [], not: ['write client details on paper'] },
  ]);
});

describe('on an air ambulance, and a time asked', () => {
  cases([
    { firm: 'skyline', q: 'coroners officer from plymouth just phoned asking for the record from a job in 2017, is that even still kept or has it gone in the may deletions', has: ['subject-access', 'Requests from a coroner go straight to Fiona', 'records-retention', '10 years after the mission'] },
    { firm: 'skyline', q: "the coroner's officer rang asking for the mission notes for a job last month", has: ['subject-access', 'Requests from a coroner go straight to Fiona'], not: ['10 years after the mission'] },
    { firm: 'skyline', q: "player on the lottery line just said 'i cant keep doing this, take me off, and stop all your charity emails as well'. she never said self exclude as such. kirstys on leave, what do i actually need to do", has: ['lottery-players', 'log it with Sterling the same working day', 'fundraising-consent', 'email unsubscribes are immediate'] },
    { firm: 'skyline', q: 'clearing out the store at the north devon base and found a box of old paper prfs from 2014, a couple are kids. shred-it are due thurs, can they go in?', has: ['records-retention', '10 years after the mission'] },
    { firm: 'homeward', q: 'waiting for my vodafone phone to charge in the office, whats a quick lunch i can make in 10 mins', has: [], not: ['Vodafone Business'] },
    { firm: 'sweeps', q: 'what times are the office phones answered over christmas?', has: ["don't know"], not: ['Teme Valley IT'] },
  ]);
});

describe("what a review of the change found (303 questions on 52 firms: 45 over-reaches, 3 variants missed): over-reaches narrowed, a variant read", () => {
  cases([
    { firm: 'homeward', q: 'the rota is down to 2 carers on saturday, what should we do', has: [], not: ['use a paper back-up sheet'] },
    { firm: 'hookline', q: 'xero is down, how do i send invoices?', has: [], not: ['Photos and your own phone'] },
    { firm: 'homeward', q: 'can i lend my work phone charger to mrs d\'s son', has: [], not: ['never let a client or relative use it'] },
    { firm: 'homeward', q: 'can i use my work phone for personal calls', has: [], not: ['never let a client or relative use it'] },
    { firm: 'homeward', q: "client's wife didnt let us in because she'd already showered him, do i still log the visit", has: [], not: ['a relative refusing to let you in'] },
    { firm: 'homeward', q: 'new carer starting monday wants details of her shifts, can i send them to her', has: [], not: ['a new agency gets a handover'] },
    { firm: 'ashdown', q: 'can we move our chat to evenings?', has: [], not: ["can't find evenings"] },
    { firm: 'opendoors', q: 'learner said she wants to throw herself off the bridge', has: [], not: ['Volunteer tutors and DBS checks'] },
    { firm: 'fairplay', q: "caller said she might jump off the bridge, she's on the bridge now", has: ['risk-to-life', 'call 999 while a colleague stays'] },
    { firm: 'bluebell', q: "ok to jot the client's details down on paper and put them on the system tomorrow?", has: ['care-plans', 'Never write notes on paper'], not: ['The minibus run'] },
  ]);
});

describe('what a second review found (341 questions on 55 firms: 16 over-reaches, 8 variants missed), and three old development questions read', () => {
  cases([
    { firm: 'homeward', q: 'can i let her son use the work tablet to video call his sister', has: ['care-notes', 'never let a client or relative use it'] },
    { firm: 'brightsteps', q: "member says he's planning to jump off the bridge tonight", has: ['crisis-response', 'thinking of ending their life'] },
    { firm: 'brightsteps', q: 'the walk leader said she\'ll jump off the bridge and swim across for charity lol', has: [], not: ['thinking of ending their life'] },
    { firm: 'northstar', q: "my client said she'll throw herself under the bus for her boss every time, how do i challenge that", has: [], not: ['Samaritans'] },
    { firm: 'lullaby', q: "mum said her toddler overdosed on calpol last night, she's in a&e", has: [], not: ['Samaritans'] },
    { firm: 'ripple', q: "money keeps going out of his account every week for lessons he stopped, dad's fuming", has: [], not: ['safeguarding'] },
    { firm: 'appleyard', q: 'found a stack of old paper bags from 2019 with the old logo, can we bin them', has: [], not: ['Keeping and getting rid of personal data'] },
    { firm: 'broadland', q: 'can we move the drivers chat to monthly?', has: [], not: ["can't find monthly"] },
    { firm: 'homeward', q: "the district nurse asked me to text her when i've finished so she can come", has: [], not: ['Sharing information with families and professionals'] },
    { firm: 'brightbridge', q: "Sasha from the community LD team asked me to text Kyle's latest sleep chart to her work mobile as she's out on visits all day. quickest way tbh", has: ['families-social-workers', 'get information by Egress only'] },
    { firm: 'keelson', q: "clearing out the back office cupboard, there's boxes and boxes of job stuff from 2015 and 2016 in there. still need it or can it all go?", has: ['retention', 'kept 7 years after the survey'] },
    { firm: 'reedcraft', q: 'clearing out the office cupboard and found a stack of prices we gave people back in 2021 who never went ahead with us. bin them or hang on to them?', has: ['records-retention', 'Unsuccessful quotes are deleted after 2 years'] },
    { firm: 'longbow', q: "sorting the office - there's a box file of signed forms from the 2021 and 2022 public sessions. shred the lot or do we need them still?", has: ['records-retention', 'participation declarations are kept for 3 years'] },
  ]);
});
