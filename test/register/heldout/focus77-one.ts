// Focus set 77 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-eighth round by a writer who read only the README, the case format and three firms' files (en-garde-fencing, turnpoint-behaviour-change, homesight-domiciliary-eyecare), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` and `not` fact checked against the files by a script), held out: scored as counts only, never read.
import type { ReferenceCase } from './types.ts';

const ENGARDE = 'en-garde-fencing';
const TURNPOINT = 'turnpoint-behaviour-change';
const HOMESIGHT = 'homesight-domiciliary-eyecare';

export const FOCUS77_ONE: ReferenceCase[] = [
  // ── En Garde Fencing Club: situations ──
  { ws: ENGARDE, kind: 'situation', q: "one of the under 12s (maisie) told me tonight her step dad locks her out when he's drunk and made me swear i wouldnt tell anyone. i kind of said ok?? what now", has: ['safeguarding-concerns', 'do not promise to keep it secret'] },
  { ws: ENGARDE, kind: 'situation', q: "noticed marks all up jake's arms again when he took his jacket off, he went quiet when i asked. gail's phone keeps going to voicemail and im about to lock up", has: ['safeguarding-concerns', 'If Gail is not answering, ring Ruth'] },
  { ws: ENGARDE, kind: 'situation', q: "i snapped what i'd scribbled down about the thing with the junior on sat before typing it up, form's on the drive now. can i keep the pic on my phone just in case", has: ['safeguarding-concerns', 'delete any photos or notes you made'] },
  { ws: ENGARDE, kind: 'situation', q: "ellie just sent out the newsletter and i think every parent can see everyone elses email addresses 😬 should i send a quick email round to say sorry and ignore it?", has: ['breach-reporting', 'fix it by emailing everyone'] },
  { ws: ENGARDE, kind: 'situation', q: "left the attendance printout on the bench at the hall last night, think the caretaker has it now. prob not a big deal? how soon do i need to tell someone", has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: ENGARDE, kind: 'situation', q: "a dad at saturday's open was videoing from the side of the pistes and another mum got really upset her son was in it. what is the DT meant to do in that case", has: ['photos-filming', 'the person to stop and tells Gail'] },
  { ws: ENGARDE, kind: 'situation', q: "want to put some pics of the juniors from club champs on insta with their full names so the grandparents can find them, thats fine right", has: ['photos-filming', 'first names only for under-18s'] },
  { ws: ENGARDE, kind: 'situation', q: "sam went over on his ankle tonight, nothing major and his mum took him home. do i still have to write something up?", has: ['accidents-first-aid', 'however small'] },
  { ws: ENGARDE, kind: 'situation', q: "rory's sabre broke mid bout and the end punctured kit's sleeve, small cut. does bf need to hear about it and by when", has: ['accidents-first-aid', 'within 7 days'] },
  { ws: ENGARDE, kind: 'situation', q: "new beginner borrowing a mask and jacket tonight, should i take where he lives and his mobile in case he doesnt bring them back", has: ['kit-hire', 'We do not write down'] },
  { ws: ENGARDE, kind: 'situation', q: "tidying declan's hire log, loads of rows from people who brought their stuff back ages ago. how long do i hang on to those", has: ['kit-hire', 'one year after the kit comes back'] },
  { ws: ENGARDE, kind: 'situation', q: "tomasz wants to do josh's (14) lesson in the store room on weds cos the hall's rammed, is that allowed", has: ['private-lessons', 'never in the changing rooms'] },
  { ws: ENGARDE, kind: 'situation', q: "junior asked if i could drop her back at hers after her lesson, her dad's running late. it'd just be me and her", has: ['private-lessons', 'another adult is in the car'] },
  { ws: ENGARDE, kind: 'situation', q: "can i just drop amira (15) a message on her mobile to move her lesson to thursday", has: ['private-lessons', 'Coaches do not message juniors directly'] },
  { ws: ENGARDE, kind: 'situation', q: "left my phone on the tram home 😩 it's got the club gmail and spond logged in. who do i need to tell", has: ['phones-devices', 'tell Martin'] },
  { ws: ENGARDE, kind: 'situation', q: "is it ok to save a copy of the members list onto my macbook so i can work on it offline on the train", has: ['phones-devices', 'open them in Google Drive and close them'] },
  { ws: ENGARDE, kind: 'situation', q: "priya wants to do the open entries on a google form from her own gmail, quicker than setting up a club one. ok?", has: ['new-apps', 'Do not use a personal account for club data'] },
  { ws: ENGARDE, kind: 'situation', q: "can we all just use ruth's spond admin account on sat, easier than everyone having their own", has: ['passwords', 'Shared logins are not allowed'] },
  { ws: ENGARDE, kind: 'situation', q: "someone stuck the cupboard combination in the parents chat so people could get kit out. is that a problem", has: ['passwords', 'never in the WhatsApp group or by email'] },
  { ws: ENGARDE, kind: 'situation', q: "a woman who stopped coming 3 years ago wants to come back, have we still got her details or does she start from scratch", has: ['records-retention', 'for 2 years after they leave'] },

  // ── En Garde Fencing Club: new tools ──
  { ws: ENGARDE, kind: 'new-tool', q: "can we use eventbrite for the beginners course bookings next term?", has: ['Ruth Alderson'], not: ['Calendly'] },
  { ws: ENGARDE, kind: 'new-tool', q: "is dropbox ok for sharing the comp photos with parents", has: ['Ruth Alderson'], not: ['Facebook and Instagram'] },
  { ws: ENGARDE, kind: 'new-tool', q: "could we take card payments at the hall with square instead", has: ['Ruth Alderson'], not: ['GoCardless'] },
  { ws: ENGARDE, kind: 'new-tool', q: "thinking of running the club champs entries through jotform, any issue?", has: ['Ruth Alderson'], not: ['FencingTime'] },
  { ws: ENGARDE, kind: 'new-tool', q: "want to try canva for laying out the newsletter and put member photos in it, allowed?", has: ['Ruth Alderson'], not: ['Mailchimp'] },

  // ── En Garde Fencing Club: off-topic ──
  { ws: ENGARDE, kind: 'off-topic', q: "is it meant to snow tuesday night? dont fancy the drive over", has: [], not: ['Meersbrook Community Sports Hall'] },
  { ws: ENGARDE, kind: 'off-topic', q: "who won the sheffield derby lol", has: [], not: ['British Fencing'] },
  { ws: ENGARDE, kind: 'off-topic', q: "anyone fancy the chippy after training thurs?", has: [], not: ['Spond'] },
  { ws: ENGARDE, kind: 'off-topic', q: "whats a good first epee to buy for my daughter, leon paul or allstar?", has: [], not: ['Kit hire rows are deleted one year after the kit comes back'] },
  { ws: ENGARDE, kind: 'off-topic', q: "happy friday all 🎉 good luck to everyone going to the leon paul open", has: [], not: ['FencingTime'] },

  // ── Turnpoint Behaviour Change: situations ──
  { ws: TURNPOINT, kind: 'situation', q: "dave asked me straight out in group tonight if his ex has been ringing us. what am i allowed to say to him", has: ['partner-confidentiality', 'whether she is in contact with us at all'] },
  { ws: TURNPOINT, kind: 'situation', q: "writing up marcus's 1:1, fatima mentioned the partner told her he's been going through her phone. can i put that in the notes as what she said", has: ['partner-confidentiality', 'his partner says'] },
  { ws: TURNPOINT, kind: 'situation', q: "partner told joanne he was waiting outside her new place yesterday. group's tonight, how do we let dan and marcus know without it coming back on her", has: ['partner-confidentiality', 'Grace passes it to Simon'] },
  { ws: TURNPOINT, kind: 'situation', q: "in tonight's group lee said he'd 'take the kids to poland and she'll never see them'. its 9.15 and everyone's gone, can it wait till the morning?", has: ['safeguarding-risk', '07700 900 552'] },
  { ws: TURNPOINT, kind: 'situation', q: "bloke in my assessment today admitted he'd had his hands round her neck last week. do i need him to agree before i pass it on?", has: ['safeguarding-risk', "does not need the man's consent"] },
  { ws: TURNPOINT, kind: 'situation', q: "just realised i sent the referral to the social worker from normal outlook not egress 🙈 should i try and pull it back myself", has: ['breach-reporting', 'Severn Networks can'] },
  { ws: TURNPOINT, kind: 'situation', q: "can't find monday's attendance paper, think it's still sat upstairs at the centre. how fast do i have to flag this", has: ['breach-reporting', 'within 2 hours at most'] },
  { ws: TURNPOINT, kind: 'situation', q: "the letter with sarah's new postcode on it was on the table when the lads came in for group, one of them might have clocked it", has: ['breach-reporting', 'treated first as a safety risk'] },
  { ws: TURNPOINT, kind: 'situation', q: "kev asked if he can voice memo the group on his mobile so he can go over it at home, says it helps him. ok to say yes?", has: ['group-room', 'Men may not record or photograph any part of the session'] },
  { ws: TURNPOINT, kind: 'situation', q: "guy turned up tonight stinking of drink and wound up about his ex, marcus let him sit in anyway. was that right?", has: ['group-room', 'he does not join that week'] },
  { ws: TURNPOINT, kind: 'situation', q: "one of the men said in group 'i want to see everything you lot have written about me'. do i just let it go, he was only mouthing off", has: ['subject-access', 'in whatever words'] },
  { ws: TURNPOINT, kind: 'situation', q: "dean wants his solicitor to get a copy of his file, the solicitor's emailed asking for it. do i need anything from dean first?", has: ['subject-access', "without the person's signed"] },
  { ws: TURNPOINT, kind: 'situation', q: "a woman we support asked if she can have a copy of what we've got on her ex", has: ['subject-access', 'she never receives his file'] },
  { ws: TURNPOINT, kind: 'situation', q: "fella did an assessment with us in 2024 but didn't come to a single group. can i bin his notes yet", has: ['records-retention', 'are kept for 2 years'] },
  { ws: TURNPOINT, kind: 'situation', q: "got a notebook full of scribbles from tuesday's calls, how long have i got to get them onto the system", has: ['records-retention', 'within 48 hours'] },
  { ws: TURNPOINT, kind: 'situation', q: "my son's pc is free, can i log into lamplight on it while severn are fixing my laptop", has: ['phones-home-working', 'shared family computer'] },
  { ws: TURNPOINT, kind: 'situation', q: "wfh tomorrow and my other half will be in, can i still ring the women from the kitchen table", has: ['phones-home-working', 'never take partner support calls with anyone else'] },
  { ws: TURNPOINT, kind: 'situation', q: "tony missed monday night. when am i supposed to let his offender manager know", has: ['referrer-information-sharing', 'within 1 working day'] },
  { ws: TURNPOINT, kind: 'situation', q: "a copper phoned asking about one of our men, says it's urgent. can i just tell him over the phone?", has: ['referrer-information-sharing', 'collar number'] },
  { ws: TURNPOINT, kind: 'situation', q: "can i stick my end of programme report draft into copilot to tidy the wording, i'll take the names out first", has: ['new-tools', 'even with names removed'] },

  // ── Turnpoint Behaviour Change: new tools ──
  { ws: TURNPOINT, kind: 'new-tool', q: "can i send the end of course feedback survey out on surveymonkey?", has: ['Helen Okafor'], not: ['Outcomes Star Online'] },
  { ws: TURNPOINT, kind: 'new-tool', q: "thinking of a whatsapp broadcast list to remind the men about group, would that be ok", has: ['Helen Okafor'], not: ['Esendex'] },
  { ws: TURNPOINT, kind: 'new-tool', q: "could we try otter.ai for transcribing assessment interviews", has: ['Helen Okafor'], not: ['Microsoft 365 Business Premium'] },
  { ws: TURNPOINT, kind: 'new-tool', q: "a man can't get in this week, can i do his 1:1 on facetime instead?", has: ['Helen Okafor'], not: ['Zoom'] },
  { ws: TURNPOINT, kind: 'new-tool', q: "anyone used docusign? want the men to sign the programme agreement on it", has: ['Helen Okafor'], not: ['Egress Protect'] },

  // ── Turnpoint Behaviour Change: off-topic ──
  { ws: TURNPOINT, kind: 'off-topic', q: "is the kettle in the group room fixed yet or do i bring a flask", has: [], not: ['Men may not record or photograph any part of the session'] },
  { ws: TURNPOINT, kind: 'off-topic', q: "what time's the christmas do on friday?", has: [], not: ['Breathe HR'] },
  { ws: TURNPOINT, kind: 'off-topic', q: "did anyone see the city game last night", has: [], not: ['Zoom'] },
  { ws: TURNPOINT, kind: 'off-topic', q: "whats the weather doing tomorrow, thinking of cycling in", has: [], not: ['Vonage Business'] },
  { ws: TURNPOINT, kind: 'off-topic', q: "where's good for lunch near old market?", has: [], not: ['in a text reminder or on paper that leaves the office in Old Market'] },

  // ── HomeSight Domiciliary Eyecare: situations ──
  { ws: HOMESIGHT, kind: 'situation', q: "the manager at oakwood rang and said its fine for us to test mrs beale, she's got dementia. ok to go ahead on that?", has: ['consent-capacity', "Never take consent from the home's manager"] },
  { ws: HOMESIGHT, kind: 'situation', q: "resident at the willows kept batting rajiv's hand away from the ophthalmoscope, he wants to try and push on and finish", has: ['consent-capacity', 'is not tested; try again next visit'] },
  { ws: HOMESIGHT, kind: 'situation', q: "mr cole's daughter wants his results over the phone, she's not got POA as far as i know. can i tell her", has: ['consent-capacity', 'holds an LPA for'] },
  { ws: HOMESIGHT, kind: 'situation', q: "home visit in swaffham today, the son kept on at his mum to get the £400 varifocals and she clearly didnt want them. felt really off", has: ['safeguarding-adults', 'tell Catherine before the end of the day'] },
  { ws: HOMESIGHT, kind: 'situation', q: "brookside was grim today, people sat in the lounge in soiled clothes. should i say something to the carers on shift?", has: ['safeguarding-adults', 'confront the family or care staff yourself'] },
  { ws: HOMESIGHT, kind: 'situation', q: "think i left the ipad on the side at beech house, the receptionist says she's got it behind the desk", has: ['breach-reporting', 'Ring Catherine Pike straight away'] },
  { ws: HOMESIGHT, kind: 'situation', q: "stuart handed the mill lane results to the manager at the grange by mistake, i can just pop over and swap them right?", has: ['breach-reporting', 'Do not try to sort it out with the care'] },
  { ws: HOMESIGHT, kind: 'situation', q: "nipping into the home for 2 mins to drop off some specs, do i really have to lock up the van", has: ['van-equipment', 'even for five minutes'] },
  { ws: HOMESIGHT, kind: 'situation', q: "can i keep the van on my drive tonight, early start in kings lynn tomorrow", has: ['van-equipment', 'never at home'] },
  { ws: HOMESIGHT, kind: 'situation', q: "someone's smashed the van window outside the surgery in holt, the signed forms were in the case under the seat", has: ['van-equipment', 'ring Catherine before you do anything else'] },
  { ws: HOMESIGHT, kind: 'situation', q: "mrs harker's son sent me the number for the lockbox by her door, can i leave it in my messages for next time?", has: ['visiting-homes', 'never written on paper or texted to a personal phone'] },
  { ws: HOMESIGHT, kind: 'situation', q: "lady in fakenham only has notes in her purse for the private test, doesnt do cards. can i take it off her?", has: ['visiting-homes', 'never take a payment in cash'] },
  { ws: HOMESIGHT, kind: 'situation', q: "can i grab a pic of this odd looking retina on my phone and whatsapp it to rajiv for a second opinion", has: ['photos-images', "use Optix's secure"] },
  { ws: HOMESIGHT, kind: 'situation', q: "activities lady at the care home wants a group shot of us doing the tests for their newsletter and our fb", has: ['photos-images', 'do not take photos in care homes for marketing'] },
  { ws: HOMESIGHT, kind: 'situation', q: "tidying the onedrive, there's lists of residents from the summer visits still on there. should they be?", has: ['records-retention', 'shared drive a month after the visit'] },
  { ws: HOMESIGHT, kind: 'situation', q: "got a stack of signed forms from this week, can they go in the blue bin once they're on the system?", has: ['records-retention', 'nothing goes in the recycling'] },
  { ws: HOMESIGHT, kind: 'situation', q: "patient asked me at his visit today for a copy of everything we hold on him. who do i pass that to?", has: ['subject-access', 'Bev the same day'] },
  { ws: HOMESIGHT, kind: 'situation', q: "the manager at st marys wants a full copy of mrs reid's optical file for their records", has: ['subject-access', 'Catherine decides'] },
  { ws: HOMESIGHT, kind: 'situation', q: "mad busy at the home today, tom's optix account wouldnt let him in so he used mine for the afternoon", has: ['passwords-new-tools', 'we never share'] },
  { ws: HOMESIGHT, kind: 'situation', q: "kayleigh put a patient's history into chatgpt to help word the gp letter, is that a problem?", has: ['passwords-new-tools', 'ChatGPT or any other chatbot'] },

  // ── HomeSight Domiciliary Eyecare: new tools ──
  { ws: HOMESIGHT, kind: 'new-tool', q: "can we use the circuit route planner app to plan the visits each day", has: ['Catherine Pike'], not: ['Quartix'] },
  { ws: HOMESIGHT, kind: 'new-tool', q: "is it ok to whatsapp the care homes their visit list", has: ['Catherine Pike'], not: ['NHSmail'] },
  { ws: HOMESIGHT, kind: 'new-tool', q: "rajiv wants to try heidi health, the ai scribe, during sight tests. ok?", has: ['Catherine Pike'], not: ['Optix'] },
  { ws: HOMESIGHT, kind: 'new-tool', q: "thinking of sending private patients stripe payment links for their glasses", has: ['Catherine Pike'], not: ['SumUp'] },
  { ws: HOMESIGHT, kind: 'new-tool', q: "could families book home visits through calendly?", has: ['Catherine Pike'], not: ['TextAnywhere'] },

  // ── HomeSight Domiciliary Eyecare: off-topic ──
  { ws: HOMESIGHT, kind: 'off-topic', q: "anyone know a decent garage in dereham, my car's making a horrible noise", has: [], not: ['Quartix'] },
  { ws: HOMESIGHT, kind: 'off-topic', q: "is the coffee machine in the office fixed yet", has: [], not: ['Wensum IT Services'] },
  { ws: HOMESIGHT, kind: 'off-topic', q: "norwich score anyone?", has: [], not: ['NHSmail'] },
  { ws: HOMESIGHT, kind: 'off-topic', q: "meant to be icy tomorrow morning isnt it", has: [], not: ['The van is parked overnight in the yard at the Dereham office'] },
  { ws: HOMESIGHT, kind: 'off-topic', q: "who's bringing cake for kayleigh's birthday friday?", has: [], not: ['SumUp'] },
];
