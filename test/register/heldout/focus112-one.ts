// Focus set 112 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eighty-fifth round by a writer who read only the README, the case format and three firms' files (fluentway-stammering-group, quayline-seafarers-mission, brightwick-candle-workshop), the firms written by a helper from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), held out: scored as counts only.
import type { ReferenceCase } from './types.ts';
const FLUENT = 'fluentway-stammering-group'; const QUAYLINE = 'quayline-seafarers-mission'; const BRIGHTWICK = 'brightwick-candle-workshop';
export const FOCUS112_ONE: ReferenceCase[] = [
  // ───── Fluentway Stammering Group: situations ─────
  // safeguarding
  { ws: FLUENT, kind: 'situation', q: 'one of the teens at weds group told me after that stuff at home is really bad and made me swear not to tell anyone. what do i do??', has: ['safeguarding', 'do not promise to keep it secret'] },
  { ws: FLUENT, kind: 'situation', q: "worried about something a member said tonight, tried calling rashid twice and he's not picking up. who next?", has: ['safeguarding', 'if he does not answer, ring Imogen Threlfall'] },
  { ws: FLUENT, kind: 'situation', q: 'typed up my notes about the worrying thing a member told me, ok to just save them in the drive folder for rashid?', has: ['safeguarding', 'never put it in WhatsApp or on the shared drive'] },
  // breach-reporting
  { ws: FLUENT, kind: 'situation', q: 'left my phone on the bus last night 😬 its got my fluentway gmail and beacon on it', has: ['breach-reporting', 'tell Imogen straight away, day or night'] },
  { ws: FLUENT, kind: 'situation', q: "sent an email about a member to the wrong mum by mistake, should i just message her and ask her to bin it?", has: ['breach-reporting', 'Do not ask the recipient to delete it yourself'] },
  { ws: FLUENT, kind: 'situation', q: 'just realised i think i left the sign in sheet on the table at st aidans after group... is that actually a big deal', has: ['breach-reporting', 'A printed group register left at the hall'] },
  // confidentiality-in-groups
  { ws: FLUENT, kind: 'situation', q: "a member's SLT emailed asking if he's been coming along to sessions, can i just say yes?", has: ['confidentiality-in-groups', 'unless the member has said in writing that we may'] },
  { ws: FLUENT, kind: 'situation', q: 'a dad rang wanting to know what his 15yo talked about in group last week, how much can i tell him', has: ['confidentiality-in-groups', 'told their child attended, but not what their child said'] },
  { ws: FLUENT, kind: 'situation', q: "can i put surnames on thursday's attendance sheet too? i keep mixing up the two sams", has: ['confidentiality-in-groups', 'Use first names only on the printed register'] },
  // photos-and-recordings
  { ws: FLUENT, kind: 'situation', q: 'someone in the sunday online group asked if they can grab a pic of the gallery view as a nice memory, is that ok?', has: ['photos-and-recordings', 'screenshots of a Zoom meetup are not allowed'] },
  { ws: FLUENT, kind: 'situation', q: 'at the open day can i just snap a few shots of people at the craft table for our socials?', has: ['photos-and-recordings', 'taken only of people wearing a green lanyard'] },
  // subject-access
  { ws: FLUENT, kind: 'situation', q: "a mum emailed wanting a copy of everything we've got on her 16 year old. fine to just send it over?", has: ['subject-access', "young person's agreement if they are 13 or over"] },
  { ws: FLUENT, kind: 'situation', q: "one of our volunteers wants to see all the info we've got about her, whats the safest way to get it to her", has: ['subject-access', 'send it by password-protected file from Google Drive'] },
  // retention
  { ws: FLUENT, kind: 'situation', q: "how long do we hang on to people in beacon if they've stopped coming?", has: ['retention', 'deleted 3 years after a member last came'] },
  { ws: FLUENT, kind: 'situation', q: 'clearing out the office cabinet, can the safeguarding forms about a 14 yr old from 2019 go in the shredder now?', has: ['retention', "until a young person's 25th birthday if later"] },
  { ws: FLUENT, kind: 'situation', q: 'new volunteer emailed me a photo of their dbs cert, should i save it in their volunteer file?', has: ['retention', 'DBS certificates are never copied'] },
  // online-meetups
  { ws: FLUENT, kind: 'situation', q: "can i stick the zoom link for sunday on our insta story so more people find it?", has: ['online-meetups', 'never on social media'] },
  { ws: FLUENT, kind: 'situation', q: "my co-facilitator just dropped out of tonight's teen online session, ok if i run it on my own?", has: ['online-meetups', 'Two facilitators must be in every meetup'] },
  // volunteer-devices
  { ws: FLUENT, kind: 'situation', q: 'my phone just has a 4 number pin on it, is that ok for the facilitators whatsapp?', has: ['volunteer-devices', 'a screen lock of at least 6 digits'] },
  { ws: FLUENT, kind: 'situation', q: "is it fine to save a member's mobile in my contacts so i can text her about group times?", has: ['volunteer-devices', "Do not save members' numbers in your phone"] },
  // ───── Fluentway Stammering Group: new tools ─────
  { ws: FLUENT, kind: 'new-tool', q: 'can we use eventbrite for the open day sign ups this year instead?', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'new-tool', q: 'is it ok to run otter.ai on the trustees call so we get auto minutes?', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'new-tool', q: 'thinking of setting up a discord server for the teen members to chat between groups, allowed?', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'new-tool', q: 'could parents book 1:1 chats with me through calendly?', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'new-tool', q: 'can i build the new volunteer application form in jotform?', has: ['Imogen Threlfall'] },
  // ───── Fluentway Stammering Group: off-topic ─────
  { ws: FLUENT, kind: 'off-topic', q: 'anyone know what time the christmas market in town shuts tonight?', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'off-topic', q: 'got a good flapjack recipe for the bake sale? mine always crumble', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'off-topic', q: 'is it meant to rain on saturday for the sponsored walk?', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'off-topic', q: 'did leeds win last night? missed it', has: ['Imogen Threlfall'] },
  { ws: FLUENT, kind: 'off-topic', q: "what's the quickest way to the train station from the office on foot", has: ['Imogen Threlfall'] },

  // ───── Quayline Seafarers Mission: situations ─────
  // ship-visits
  { ws: QUAYLINE, kind: 'situation', q: 'on the bulker this morning the bosun wanted me to take his contract back to the centre to go through it properly, is that ok?', has: ['ship-visits', 'give it straight back; never take it off the ship'] },
  { ws: QUAYLINE, kind: 'situation', q: 'crew asked me to take a group photo with them in the mess room, lovely moment, can i?', has: ['ship-visits', "Never photograph crew, documents or the ship's interior"] },
  { ws: QUAYLINE, kind: 'situation', q: 'met 14 lads on a tanker today, do i need to put all their names in charitylog?', has: ['ship-visits', "do not write crew members' names"] },
  // crew-at-risk
  { ws: QUAYLINE, kind: 'situation', q: "an AB just told me he's not been paid in 5 months and wants to go home, who do i ring first?", has: ['crew-at-risk', 'Ring Marisol Dela Cruz, our welfare lead'] },
  { ws: QUAYLINE, kind: 'situation', q: "the way that captain talks to his crew is awful, should i go up and have a word with him?", has: ['crew-at-risk', 'Do not confront the master or the officers'] },
  { ws: QUAYLINE, kind: 'situation', q: "itf inspector wants the name of the lad who told me about the beatings, he hasn't said that's ok", has: ['crew-at-risk', 'without it only where a life is at risk'] },
  // who-may-be-told
  { ws: QUAYLINE, kind: 'situation', q: 'crewing agent in manila rang asking if their guy was in the centre last night, can i just say yes?', has: ['who-may-be-told', 'Do not confirm that anyone visited'] },
  { ws: QUAYLINE, kind: 'situation', q: "a wife phoned from odesa asking how her husband is, he was in yesterday. what am i allowed to say", has: ['who-may-be-told', 'can be told only what the seafarer has agreed to'] },
  { ws: QUAYLINE, kind: 'situation', q: "one of the cooks wants his mate's number, mate is on another ship in the dock. ok to pass it on?", has: ['who-may-be-told', "Never give a seafarer's mobile number to anyone"] },
  // lost-phone-and-breaches
  { ws: QUAYLINE, kind: 'situation', q: "can't find the centre mobile anywhere, think it might be on the bus 😬 it's gone 11pm, ok to tell someone tomorrow?", has: ['lost-phone-and-breaches', 'tell Alistair at once, day or night'] },
  { ws: QUAYLINE, kind: 'situation', q: 'sent a referral to the wrong port chaplain by accident, should i just email them asking to bin it?', has: ['lost-phone-and-breaches', 'do not try to fix it yourself'] },
  // sim-and-wifi
  { ws: QUAYLINE, kind: 'situation', q: "guy who bought a sim wants me to put it in and get his phone going, he's not techy. can i do it for him?", has: ['sim-and-wifi', 'never set up or log into their phone for them'] },
  { ws: QUAYLINE, kind: 'situation', q: 'do i need to photocopy his passport when i sell someone a sim?', has: ['sim-and-wifi', "Never keep a copy of a seafarer's passport"] },
  { ws: QUAYLINE, kind: 'situation', q: 'someone left a phone charging by the sofas and his ship sails tonight, what do i do with it', has: ['sim-and-wifi', 'lock it in the office cupboard'] },
  // minibus
  { ws: QUAYLINE, kind: 'situation', q: 'finished driving, what do i do with the sheet of who i picked up?', has: ['minibus', 'goes into the shredding box'] },
  { ws: QUAYLINE, kind: 'situation', q: "2 lads missed the last run back to the berth, should i phone their agent to sort it?", has: ['minibus', "ring their ship agent only with the seafarer's agreement"] },
  // subject-access
  { ws: QUAYLINE, kind: 'situation', q: "a seafarer who sailed last month emailed asking for his file, how do i know it's actually him?", has: ['subject-access', 'a question only they could answer from the case'] },
  { ws: QUAYLINE, kind: 'situation', q: "ship agent emailed asking us to send one of their crew's case records to the agency office", has: ['subject-access', 'we reply to the seafarer directly, not to the agent'] },
  // retention
  { ws: QUAYLINE, kind: 'situation', q: 'how long do we keep welfare notes once a case is done?', has: ['retention', 'kept for 6 years after the case is closed'] },
  { ws: QUAYLINE, kind: 'situation', q: "i snapped pics of a lad's payslips for his case, ok to keep them on the mission mobile for now, just in case?", has: ['retention', 'deleted as soon as the case note is written'] },
  // ───── Quayline Seafarers Mission: new tools ─────
  { ws: QUAYLINE, kind: 'new-tool', q: 'can we use google translate on the counter tablet to talk to the crews?', has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'new-tool', q: 'thinking of starting a telegram channel for the russian speaking crews, ok?', has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'new-tool', q: 'could we send the visit photos to the diocese through dropbox?', has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'new-tool', q: 'can we take donations for the christmas parcels appeal through justgiving?', has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'new-tool', q: 'is it alright to put the volunteer ship visit rota on trello?', has: ['Revd Alistair Penhaligon'] },
  // ───── Quayline Seafarers Mission: off-topic ─────
  { ws: QUAYLINE, kind: 'off-topic', q: "what time's high tide at grimsby tomorrow?", has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'off-topic', q: 'anyone know how to make chicken adobo? want to surprise the filipino lads', has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'off-topic', q: 'is the a180 shut again this morning?', has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'off-topic', q: 'who won the darts last night', has: ['Revd Alistair Penhaligon'] },
  { ws: QUAYLINE, kind: 'off-topic', q: 'how many mince pies should we get in for the carol service?', has: ['Revd Alistair Penhaligon'] },

  // ───── Brightwick Candle Workshop: situations ─────
  // children-at-parties
  { ws: BRIGHTWICK, kind: 'situation', q: 'a mum at the 3pm birthday party wants to nip to costa for 20 mins and leave her girl with us, is that ok?', has: ['children-at-parties', 'must stay in the studio for the whole 90 minutes'] },
  { ws: BRIGHTWICK, kind: 'situation', q: "little one at today's party said something about her stepdad that really worried me. should i ask her a bit more about it?", has: ['children-at-parties', 'do not question them; write down what you heard'] },
  { ws: BRIGHTWICK, kind: 'situation', q: 'can the 10 yr olds do proper cold process soap at the party on saturday? they asked', has: ['children-at-parties', 'which use melt-and-pour soap only'] },
  // allergies-and-burns
  { ws: BRIGHTWICK, kind: 'situation', q: 'guy caught his hand on the wax jug, ran it under the tap for a minute, anything else i need to do?', has: ['allergies-and-burns', 'cooled under the studio tap for 20 minutes'] },
  { ws: BRIGHTWICK, kind: 'situation', q: "someone on saturday's booking has a peanut allergy, anything on the benches they should avoid?", has: ['allergies-and-burns', 'does not use the sweet almond oil'] },
  { ws: BRIGHTWICK, kind: 'situation', q: 'ok to post the allergy notes for all this weeks sessions in the staff group chat so everyone knows?', has: ['allergies-and-burns', 'Allergy notes are shared only with the staff'] },
  // photos
  { ws: BRIGHTWICK, kind: 'situation', q: 'hen do want their group pic on insta with every one of them tagged, fine?', has: ['photos', 'tag only the organiser, and only if she agrees'] },
  { ws: BRIGHTWICK, kind: 'situation', q: "a mum said it's totally fine to put her son's face on ig holding his candle, can i?", has: ['photos', 'unless only hands and candles are shown'] },
  { ws: BRIGHTWICK, kind: 'situation', q: 'my own phone takes way better pics, can i use that for the workshop shots?', has: ['photos', 'Use the studio phone, not your own'] },
  // breaches
  { ws: BRIGHTWICK, kind: 'situation', q: "the counter ipad has gone missing 😳 harriet's off today so should i leave it till tomorrow?", has: ['breaches', 'even on her day off'] },
  { ws: BRIGHTWICK, kind: 'situation', q: 'customer started reading out his long card number on the phone to pay a deposit, do i jot it down?', has: ['breaches', 'send them a Stripe payment link instead'] },
  { ws: BRIGHTWICK, kind: 'situation', q: "found this morning's sheet with everyone's allergies left on bench 3 after close, is that a breach?", has: ['breaches', 'Leaving the booking sheet with allergy notes on a bench'] },
  // gift-vouchers
  { ws: BRIGHTWICK, kind: 'situation', q: 'someone rang saying they lost their voucher, gave me their name, can i just read the code out to them?', has: ['gift-vouchers', "ask for the order number and the buyer's email"] },
  { ws: BRIGHTWICK, kind: 'situation', q: "we're doing a giveaway on insta, can i put the winner's code in the caption?", has: ['gift-vouchers', 'winners get theirs by email from Noor'] },
  // team-days
  { ws: BRIGHTWICK, kind: 'situation', q: "can i just add everyone from tuesday's corporate session to our mailing list?", has: ['team-days', 'Do not add team-day attendees to the newsletter'] },
  { ws: BRIGHTWICK, kind: 'situation', q: 'HR woman from the company rang asking how one of their staff behaved at their team day', has: ['team-days', 'how someone behaved, pass the request to Harriet'] },
  // subject-access
  { ws: BRIGHTWICK, kind: 'situation', q: "customer DM'd us on insta asking what info we've got on her, do i just reply with it?", has: ['subject-access', 'Pass it to Harriet the same day'] },
  { ws: BRIGHTWICK, kind: 'situation', q: 'a customer wants every order she ever made wiped, even last years. can we?', has: ['subject-access', 'Order records needed for tax are kept for 6 years'] },
  // retention
  { ws: BRIGHTWICK, kind: 'situation', q: 'how long do we hold onto the old waivers in fareharbor?', has: ['retention', 'deleted 2 years after the session'] },
  { ws: BRIGHTWICK, kind: 'situation', q: "what happens to this week's paper sign-up sheets? there's a pile by the till", has: ['retention', 'shredded at the end of each week'] },
  // ───── Brightwick Candle Workshop: new tools ─────
  { ws: BRIGHTWICK, kind: 'new-tool', q: 'can we start posting workshop clips on tiktok?', has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'new-tool', q: 'could we list the hen party sessions on airbnb experiences too?', has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'new-tool', q: 'ok to take payments on a sumup reader at the christmas market stall?', has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'new-tool', q: 'can i paste customer emails into chatgpt to help write the replies?', has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'new-tool', q: 'thinking of moving the staff rota to rotacloud, is that allowed?', has: ['Harriet Wainwright'] },
  // ───── Brightwick Candle Workshop: off-topic ─────
  { ws: BRIGHTWICK, kind: 'off-topic', q: 'any good pizza places round here for the staff do?', has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'off-topic', q: "what's the forecast for saturday, thinking of putting the a-board out", has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'off-topic', q: 'anyone know if the trains to manchester are running sunday?', has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'off-topic', q: 'whats a good film to watch tonight? need something cosy', has: ['Harriet Wainwright'] },
  { ws: BRIGHTWICK, kind: 'off-topic', q: 'how do i get the scratches out of my car door, someone keyed it in the car park', has: ['Harriet Wainwright'] },
];
