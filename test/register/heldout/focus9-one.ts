// Focus set 9, part one (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fiftieth round by a writer who read only the README, the case format and three firms' files (larkfield-home-care, pirouette-dance-academy, wavelength-fm); the other part by another writer on three other firms. Frozen before any scoring (every `has` fact found verbatim in its firm's file, checked by a script); scored as counts only, on the session's start code and its end code; never read: a held-out focus set, in focus set 8's place.
import type { ReferenceCase } from './types.ts';

export const FOCUS9_ONE: ReferenceCase[] = [
  // ───────────────────────── larkfield-home-care ─────────────────────────
  // situation
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "so i think i left my work phone on the bus coming back from mrs h's in church stretton. ive still got 3 calls left on my round. can i just finish them and sort the phone out after?",
    has: ["lost-phone", "Do not wait until the end of your round"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "Someone smashed my car window outside a clients house in Ludlow and my work phone and the office laptop bag have gone. Police are on their way now. What does the office need from me?",
    has: ["lost-phone", "crime reference number"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "cant find the work mobile anywhere, pretty sure it fell out my pocket in tesco about 40 mins ago. its got birdie on it and all todays clients. how quick do i need to tell someone?",
    has: ["lost-phone", "within one hour at most"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "I put a copy of Mr Davies care plan through the wrong door this morning, it went to number 14 not 41. The neighbour rang the office and says she'll drop it back. Do I still need to report it if its coming back?",
    has: ["breach-reporting", "even if you are not sure it counts"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "texted tomorrows visit change to the wrong daughter, mrs ellis's daughter got a message meant for mr patels family with his name and his insulin time in it. i was going to delete the thread on my side so nobody else sees it, is that ok?",
    has: ["breach-reporting", "Do not delete anything"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "one of the new carers on shadow shifts gave the key safe code for mrs ayres to a neighbour who said she was a friend. turns out shes not on anything. mrs a is fine. who do i tell and by when??",
    has: ["breach-reporting", "Tell the registered manager straight away"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "A man rang the office saying he's Mrs Kaur's nephew and wanted to know how she's been since her fall and what time we go in. I don't recognise the name at all. What am I allowed to tell him?",
    has: ["family-requests", "say nothing about the client's care"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "mr bryce's son just phoned asking for the key safe number, hes driving up from bristol tonight and his dad wont hear the door. he definitely sounds like the son. can i just give it him?",
    has: ["family-requests", "Never give out key safe codes over the phone"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "Jenny's daughter says she has power of attorney for her mum and wants to go through her meds and care plan with me on the phone. She isn't on the care plan as a contact tho. is it ok to discuss it with her?",
    has: ["family-requests", "lasting power of attorney"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "one of our old carers who left in the summer emailed me asking for a copy of everything we've got on her, supervision notes and all. we got on well so i was just going to forward her the stuff from the drive. thats fine right?",
    has: ["subject-access", "Do not send anything yourself"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "Mrs Fenton asked me at the visit today if she can have a copy of all her husbands visit notes and records, I think shes putting in a complaint to the council. Who do I pass that to?",
    has: ["subject-access", "registered manager the same day"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "mr hughes said at his review that he wants to see everything the carers have written about him, he thinks theyve been writing rude stuff. how long have we got to get back to him on that",
    has: ["subject-access", "We must reply within"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "the carers on the oswestry run have a whatsapp group and someone's just put in it that mr roberts was confused again and lashing out. is that allowed seeing as its only staff in the group?",
    has: ["whatsapp-messaging", "social media to talk about clients"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "Mrs Lloyd's heel sore looks worse today and the district nurse asked for a pic. The camera on my work phone is cracked. Can I take it on my own phone and send it over?",
    has: ["whatsapp-messaging", "taken only in Birdie"],
  },
  {
    ws: "larkfield-home-care", kind: "situation",
    q: "is it ok if i just text jade from my own phone that mr owusu needs extra fluids at teatime? the messages bit keeps crashing on me",
    has: ["whatsapp-messaging", "Use the messages in Birdie"],
  },
  // off-topic
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "whos doing the rota for christmas day this year? i did it last year and was hoping someone else would have a go",
    has: ["Priya"], not: ["CarePlanner"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "pool car 2 has the orange engine light on again. who books it in at the garage?",
    has: ["Priya"], not: ["Quartix"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "how much mileage do we get per mile now? did it go up in april or is it still the same",
    has: ["Priya"], not: ["BrightPay"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "where do we keep the spare printer paper and toner? the office one has run out",
    has: ["Priya"], not: ["Severn IT Support"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "Are we getting flu jabs sorted for the carers this year through the GP or do we all go to Boots ourselves?",
    has: ["Priya"], not: ["GP surgeries and district nurses"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "what time is the moving and handling training next week and is it at the office or the village hall",
    has: ["Priya"], not: ["BreatheHR"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "the council want to know if we can take two more care packages in Bishops Castle from next month. have we actually got the carers for it?",
    has: ["Priya"], not: ["Shropshire Council Adult Social Care"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "the key safe at 12 orchard close is really stiff, took me 10 mins to get it open. do we get it replaced or is that down to the family?",
    has: ["Priya"], not: ["Careline365"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "whats the starting hourly rate on the new carer vacancy? a mum at the school gate asked me and i didnt know",
    has: ["Priya"], not: ["Indeed"],
  },
  {
    ws: "larkfield-home-care", kind: "off-topic",
    q: "what are we charging private clients per hour from april? a family asked me for the new prices",
    has: ["Priya"], not: ["Xero"],
  },
  // new-tool
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "can i use chatgpt to tidy up my care plan reviews before they go on the system? my spelling is awful and it would save me ages",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "Ive been looking at RotaCloud for the office staff holidays, its got a free trial. ok if I sign us up to try it?",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "one of our clients daughters wants to send us her mums hospital letters through dropbox. is it ok to open the link and save them?",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "thinking of doing team meetings on zoom for the carers out in the sticks. has anyone got a login or do we set one up?",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "can i do the new recruitment poster on canva? want to put some of the carers photos on it",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "Is it ok to use SurveyMonkey for the yearly client satisfaction survey? It would have their names and addresses on.",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "someone at the care forum said nourish is way better for emar than what we've got. could we try it out on a few clients?",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "whats the deal with docusign, can i send the new carers contracts out on it to sign?",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "we used trello at my last job to track whos due supervision. can i set up a board for us?",
    has: ["Priya"],
  },
  {
    ws: "larkfield-home-care", kind: "new-tool",
    q: "my husband reckons life360 would be good so the office can see where carers are on the rural calls. could we put it on the work phones?",
    has: ["Priya"],
  },

  // ───────────────────────── pirouette-dance-academy ─────────────────────────
  // situation
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "one of my grade 3 girls told me after class that something's going on at home and made me pinky promise not to tell anyone. i didnt know what to say. what do i do now?",
    has: ["safeguarding", "do not promise to keep it secret"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "A boy in street said some stuff on Saturday about his stepdad that really worried me. I typed it into the notes app on my phone so I wouldn't forget. Is it ok to keep it there till Monday?",
    has: ["safeguarding", "Never keep notes about a disclosure on your own phone"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "claires off on holiday this week and a mum has told me something about another family that's really bothering me re one of the kids. who do i take it to if claire isnt here?",
    has: ["safeguarding", "Rosalind Achebe"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "mum of one of the babies class asked if i could grab a quick pic of her little one in the tutu on my phone as she missed the lesson. cute idea but can i?",
    has: ["photos", "never on a personal phone"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "doing the insta post for tonights showcase, got a lovely shot of the senior contemporary group. ok to put their full names so the parents can find it?",
    has: ["photos", "Never post a pupil's full name with their photo"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "A dad at the Christmas showcase was filming the whole routine from the front row and another mum complained her daughter doesn't have photo consent. What are parents actually allowed to film?",
    has: ["photos", "not to share other children's images online"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "a mum in the tap class group asked if any of the other kids have nut allergies cos shes bringing in birthday cake next week. i know two do. can i just reply in the group?",
    has: ["medical-info", "Never share a pupil's medical details"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "after exams today i found the chaperone medical sheet still in my bag, its got all the kids allergies and parents numbers on. what am i meant to do with it?",
    has: ["medical-info", "handed back at the end of the day"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "so i just emailed the junior ballet costume measurements spreadsheet to the whole tap parents list instead of the costume people. some have already opened it. should i try and recall it??",
    has: ["breach-reporting", "Don't delete anything or try to recall it"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "I think I left the register iPad on the bus after Saturday classes. It has the passcode on but still. Not sure if this is a big deal or not?",
    has: ["breach-reporting", "even if you are not sure it counts"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "got a cover teacher in for my thursday modern class while im at the dentist. easiest thing is to give her my class manager login so she can do the register, thats ok isnt it?",
    has: ["passwords", "share your login with a cover teacher"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "clearing out the studio cupboard and found a pile of printed class lists from autumn term with names and parents numbers on. just bin them?",
    has: ["retention", "shredded at the end of each term"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "There's a box of old accident forms in the office going back to 2015. Can I chuck the really old ones to make some space?",
    has: ["retention", "kept until the child is 21"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "a lady turned up to collect amelia (shes 7) saying shes her auntie but shes not on the pick up list and mum isnt answering. shes getting a bit cross with me. what do i do",
    has: ["collection", "keep the pupil with a teacher"],
  },
  {
    ws: "pirouette-dance-academy", kind: "situation",
    q: "a dad emailed asking us to delete everything we've got on his son now he's given up dance. should i just go in and delete the account myself?",
    has: ["data-requests", "pass it to Rosalind Achebe the same day"],
  },
  // off-topic
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "when do term fees go up for september? a parent asked me at pick up how much grade 4 ballet will be",
    has: ["Rosalind"], not: ["GoCardless"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "are there still seats left for the saturday matinee of the summer show? my nan wants to come",
    has: ["Rosalind"], not: ["TicketSource"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "the costumes for the tap number came back and two of the hats have lost sequins. can we fix them ourselves or do they have to go back?",
    has: ["Rosalind"], not: ["Starlite Costumes"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "whats the date for grade 2 ballet exam day and do the girls wear pink or white ribbons?",
    has: ["Rosalind"], not: ["Royal Academy of Dance"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "Can someone send me next term's timetable? I want to know if I'm still doing the Tuesday street class.",
    has: ["Rosalind"], not: ["Google Workspace"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "what time is the photographer arriving on show day and where is she setting up for the group photos?",
    has: ["Rosalind"], not: ["Lucy Marsh Photography"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "how much are the show photos this year? a mum wants to know if theres a discount for buying the full set",
    has: ["Rosalind"], not: ["Pixieset"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "what are the chaperones call times on saturday for the hippodrome? and do they need to bring packed lunches",
    has: ["Rosalind"], not: ["Bristol City Council"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "a parent wants to pay for private lessons in cash from now on, is that ok? and whats the hourly rate now",
    has: ["Rosalind"], not: ["Xero"],
  },
  {
    ws: "pirouette-dance-academy", kind: "off-topic",
    q: "how many medals should we order for the tap results this time? we ran short last term",
    has: ["Rosalind"], not: ["ISTD"],
  },
  // new-tool
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "can i make a tiktok account for the street dance class to post the routines? the kids would love it",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "is it ok to do the costume sizes form on jotform? parents would fill in their kids measurements and it all goes in one sheet",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "I found Jackrabbit Dance which does bookings and registers, could we try the free version for the half term workshops?",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "could we do the summer show programme on canva? it'd have all the kids names in the running order",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "parents keep asking for the routine videos to practise at home, can i put them on youtube as unlisted?",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "is there a zoom account I can use for an online stretch class over half term?",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "can we take the birthday party bookings through calendly instead of all the emails back and forth",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "someone suggested padlet so the kids can share their practice videos from home, ok if i set one up?",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "can I share the exam day photos with the parents from my dropbox? its way quicker than the gallery",
    has: ["new-tools"],
  },
  {
    ws: "pirouette-dance-academy", kind: "new-tool",
    q: "my friends school uses classdojo to message parents, could we try that instead of the whatsapp groups?",
    has: ["new-tools"],
  },

  // ───────────────────────── wavelength-fm ─────────────────────────
  // situation
  {
    ws: "wavelength-fm", kind: "situation",
    q: "on the late show tonight and i accidentally read out a callers whole mobile number on air when i was reading his message out. its saturday, can this wait till monday when rhiannon's in?",
    has: ["breach-reporting", "even if it happens during a weekend"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "Just realised the email about the christmas rota went to the whole newsletter list instead of the volunteers, so everyone's phone numbers have gone out to listeners. I was going to quietly delete it from sent items. What do I do?",
    has: ["breach-reporting", "Do not delete anything or try to cover it up"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "a caller on drivetime got really upset and started saying she didnt see the point any more. i faded her down but didnt know what to do next. what are we supposed to do?",
    has: ["phone-ins", "116 123"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "when I'm screening on breakfast can I just jot the callers names and numbers on a notepad? the screen freezes sometimes and its quicker",
    has: ["phone-ins", "never on paper or your own phone"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "lovely bloke rang in about the bypass, really good talker. can i copy his number off the screener so i can ring him next week about doing a proper interview? he doesnt know yet",
    has: ["phone-ins", "Do not copy caller numbers to call people back later"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "we've got the panto tickets giveaway winner. can i read out her full name and street on air so people know its a real person?",
    has: ["competitions", "winner's first name and town"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "The prize partner for the festival tickets has asked for the list of everyone who entered so they can send them a discount code. Is it ok to forward them all the entries?",
    has: ["competitions", "Pass the winner's details to the prize partner by email"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "one of the overnight presenters wants jo's number so they can swap saturdays shift. is it ok if i just text it to him? its only a phone number",
    has: ["volunteer-records", "ask the volunteer coordinator to put them in touch"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "can i print a list of everyone on the rota with their mobiles and stick it up in the studio? people keep not being able to get hold of cover",
    has: ["volunteer-records", "Volunteer details live in Better Impact and nowhere else"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "the presenter before me always leaves the playout pc logged in as him when he goes, so i just carry on under his login. easier than logging out and back in, is that a problem?",
    has: ["passwords", "Every volunteer has their own login for the playout PC"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "Someone's complained about what a guest said on the Sunday gardening show a couple of weeks ago, apparently they're going to Ofcom. What do I need to do about the recording?",
    has: ["logger-recordings", "so the clip can be kept beyond 42 days"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "a band we had in last week want a copy of the whole 3 hour show they were on, not just their bit, for their promo. can i send it them?",
    has: ["logger-recordings", "a guest may have a copy of their own"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "a listener emailed the breakfast show asking what info we've got on her, she keeps getting our emails. i was going to look her up and reply to her myself",
    has: ["data-requests", "pass it to Rhiannon on the same day"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "the new car dealership sponsor asked if we can share the newsletter list so they can send our listeners an offer. they said theyd pay extra for it. can we?",
    has: ["advertisers", "give advertisers any listener, caller or newsletter data"],
  },
  {
    ws: "wavelength-fm", kind: "situation",
    q: "a 12 yr old from the local primary is coming in to do a bit on the youth hour saturday, her mums coming too. anything i need to get signed first?",
    has: ["children-on-air", "youth consent form"],
  },
  // off-topic
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "can anyone cover my shift on the 23rd? family stuff came up",
    has: ["Rhiannon"], not: ["Better Impact"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "how much do we charge for a 30 second ad in the breakfast slot now? a cafe owner asked me",
    has: ["Rhiannon"], not: ["Pipedrive"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "whats the prize for this weeks competition? someone asked on the studio line and i had no idea",
    has: ["Rhiannon"], not: ["Prize partners"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "the headphones in studio b crackle on the left side, is there a spare pair anywhere?",
    has: ["Rhiannon"], not: ["Seaview Broadcast Services"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "When is the music licence fee due this year and how much is it going up by?",
    has: ["Rhiannon"], not: ["PPL PRS"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "does anyone know where the spare keys for the studio corridor are? locked out of the screener room",
    has: ["Rhiannon"], not: ["Phonebox"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "what's going in the newsletter this week, have we got a headline story yet?",
    has: ["Rhiannon"], not: ["Brevo"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "a caller asked what she has to say to her smart speaker to get us. i forgot, is it just play wavelength fm?",
    has: ["Rhiannon"], not: ["Radio.co"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "what time's the studio induction for the new volunteers on saturday and who's running it?",
    has: ["Rhiannon"], not: ["Better Impact"],
  },
  {
    ws: "wavelength-fm", kind: "off-topic",
    q: "is the charity commission annual return due soon? who normally does it",
    has: ["Rhiannon"], not: ["Marsh & Fenwick"],
  },
  // new-tool
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "could we do the listener survey on typeform? its free for the first 100 responses",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "i want to set up a discord server for the youth show listeners to chat during the show, is that ok?",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "can we use mailchimp for the friends of wavelength emails instead? i know it much better",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "Is it ok to put the Sunday interviews up on Mixcloud as catch up?",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "thinking of using riverside.fm to record remote guests, they just get a link. any problem with that?",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "some of the volunteers want to use signupgenius for the outside broadcast helpers at the carnival, is that alright?",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "ive been running the phone in recordings through otter.ai to write up the show notes. is that allowed?",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "could we use eventbrite for the open day tickets? people would give their names and emails",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "can i send the big audio files to the guest on wetransfer",
    has: ["new-tools"],
  },
  {
    ws: "wavelength-fm", kind: "new-tool",
    q: "hubspot has a free crm, could i keep a list of our regular callers in it for call backs?",
    has: ["new-tools"],
  },
];
