// Focus set 76 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-seventh round by a writer who read only the README, the case format and three firms' files (wordbridge-dyslexia-assessments, ridgeway-youth-band, larchmont-lettings-cleaning), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (76 of 90 on the round's starting answerer, 76 on the answerer of the time), then read in the seventy-seventh round.
import type { ReferenceCase } from './types.ts';

const WORDBRIDGE = 'wordbridge-dyslexia-assessments';
const RIDGEWAY = 'ridgeway-youth-band';
const LARCHMONT = 'larchmont-lettings-cleaning';

export const FOCUS76_ONE: ReferenceCase[] = [
  // WordBridge: situations
  { ws: WORDBRIDGE, kind: 'situation', q: "oh no I've just emailed Maisie's report to the wrong mum, two families with the same surname and outlook autofilled. what do I do??", has: ['breach-reporting', 'Tell Helen Ashdown straight away'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "the school that got the report by mistake says they've binned it. should I delete my copy in sent items too so there's no trace?", has: ['breach-reporting', 'and do not delete the email you'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "Zara is 17 and ticked 'just me' on her form but her dad's paying the fee and keeps phoning for a copy. can I just send it to him to keep him happy?", has: ['sharing-reports', 'decides for themselves, even if'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "the council SEN team want Leo's full report for his EHCP, but mum only agreed to his school getting it. do I send it anyway, it's for his benefit", has: ['sharing-reports', 'do not send it: ask the family first'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "at the Hendersons' for Ollie's assessment and mum's nipped to Aldi, only his 15yo sister is in. she says mum's back in 20 min, ok to crack on?", has: ['home-sessions', 'do not start and ring the office'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "three home assessments this week and I won't be back at the office till next thurs. fine to just leave the completed forms on the back seat?", has: ['home-sessions', 'in the locked bag in the boot'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "a 12 yr old I tutor told me her stepdad locks her in her room at night and begged me not to tell anyone. I said ok. I feel sick, what now", has: ['safeguarding', 'do not ask leading questions, and never promise'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "Kayden said something worrying about home in his lesson today, I was going to type it up in his TC notes, is that the right place?", has: ['safeguarding', 'in SharePoint, not in TutorCruncher'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "I've got a pile of paper score forms in my desk drawer from last month, scores already typed up. can I hang on to them in a folder just in case?", has: ['records-retention', 'we keep no paper files'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "loads of kids I used to teach years ago still have their session notes sitting in tutorcruncher, do we ever get rid of them?", has: ['records-retention', 'in TutorCruncher are kept for 2 years'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "the SENCo at Abbeydale asked if she can borrow our WIAT book overnight to have a look, she's lovely, can I leave it with her?", has: ['test-materials', 'never leave a test book with a family'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "typing Amelia Thornton-Wright into the pearson scoring site and it wants a name, do I put her whole name in?", has: ['test-materials', 'Enter only initials and the practice reference'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "a dad asked if I can record tonight's zoom lesson so his lad can watch it back before his exam. that's fine isn't it?", has: ['online-sessions', 'say no and tell Anjali Mistry'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "some random name popped up in my online lesson with Freya earlier, prob a prank, I just kicked them out and carried on teaching", has: ['online-sessions', 'end the meeting for all at once'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "Tom's locked out of q global again and asked to borrow my login just for today's scoring, that's ok right?", has: ['devices-and-passwords', 'logins are never shared, even with another assessor'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "my work laptop's in for repair so I'm going to finish Jacob's report on our family PC tonight, deadline's tomorrow", has: ['devices-and-passwords', 'do not use a home or family computer'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "a parent is furious that I found her son dyslexic, she says he's just lazy and wants me to rewrite the conclusion. do I have to?", has: ['client-requests', "The assessor's professional opinion is not"] },
  { ws: WORDBRIDGE, kind: 'situation', q: "an ex-student wants her report wiped from our system, we did it for her DSA application last year. do I just delete it?", has: ['client-requests', 'Reports are not deleted on request'] },
  { ws: WORDBRIDGE, kind: 'situation', q: "one of my tutees made me the sweetest thank you card, can I pop a picture of it on our instagram? no surname on it", has: ['work-samples', "written consent, given to Gareth Pryce"] },
  { ws: WORDBRIDGE, kind: 'situation', q: "renewing my APC and need to send in a sample report. I'll just black out the name myself and send it off, yeah?", has: ['work-samples', 'only after Helen Ashdown has checked'] },

  // WordBridge: new tools
  { ws: WORDBRIDGE, kind: 'new-tool', q: "a mum asked if she can pay the assessment deposit by paypal, do we take that?", has: ['Helen Ashdown'], not: ['Stripe'] },
  { ws: WORDBRIDGE, kind: 'new-tool', q: "a family can only do Google Meet for the feedback meeting, do we use that?", has: ['Helen Ashdown'], not: ['Zoom'] },
  { ws: WORDBRIDGE, kind: 'new-tool', q: "DocuSign is so much easier, can we switch the consent forms over to it?", has: ['Helen Ashdown'], not: ['Adobe Acrobat Sign'] },
  { ws: WORDBRIDGE, kind: 'new-tool', q: "can I use Calendly so parents can pick their own assessment slots?", has: ['Helen Ashdown'], not: ['TutorCruncher'] },
  { ws: WORDBRIDGE, kind: 'new-tool', q: "thinking of backing my laptop up to Dropbox as well, is that allowed?", has: ['Helen Ashdown'], not: ['Backblaze'] },

  // WordBridge: off-topic
  { ws: WORDBRIDGE, kind: 'off-topic', q: "anyone want a brew? putting the kettle on before the 2pm lessons", has: [], not: ['Zoom'] },
  { ws: WORDBRIDGE, kind: 'off-topic', q: "thanks everyone for the flowers and the lovely card, really made my week x", has: [], not: ['Stripe'] },
  { ws: WORDBRIDGE, kind: 'off-topic', q: "are we ordering pizza for lunch at the team meeting on thursday?", has: [], not: ['Microsoft 365'] },
  { ws: WORDBRIDGE, kind: 'off-topic', q: "is it going to snow tomorrow? I've got an assessment out in Dore and the hill is awful", has: [], not: ['GL Assessment'] },
  { ws: WORDBRIDGE, kind: 'off-topic', q: "the printer upstairs has jammed again, does anyone know the trick to fix it?", has: [], not: ['Shred-it'] },

  // Ridgeway: situations
  { ws: RIDGEWAY, kind: 'situation', q: "one of the little cornet players had bruises all up her arms tonight and went really quiet when I asked. don't want to overreact but who do I tell?", has: ['safeguarding-concern', 'Claire Dunmore, our welfare officer'] },
  { ws: RIDGEWAY, kind: 'situation', q: "bit awkward but I'm uneasy about how Claire talks to some of the older girls at rehearsal. she's the welfare person so who do I even go to??", has: ['safeguarding-concern', 'Helen if the concern is about Claire'] },
  { ws: RIDGEWAY, kind: 'situation', q: "took loads of pics on my own phone at the Wyvern concert last night, they're all still on there, what do I do with them?", has: ['photos-recordings', '7 days and then delete them'] },
  { ws: RIDGEWAY, kind: 'situation', q: "a mum emailed to say she doesn't want Ellie in band photos any more, but there's already loads of her on facebook and the gallery. what happens now?", has: ['photos-recordings', "removes their child's pictures from SmugMug"] },
  { ws: RIDGEWAY, kind: 'situation', q: "one of the 15 yr old trombones DMed me on insta asking about the solo audition, can I just reply quickly?", has: ['messaging-players', 'messages you privately, reply only to say'] },
  { ws: RIDGEWAY, kind: 'situation', q: "Freddie (14) needs a lift to the Cheltenham contest and I drive right past his house, ok if I just text him to sort it?", has: ['messaging-players', 'arranged through the parent in Spond'] },
  { ws: RIDGEWAY, kind: 'situation', q: "coach leaves for camp in an hour and the Patels never did Arjun's medical form, he's stood here with his bag. what do we do", has: ['band-camp-forms', 'tell Sian and Claire at once'] },
  { ws: RIDGEWAY, kind: 'situation', q: "I'm a section leader at camp, can I keep a copy of the allergy list in my hoodie pocket just in case?", has: ['band-camp-forms', 'Nobody else carries a copy'] },
  { ws: RIDGEWAY, kind: 'situation', q: "new euph player starts tonight, his mum forgot to sign the paperwork but says she'll do it next week. can he take the euph home anyway?", has: ['instrument-loans', 'Do not hand an instrument to a player'] },
  { ws: RIDGEWAY, kind: 'situation', q: "a dad says their band cornet got nicked from his car at Tesco yesterday, what does he need to do?", has: ['instrument-loans', 'and reports a theft to Wiltshire'] },
  { ws: RIDGEWAY, kind: 'situation', q: "I left the medical list on a chair at the church hall after the christmas concert, only realised at home. should I message the parents to warn them?", has: ['breach-reporting', 'do not contact the families yourself'] },
  { ws: RIDGEWAY, kind: 'situation', q: "need to email all the parents about the minibus but it's not something spond can send, how do I do it without messing up?", has: ['breach-reporting', 'Always use Bcc for'] },
  { ws: RIDGEWAY, kind: 'situation', q: "my phone got pinched at the pub on saturday, it had the band gmail on it 😩", has: ['passwords-devices', 'so she can sign it out of Google'] },
  { ws: RIDGEWAY, kind: 'situation', q: "Priya says I can just use her membermojo login to do the register tonight, much quicker than setting one up for me", has: ['passwords-devices', 'ask Helen for your own'] },
  { ws: RIDGEWAY, kind: 'situation', q: "a parent just texted me her card number and expiry so she can pay for camp 🙈 what do I do with it?", has: ['subs-gift-aid', 'send them the GoCardless link'] },
  { ws: RIDGEWAY, kind: 'situation', q: "raffle made £143 tonight and I'm packing up on my own, can I count it and drop it round to Graham next month?", has: ['subs-gift-aid', 'counted by two adults'] },
  { ws: RIDGEWAY, kind: 'situation', q: "a former player's mum has asked us to wipe all her son's details now he's left for uni, who sorts that?", has: ['records-retention', 'pass it to Helen Marsh the same week'] },
  { ws: RIDGEWAY, kind: 'situation', q: "found a box of old attendance sheets from 2023 in my loft, can I just chuck them in the recycling at school on tuesday?", has: ['records-retention', "never put in the school's recycling bins"] },
  { ws: RIDGEWAY, kind: 'situation', q: "a reporter from the Adver wants to come and film us practising for the area contest, can I say yes?", has: ['rehearsal-visitors', 'Only Tom Adeyemi may agree'] },
  { ws: RIDGEWAY, kind: 'situation', q: "one of the new mums offered to run the juniors on her own while I take the seniors, she hasn't had a DBS done. is that ok?", has: ['rehearsal-visitors', 'never in sole charge of a group'] },

  // Ridgeway: new tools
  { ws: RIDGEWAY, kind: 'new-tool', q: "can we sell the spring concert tickets on Eventbrite this time?", has: ['Helen Marsh'], not: ['TicketSource'] },
  { ws: RIDGEWAY, kind: 'new-tool', q: "I'd like to do the newsletter on Substack instead, is that alright?", has: ['Helen Marsh'], not: ['Mailchimp'] },
  { ws: RIDGEWAY, kind: 'new-tool', q: "a few parents want to pay subs by paypal, can we set that up?", has: ['Helen Marsh'], not: ['GoCardless'] },
  { ws: RIDGEWAY, kind: 'new-tool', q: "do we have canva? want to do the christmas concert poster on it", has: ['Helen Marsh'] },
  { ws: RIDGEWAY, kind: 'new-tool', q: "can I put the music parts on Dropbox so players can grab them?", has: ['Helen Marsh'], not: ['Google Workspace for Nonprofits'] },

  // Ridgeway: off-topic
  { ws: RIDGEWAY, kind: 'off-topic', q: "who won the championship section at the area contest last year?", has: [], not: ['Brass Band Registry (Brass Band England)'] },
  { ws: RIDGEWAY, kind: 'off-topic', q: "what shall we do for the cake table at the concert interval, flapjacks again?", has: [], not: ['TicketSource'] },
  { ws: RIDGEWAY, kind: 'off-topic', q: "huge thanks to everyone who helped at summer camp, you were all amazing!", has: [], not: ['Cotswold Edge Outdoor Centre'] },
  { ws: RIDGEWAY, kind: 'off-topic', q: "anyone recommend a good valve oil? my cornet's third valve keeps sticking", has: [], not: ['Allianz Musical Insurance'] },
  { ws: RIDGEWAY, kind: 'off-topic', q: "is it going to rain for the bandstand gig in the Old Town on sunday?", has: [], not: ['Spond'] },

  // Larchmont: situations
  { ws: LARCHMONT, kind: 'situation', q: "the guest at Porthminster View just rang me, she's locked out and wants the keysafe number. can I just tell her quickly?", has: ['keys-and-codes', 'tenant or tradesperson a code'] },
  { ws: LARCHMONT, kind: 'situation', q: "got to the flat in Newquay and the lockbox is hanging open and EMPTY 😳 what do I do", has: ['keys-and-codes', 'phone Dan Trebilcock at once'] },
  { ws: LARCHMONT, kind: 'situation', q: "I've got a 6am changeover in Falmouth tomorrow, can I take the keys home with me tonight to save going to Truro first?", has: ['keys-and-codes', 'agreed it for an early start'] },
  { ws: LARCHMONT, kind: 'situation', q: "there's letters and a prescription bag on the kitchen side, do I tidy them away before I take the after pics?", has: ['job-photos', 'leave it out of shot'] },
  { ws: LARCHMONT, kind: 'situation', q: "the app froze so I took the before and afters on my normal camera, they're sat in my gallery now", has: ['job-photos', 'ends up on your phone, delete it'] },
  { ws: LARCHMONT, kind: 'situation', q: "massive red wine stain on the cream carpet at the Perranporth let, def the hen party that was in. shall I say that in the report?", has: ['damage-reports', 'do not guess who did it'] },
  { ws: LARCHMONT, kind: 'situation', q: "I knocked the bathroom mirror off the wall at the Mawgan Porth cottage and it smashed 😭 my fault completely", has: ['damage-reports', 'If we caused the damage, tell Dan'] },
  { ws: LARCHMONT, kind: 'situation', q: "found a wallet and a passport under the bed at the Fistral apartment, guests have gone home. can I post it to the address on the licence?", has: ['lost-property', 'agent arranges return with the guest'] },
  { ws: LARCHMONT, kind: 'situation', q: "guests left a really nice phone charger and a pair of sunglasses, nobody's going to come back for those, can I keep them?", has: ['lost-property', 'Nothing found is ever kept by a cleaner'] },
  { ws: LARCHMONT, kind: 'situation', q: "I think I just sent the St Ives check out report to the wrong agency 🙈", has: ['breach-reporting', 'Tell Kerenza Pascoe straight away'] },
  { ws: LARCHMONT, kind: 'situation', q: "someone's been in my gmail and sent dodgy emails to all the agents overnight. should I quickly delete them all before anyone opens them?", has: ['breach-reporting', 'Do not delete messages'] },
  { ws: LARCHMONT, kind: 'situation', q: "my teenager wants to borrow my work phone for a day while hers is getting fixed, that's ok isn't it?", has: ['phones-passwords', 'never lend it to anyone'] },
  { ws: LARCHMONT, kind: 'situation', q: "dropped my work mobile in the sea at Gyllyngvase, it's completely dead", has: ['phones-passwords', 'he can lock it, wipe it'] },
  { ws: LARCHMONT, kind: 'situation', q: "Dan said I can take the van home this week but I'm popping to my mum's in Redruth on sunday in it. will that show up?", has: ['van-trackers', 'private mode when you use it outside work'] },
  { ws: LARCHMONT, kind: 'situation', q: "my mate needs to get to Truro, alright if she rides along with me to my jobs today?", has: ['van-trackers', 'passengers who do not work for us'] },
  { ws: LARCHMONT, kind: 'situation', q: "turned up for the Polzeath changeover and the family are still packing, they said just crack on around them. should I?", has: ['occupied-properties', 'step back, phone the office'] },
  { ws: LARCHMONT, kind: 'situation', q: "end of tenancy in Camborne and one bedroom has like six mattresses on the floor and loads of phones charging. felt really wrong, I'm still inside", has: ['occupied-properties', 'do not touch or photograph anything'] },
  { ws: LARCHMONT, kind: 'situation', q: "there's a bloke asleep on the sofa at a cottage that's meant to be empty between bookings!!", has: ['occupied-properties', 'leave and call Dan'] },
  { ws: LARCHMONT, kind: 'situation', q: "we've stopped doing the Trevone cottage from this week, I've still got their keys in the cabinet. what happens to them?", has: ['records-retention', 'returned to the landlord with a signed receipt'] },
  { ws: LARCHMONT, kind: 'situation', q: "big pile of old job sheets in the back of the van, can I stick them in the client's recycling while I'm there?", has: ['records-retention', 'locked shredding box at the Truro unit'] },

  // Larchmont: new tools
  { ws: LARCHMONT, kind: 'new-tool', q: "can I keep the property codes in LastPass instead? it's what I use at home", has: ['Kerenza Pascoe'], not: ['Keeper'] },
  { ws: LARCHMONT, kind: 'new-tool', q: "my last job used Connecteam for shifts, could we move to that?", has: ['Kerenza Pascoe'], not: ['Deputy'] },
  { ws: LARCHMONT, kind: 'new-tool', q: "a landlord wants to pay his invoice by paypal, do we accept that?", has: ['Kerenza Pascoe'], not: ['Stripe'] },
  { ws: LARCHMONT, kind: 'new-tool', q: "our area group wants to move the team chat over to Telegram, is that allowed?", has: ['Kerenza Pascoe'], not: ['WhatsApp Business'] },
  { ws: LARCHMONT, kind: 'new-tool', q: "are we on quickbooks? Carol's cousin swears by it", has: ['Kerenza Pascoe'], not: ['Xero'] },

  // Larchmont: off-topic
  { ws: LARCHMONT, kind: 'off-topic', q: "anyone know if the A30 is shut at Chiverton this morning? sat in traffic", has: [], not: ['Quartix'] },
  { ws: LARCHMONT, kind: 'off-topic', q: "cheers Marek for doing my two changeovers yesterday, I owe you a pasty", has: [], not: ['Jobber'] },
  { ws: LARCHMONT, kind: 'off-topic', q: "where's good for a bacon roll near the Truro unit?", has: [], not: ['KeyNest'] },
  { ws: LARCHMONT, kind: 'off-topic', q: "is it going to be sunny at Fistral this weekend? fancy a surf", has: [], not: ['Letting and holiday-let agencies'] },
  { ws: LARCHMONT, kind: 'off-topic', q: "the coffee machine at the office is broken again, who do we ring?", has: [], not: ['CircleLoop'] },
];
