import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What reading focus set 70 taught (the seventy-sixth round): stories from a toy library's sessions and delivery rounds, detached youth
 * work on the streets and a community lido. Each reading is tested on the question it was read from, on the same story told at other firms
 * whose sentence says it, and beside neighbours that must keep their answer (a list of members who have not paid is no round to print, no
 * answer at the office no drop, someone asking the office to ring about a fundraiser no young person moving a chat, a lad asking to see
 * what is in one's bag no weapon, a friend picking one of us up no one collecting a child, a season ticket brought in to renew no pass used by another, a photo of
 * the rota no list of swimmers, spare leaflets no papers with names at the end of a season). Each neighbour's `not` names a sentence its
 * firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    playshelf: 'playshelf-toy-library',
    cornerstone: 'cornerstone-youth-outreach',
    sunwell: 'sunwell-lido',
    ashby: 'ashby-parva-stores',
    bluebell: 'bluebell-day-centre',
    ashgrove: 'ashgrove-social-club',
    strikezone: 'strikezone-bowling',
    jungle: 'jungle-jims-play',
    lamplight: 'lamplight-ghost-walks',
    hopscotch: 'hopscotch-childminding',
    wavelength: 'wavelength-fm',
    lantern: 'lantern-playhouse',
    sentinel: 'sentinel-event-medics',
    kingfisher: 'kingfisher-marina',
    hall: 'hartfield-village-hall',
  }),
);

describe('focus set 70: stories from sessions, rounds, the streets and a lido, each answered by the sentence that rules on it', () => {
  cases([
    { firm: 'playshelf', q: "first time driving the saturday round tomorrow, can i print the list of stops so i'm not squinting at my phone at every junction?", has: ['home-deliveries', 'Do not print the round or write addresses on paper'] },
    { firm: 'playshelf', q: "Nobody answered for the special needs buggy drop off on Cromer Road. Can I just leave it in their porch and text them?", has: ['home-deliveries', 'never leave specialist equipment on a doorstep'] },
    { firm: 'playshelf', q: "At stay and play a toddler needed changing and his mum had popped out to the car for wipes. She shouted to me to just do it quickly, is that ok?", has: ['stay-and-play', 'volunteers never take a child to the toilet'] },
    { firm: 'playshelf', q: "We can't find a little girl anywhere in the hall and her dad is frantic, what do we do right now??", has: ['stay-and-play', 'close the front door, tell the session lead'] },
    { firm: 'playshelf', q: "A family brought back the marble run and there's an inhaler and a letter from the hospital tucked in the box. What do I do with them?", has: ['cleaning-returns', 'label them with the member number'] },
    { firm: 'playshelf', q: "Clearing out the office and found a box of stay and play sign-in sheets going back to 2023. Do we still need them?", has: ['retention-paper', 'Session registers are kept 1 year'] },
    { firm: 'cornerstone', q: "A lad at the park gave me his surname and mobile so we can follow up about the football team. Do I stick that on the sheet?", has: ['contact-sheets', 'Never write a surname, address, school or phone number'] },
    { firm: 'cornerstone', q: "Some of the lads at the skatepark reckon one of the group's got a blade in his bag. Should I ask him to show me what's in it?", has: ['knife-crime-exploitation', 'do not search anyone, take the weapon'] },
    { firm: 'cornerstone', q: "A young person messaged the insta asking if she can just ring me instead because typing takes ages. Alright to give her a call?", has: ['instagram-outreach', 'never move a conversation to Snapchat, WhatsApp'] },
    { firm: 'cornerstone', q: "Got some cracking shots of the lads on the climbing wall trip, they're on the work phone. OK to leave them there and post a few over the next couple of weeks?", has: ['consent-and-photos', 'upload them to SharePoint the same day'] },
    { firm: 'sunwell', q: "I'm lifeguarding this afternoon and my son's school might ring. Can I keep my mobile in my bumbag up on the chair?", has: ['phones-and-photos', 'Lifeguards on duty carry the radio, not a phone'] },
    { firm: 'sunwell', q: "A stage 3 girl's grandad has come to pick her up but it's always her mum. He says mum's stuck at work. Can I let her go with him?", has: ['swimming-lessons', 'if someone else comes, phone the parent first'] },
    { firm: 'sunwell', q: "A teenager just came through on a season pass that's obviously his dad's, the photo's nothing like him. What do I do?", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "I'm on the dawn dip tomorrow, can I just take a photo of the swimmers list on my phone instead of carting the paper about?", has: ['dawn-dips', 'never be left in the lifeguard hut or photographed'] },
    { firm: 'sunwell', q: "Now the season's wound up, what happens to all the bits of paper with swimmers' names on in the hut and at reception?", has: ['end-of-season', 'Shredding Day on the first Saturday of October'] },
  ]);
});

describe('the same stories told at other firms, and told otherwise', () => {
  cases([
    { firm: 'ashby', q: "nobody in at the bungalow on mill lane for the prescription drop, can i leave it on the step and ring them later?", has: ['prescription-deliveries', 'never leave a bag on a doorstep'] },
    { firm: 'bluebell', q: "covering the minibus tomorrow, ok to print the run list so i know the pickups?", has: ['minibus', 'Do not print the run list'] },
    { firm: 'ashgrove', q: "can i print the members list for the agm sign in", has: ['members-list', 'Do not print the list or take it home'] },
    { firm: 'strikezone', q: "the birthday boy's uncle has come to pick him up but the booking says mum, can he go?", has: ['childrens-parties', 'if someone else comes to collect, the host phones the booker first'] },
    { firm: 'hopscotch', q: "freddie's auntie has come to collect him but it's normally his dad, can he go with her?", has: ['collections-and-school-run', 'If someone else comes, they must give'] },
    { firm: 'jungle', q: "we can't find a little boy anywhere in the soft play and his mum is panicking, what do we do", has: ['safeguarding', 'If a child goes missing'] },
    { firm: 'lamplight', q: "can't find one of the kids from the tour group, what do we do?", has: ['school-groups', 'If a child goes missing'] },
    { firm: 'hopscotch', q: "took some lovely pics of the kids at the park on the setting phone, ok to keep them on there till the weekend?", has: ['photos-and-consent', "deleted from the device's camera roll"] },
    { firm: 'cornerstone', q: "can i take a photo of tonight's contact sheet so i can type it up at home", has: ['contact-sheets', 'never photograph one'] },
    { firm: 'cornerstone', q: "a girl gave me her address and school so we can send her the trip letter, can i put it on the sheet?", has: ['contact-sheets', 'Never write a surname, address, school or phone number'] },
    { firm: 'cornerstone', q: "one of the girls has got a knife in her coat, should i take it off her?", has: ['knife-crime-exploitation', 'do not search anyone, take the weapon'] },
    { firm: 'sunwell', q: "someone's trying to use their sister's season ticket, is that allowed?", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "a lad came in using his brother's season ticket, what now", has: ['bookings-and-season-tickets', 'keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "im on shift on reception, can i keep my phone on the desk", has: ['phones-and-photos', 'personal phones stay in the staff lockers'] },
    { firm: 'sunwell', q: "we can't find a little boy from the stage 2 lesson, what do we do", has: ['swimming-lessons'] },
    { firm: 'playshelf', q: "someone brought back the sensory tent and there's a child's school book inside it", has: ['cleaning-returns', 'label them with the member number'] },
    { firm: 'playshelf', q: "one of the kids needs the toilet and his dad asked me to take him, can i?", has: ['stay-and-play', 'volunteers never take a child to the toilet'] },
  ]);
});

describe('neighbours that keep their answer', () => {
  cases([
    { firm: 'playshelf', q: "can i print the list of members who haven't paid?", has: [], not: ['Do not print the round'] },
    { firm: 'bluebell', q: "can i print the lunch menu for the tables?", has: [], not: ['Do not print the run list'] },
    { firm: 'playshelf', q: "nobody answered the phone at the office so can i leave it till tomorrow?", has: [], not: ['never leave specialist equipment on a doorstep'] },
    { firm: 'cornerstone', q: "someone messaged the office email asking if we can ring them instead about the fundraiser", has: [], not: ['never move a conversation to Snapchat'] },
    { firm: 'cornerstone', q: "a lad asked me to show him what's in my bag for the trip", has: [], not: ['do not search anyone'] },
    { firm: 'sunwell', q: "my mate has come to pick me up after my shift, can he wait in reception?", has: [], not: ['if someone else comes, phone the parent first'] },
    { firm: 'sunwell', q: "a teenager came in with his dad's season ticket to renew it for him", has: [], not: ['keep the ticket and tell the duty manager'] },
    { firm: 'sunwell', q: "can i take a photo of the rota on the staff board", has: [], not: ['never be left in the lifeguard hut or photographed'] },
    { firm: 'sunwell', q: "term's over for the lessons, what do we do with the spare leaflets?", has: [], not: ['Shredding Day on the first Saturday of October'] },
  ]);
});

// Retraining on focus set 70 left the model less sure that these are off the subject, and the words a policy shares with them ("turn them
// off" of a device's encryption, "ambulance", "studio") carried an answer: the lights, the radio or where to park, asked of a question
// leaning off the subject, are nobody's where the answer says nothing of them (read-in-round-74's showroom lights and read-in-round-75's
// ambulance crew are the two the retraining flipped). A policy that speaks of the thing keeps its answer.
describe('the lights, the radio or where to park, asked leaning off the subject', () => {
  cases([
    { firm: 'wavelength', q: "can i turn the radio up in the studio", has: [], not: ['Lock the screen when you leave the studio'] },
    { firm: 'lantern', q: "can i turn the stage lights off after the show", has: [], not: ['Lost property log: 6 months'] },
    { firm: 'sentinel', q: "are we allowed to turn the blue lights on in town", has: [], not: ['Crew WhatsApp groups are for logistics only'] },
    { firm: 'kingfisher', q: "can i turn the lights on in the boat on pontoon c to check on him, not seen him for days", has: ['safeguarding-welfare'] },
  ]);
});

// The same retraining made the model surer that putting the hall hire prices on the noticeboard is small talk: a service's prices asked
// by its purpose keyword ("the hall hire prices") are that supplier's (read-in-round-53 keeps Hallmaster's entry); prices of no service
// of ours are not.
describe("a service's prices asked by its purpose keyword", () => {
  cases([
    { firm: 'hall', q: "can you put the bar prices on the noticeboard", has: [], not: ['Hallmaster'] },
  ]);
});
