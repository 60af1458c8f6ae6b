import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * What the eighty-ninth round mended in the answerer, beside its neighbours: the stories focus sets 125, 130 and 131 taught, the same
 * stories told otherwise, and refusals beside them. Each neighbour's `not` names a sentence its firm has, so that the check can fail.
 */
const cases = devCasesOn(
  exampleFirms({
    launderette: 'thistledown-launderette',
    drones: 'skylark-drone-surveys',
    forge: 'cinderhill-forge',
    dogWalkers: 'foxhollow-dog-walkers',
    orchestra: 'larkspur-youth-orchestra',
    counselling: 'riverbend-counselling-rooms',
    holidayLets: 'pebbledash-holiday-lets',
    butchers: 'marrowbone-butchers',
    signLanguage: 'ashbrook-sign-language-classes',
    plantTraining: 'teesside-plant-training',
    dogWarden: 'strayline-dog-warden',
    gamingCafe: 'respawn-gaming-cafe',
    mobileVets: 'brightmoor-mobile-vets',
    hedgehogs: 'greenway-hedgehog-rescue',
    airAmbulance: 'skyline-air-ambulance',
    weddingCars: 'silverlace-wedding-cars',
    running: 'stridetogether-running',
    hypnotherapy: 'stillwater-hypnotherapy',
    storage: 'stowaway-storage',
    alterations: 'stitchwell-alterations',
  }),
);

describe("focus set 125's stories", () => {
  cases([
    // Someone's details asked off our offers emails: the policy on leaving our mailings.
    { firm: 'launderette', q: "customer at the counter wants to take her details off the offers emails, she's had enough of them", has: ['customer-requests', 'Take them off the Brevo list at once'] },
    { firm: 'launderette', q: 'a lady rang wanting to take her name off the newsletter, says she never reads it', has: ['customer-requests', 'Take them off the Brevo list at once'] },
    // Something found on a customer's things and never claimed, whether to throw it out asked: the one sentence on what nobody claims.
    { firm: 'launderette', q: "there's a box of tablets been sat in the safe since summer from someone's coat, nobody came for it. just bin it??", has: ['found-in-pockets', 'pharmacy on Castle Street'] },
    { firm: 'launderette', q: "found a letter in a duvet cover back in may, nobody's claimed it. can i chuck it?", has: ['found-in-pockets', 'Unclaimed paperwork is shredded after 3 months'] },
    // Neighbour: nothing found; a courier's no-show.
    { firm: 'launderette', q: 'the courier never came for the parcel we left out, nobody came for it. bin it?', has: [], not: ['Unclaimed paperwork is shredded after 3 months'] },
    // The cameras on one's own phone: the one sentence on who may watch them.
    { firm: 'launderette', q: "can I get the camera app on my phone? want to keep an eye on the shop when I'm locking up late", has: ['cctv', 'Only Janet and Imran may watch or download CCTV'] },
    { firm: 'launderette', q: 'can I watch the cctv from my phone at home?', has: ['cctv', 'Only Janet and Imran may watch or download CCTV'] },
    // Neighbour: the card reader's app is no camera.
    { firm: 'launderette', q: 'can I get the Square app on my phone for the van?', has: [], not: ['Only Janet and Imran may watch or download CCTV'] },
    // A memory card lost: the breach policy's sentence that names such a loss.
    { firm: 'drones', q: 'think an SD card fell out of my jacket at the farm in Clun this morning. not even sure what was on it tbh', has: ['breach-reporting', 'within 24 hours at most'] },
    { firm: 'drones', q: "can't find the memory card from the Ludlow job, it's not in the case", has: ['breach-reporting', 'within 24 hours at most'] },
    // Neighbour: found again.
    { firm: 'drones', q: 'thought an SD card fell out of my jacket but found it in the van after', has: [], not: ['within 24 hours at most'] },
    // Someone asking what we are filming: the one sentence on it.
    { firm: 'drones', q: "guy just came out of his house shouting asking what we're filming, I'm mid flight, what do I say to him", has: ['bystanders', 'give them the leaflet'] },
    // Neighbour: asked something else.
    { firm: 'drones', q: 'guy came out of his house asking what time we finish, what do I say to him', has: [], not: ['If someone asks what we are filming, stop, explain and give them the leaflet.'] },
    // What to do about the neighbours before a job: the one sentence on it.
    { firm: 'drones', q: 'chimney inspection on a terrace in Belle Vue tmrw, houses both sides. anything I need to do beforehand re next door?', has: ['bystanders', 'sends the neighbours our leaflet'] },
    // Neighbour: no neighbours told.
    { firm: 'drones', q: 'anything I need to do beforehand for the Clun farm job tomorrow?', has: [], not: ['Before a job in a residential street, Joe sends the neighbours our leaflet saying when we will fly and why.'] },
    // What is shown in the showreel wanted out of it: the sentence on taking it down.
    { firm: 'drones', q: 'lady whose farmhouse is in the showreel has emailed, she wants it taken off. can it wait till I re-edit next month?', has: ['marketing-use', 'take it down the same day'] },
    // Neighbour: praise asks nothing down.
    { firm: 'drones', q: 'lady whose farmhouse is in the showreel has emailed to say she loves it', has: [], not: ['take it down the same day'] },
    // The police, as "copper's", wanting the card out of the drone: the policy on requests for footage.
    { firm: 'drones', q: "copper's turned up on site, says there was a break-in down the lane and wants the card out of the drone. just give it him?", has: ['footage-requests', 'we do not hand anything over on site'] },
    // A child's words about home written down, whom to give the note asked: of two policies keyed on safeguarding, the one on concerns told.
    { firm: 'forge', q: "wrote down what the lad said to me yesterday about his stepdad. shall I hand it to Martin since he's around today?", has: ['safeguarding-concerns', 'Give the note to Sally, our safeguarding lead'] },
    // Neighbour: what the lad said about his project is no worry.
    { firm: 'forge', q: "wrote down what the lad said to me yesterday about his knife design. shall I hand it to Martin since he's around today?", has: [], not: ['Give the note to Sally, our safeguarding lead'] },
  ]);
});

describe("focus sets 130 and 131's stories: firms that wrote their policies short, some without keywords", () => {
  cases([
    // An alarm code to go in one's phone notes: the sentence against it.
    { firm: 'dogWalkers', q: "new client on Beeston Rd gave me her alarm code on a post-it, can I just stick it in my phone notes so I don't forget it tomorrow?", has: ['keys-and-codes', 'locked access field in Time To Pet'] },
    // One under 16 asking for the asker's number, where the rule is that staff message parents.
    { firm: 'orchestra', q: "one of the 14yo violinists asked for my number so she can text me if she's late. fine?", has: ['contact-with-players', 'never players under 16 directly'] },
    // Neighbour: a sentence against personal phones for pictures is no rule on contact.
    { firm: 'plantTraining', q: "one of the 16 year old apprentices asked for my mobile so he can text me if he's running late for the course tomorrow. ok to give it him?", has: ['young-candidates', 'never your own mobile'] },
    // A child to take part before the forms are in: the sentence that none takes part without consent.
    { firm: 'orchestra', q: "new cellist (age 11) turned up to rehearsal today, dad says he'll do the forms later. can she play?", has: ['consent', 'current consent in Ensemble Hub'] },
    // Neighbour: nobody taking part.
    { firm: 'orchestra', q: "new cellist's dad says he'll bring the forms in later, where shall I put them?", has: [], not: ['No child rehearses, tours or is photographed without their parent'] },
    // How to greet someone in the waiting room: the one sentence on it.
    { firm: 'counselling', q: "client just came in for her 2pm, do I say 'Mrs Hollis?' or what's the done thing", has: ['waiting-room', 'Greet clients by first name only'] },
    // Neighbour: tea is no greeting by name.
    { firm: 'counselling', q: 'client just came in for her 2pm, do I offer her a cup of tea?', has: [], not: ['Greet clients by first name only.'] },
    // A caller asking whether someone is here or booked: the sentences that it is never told.
    { firm: 'counselling', q: 'a woman rang asking if her husband has an appointment here this afternoon. she sounded really worried. can I tell her?', has: ['diary', 'does not confirm to anyone whether a person is a client'] },
    { firm: 'counselling', q: "someone rang asking if Dr Okoro is seeing a 'Mark' today, says he's his brother", has: ['waiting-room', 'Never tell a caller or visitor'] },
    // Neighbour: a room asked after, not a person.
    { firm: 'counselling', q: 'a woman rang asking if we have a room free this afternoon', has: [], not: ['Reception does not confirm to anyone whether a person is a client.'] },
    // A child to be named in a post: the sentence that children are never named in posts.
    { firm: 'orchestra', q: "writing the concert post - want to say 'well done to Maya, 12, on her solo!' ok?", has: ['photos', 'Children are never named in posts'] },
    // Neighbour: no one named.
    { firm: 'orchestra', q: "writing the concert post - want to say 'well done everyone on a lovely evening!' ok?", has: [], not: ['Children are never named in posts.'] },
    // A phone lost where no keywords name a loss: the one sentence that names it.
    { firm: 'signLanguage', q: "left my phone on the tram last night, it had a couple of learners' signing videos on it from Tuesday. it's probably fine right?", has: ['breach-reporting', 'a lost phone with recordings on it is a breach'] },
    // Neighbour: an umbrella is no device.
    { firm: 'signLanguage', q: "left my umbrella on the tram last night, it's probably gone right?", has: [], not: ['a lost phone with recordings on it is a breach'] },
    // Paper left behind: the sentence that it is a breach.
    { firm: 'orchestra', q: 'on the coach home and realised the medical sheet got left at the hotel in Salzburg. what do I do?', has: ['breach-reporting', 'a medical sheet left behind'] },
    { firm: 'counselling', q: 'Found session notes left in room 1 this morning from yesterday. binned them in shred-it but do I need to report it?', has: ['breach-reporting', 'Tell Sam within 24 hours'] },
    // Neighbour: a jumper is no paper.
    { firm: 'orchestra', q: 'on the coach home and realised my jumper got left at the hotel in Salzburg, gutted', has: [], not: ['a medical sheet left behind'] },
    // A worrying disclosure where no policy is titled on safeguarding: the sentence on where concerns go.
    { firm: 'orchestra', q: 'A player told me something at break that really worried me about home. Who do I tell and how quickly?', has: ['breach-reporting', 'safeguarding concerns go to Helen at once'] },
    // Neighbour: nothing worrying.
    { firm: 'orchestra', q: 'A player told me something at break that really made me laugh, who do I tell?', has: [], not: ['safeguarding concerns go to Helen at once'] },
    // Things left by guests that nobody has asked about, whether they can go: the one sentence on what nobody claims.
    { firm: 'holidayLets', q: "we've got a box of left stuff from the summer nobody's asked about. can it go?", has: ['lost-property', 'Unclaimed items go to charity after 3 months'] },
    // Neighbour: our own brochures were never left by anyone.
    { firm: 'holidayLets', q: "we've got a box of old brochures from the summer nobody's asked about. can it go?", has: [], not: ['Unclaimed items go to charity after 3 months'] },
    // A guest's thing left in a cottage, how to keep it asked: the policy on lost property.
    { firm: 'holidayLets', q: 'jacket left at Rockpool, how should i store it till someone asks?', has: ['lost-property', 'bagged, labelled with cottage and date'] },
    // Neighbour: our own ironing board is no one's lost property.
    { firm: 'holidayLets', q: "the ironing board's been left at Rockpool, how should i store it over winter?", has: [], not: ['bagged, labelled with cottage and date'] },
    // A stranger asking where one we serve lives: the sentence that it is never told.
    { firm: 'dogWalkers', q: 'a bloke in the park keeps asking which house the big doodle lives at cos he wants to get one from the same breeder. what should i say', has: ['group-walks', 'where a dog lives'] },
    // Neighbour: which vet is not where anyone lives.
    { firm: 'dogWalkers', q: 'a bloke in the park keeps asking which vet the big doodle goes to, what should i say', has: [], not: ['Do not tell other dog owners or passers-by whose dog is whose or where a dog lives.'] },
    // Details wanted by the public after an incident: the sentence on what to give them.
    { firm: 'dogWalkers', q: 'one of ours nipped a jogger at Temple Newsam, no real harm but she wants my name and the owners address and phone. help!!', has: ['group-walks', 'give them the office number only'] },
    // Photos of damage to be sent on: the sentence on where damage photos go.
    { firm: 'holidayLets', q: 'lily: red wine on the sofa at Sandpiper, took pics on my phone. send them to rob on whatsapp?', has: ['cleaners', 'damage photos go in Breezeway only'] },
    // Neighbour: no damage.
    { firm: 'holidayLets', q: 'lily: the sofa at Sandpiper looks lovely after the clean, took pics on my phone. send them to rob on whatsapp?', has: [], not: ['damage photos go in Breezeway only'] },
    // A photo with others in it for one client: the sentence that clients are sent their own.
    { firm: 'dogWalkers', q: 'is it ok to send Mrs Ellis a photo of the whole pack including her Lola, or just Lola?', has: ['photos', 'show their own dog'] },
    // Neighbour: a video of her own dog alone.
    { firm: 'dogWalkers', q: 'is it ok to send Mrs Ellis a video of Lola on the beach?', has: [], not: ['Photos sent to a client show their own dog.'] },
    // Someone's condition to be told in a post: the sentence never to mention it on social media.
    { firm: 'signLanguage', q: "Writing a celebration post for Instagram about Ahmed passing Level 3 - he's profoundly deaf which makes it extra amazing, can I say that?", has: ['access-needs', 'or on social media'] },
    // Neighbour: passing the level is no one's condition.
    { firm: 'signLanguage', q: 'Writing a celebration post for Instagram about Ahmed passing Level 3, can I say that?', has: [], not: ['Never mention a learner'] },
    // Health or allergy notes to be kept somewhere of one's own: the sentence that they go in one system only.
    { firm: 'orchestra', q: 'would be handy to keep a spreadsheet of the kids allergies on the shared drive for rehearsals, yeah?', has: ['medical', 'Medical notes are in Ensemble Hub only'] },
    { firm: 'butchers', q: 'can I jot the allergy bits for the christmas orders in my own notebook, easier than the computer', has: ['allergy-notes', 'on the order in Shopify or the special-order sheet'] },
    // Neighbour: the rehearsal rota holds no one's health.
    { firm: 'orchestra', q: 'would be handy to keep a spreadsheet of the rehearsal rota on the shared drive, yeah?', has: [], not: ['Medical notes are in Ensemble Hub only.'] },
    // How long a former client's records are kept: the policy on a client leaving, which says when the record goes. (No refusal beside
    // it: this firm's answer on how long anything is kept quotes the same sentence.)
    { firm: 'dogWalkers', q: 'client who left in the summer rang asking if we still have all her details on file. how long do we keep stuff?', has: ['leavers', 'deletes the rest of the record after 12 months'] },
    // A consent dated long ago, whether it still counts: the sentence on when consent is renewed.
    { firm: 'orchestra', q: "It's October and I notice some players' consent dates say last summer. Is that still valid?", has: ['consent', 'Consent is renewed each September'] },
    // Neighbour: a passport's date is no consent.
    { firm: 'orchestra', q: "It's October and I notice some players' passport dates say 2019. Is that still valid?", has: [], not: ['Consent is renewed each September'] },
    // A solicitor asking for records, where no sentence rules on solicitors: the one policy titled on them. (No refusal beside it: the
    // title's word draws any solicitor's call to that policy.)
    { firm: 'counselling', q: 'Solicitor on the phone wants our notes about a client. What do we actually have?', has: ['police-requests', 'We hold only the diary'] },
    // A code sent to the wrong guest, where no keywords name a breach: the policy titled on breaches, then the one on codes.
    { firm: 'holidayLets', q: "sent tomorrow's key safe code to the wrong guest in lodgify, they're not even staying at that cottage!", has: ['breach-reporting', 'change the affected key safe code at once'] },
    // Neighbour: the right guest.
    { firm: 'holidayLets', q: "sent tomorrow's key safe code to the right guest in lodgify this morning, all good?", has: [], not: ['change the affected key safe code at once'] },
  ]);
});

describe("the round's review: stories a supplier's words led, and stories told without the words the rules waited for", () => {
  cases([
    // One of the breach policy's own examples told, though the words name a supplier's data: the breach policy.
    { firm: 'dogWarden', q: 'left my fpn book on a wall in skegness', has: ['breaches', 'within 24 hours at most'] },
    // Neighbour: leave asked, no slip told.
    { firm: 'dogWarden', q: 'can i leave my fpn book on the wall while i catch the dog?', has: [], not: ['an FPN book left on a wall'] },
    // Neighbours: leave asked ("thats fine right", "is that ok", "what should i do with them") beside most of an example's words: the rule
    // on the thing, not the breach policy the example is in.
    { firm: 'mobileVets', q: 'keep forgetting where to put the cd safe key, easiest is on my car keyring tbh. thats fine right', has: ['controlled-drugs', "safe key stays on the vet's person"] },
    { firm: 'hedgehogs', q: 'at the summer fair stall, people filling in gift aid forms, ive been leaving them in a pile by the cake tin is that ok', has: ['paper-forms', 'go straight into the zipped cash'] },
    { firm: 'airAmbulance', q: 'lauren here, covering at the tiverton shop and found a pile of gift aid forms from last month just sat under the counter by the till. what should i do with them', has: ['shop-gift-aid', 'the locked drawer in the shop office'] },
    // Neighbours: questions asked, not stories told, though most of an example's words are theirs.
    { firm: 'gamingCafe', q: 'how long do we keep someones member account if they stop coming in', has: ['2 years'] },
    { firm: 'weddingCars', q: 'whats our legal basis for posting couples photos on instagram', has: ['Facebook and Instagram', 'Consent'] },
    { firm: 'running', q: 'posted screenshot of run list in wrong whatsapp grp', has: ['breaches', 'within 24 hours'] },
    // A plan to hurt another told: the sentence on when a risk of harm to others breaks confidence.
    { firm: 'hypnotherapy', q: "client said in session he's planning to hurt his ex, do I have to tell someone", has: ['confidentiality-and-risk', 'serious risk of harm to the client or someone else'] },
    // Neighbour: no harm planned.
    { firm: 'hypnotherapy', q: "client said in session he's planning to move in with his ex, do I have to tell someone", has: [], not: ['serious risk of harm to the client or someone else'] },
    // A caller asking whether someone rents with us: the sentence that we do not tell anyone who does.
    { firm: 'storage', q: 'a womans ex partner rang asking if she rents a unit here', has: ['police-and-safeguarding', 'We do not tell anyone'] },
    // Going alone to a first visit, asked: the sentence that two people go.
    { firm: 'alterations', q: 'home visit tomorrow to a new housebound customer, can i go on my own', has: ['home-visits', 'Two people go to any first visit'] },
    // Neighbour: one's own lunch is no visit.
    { firm: 'alterations', q: 'can i go on my own lunch break early tomorrow?', has: [], not: ['Two people go to any first visit'] },
  ]);
});
