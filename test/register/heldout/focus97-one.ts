// Focus set 97 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eightieth round by a writer who read only the README, the case format and three firms' files (crowdscene-extras-agency, puttingpirates-adventure-golf, zapzone-laser-tag), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (76 of 90 on the round's starting answerer, 76 on the answerer of the time), then read in the eightieth round.
import type { ReferenceCase } from './types.ts';

const CROWDSCENE = 'crowdscene-extras-agency';
const PUTTINGPIRATES = 'puttingpirates-adventure-golf';
const ZAPZONE = 'zapzone-laser-tag';

export const FOCUS97_ONE: ReferenceCase[] = [
  // ── CrowdScene Extras: situations ──
  { ws: CROWDSCENE, kind: 'situation', q: 'left the bookings phone in the canteen tent at the harewood shoot, went back and its gone. what now', has: ['breach-reporting', 'Tell Joanne Whitaker straight away'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'oh no the crowd list for the period drama just went to the soap lot instead, can i hit recall in gmail and bin it from sent before anyone notices', has: ['breach-reporting', 'Do not try to recall emails or delete anything yourself'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'new series wants 3 kids for a school scene on the 14th, mum says the licence is "in the post" can i pop them on the call sheet and sort it after', has: ['child-licences', 'a licensed chaperone is named for the day'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'production asking for the home address and school of the 9 year old we booked, for their paperwork apparently', has: ['child-licences', "Send productions only the child's first name"] },
  { ws: CROWDSCENE, kind: 'situation', q: 'got a booking for a little one shooting in 10 days time and we havent applied to the council yet, is that ok', has: ['child-licences', 'at least 21 days before the first shooting day'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'costume dept want the measurements and headshots for the 40 soldiers, easiest to just attach them all to an email yeah', has: ['photos-and-measurements', 'never as email attachments or WhatsApp images'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'kirsty here, im gonna save a few of the new registrations pics to my phone so i can show the director on set tomorrow', has: ['photos-and-measurements', 'never save them to your own phone'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'one of our older lads emailed, hates his headshot and wants it gone off the database. i was going to do it next week', has: ['photos-and-measurements', 'remove it the same day'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'the 2nd ad rang and said just stick everyones mobile numbers on the crowd list for tomorrow, fine to add them?', has: ['call-sheets', 'only where the production has asked in writing'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'just realised i sent thursdays call sheet to an old address for the runner from last job not the crowd coordinator. ill tell joanne when she is back friday', has: ['call-sheets', 'goes to Joanne within the hour'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'we were on set at the castle yesterday, can i put a pic of the crowd in costume on our insta to show what we do', has: ['set-social-media', 'until the production has been broadcast or released'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'one of our SAs has been posting selfies with the lead actor on tiktok from the set, the show isnt out till next year', has: ['set-social-media', 'tell Marcus Ellery the same day'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'bloke rang saying hes a journalist and wants to know if a certain reality star is on our books and working on the new drama', has: ['outside-callers', 'pass the message to the artist'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'someone phoned asking whether the little girl from the advert is one of ours and where she is filming this week, said hes her uncle', has: ['outside-callers', 'tell Bev Oduya straight away'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'tidying the shared drive, theres call sheets in there from a film that wrapped in 2024, keep or bin', has: ['records-retention', 'deleted from the shared drive 12 months after'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'artist hasnt worked since 2023 and wants out, can we bin his old payslips and signed agreement too while we are at it', has: ['records-retention', 'Pay records and signed agreements are kept for 6 years'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'lady on whatsapp says she wants a copy of everything we have got on her, photos notes the lot', has: ['subject-access', 'pass it to Joanne the same day'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'fella emailed saying hes moving abroad and take me off your books. how quick do we need to do it', has: ['subject-access', 'Removal from the database happens within 5 working days'] },
  { ws: CROWDSCENE, kind: 'situation', q: 'unit base office laptop is free, ok if i log into casting networks on it to check the shortlist', has: ['passwords', "never log in on a production's computer"] },
  { ws: CROWDSCENE, kind: 'situation', q: 'the database is down this morning and we have a 7am call on friday, is there a copy of who is free anywhere', has: ['backups', 'Tom exports the availability calendar to the shared drive every Friday'] },

  // ── CrowdScene Extras: new tools ──
  { ws: CROWDSCENE, kind: 'new-tool', q: 'can we start using mailchimp to send a monthly newsletter to all our extras', has: ['Joanne Whitaker'], not: ['Textlocal'] },
  { ws: CROWDSCENE, kind: 'new-tool', q: 'thinking of sharing shortlists with productions via dropbox, its way easier than the portal', has: ['Joanne Whitaker'], not: ['Spotlight'] },
  { ws: CROWDSCENE, kind: 'new-tool', q: 'can i paste the crowd list into chatgpt to sort it by height and costume size', has: ['Joanne Whitaker'], not: ['DocuSign'] },
  { ws: CROWDSCENE, kind: 'new-tool', q: 'tom wants to move the booking tracker onto trello, any problem', has: ['Joanne Whitaker'], not: ['Stripe'] },
  { ws: CROWDSCENE, kind: 'new-tool', q: 'ok to set up a telegram group for the crowd on the big battle scene, whatsapp keeps hitting the limit', has: ['Joanne Whitaker'], not: ['Textlocal'] },

  // ── CrowdScene Extras: off-topic ──
  { ws: CROWDSCENE, kind: 'off-topic', q: 'what time does the leeds ring road get gridlocked on a friday', has: ['Joanne Whitaker'], not: ['Casting Networks'] },
  { ws: CROWDSCENE, kind: 'off-topic', q: 'anyone know a good place for a team curry near the office', has: ['Joanne Whitaker'], not: ['Xero'] },
  { ws: CROWDSCENE, kind: 'off-topic', q: 'is the printer jammed again or is it just me', has: ['Joanne Whitaker'], not: ['Google Workspace'] },
  { ws: CROWDSCENE, kind: 'off-topic', q: 'whats the best way to get fake tan off a white shirt before wardrobe sees', has: ['Joanne Whitaker'], not: ['BrightPay'] },
  { ws: CROWDSCENE, kind: 'off-topic', q: 'will it snow in whitby on tuesday, outdoor shoot', has: ['Joanne Whitaker'], not: ['Spotlight'] },

  // ── Putting Pirates: situations ──
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'the party ipad has gone walkies from the party room, cant find it anywhere', has: ['breach-reporting', 'Tell the duty manager at once'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'emailed the wrong mum the allergy list for saturdays party, should i ring her and ask her to delete it', has: ['breach-reporting', 'Do not delete anything or contact the customers yourself'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'dad at the bar just said oh btw his lad cant have dairy, party is next week, ill jot it on a beer mat for the kitchen', has: ['allergy-notes', 'never from a chat at the bar'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'mum just told me at check in that one of the guests has a sesame allergy, its not on the sheet, pizzas going in now', has: ['allergy-notes', 'tell the kitchen and the duty manager before any food goes out'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'party finished, ok to leave the party sheets on the table in the party room for the morning crew', has: ['allergy-notes', 'never leave them in the party room'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'granny has turned up to get jack from half term club but shes not on the booking and doesnt know the password', has: ['children-and-clubs', 'keep the child with you and phone the parent'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'little one at golf club today had a bruise and said something a bit worrying about home, not sure who to tell', has: ['children-and-clubs', 'goes to Hollie Beck, our safeguarding lead'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'new lad started on the holiday club today, his dbs hasnt come back yet. can he take the 8s group out on the course on his own', has: ['children-and-clubs', 'enhanced DBS check before working alone with children'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'birthday boy just got a hole in one on the kraken hole, grabbed a cracking pic on my phone for the facebook page', has: ['photos', 'taken only on the venue iPad'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'a mum messaged the page saying take the photo of my daughter down from instagram please, how long have we got', has: ['photos', 'Remove any photo within 48 hours if a parent asks'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'bloke says someone dinged his car in the car park and wants me to show him the cameras on my phone at the desk', has: ['cctv', 'Never show footage to a customer on a phone at the desk'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'police came in about a fight outside last saturday and want the camera footage, rachel is off, what do i take down', has: ['cctv', 'collar number and incident number'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'late close, nobody to drop the bag at the safe, ill just take the cash home and bring it back tomorrow', has: ['cash-handling', 'never take cash home or leave it in the bar'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'mum on the phone wants to pay the party deposit now by reading me her card number, fine if i write it down and put it through later', has: ['cash-handling', 'party deposits are paid only online through ROLLER'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'till was 15 quid down at cash up, its late and i want to go home, can i sort it tomorrow', has: ['cash-handling', 'Report a shortfall of more than £10'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'lady rang, thinks she left her purse on hole 12, another customer handed one in. she says just give me the number of whoever found it so i can say thanks', has: ['lost-property', "never give out another customer's name or phone number"] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'lost property box is overflowing, theres hoodies from the summer in there, how long do we actually keep stuff', has: ['lost-property', 'Unclaimed items are kept for 4 weeks'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'customer emailed the parties inbox saying wipe all my info off your system, i never want to hear from you again', has: ['subject-access', 'pass it to Rachel the same day'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'femi asked me to ring his drinks through on my pin while he nips to the loo, i said fine', has: ['passwords', 'never tell anyone your PIN or sign in for a colleague'] },
  { ws: PUTTINGPIRATES, kind: 'situation', q: 'if the cctv box in the office packs in do we lose the footage or is it saved somewhere', has: ['passwords', 'the CCTV recorder is not backed up'] },

  // ── Putting Pirates: new tools ──
  { ws: PUTTINGPIRATES, kind: 'new-tool', q: 'can we use canva to make the party invites and upload the kids names to it', has: ['Rachel Goodwin'], not: ['Mailchimp'] },
  { ws: PUTTINGPIRATES, kind: 'new-tool', q: 'thinking of selling holiday club places through eventbrite instead, easier for parents', has: ['Rachel Goodwin'], not: ['ROLLER'] },
  { ws: PUTTINGPIRATES, kind: 'new-tool', q: 'can we do the staff rota in a whatsapp group instead', has: ['Rachel Goodwin'], not: ['Microsoft 365'] },
  { ws: PUTTINGPIRATES, kind: 'new-tool', q: 'i want to put the holiday club registers into google sheets so i can see them at home', has: ['Rachel Goodwin'], not: ['Xero'] },
  { ws: PUTTINGPIRATES, kind: 'new-tool', q: 'is it ok to use chatgpt to write replies to party enquiries, id paste the emails in', has: ['Rachel Goodwin'], not: ['Square'] },

  // ── Putting Pirates: off-topic ──
  { ws: PUTTINGPIRATES, kind: 'off-topic', q: 'how do i unblock the pump on the pirate ship waterfall', has: ['Rachel Goodwin'], not: ['ROLLER'] },
  { ws: PUTTINGPIRATES, kind: 'off-topic', q: 'whats the best way to clean the astroturf after someone spilt a slushie', has: ['Rachel Goodwin'], not: ['Square'] },
  { ws: PUTTINGPIRATES, kind: 'off-topic', q: 'when is the next keg delivery coming', has: ['Rachel Goodwin'], not: ['Xero'] },
  { ws: PUTTINGPIRATES, kind: 'off-topic', q: 'can i swap my sunday close with connor', has: ['Rachel Goodwin'], not: ['ClassForKids'] },
  { ws: PUTTINGPIRATES, kind: 'off-topic', q: 'anyone know the wifi password for the range bays', has: ['Rachel Goodwin'], not: ['Mailchimp'] },

  // ── ZapZone Laser Tag: situations ──
  { ws: ZAPZONE, kind: 'situation', q: 'one of the waiver tablets isnt in the drawer this morning, think it walked last night', has: ['breach-reporting', 'Tell the duty manager at once and Fiona MacLeod'] },
  { ws: ZAPZONE, kind: 'situation', q: 'sent the st marys pupil list to a teacher at a different school by mistake, ill just email her and ask her to delete it', has: ['breach-reporting', 'Do not delete anything or contact customers yourself'] },
  { ws: ZAPZONE, kind: 'situation', q: 'wee guy about 12 turned up with his pals, says his mum is at work and he can just tick the waiver himself', has: ['waivers-under-16', 'Never let a child sign their own waiver'] },
  { ws: ZAPZONE, kind: 'situation', q: 'dad has a signed paper form from home and is showing me a photo of it on his phone, good enough to let his daughter play?', has: ['waivers-under-16', 'never accept a paper waiver photographed on a phone'] },
  { ws: ZAPZONE, kind: 'situation', q: 'one of the party kids waiver says he has seizures sometimes, game starts in 5 mins', has: ['waivers-under-16', 'tell the marshal before the game'] },
  { ws: ZAPZONE, kind: 'situation', q: 'kid at the kiosk has put his name in as his full real name and surname for the game', has: ['leaderboard-codenames', 'changes any codename that is a real full name'] },
  { ws: ZAPZONE, kind: 'situation', q: 'a mum emailed asking us to take her sons scores off the system, hes upset about being bottom', has: ['leaderboard-codenames', 'Craig Docherty deletes them within 7 days'] },
  { ws: ZAPZONE, kind: 'situation', q: 'birthday girl is top of the scoreboard, wanted to shout out her name on the mic in the arena', has: ['leaderboard-codenames', "Never read out a child's real name over the arena PA"] },
  { ws: ZAPZONE, kind: 'situation', q: 'party mum wants pics of the kids in their vests, no phone charged so ill use mine', has: ['photos-in-arena', 'only on the ZapZone phone'] },
  { ws: ZAPZONE, kind: 'situation', q: 'still got loads of party pics on the work phone from the last couple of weeks, already sent them to the parents', has: ['photos-in-arena', 'Delete party photos from the ZapZone phone within 7 days'] },
  { ws: ZAPZONE, kind: 'situation', q: 'one of the dads wants to go up to level 2 and film his boy while the team building lot are mid game', has: ['photos-in-arena', "not in the arena during other groups' games"] },
  { ws: ZAPZONE, kind: 'situation', q: 'teacher from the primary wants to send me the class list and medical stuff to my own email, that ok', has: ['school-groups', 'to the groups mailbox only'] },
  { ws: ZAPZONE, kind: 'situation', q: 'the accountancy firm that came in today asked if we can post their team scores on our facebook', has: ['school-groups', 'emailed to the organiser only'] },
  { ws: ZAPZONE, kind: 'situation', q: 'school group just left, what do i do with the printed list', has: ['school-groups', 'shredded when the group leaves'] },
  { ws: ZAPZONE, kind: 'situation', q: 'lad fell on the ramp on level 2 and hurt his wrist, the camera should have got it', has: ['cctv', 'export anything about an injury the same day'] },
  { ws: ZAPZONE, kind: 'situation', q: 'parent wants the camera clip of her son getting pushed in the arena, theres other kids in it too', has: ['cctv', 'other children must be blurred'] },
  { ws: ZAPZONE, kind: 'situation', q: 'guy on the phone says hes a dad and wants to know what time the hendry party finishes so he can collect', has: ['outside-callers', 'even if the caller says they are a parent'] },
  { ws: ZAPZONE, kind: 'situation', q: 'woman at the desk saying shes here to pick up one of the party kids, not the mum that booked', has: ['outside-callers', 'the party host or teacher decides, not front desk'] },
  { ws: ZAPZONE, kind: 'situation', q: 'a mum wants all her family deleted off our system including the kids waivers from last year', has: ['subject-access', 'Waivers are kept for 3 years even after a deletion request'] },
  { ws: ZAPZONE, kind: 'situation', q: 'shift over, leaving the tablets on the desk for the morning crew', has: ['passwords-backups', 'stay in the front-desk drawer when the arena is closed'] },

  // ── ZapZone Laser Tag: new tools ──
  { ws: ZAPZONE, kind: 'new-tool', q: 'found a free party invite app, parents put the kids names in and we get a list, can we use it', has: ['new-software'], not: ['Bookeo'] },
  { ws: ZAPZONE, kind: 'new-tool', q: 'can i upload the party photos to a flickr album for the parents to download', has: ['new-software'], not: ['MailerLite'] },
  { ws: ZAPZONE, kind: 'new-tool', q: 'thinking of using chatgpt to write the school risk assessments, id paste in the group list', has: ['new-software'], not: ['Sage Accounting'] },
  { ws: ZAPZONE, kind: 'new-tool', q: 'can we run the staff rota on deputy, everyone else uses it', has: ['new-software'], not: ['SumUp'] },
  { ws: ZAPZONE, kind: 'new-tool', q: 'want to start a tiktok for the arena, ok to sign up', has: ['new-software'], not: ['Verkada'] },

  // ── ZapZone Laser Tag: off-topic ──
  { ws: ZAPZONE, kind: 'off-topic', q: 'vest 14 keeps beeping and wont reset, how do i fix it', has: ['Fiona MacLeod'], not: ['Laserforce Scoring'] },
  { ws: ZAPZONE, kind: 'off-topic', q: 'haze machine is out of fluid, where do we order it', has: ['Fiona MacLeod'], not: ['SumUp'] },
  { ws: ZAPZONE, kind: 'off-topic', q: 'how many pizzas for a party of 14 kids', has: ['Fiona MacLeod'], not: ['Bookeo'] },
  { ws: ZAPZONE, kind: 'off-topic', q: 'is the snack bar slush machine supposed to be that colour', has: ['Fiona MacLeod'], not: ['Sage Accounting'] },
  { ws: ZAPZONE, kind: 'off-topic', q: 'anyone able to cover my saturday shift', has: ['Fiona MacLeod'], not: ['Google Workspace'] },
];
