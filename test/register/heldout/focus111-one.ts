// Focus set 111 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eighty-fourth round by a writer who read only the README, the case format and three firms' files (tamar-puppy-raisers, calder-stroke-club, safecross-patrols), the firms written by a helper from the configuration reference and two examples: written to be read in the next round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored as counts only in the eighty-fourth round (73 of 90 at its start, 72 at its end), read in the eighty-fifth.
import type { ReferenceCase } from './types.ts';
const TAMAR = 'tamar-puppy-raisers'; const CALDER = 'calder-stroke-club'; const SAFECROSS = 'safecross-patrols';
export const FOCUS111_ONE: ReferenceCase[] = [
  // ───────────── Tamar Valley Puppy Raisers: situations ─────────────
  // lost-phone-breach
  { ws: TAMAR, kind: 'situation', q: 'left my phone in a taxi after the dog walk 😬 its got all the whatsapp groups on it, what do i do', has: ['lost-phone-breach', 'ring Morwenna on 01822 555 318 the same day'] },
  { ws: TAMAR, kind: 'situation', q: 'oops just emailed the harveys visit notes to the wrong raiser... shall i just ask her to delete it and leave it at that?', has: ['lost-phone-breach', 'Do not try to tidy it up yourself'] },
  { ws: TAMAR, kind: 'situation', q: 'someone put a raisers home address in the class group chat by mistake, does guide dogs need to know or is that overkill', has: ['lost-phone-breach', 'tells the Guide Dogs regional team within 24 hours'] },
  // home-visits
  { ws: TAMAR, kind: 'situation', q: 'just back from a visit, the mum spent ages telling me about her divorce and her depression. do i put any of that in my notes?', has: ['home-visits', 'their health or their relationships'] },
  { ws: TAMAR, kind: 'situation', q: 'got my scribbles from this mornings visit in my notepad, how long have i got to type them up', has: ['home-visits', 'shared drive within 48 hours'] },
  { ws: TAMAR, kind: 'situation', q: 'ok to leave my visits notebook in the glovebox overnight? got another visit first thing tmrw', has: ['home-visits', 'Never leave a notebook in the car'] },
  // children-and-families
  { ws: TAMAR, kind: 'situation', q: 'turned up for my visit and only the 14yo was in, parents stuck in traffic. she said come in and wait, is that ok?', has: ['children-and-families', 'never visit when only children are at home'] },
  { ws: TAMAR, kind: 'situation', q: 'bit worried after todays visit tbh, little boy had bruises and went really quiet when his dad came in. should i ring the school and ask about him?', has: ['children-and-families', 'do not investigate or promise to keep it secret'] },
  { ws: TAMAR, kind: 'situation', q: 'raisers daughter asked if i could run her to brownies on my way home with the pup in the car, fine yeah?', has: ['children-and-families', 'never take a child anywhere on their own'] },
  // photos
  { ws: TAMAR, kind: 'situation', q: 'got a lush pic of bramble with the penrose kids at class!! can i put it on the fb page with their names so the gran sees it', has: ['photos', 'never with their name, school or village'] },
  { ws: TAMAR, kind: 'situation', q: 'one of the raisers messaged me, she hates the pic of her in the shared album and wants it gone asap', has: ['photos', 'Jenna removes it within 7 days'] },
  { ws: TAMAR, kind: 'situation', q: 'doing pics at class tmrw on my phone, anything i should switch off first?', has: ['photos', 'Turn off location on your phone camera'] },
  // own-data-requests
  { ws: TAMAR, kind: 'situation', q: 'ex raiser stopped me in tesco and said she wants everything weve got on her incl the whatsapp msgs?? she hasnt put it in writing so does it count', has: ['own-data-requests', 'They can ask in any words and by any route'] },
  { ws: TAMAR, kind: 'situation', q: 'someone asked for a copy of their stuff last week and i was halfway through clearing old visit notes out of their folder... ok to carry on?', has: ['own-data-requests', 'Do not delete anything once a request has been made'] },
  { ws: TAMAR, kind: 'situation', q: 'supporter emailed asking what we hold on him. can we charge him for it and how long do we have?', has: ['own-data-requests', 'within one calendar month, free of charge'] },
  // keeping-records
  { ws: TAMAR, kind: 'situation', q: 'a couple applied to raise last spring but never went ahead, is their form meant to still be on the drive?', has: ['keeping-records', 'are deleted after 6 months'] },
  { ws: TAMAR, kind: 'situation', q: 'pats last pup went off to training in 2024 and shes stopped now, do we still hang on to her folder?', has: ['keeping-records', '2 years after their last puppy'] },
  { ws: TAMAR, kind: 'situation', q: 'clearing out the cupboard and found tuesday class registers from 2023, ok to bin them?', has: ['keeping-records', '1 year for the hall\'s insurance'] },
  // sharing-details
  { ws: TAMAR, kind: 'situation', q: 'lady at the market saw a pup in a yellow jacket in town and wants the raisers address to send a card, aww. can i give it her?', has: ['sharing-details', 'take their number and let the raiser decide'] },
  { ws: TAMAR, kind: 'situation', q: 'bloke who runs a dog training business asked me for our raisers phone numbers so he can offer them discounted classes', has: ['sharing-details', 'to a dog trainer or business'] },

  // ───────────── Tamar Valley Puppy Raisers: new tools ─────────────
  { ws: TAMAR, kind: 'new-tool', q: 'can we sell tickets for the summer fun day on eventbrite?', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'new-tool', q: 'would it be ok to put all the pup pics in a dropbox folder instead, easier for me', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'new-tool', q: 'thinking of using chatgpt to tidy up my visit write ups, allowed?', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'new-tool', q: 'could we do committee meetings on zoom over winter?', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'new-tool', q: 'is trello ok for keeping track of which pups are due their jabs', has: ['Morwenna Trethewey'] },

  // ───────────── Tamar Valley Puppy Raisers: off-topic ─────────────
  { ws: TAMAR, kind: 'off-topic', q: 'anyone fancy car sharing to the xmas do in plymouth?', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'off-topic', q: 'is the A386 still shut at horrabridge? gonna be late', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'off-topic', q: 'whose turn is it to bring biscuits to committee lol', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'off-topic', q: 'quiz night at the pub friday, who\'s in? 🍻', has: ['Morwenna Trethewey'] },
  { ws: TAMAR, kind: 'off-topic', q: 'anyone know where to get a decent dog bed cheap? ours got chewed to bits', has: ['Morwenna Trethewey'] },

  // ───────────── Calder Valley Stroke Club: situations ─────────────
  // breaches
  { ws: CALDER, kind: 'situation', q: 'just realised the pick up list was left on a seat on the minibus and one of the members picked it up 🙈', has: ['breaches', 'Alison Greenwood on 01422 555 841'] },
  { ws: CALDER, kind: 'situation', q: 'hall tablet isnt in the cupboard, cant find it anywhere. alisons on leave this week so who do i tell??', has: ['breaches', 'is away, tell Imran Hussain'] },
  { ws: CALDER, kind: 'situation', q: 'sent an email about mrs k\'s tablets to the wrong carer. prob nothing, not sure its worth a fuss?', has: ['breaches', 'even if you are not sure it matters'] },
  // consent-aphasia
  { ws: CALDER, kind: 'situation', q: 'new chap at tuesday group can hardly get his words out, his wife says shell just sign the form for him. thats fine right?', has: ['consent-aphasia', 'Never assume a member cannot decide'] },
  { ws: CALDER, kind: 'situation', q: 'how should i go through the joining form with a lady with aphasia? she gets tired really fast', has: ['consent-aphasia', 'using the easy-read version'] },
  { ws: CALDER, kind: 'situation', q: 'tried the form with a member today but he really couldnt follow it at all so his carer signed in the end, anything i need to note?', has: ['consent-aphasia', 'plainly cannot understand, and record why'] },
  // safeguarding
  { ws: CALDER, kind: 'situation', q: 'mr b had bruises on both arms again today and wouldnt say how. should i have a quiet word with his wife when she picks him up?', has: ['safeguarding', 'Do not talk to the carer about it'] },
  { ws: CALDER, kind: 'situation', q: 'one of the ladies told me her nephew keeps helping himself to money from her purse. im only a volunteer, who do i tell and when', has: ['safeguarding', 'before you leave the session'] },
  { ws: CALDER, kind: 'situation', q: 'want to write up what joan told me this morning about home, does it matter how i write it down?', has: ['safeguarding', 'in their words, and sign and date it'] },
  // medical-emergency
  { ws: CALDER, kind: 'situation', q: 'harolds face has gone all droopy during bingo and hes slurring!!!', has: ['medical-emergency', 'ring 999 at once'] },
  { ws: CALDER, kind: 'situation', q: 'paramedics here asking what meds she\'s on, am i even allowed to tell them? its health stuff', has: ['medical-emergency', 'emergency sheet from the red folder'] },
  // drivers
  { ws: CALDER, kind: 'situation', q: 'got the pickup list on teams but my phone screens tiny, ok if i print it off at home?', has: ['drivers', 'Do not print it, forward it or screenshot it'] },
  { ws: CALDER, kind: 'situation', q: 'whats the key safe number for mrs whiteley? can someone pop it in the driver group pls', has: ['drivers', 'never be written down or put in WhatsApp'] },
  { ws: CALDER, kind: 'situation', q: 'knocked at erics for pick up, no answer. his neighbours out front, shall i ask her if shes seen him?', has: ['drivers', 'Call the office on 01422 555 842'] },
  // access-requests
  { ws: CALDER, kind: 'situation', q: 'member kept pointing at the "my information" card in session today, think she wants to see what we\'ve got on her?', has: ['access-requests', 'give it to Alison that day'] },
  { ws: CALDER, kind: 'situation', q: 'a member asked for his records but he cant really read since the stroke, do we just post him a printout?', has: ['access-requests', 'easy-read or read aloud with them'] },
  // retention
  { ws: CALDER, kind: 'situation', q: 'betty passed away last week 😢 what happens with her record on the system?', has: ['retention', 'delete the record after 12 months'] },
  { ws: CALDER, kind: 'situation', q: 'done the paper register for tuesday, do i just stick it in the filing cabinet?', has: ['retention', 'scanned into Beacon each week and shredded'] },
  // photos-at-sessions
  { ws: CALDER, kind: 'situation', q: 'lovely moment at chair yoga, everyone gave me a thumbs up so can i put a pic on facebook?', has: ['photos-at-sessions', 'a thumbs-up in the room is not enough'] },
  { ws: CALDER, kind: 'situation', q: 'one of the volunteers was helping stan with his dinner and it was so sweet, can i grab a pic for the newsletter?', has: ['photos-at-sessions', 'photograph someone being helped to eat'] },

  // ───────────── Calder Valley Stroke Club: new tools ─────────────
  { ws: CALDER, kind: 'new-tool', q: 'can we do the carers feedback survey on surveymonkey?', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'new-tool', q: 'imran mentioned moving the drivers to signal, is that allowed?', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'new-tool', q: 'would a doodle poll be ok for sorting out volunteer dates for the xmas party', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'new-tool', q: 'can i use canva to make the summer fair poster?', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'new-tool', q: 'thinking of using otter ai to transcribe the carers calls, ok?', has: ['Alison Greenwood'] },

  // ───────────── Calder Valley Stroke Club: off-topic ─────────────
  { ws: CALDER, kind: 'off-topic', q: 'is the car park by the hall free on tuesdays or do i need change?', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'off-topic', q: 'who is sorting the raffle prizes for the christmas do?', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'off-topic', q: 'anyone know if the road into hebden is flooded again this morning', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'off-topic', q: 'can i swap my thursday for a wednesday next week? dentist', has: ['Alison Greenwood'] },
  { ws: CALDER, kind: 'off-topic', q: 'where are we going for the team lunch? somewhere with veggie options pls', has: ['Alison Greenwood'] },

  // ───────────── SafeCross Patrols: situations ─────────────
  // lost-kit-breach
  { ws: SAFECROSS, kind: 'situation', q: 'body cam must of fallen off my coat somewhere between the site and the bus stop, cant find it anywhere', has: ['lost-kit-breach', 'Steve Morgan on 07700 900 418'] },
  { ws: SAFECROSS, kind: 'situation', q: 'its 3pm friday and ive just noticed the sd card isnt in the van dashcam... can it wait till monday?', has: ['lost-kit-breach', 'even at 3 pm on a Friday'] },
  { ws: SAFECROSS, kind: 'situation', q: 'replied to a complaint and sent it to the wrong parent 🤦 shall i email them and ask them to delete it?', has: ['lost-kit-breach', 'Do not try to get it back yourself'] },
  // body-camera-use
  { ws: SAFECROSS, kind: 'situation', q: 'bloke in a transit just went mental at me at the crossing, effing and blinding. should i have had the cam going??', has: ['body-camera-use', 'when someone is aggressive or abusive to you'] },
  { ws: SAFECROSS, kind: 'situation', q: 'can i just leave the camera running all session so i catch everything, kids walking by and all?', has: ['body-camera-use', 'Do not record children going past'] },
  { ws: SAFECROSS, kind: 'situation', q: 'accidentally recorded 10 mins of me nattering to a mum about the weather lol, how do i delete it off the cam?', has: ['body-camera-use', 'you cannot delete it and must not try'] },
  // vehicle-incidents
  { ws: SAFECROSS, kind: 'situation', q: 'car just sailed straight through with my sign up, kids were halfway across!! got most of the reg, what now', has: ['vehicle-incidents', 'Connecteam incident form before you leave the site'] },
  { ws: SAFECROSS, kind: 'situation', q: 'the driver who went through my crossing is parked up at the co-op round the corner, shall i go and have a word?', has: ['vehicle-incidents', 'Do not chase, photograph or confront the driver'] },
  { ws: SAFECROSS, kind: 'situation', q: 'near miss this morning, do i send my cam footage over to the police myself or what?', has: ['vehicle-incidents', 'The supervisor sends the footage to West Mercia Police'] },
  // footage-requests
  { ws: SAFECROSS, kind: 'situation', q: 'dad came up after drop off wanting to see the video of the car that nearly hit his lad, can i show him on the camera?', has: ['footage-requests', 'Never show anyone footage at the roadside'] },
  { ws: SAFECROSS, kind: 'situation', q: 'driver rang up wanting a copy of the video of him from tuesday, says hes going to dispute it. who deals with that?', has: ['footage-requests', 'pass it to Aisha Begum the same day'] },
  { ws: SAFECROSS, kind: 'situation', q: 'a PC turned up at my site asking for the footage from last weeks incident, do i just give it him?', has: ['footage-requests', 'collar number and incident number'] },
  // complaints
  { ws: SAFECROSS, kind: 'situation', q: 'a mum had a right go at me this morning saying im too slow letting the kids over. what am i supposed to do', has: ['complaints', 'give the parent the complaints card'] },
  { ws: SAFECROSS, kind: 'situation', q: 'head at st marys rang in moaning about the patrol on castle st, how long have we got to get back to her properly?', has: ['complaints', 'replies in full within 10 working days'] },
  // safeguarding-children
  { ws: SAFECROSS, kind: 'situation', q: 'little girl at my crossing just told me her mums boyfriend hits her and begged me not to tell anyone 😟', has: ['safeguarding-children', 'tell the school\'s designated safeguarding lead'] },
  { ws: SAFECROSS, kind: 'situation', q: 'chucking it down and one of the yr 6 lads has no coat and a long walk, can i run him home in my car?', has: ['safeguarding-children', 'Never give children lifts'] },
  // phones-and-photos
  { ws: SAFECROSS, kind: 'situation', q: 'can i put the patrol app on my own phone instead of lugging two about? anything i need to do', has: ['phones-and-photos', 'it must have a screen lock'] },
  { ws: SAFECROSS, kind: 'situation', q: 'took a pic of the kids in their halloween costumes at the crossing, so cute, ok to stick it in the staff chat?', has: ['phones-and-photos', 'Never take photos of children, parents or cars'] },
  // records-retention
  { ws: SAFECROSS, kind: 'situation', q: 'aisha wants to bin the old incident reports from 2023 but one of them the kid broke his wrist, is that ok?', has: ['records-retention', 'a child involved turns 21'] },
  { ws: SAFECROSS, kind: 'situation', q: 'new starter\'s dbs came back clear, do we keep all the certificate bits on file forever?', has: ['records-retention', 'then only the date and outcome'] },

  // ───────────── SafeCross Patrols: new tools ─────────────
  { ws: SAFECROSS, kind: 'new-tool', q: 'can we set up a whatsapp group for all the lollipop staff?', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'new-tool', q: 'lorraine wants to try deputy for rotas, is that ok to use?', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'new-tool', q: 'is it alright to use life360 so we can see where the vans are?', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'new-tool', q: 'could we keep the council reports in google drive instead', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'new-tool', q: 'am i allowed to use chatgpt to write up my monthly site report?', has: ['Karen Whitfield'] },

  // ───────────── SafeCross Patrols: off-topic ─────────────
  { ws: SAFECROSS, kind: 'off-topic', q: 'zip on my hi vis coat has gone, where do i get a new one?', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'off-topic', q: 'has the gritter been round castle st yet? its like an ice rink', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'off-topic', q: 'who\'s on the xmas party committee this year?', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'off-topic', q: 'is the school shut friday for the training day? do i still need to turn up', has: ['Karen Whitfield'] },
  { ws: SAFECROSS, kind: 'off-topic', q: 'can i swap my half term week off with dennis?', has: ['Karen Whitfield'] },
];
