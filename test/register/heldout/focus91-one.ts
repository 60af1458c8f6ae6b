// Focus set 91 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eightieth round by a writer who read only the README, the case format and three firms' files (wardside-league-of-friends, numberwise-tutoring-centre, freshwash-shower-van), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (67 of 90 on the round's starting answerer, 68 on the answerer of the time), then read in the eightieth round.
import type { ReferenceCase } from './types.ts';

const WARDSIDE = 'wardside-league-of-friends';
const NUMBERWISE = 'numberwise-tutoring-centre';
const FRESHWASH = 'freshwash-shower-van';

export const FOCUS91_ONE: ReferenceCase[] = [
  // ── Wardside League of Friends: situations ──
  { ws: WARDSIDE, kind: 'situation', q: 'think i left the card reader on the trolley up on ward 22, went back and its gone. what do i do', has: ['breach-reporting', 'tell Margaret Pryce straight away'] },
  { ws: WARDSIDE, kind: 'situation', q: 'oh no, the gift aid thank you letter for mrs davies went to the other mrs davies on the list. can i just email her and ask her to bin it', has: ['breach-reporting', 'Do not try to delete or recall anything yourself'] },
  { ws: WARDSIDE, kind: 'situation', q: 'lady in bed 4 on ward 9 told me all about her diagnosis on the round today, bless her. ok if i give the other trolley vols a heads up so they go gently with her?', has: ['patients-on-wards', 'Never write down, repeat or post anything about a patient'] },
  { ws: WARDSIDE, kind: 'situation', q: 'got to bay 3 and the curtains were pulled round one bed but the gent inside was shouting he wanted a paper and some mints', has: ['patients-on-wards', 'leave a bay if the curtains are drawn'] },
  { ws: WARDSIDE, kind: 'situation', q: 'old fella on ward 17 grabbed my arm on the trolley round, said nobody had been to help him to the loo for ages and he was trying to get out of bed himself', has: ['patients-on-wards', 'tell the nurse in charge of the ward at once'] },
  { ws: WARDSIDE, kind: 'situation', q: 'woman just rang the cafe in tears asking if her dad was brought in last night and which ward hes on. she says shes his daughter', has: ['outside-callers', 'Direct them to the hospital switchboard'] },
  { ws: WARDSIDE, kind: 'situation', q: 'cafe closing and sue had to rush off for her bus, fine for me to count up the takings by myself?', has: ['cash-handling', 'Takings are counted by two volunteers'] },
  { ws: WARDSIDE, kind: 'situation', q: 'cant find the safe key anywhere tonight. ill just pop the takings bag in my car and bring it back tomorrow morning yeah', has: ['cash-handling', 'no cash goes home with anyone, ever'] },
  { ws: WARDSIDE, kind: 'situation', q: 'reader wont connect, customer says shell write her card number on a napkin and we can put it through later when its working', has: ['cash-handling', 'Never take card details on paper or by phone'] },
  { ws: WARDSIDE, kind: 'situation', q: 'letter came to the cafe from some solicitors addressed to the league, looks like its about someones will. shall i open it and see', has: ['gift-aid-donations', 'go straight to Alan unopened'] },
  { ws: WARDSIDE, kind: 'situation', q: 'a gent filled in a gift aid form at the counter this morning, ive stuck it in the drawer under the till til alan is next in', has: ['gift-aid-donations', 'never keep a declaration in the café drawer'] },
  { ws: WARDSIDE, kind: 'situation', q: 'megan (16) has asked if she can do the evening trolley round on her own as nobody else has signed up for it', has: ['young-volunteers', 'only daytime café shifts or trolley rounds'] },
  { ws: WARDSIDE, kind: 'situation', q: 'one of the porters keeps hanging round the cafe when our 17 year old is on and has started messaging her on insta. makes me uneasy tbh', has: ['young-volunteers', 'tells Joan Heywood the same day'] },
  { ws: WARDSIDE, kind: 'situation', q: 'ward 21 looks amazing with the xmas decs up, gonna take a quick pic for my facebook', has: ['photos-social-media', 'Never take photos on the wards'] },
  { ws: WARDSIDE, kind: 'situation', q: 'mr jones gave me a tenner for his paper and said keep the change love, buy yourself something nice. he wouldnt take no for an answer', has: ['gifts-from-patients', 'put it in the collection tin as a donation'] },
  { ws: WARDSIDE, kind: 'situation', q: 'lady on ward 6 asked if id nip to tesco for her after my shift and gave me her bank card and told me her pin', has: ['gifts-from-patients', 'Never agree to buy things for a patient'] },
  { ws: WARDSIDE, kind: 'situation', q: 'clearing the office cupboard, big pile of old volunteer application forms. ok to chuck them in the cafe recycling bags', has: ['records-retention', 'Paper goes in the confidential waste bin'] },
  { ws: WARDSIDE, kind: 'situation', q: 'patient\'s son came in the cafe asking how he gets a copy of his mums notes from her stay, he thought we could sort it', has: ['subject-access', 'patient\'s hospital records are for the hospital trust'] },
  { ws: WARDSIDE, kind: 'situation', q: 'ellie forgot her till code again, can she just use mine for the rest of the shift', has: ['passwords-backups', 'never use someone else\'s'] },
  { ws: WARDSIDE, kind: 'situation', q: 'i think i deleted the trolley stock spreadsheet off onedrive by mistake, can i get it back out of the recycle bin myself', has: ['passwords-backups', 'do not try to restore it yourself'] },

  // ── Wardside League of Friends: new tools ──
  { ws: WARDSIDE, kind: 'new-tool', q: 'thinking of selling the xmas raffle tickets on eventbrite this year, ok to set it up?', has: ['Margaret Pryce'], not: ['Worldpay'] },
  { ws: WARDSIDE, kind: 'new-tool', q: 'can i start a whatsapp group for the trolley volunteers so we can swap shifts quicker', has: ['Margaret Pryce'], not: ['RotaCloud'] },
  { ws: WARDSIDE, kind: 'new-tool', q: 'would it be ok to send the donor newsletter out through mailchimp, looks loads easier', has: ['Margaret Pryce'], not: ['Donorfy'] },
  { ws: WARDSIDE, kind: 'new-tool', q: 'could i use chatgpt to write the legacy thank you letters if i paste in the names and addresses', has: ['Margaret Pryce'], not: ['Donorfy'] },
  { ws: WARDSIDE, kind: 'new-tool', q: 'my daughter says we should put the sponsored walk on justgiving, can we', has: ['Margaret Pryce'], not: ['Worldpay'] },

  // ── Wardside League of Friends: off-topic ──
  { ws: WARDSIDE, kind: 'off-topic', q: 'what time does the cafe shut on a sunday', has: ['Margaret Pryce'], not: ['Square'] },
  { ws: WARDSIDE, kind: 'off-topic', q: 'how long do you steam the milk for a flat white, mine keeps coming out like bubbles', has: ['Margaret Pryce'], not: ['Square'] },
  { ws: WARDSIDE, kind: 'off-topic', q: 'is the staff car park free for volunteers after 6pm', has: ['Margaret Pryce'], not: ['RotaCloud'] },
  { ws: WARDSIDE, kind: 'off-topic', q: 'anyone know what the soup of the day is tomorrow', has: ['Margaret Pryce'], not: ['Sage Accounting'] },
  { ws: WARDSIDE, kind: 'off-topic', q: 'when do the sausage rolls get delivered, we ran out by 11', has: ['Margaret Pryce'], not: ['Sage Accounting'] },

  // ── Numberwise Tutoring Centre: situations ──
  { ws: NUMBERWISE, kind: 'situation', q: 'ayaan (8) uncle is at the door to get him, says mum sent him. never seen him before', has: ['pick-up', 'ask for the password'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'zara is 7 and her cousin whos like 19 turned up for her, zara obvs knows her and is happy to go but shes not on the list', has: ['pick-up', 'leave with someone not on the list'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'its 6.20, session finished at 6 and lilys mum still isnt here. everyone else has gone so its just me and her', has: ['pick-up', 'two adults stay with the child'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'one of my year 4s had bruises up both arms today and went really quiet when i asked if she was ok', has: ['safeguarding', 'the same day before you leave the centre'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'a boy told me something about his stepdad at the marking table then said please dont tell anyone. i said i wouldnt, did i do wrong', has: ['safeguarding', 'never promise the child to keep a secret'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'a mum asked for my number so she can message me direct about her sons homework, im one of the assistants', has: ['assistants', 'must not swap phone numbers or social media'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'im 17 and tom asked if i can lock up tonight as he has to leave early for his kid', has: ['assistants', 'Assistants under 18 do not lock up'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'marking is well behind, can i take the folders home this weekend and bring them back done on monday', has: ['worksheets-home', 'Staff do not take marked work home to mark'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'jacobs mum lost his progress report, can i just snap it and whatsapp it to her from my phone', has: ['worksheets-home', 'never by personal email or WhatsApp'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'maya just finished her 100th worksheet!! grabbing a pic on my phone for the fb page', has: ['photos', 'Never use your own phone'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'doing the end of term certificate photo on the tablet and leo really wants to be in it but his form doesnt have the box ticked', has: ['photos', 'only of children whose parent has ticked photo consent'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'dad at reception wants to write his sort code and account number on a post it so we can set up his fees', has: ['payments-fees', 'send the parent the GoCardless link'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'ethans dd bounced again, shall i say something to him tonight so he reminds his mum', has: ['payments-fees', 'chased by Priti Nair only'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'sent olivia w\'s report to olivia h\'s mum by mistake, can i just recall it in gmail and say nothing', has: ['breach-reporting', 'Do not try to recall or delete anything yourself'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'centre tablet isnt in the drawer, pretty sure i left it on the bus yesterday. was going to look for it at lost property on friday', has: ['breach-reporting', 'tell Farah at once and within 24 hours at most'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'sorting the locked cabinet, theres notes about a kid who left in 2019 (was 9 then). can i shred them now', has: ['records-retention', 'Safeguarding notes are kept until the child is 25'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'got harveys dbs result through from ucheck, im going to keep the full printout in his staff file for good', has: ['records-retention', 'DBS results are kept for 6 months'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'dad who doesnt live with mum emailed asking for copies of everything we have on his daughter, mum told us not to tell him anything', has: ['subject-access', 'check with Farah before sending anything'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'josh cant remember his class manager password, he can just log in as me for tonight cant he', has: ['passwords-backups', 'Everyone has their own Class Manager and Deputy login'] },
  { ws: NUMBERWISE, kind: 'situation', q: 'can i save the scanned registration forms onto my own laptop so i can finish sorting them at home', has: ['passwords-backups', 'never on a personal device'] },

  // ── Numberwise Tutoring Centre: new tools ──
  { ws: NUMBERWISE, kind: 'new-tool', q: 'want to run a times tables kahoot on friday with the kids names on the leaderboard, ok?', has: ['new-software'], not: ['Numberwise Class Manager'] },
  { ws: NUMBERWISE, kind: 'new-tool', q: 'can i paste the kids scores into chatgpt to help write the report comments, would save hours', has: ['new-software'], not: ['Google Workspace'] },
  { ws: NUMBERWISE, kind: 'new-tool', q: 'thinking of setting up classdojo so parents can see stars and message us', has: ['new-software'], not: ['WhatsApp Business'] },
  { ws: NUMBERWISE, kind: 'new-tool', q: 'a few parents asked if we can use doodle maths for extra homework, shall i sign the kids up', has: ['new-software'], not: ['Numberwise Class Manager'] },
  { ws: NUMBERWISE, kind: 'new-tool', q: 'could we swap to when i work for the assistants rota, my last job used it', has: ['new-software'], not: ['Deputy'] },

  // ── Numberwise Tutoring Centre: off-topic ──
  { ws: NUMBERWISE, kind: 'off-topic', q: 'are we open on the monday of half term', has: ['Farah Siddiqui'], not: ['Deputy'] },
  { ws: NUMBERWISE, kind: 'off-topic', q: 'printer in the office has jammed again, how do i get the paper out', has: ['Farah Siddiqui'], not: ['Google Workspace'] },
  { ws: NUMBERWISE, kind: 'off-topic', q: 'whats 7/8 divided by 3/4 again lol need to check a kids answer', has: ['Farah Siddiqui'], not: ['Numberwise Class Manager'] },
  { ws: NUMBERWISE, kind: 'off-topic', q: 'where do we keep the spare pencils and rubbers', has: ['Farah Siddiqui'], not: ['Xero'] },
  { ws: NUMBERWISE, kind: 'off-topic', q: 'anyone know if the car park behind the centre is free on saturdays', has: ['Farah Siddiqui'], not: ['GoCardless'] },

  // ── FreshWash Brighton: situations ──
  { ws: FRESHWASH, kind: 'situation', q: 'new guy at the van today, i asked for his surname and dob for the log and he went really cagey', has: ['guest-details', 'Never ask for or write down a surname'] },
  { ws: FRESHWASH, kind: 'situation', q: 'woman wanted a shower but wouldnt tell us any name at all, lily said she cant go in without one?', has: ['guest-details', 'Guests can use the van without giving any name'] },
  { ws: FRESHWASH, kind: 'situation', q: 'a woman came up to the van with a photo of her son asking if hes been coming for showers, she hasnt heard from him since the summer', has: ['outside-callers', 'Take their name and number'] },
  { ws: FRESHWASH, kind: 'situation', q: 'pc turned up at the van asking when we last saw a bloke called mick, said its just routine', has: ['outside-callers', 'only with a written request signed off by Rosa'] },
  { ws: FRESHWASH, kind: 'situation', q: 'guest collapsed in the shower cubicle, hes breathing but not answering us', has: ['welfare-concerns', 'cannot look after themselves, call 999 first'] },
  { ws: FRESHWASH, kind: 'situation', q: 'girl came to the van this morning who looks about 15, says shes been sleeping in the level since last week', has: ['welfare-concerns', 'go to Nadine within one hour'] },
  { ws: FRESHWASH, kind: 'situation', q: 'loading the machine and a syringe dropped out of a pair of jeans onto the floor', has: ['needles-sharps', 'Any needle found is picked up with the tongs'] },
  { ws: FRESHWASH, kind: 'situation', q: 'just stabbed my finger on something in a hoodie pocket, pretty sure it was a needle', has: ['needles-sharps', 'go to A&E at the Royal Sussex within 1 hour'] },
  { ws: FRESHWASH, kind: 'situation', q: 'guy asked if i can look after his phone and his tablets while he has his shower', has: ['belongings', 'Do not hold money, phones or medication for a guest'] },
  { ws: FRESHWASH, kind: 'situation', q: 'found a rucksack under the bench from yesterdays session, nobody has come back for it', has: ['belongings', 'kept in the lock box for 7 days'] },
  { ws: FRESHWASH, kind: 'situation', q: 'the queue this morning was mad and the sun was out, can i get a pic of the van with everyone waiting for the insta', has: ['photos-social-media', 'No photos are taken at the van'] },
  { ws: FRESHWASH, kind: 'situation', q: 'want to post on my own facebook about how amazing today was, not naming anyone and id blur the faces', has: ['photos-social-media', 'even with their faces hidden'] },
  { ws: FRESHWASH, kind: 'situation', q: 'only me and dev have turned up for saturday, callum says we could open anyway if we are careful', has: ['lone-working', 'never opens with fewer than three volunteers'] },
  { ws: FRESHWASH, kind: 'situation', q: 'a guest wants to talk to me about something private, can i shut the van door so its just us two', has: ['lone-working', 'No volunteer is ever alone with a guest'] },
  { ws: FRESHWASH, kind: 'situation', q: 'one of our regulars asked for my number so he can text me when he gets his flat sorted, hes a lovely guy', has: ['gifts', 'give their own number or social media'] },
  { ws: FRESHWASH, kind: 'situation', q: 'van phone is gone, think i left it on the number 7 last night. should i wait and see if someone hands it in', has: ['breach-reporting', 'tell Rosa Delgado straight away'] },
  { ws: FRESHWASH, kind: 'situation', q: 'sent a referral email about one of our guests to the wrong outreach worker, ill just ask her to delete it shall i', has: ['breach-reporting', 'Do not try to delete or recall anything yourself'] },
  { ws: FRESHWASH, kind: 'situation', q: 'guest asked what weve got written down about him. he only ever gave us his first name so not sure how we check its him', has: ['records-access', 'need ID if we only know their first name'] },
  { ws: FRESHWASH, kind: 'situation', q: 'filled in a paper welfare form on the van this morning, what do i do with it now', has: ['records-access', 'photographed into the incident folder the same day'] },
  { ws: FRESHWASH, kind: 'situation', q: 'can i keep a copy of the visit log on my phone in case the wifi drops at the van', has: ['logins-backups', 'nothing about guests is kept on a personal phone'] },

  // ── FreshWash Brighton: new tools ──
  { ws: FRESHWASH, kind: 'new-tool', q: 'could we move the shift lead chat over to a whatsapp group, everyone has it already', has: ['Rosa Delgado'], not: ['Signal'] },
  { ws: FRESHWASH, kind: 'new-tool', q: 'want to put the quiz night fundraiser on eventbrite, can i set it up', has: ['Rosa Delgado'], not: ['Beacon'] },
  { ws: FRESHWASH, kind: 'new-tool', q: 'is it ok to use chatgpt to tidy up my welfare form write ups before they go in the folder', has: ['Rosa Delgado'], not: ['Google Workspace'] },
  { ws: FRESHWASH, kind: 'new-tool', q: 'can we get a justgiving page for the new van fund', has: ['Rosa Delgado'], not: ['Zettle by PayPal'] },
  { ws: FRESHWASH, kind: 'new-tool', q: 'thinking of using trello to track which volunteers have done sharps training', has: ['Rosa Delgado'], not: ['Assemble'] },

  // ── FreshWash Brighton: off-topic ──
  { ws: FRESHWASH, kind: 'off-topic', q: 'what temp should the machines be on for towels', has: ['Rosa Delgado'], not: ['Assemble'] },
  { ws: FRESHWASH, kind: 'off-topic', q: 'vans nearly out of diesel, whats the closest garage to the level', has: ['Rosa Delgado'], not: ['QuickBooks'] },
  { ws: FRESHWASH, kind: 'off-topic', q: 'anyone got a good big batch soup recipe for the volunteers lunch', has: ['Rosa Delgado'], not: ['Assemble'] },
  { ws: FRESHWASH, kind: 'off-topic', q: 'is it going to rain tomorrow morning in hove', has: ['Rosa Delgado'], not: ['Signal'] },
  { ws: FRESHWASH, kind: 'off-topic', q: 'where do we get more shower gel from, were almost out', has: ['Rosa Delgado'], not: ['Zettle by PayPal'] },
];
