// Focus set 114 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eighty-fifth round by a writer who read only the README, the case format and three firms' files (glenmoor-deer-stalking, oakley-youth-orchestra, thistle-and-thread-sewing-bee), the firms written by a helper from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored once as counts only (75 of 90 at the eighty-fifth round's start, and when read), then read in the same round.
import type { ReferenceCase } from './types.ts';
const GLENMOOR = 'glenmoor-deer-stalking'; const OAKLEY = 'oakley-youth-orchestra'; const THISTLE = 'thistle-and-thread-sewing-bee';
export const FOCUS114_ONE: ReferenceCase[] = [
  // ───── Glenmoor Deer Stalking: situations ─────
  // lost-device-breach
  { ws: GLENMOOR, kind: 'situation', q: 'think my inreach fell out my jacket up on the hill yesterday arvo, only clocked it now at 10am. am i too late to say?', has: ['lost-device-breach', 'at the latest by 09:00 the next morning'] },
  { ws: GLENMOOR, kind: 'situation', q: 'sent the bag sheet for the german party to the danish agent by mistake 🙈 can i just ask him to bin it and leave it at that?', has: ['lost-device-breach', 'Do not try to fix it quietly'] },
  { ws: GLENMOOR, kind: 'situation', q: 'guest passport scan went to the wrong email address this morning, who works out if the ico needs to hear about it?', has: ['lost-device-breach', 'decides within 72 hours whether to report it'] },
  // firearms-documents
  { ws: GLENMOOR, kind: 'situation', q: 'gent coming next week sent a pic of his fac to my outlook, fine to just leave it in there so i have it handy?', has: ['firearms-documents', 'never in email attachments left in an inbox'] },
  { ws: GLENMOOR, kind: 'situation', q: 'american client wants to bring his own rifle, stalk is 5 weeks away, can we still get his permit thru in time?', has: ['firearms-documents', 'at least 8 weeks before the stalk'] },
  { ws: GLENMOOR, kind: 'situation', q: 'fella in the pub in tomintoul was asking me which of the guests have brought their own guns and where they get put at night. what do i say', has: ['firearms-documents', 'which guests hold rifles or where rifles are kept overnight'] },
  // rifle-security
  { ws: GLENMOOR, kind: 'situation', q: 'guest in keepers cottage wants to keep his rifle locked in his car boot tonight instead of bringing it up to us, is that ok?', has: ['rifle-security', 'never left in cottages or vehicles overnight'] },
  { ws: GLENMOOR, kind: 'situation', q: 'did the ammo count after today and we are one box short. who do i tell', has: ['rifle-security', 'reported to Callum and Isla at once'] },
  // hill-safety-tracking
  { ws: GLENMOOR, kind: 'situation', q: 'first season ghillie here, how often am i meant to ping the office on the inreach when im out with a guest?', has: ['hill-safety-tracking', 'check-in message when leaving the vehicle and every 2 hours'] },
  { ws: GLENMOOR, kind: 'situation', q: "ruairidh's party was due back at 4 and his phone's going straight to voicemail, callum's not answering either. when do we ring 999?", has: ['hill-safety-tracking', 'after 1 hour with no reply calls 999'] },
  { ws: GLENMOOR, kind: 'situation', q: 'can i pull up the inreach map to see how long euan sat about having his piece yesterday? 😂', has: ['hill-safety-tracking', 'used to check how long someone took for lunch'] },
  // children-and-vulnerable
  { ws: GLENMOOR, kind: 'situation', q: "client's 15 yr old lad is desperate to take a shot at a hind, dad says he's fine with it. can he?", has: ['children-and-vulnerable', 'never handle a rifle unless they hold their own certificate'] },
  { ws: GLENMOOR, kind: 'situation', q: 'guest asked if i could run their wee girl back to the bothy in the pickup on my own while they finish up at the larder, ok?', has: ['children-and-vulnerable', 'never alone in a vehicle or cottage with a child'] },
  { ws: GLENMOOR, kind: 'situation', q: "older lady staying with us told me her son's been taking her money and she's scared of him. she made me swear not to tell anyone", has: ['children-and-vulnerable', 'do not promise to keep it secret'] },
  // photos-and-social-media
  { ws: GLENMOOR, kind: 'situation', q: 'got a belter of a photo of mr becker with his royal this morning, can i stick it on the estate insta?', has: ['photos-and-social-media', "without the guest's written agreement on the booking form"] },
  { ws: GLENMOOR, kind: 'situation', q: 'someone from an anti hunting page is sending nasty dms about our last facebook post, should i reply and put them right?', has: ['photos-and-social-media', 'do not reply and tell Isla'] },
  // subject-access
  { ws: GLENMOOR, kind: 'situation', q: 'a guest from last season has emailed wanting everything we have on him. what do i do with that?', has: ['subject-access', 'pass it to Isla Grant the same day'] },
  { ws: GLENMOOR, kind: 'situation', q: "woman rang the office asking if her husband's out stalking with us this week, says it's urgent. can i tell her?", has: ['subject-access', 'take a number and pass the message to the guest'] },
  // records-retention
  { ws: GLENMOOR, kind: 'situation', q: 'clearing the back office, can the old paper larder records just go on the bonfire with the brash?', has: ['records-retention', 'never the estate bonfire'] },
  { ws: GLENMOOR, kind: 'situation', q: 'how long do we hang on to the cottage booking details once folk have been and gone?', has: ['records-retention', "kept 3 years after the guest's last stay"] },
  // ───── Glenmoor Deer Stalking: new tools ─────
  { ws: GLENMOOR, kind: 'new-tool', q: 'can the stalkers and ghillies have a whatsapp group for sorting out who is on which beat each day?', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'new-tool', q: 'ok to share trophy photos with guests through a dropbox link instead of sending them one by one?', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'new-tool', q: 'thinking of listing larchfield on booking.com too for the quiet months, any issue with that?', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'new-tool', q: 'could we use calendly so guests can pick their own stalking days online?', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'new-tool', q: "is it alright to paste the agents' guest lists into chatgpt to draft the confirmation emails quicker?", has: ['Isla Grant'] },
  // ───── Glenmoor Deer Stalking: off-topic ─────
  { ws: GLENMOOR, kind: 'off-topic', q: 'anyone got a decent venison casserole recipe for the staff night?', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'off-topic', q: 'is the lecht road open today or is it still snowed in?', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'off-topic', q: 'who won the rugby on saturday, missed it being on the hill', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'off-topic', q: 'need a name for the new spaniel pup, ideas?', has: ['Isla Grant'] },
  { ws: GLENMOOR, kind: 'off-topic', q: 'whats the best way to reproof a wax jacket', has: ['Isla Grant'] },

  // ───── Oakley Youth Orchestra: situations ─────
  // safeguarding-concern
  { ws: OAKLEY, kind: 'situation', q: "one of the cellists told me at break that things are really bad at home and begged me not to say anything to anyone. what do i do", has: ['safeguarding-concern', 'do not promise to keep it secret'] },
  { ws: OAKLEY, kind: 'situation', q: "can i just pop a quick note in spond about what the oboe kid told me so it's written down somewhere?", has: ['safeguarding-concern', 'not in Spond, WhatsApp or your own email'] },
  { ws: OAKLEY, kind: 'situation', q: "worried about something a y9 violinist said today, tried bethan twice and no answer. who else?", has: ['safeguarding-concern', 'If Bethan cannot be reached, tell Helen Achterberg'] },
  // chaperones-and-contact
  { ws: OAKLEY, kind: 'situation', q: 'is it ok if i whatsapp one of my 15 yr old horn players directly to remind her to bring her mute?', has: ['chaperones-and-contact', 'never message an under-18 player privately'] },
  { ws: OAKLEY, kind: 'situation', q: "we've got 40 under-18s booked for easter, how many chaperones do we actually need?", has: ['chaperones-and-contact', 'at least 1 DBS-checked chaperone for every 8 players'] },
  { ws: OAKLEY, kind: 'situation', q: "new chaperone's dbs hasn't come back yet but we're short this saturday, can she help out just this once?", has: ['chaperones-and-contact', 'Nobody works with players until Atlantic Data confirms'] },
  // lost-device-wrong-email
  { ws: OAKLEY, kind: 'situation', q: 'left my phone on the train home from rehearsal 😩 its got spond and my oyo gmail on it', has: ['lost-device-wrong-email', 'tell Helen Achterberg on 01234 555 861 at once'] },
  { ws: OAKLEY, kind: 'situation', q: "just sent the course info email to all the parents with everyone's addresses in cc instead of bcc. oops", has: ['lost-device-wrong-email', 'tell Helen within 24 hours'] },
  { ws: OAKLEY, kind: 'situation', q: "my phone only has a 4 number pin, is that fine if i'm using it for orchestra stuff?", has: ['lost-device-wrong-email', 'screen lock of at least 6 digits or a fingerprint'] },
  // photos-and-filming
  { ws: OAKLEY, kind: 'situation', q: 'a dad in row c is filming the whole second half on his ipad, should i do anything?', has: ['photos-and-filming', 'front of house volunteers ask them politely to stop'] },
  { ws: OAKLEY, kind: 'situation', q: "want to post a pic of the brass section on facebook and tag them with names and which school they go to, nice shoutout for them", has: ['photos-and-filming', "Never publish a player's full name, school or home town"] },
  // bursaries
  { ws: OAKLEY, kind: 'situation', q: 'one of the tutors asked me on the quiet whether the new flute girl gets her fees paid. can i tell him?', has: ['bursaries', 'Never tell tutors, chaperones or other families'] },
  { ws: OAKLEY, kind: 'situation', q: "a mum caught me at pick up asking how her fees help application is going, can i chat to her about it there?", has: ['bursaries', 'answered by Anjali only, by phone or email'] },
  // tour-documents
  { ws: OAKLEY, kind: 'situation', q: "rayburn's upload page keeps erroring, can i just email them the passport scans so we don't miss the deadline?", has: ['tour-documents', 'only through their secure upload, never by email attachment'] },
  { ws: OAKLEY, kind: 'situation', q: "back from belgium, i've still got a pile of the printed medical sheets in my bag. what do i do with them?", has: ['tour-documents', 'shredded within 7 days of returning'] },
  { ws: OAKLEY, kind: 'situation', q: 'one of the trumpets has lost his passport in bruges!! what happens now', has: ['tour-documents', 'reports it to the local police and the British embassy'] },
  // subject-access
  { ws: OAKLEY, kind: 'situation', q: "a dad asked me at rehearsal for a copy of everything we've got on his 14 yr old, do i just pass it on?", has: ['subject-access', 'asked whether the player agrees'] },
  { ws: OAKLEY, kind: 'situation', q: 'one of the chaperones wants to see what we hold on her, can i print it off and hand it to her next saturday?', has: ['subject-access', 'never as a printout handed over at rehearsal'] },
  // records-retention
  { ws: OAKLEY, kind: 'situation', q: "how long are we supposed to keep someone's dbs result once they've been signed off?", has: ['records-retention', 'kept for 6 months after the decision'] },
  { ws: OAKLEY, kind: 'situation', q: 'a viola player left in june, when do her attendance bits get wiped off spond?', has: ['records-retention', 'kept until the September after a player leaves'] },
  // ───── Oakley Youth Orchestra: new tools ─────
  { ws: OAKLEY, kind: 'new-tool', q: 'can i run online sectionals on zoom for the woodwind over half term?', has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'new-tool', q: 'thinking of using signupgenius for the chaperone rota, ok?', has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'new-tool', q: 'could the players upload their practice recordings to a padlet board so tutors can give feedback?', has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'new-tool', q: 'fine to send parents a doodle poll to find a date for the extra rehearsal?', has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'new-tool', q: 'can we plan the tour on trello, with the rooming lists on the cards?', has: ['Helen Achterberg'] },
  // ───── Oakley Youth Orchestra: off-topic ─────
  { ws: OAKLEY, kind: 'off-topic', q: 'which rosin do people rate for cello, mine is so scratchy', has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'off-topic', q: 'anyone got a good flapjack recipe for the interval cake stall?', has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'off-topic', q: "what's the tempo marking for the slow movement of dvorak 9?", has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'off-topic', q: 'is it meant to rain on saturday? thinking about the walk from the car park', has: ['Helen Achterberg'] },
  { ws: OAKLEY, kind: 'off-topic', q: 'did luton win last night?', has: ['Helen Achterberg'] },

  // ───── Thistle & Thread Sewing Bee: situations ─────
  // adult-at-risk
  { ws: THISTLE, kind: 'situation', q: "one of our older ladies said her nephew keeps helping himself to her pension and made me swear not to breathe a word. not sure what to do", has: ['adult-at-risk', 'do not promise to keep it secret'] },
  { ws: THISTLE, kind: 'situation', q: 'mrs h has just gone down at drop-in and isnt responding!! what do i do', has: ['adult-at-risk', 'call 999 first; the defibrillator is in the hall lobby'] },
  { ws: THISTLE, kind: 'situation', q: 'a lady brought her wee boy to thursday, could he go play in the side room with one of us so she can sew?', has: ['adult-at-risk', 'they stay with her at all times'] },
  // refugee-workshop-confidentiality
  { ws: THISTLE, kind: 'situation', q: 'man at the hall door asking if his wife comes to the thursday sewing. what do i tell him?', has: ['refugee-workshop-confidentiality', 'say you cannot discuss who comes'] },
  { ws: THISTLE, kind: 'situation', q: "should i add surnames and what country they're from to the thursday sign in sheet? would help me remember everyone", has: ['refugee-workshop-confidentiality', 'only a first name and the language spoken'] },
  { ws: THISTLE, kind: 'situation', q: "my husband's a dab hand with a machine, can he come and help out at the thursday workshop?", has: ['refugee-workshop-confidentiality', 'Only women volunteers and women interpreters take part'] },
  // photos
  { ws: THISTLE, kind: 'situation', q: 'the thursday ladies have made the most gorgeous quilts, can i get a pic from behind them for facebook? no faces', has: ['photos', "Never photograph the women's workshop, its participants or their children"] },
  { ws: THISTLE, kind: 'situation', q: "one of the members messaged saying she hates the photo of her on our page and wants it off", has: ['photos', 'take it down the same day and tell Margaret'] },
  // lost-phone-wrong-message
  { ws: THISTLE, kind: 'situation', q: 'think i left my phone on the bus back from berwick, both the bee whatsapps are on it', has: ['lost-phone-wrong-message', 'tell Margaret the same day so she can remove you'] },
  { ws: THISTLE, kind: 'situation', q: 'new lady came thursday, can i just add her mobile to the group chat so she gets the reminders?', has: ['lost-phone-wrong-message', "without the woman's agreement through the interpreter"] },
  { ws: THISTLE, kind: 'situation', q: "oh no, just emailed the christmas fair info to all the members and forgot to bcc them", has: ['lost-phone-wrong-message', 'tell Margaret within 24 hours'] },
  // market-sales-and-makers
  { ws: THISTLE, kind: 'situation', q: 'customer rang wanting to pay for a quilt over the phone, can i jot down her card number and put it thru later?', has: ['market-sales-and-makers', "never write down a buyer's card number"] },
  { ws: THISTLE, kind: 'situation', q: "should i put jean's name on the labels for her tea cosies so people know who made them?", has: ['market-sales-and-makers', "the maker's member number, not their name"] },
  { ws: THISTLE, kind: 'situation', q: 'the christening gown lady has picked up her order, what do i do with the slip with her phone number on', has: ['market-sales-and-makers', 'shredded once the order is collected'] },
  // repair-cafe-safety
  { ws: THISTLE, kind: 'situation', q: "chap wants to bring his sewing machine with a dodgy plug to repair cafe, can we have a look at it?", has: ['repair-cafe-safety', 'We mend textiles only, with no electrical items'] },
  { ws: THISTLE, kind: 'situation', q: 'volunteer burnt her hand on the iron at mending day this morning, its not bad. anything i need to do?', has: ['repair-cafe-safety', 'written in the accident book the same day'] },
  // subject-access
  { ws: THISTLE, kind: 'situation', q: "mrs k's daughter rang asking for her mum's mobile number, she's lost it. ok to give it her?", has: ['subject-access', 'Never give anyone details about another member'] },
  { ws: THISTLE, kind: 'situation', q: "one of the thursday women wants to know what we have about her but she doesn't read english. how does that work?", has: ['subject-access', 'Shirin arranges for the interpreter to read her the reply'] },
  // records-retention
  { ws: THISTLE, kind: 'situation', q: "mary hasn't been since easter, when should her emergency contact stuff be cleared off the list?", has: ['records-retention', 'deleted 6 months after someone stops coming'] },
  { ws: THISTLE, kind: 'situation', q: 'tidying the cupboard, how long do we need to hang on to the old gift aid forms?', has: ['records-retention', 'Gift Aid declarations are kept 6 years'] },
  // ───── Thistle & Thread Sewing Bee: new tools ─────
  { ws: THISTLE, kind: 'new-tool', q: 'could we open an etsy shop to sell the makes online as well as the market?', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'new-tool', q: 'can members pay their subs by paypal instead of cash?', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'new-tool', q: 'thinking of starting a mailchimp newsletter for the members, ok?', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'new-tool', q: 'is it alright to make the repair cafe posters in canva?', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'new-tool', q: 'could we do a zoom sewing night for members who cant get to the hall in winter?', has: ['Margaret Elphick'] },
  // ───── Thistle & Thread Sewing Bee: off-topic ─────
  { ws: THISTLE, kind: 'off-topic', q: 'how on earth do you thread an overlocker, mine has 4 cones and i am lost', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'off-topic', q: 'anyone got a good cheese scone recipe for tuesday tea?', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'off-topic', q: 'whats the best fabric for backing a baby quilt?', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'off-topic', q: 'is it going to be windy on the walls tomorrow?', has: ['Margaret Elphick'] },
  { ws: THISTLE, kind: 'off-topic', q: 'did berwick rangers win at the weekend?', has: ['Margaret Elphick'] },
];
