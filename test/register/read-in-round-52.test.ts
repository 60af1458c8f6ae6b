import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

// Round 103 and focus set 10 (written blind, read in the fifty-second round): what their misses taught, each beside another
// firm's case and a neighbour that must keep its answer.
const cases = devCasesOn(
  exampleFirms({
    jeweller: 'goldhaven-jewellers',
    handyperson: 'safehands-handyperson',
    befrienders: 'broadland-befrienders',
    bowl: 'strikezone-bowl',
    tees: 'threadbare-tees',
    equine: 'saddleworks-equine-physio',
    dance: 'pirouette-dance-academy',
    cottages: 'bramblecombe-holiday-cottages',
    wills: 'fairword-wills',
  }),
);

describe('a tool that tells a story as often as it is asked after, asked after, is not ours', () => {
  cases([
    // Before: the policy on secret commissions, the policy on lost devices, the BTBA's entry.
    { firm: 'jeweller', q: 'customer down in london wants a video consultation for her bespoke, do we do them on zoom?', has: ['zoom', 'Helen'] },
    { firm: 'equine', q: 'could i put the rider exercise videos on youtube as unlisted so they can find them easier', has: ['youtube'] },
    { firm: 'dance', q: 'parents keep asking for the routine videos to practise at home, can i put them on youtube as unlisted?', has: ['youtube'] },
    { firm: 'bowl', q: 'thinking of a google form for the junior league sign ups, easier than paper', has: ['google form', 'Sharon'] },
    { firm: 'befrienders', q: "a couple of the drivers want to move the group to telegram, what's our rule", has: ['telegram', 'Margaret'] },
    { firm: 'tees', q: 'is trustpilot something we use? customer asked where to leave a review', has: ['trustpilot', 'Jess'] },
    { firm: 'cottages', q: 'can we send guests a trustpilot review request after they leave? would need to upload their emails', has: ['trustpilot'] },
    // "Don't know" before: a tool asked after is still not ours.
    { firm: 'bowl', q: 'should we get the diner on deliveroo? loads of places round here do it', has: ['deliveroo', 'Sharon'] },
    // Neighbours: the same names in a story, or a word of the list in its everyday sense, keep their answers.
    { firm: 'bowl', q: 'did anyone see that video on tiktok of the lad bowling backwards lol', has: ['photos-and-social-media'], not: ["can't find tiktok"] },
    { firm: 'jeweller', q: 'can you zoom in on the cctv from saturday, someone nicked a tray', has: ['cctv'] },
  ]);
});

describe('leave asked to move from a tool of ours to another is about the other', () => {
  cases([
    // Before: Jobber's entry, because the question names it.
    { firm: 'handyperson', q: 'terry reckons servicem8 is miles better than jobber for quotes, can we switch?', has: ['servicem8', 'Janet'] },
    // Neighbour: a change to our own tool is that tool's.
    { firm: 'handyperson', q: 'can we switch jobber to the new price plan', has: ['Jobber'], not: ['servicem8'] },
  ]);
});

describe('a story told of one person\'s papers sent to another, a secret with harm in it, a family wiped, a key lost', () => {
  cases([
    // Before: the policy on clients' information (whose papers), not the breach policy.
    { firm: 'wills', q: "oh no i've emailed mr bright's draft will to mr wright, same surname nearly. what do i do", has: ['Mistakes, losses and data breaches'] },
    // Neighbour: a will sent to the person whose it is is no slip.
    { firm: 'wills', q: "i emailed mr bright's will to mr bright, is that done", has: [], not: ['Mistakes, losses and data breaches'] },
    // Before: the policy on others asking about a client.
    { firm: 'befrienders', q: "client told me a man came to the door and she paid him £2000 for roof work, now he's back wanting more. she made me promise not to tell anyone", has: ['safeguarding-sharing', 'never promise to keep a secret'] },
    // Neighbour: a surprise kept is no harm.
    { firm: 'jeweller', q: 'he ordered the ring for her birthday and made me promise not to tell his girlfriend, she is in the shop now', has: ['secret-commissions'] },
    // Before: Embed's entry.
    { firm: 'bowl', q: 'mum at the desk kicking off, wants me to delete her and the kids details off the system right now', has: ['subject-access', 'delete anything on the spot'] },
    // Before: the hospital trust's entry; the policy on key safe codes is titled for keys too, but not for losing them.
    { firm: 'handyperson', q: "cant find mrs k's door key, had it for the discharge job tmrw morning. think it fell out my pocket at the merchants", has: ['lost-devices-and-keys', 'the lock changed at our cost'] },
    { firm: 'handyperson', q: "i cant find mrs h's front door key, i think it fell out my pocket at the last job", has: ['lost-devices-and-keys'] },
    // Neighbour: a key safe code kept is the policy on codes.
    { firm: 'handyperson', q: 'mrs k told me her key safe code, can i save it in my notes', has: ['key-safe-codes'] },
  ]);
});
