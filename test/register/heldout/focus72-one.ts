// Focus set 72 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-sixth round by a writer who read only the README, the case format and three firms' files (little-oak-bereavement, thornbury-county-show, unionhub-advice-centre), the firms written by helpers from the configuration reference and two examples: written to be read in the next round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script), scored as counts only in the seventy-sixth round, read in the seventy-seventh.
import type { ReferenceCase } from './types.ts';
const LITTLE = 'little-oak-bereavement';
const THORNBURY = 'thornbury-county-show';
const UNIONHUB = 'unionhub-advice-centre';
export const FOCUS72_ONE: ReferenceCase[] = [
  // ── Little Oak: situations ──
  { ws: LITTLE, kind: 'situation', q: "Jayden's dad rang me this morning, he doesn't live with them any more since mum died, lovely bloke, asking how Jayden's been getting on in his sessions. can I just give him a quick update?", has: ['confidentiality-sharing', 'check in Lamplight who has parental responsibility'] },
  { ws: LITTLE, kind: 'situation', q: 'Miss Adeyemi caught me in the corridor at Meole Brace and asked what Ruby had been saying about her nan, she wants to help in class. ok to tell her a bit?', has: ['confidentiality-sharing', 'without asking the child first'] },
  { ws: LITTLE, kind: 'situation', q: "In my session with Callum (9) today he said mum's new boyfriend shouts and grabbed his arm, then made me pinky promise not to tell anyone. I want to ask him more next week to find out exactly what happened, what should I be doing", has: ['safeguarding', 'do not ask leading questions'] },
  { ws: LITTLE, kind: 'situation', q: "on a zoom with a 15yo girl right now she's just told me she's worked out how she's going to do it tonight like her brother did. what do i do first", has: ['safeguarding', 'call 999 first and then Marcus'] },
  { ws: LITTLE, kind: 'situation', q: "Mrs Latham said I could borrow the actual letters her husband wrote to the kids before he died, so I can scan them properly at the office for Millie's memory book and bring them back next week. That's fine isn't it?", has: ['memory-boxes', 'Never take an original item away'] },
  { ws: LITTLE, kind: 'situation', q: 'Harvey left his memory jar behind at school after our last session and the school have given it to me, term has finished now. what do I do with it', has: ['memory-boxes', 'lock it in the memory cabinet'] },
  { ws: LITTLE, kind: 'situation', q: "the mum of one of my families sent me a friend request on facebook last night, she's really sweet and it feels so rude to just ignore it", has: ['phones-photos', 'never accept friend or follow requests'] },
  { ws: LITTLE, kind: 'situation', q: 'Poppy asked if we could have a selfie together on my phone at the end of our last session so she can remember me, she was so proud of her work. I said I would ask, is it ok??', has: ['phones-photos', 'Never photograph a child on your own'] },
  { ws: LITTLE, kind: 'situation', q: "i scribbled loads on a notepad during today's session with the twins because the laptop died, can i just keep the pad in my drawer for reference", has: ['records-retention', 'Do not keep your own notes'] },
  { ws: LITTLE, kind: 'situation', q: "Had four visits back to back Monday and Tuesday and honestly won't get to write any of them up until next Thursday when things calm down, is that a problem", has: ['records-retention', 'session in Lamplight within 48 hours'] },
  { ws: LITTLE, kind: 'situation', q: "Oh no. I just sent Ethan's update to St Mary's instead of St Mark's. I'm going to ring their office and ask them to delete it before anyone reads it", has: ['breaches', 'Do not try to sort it out yourself'] },
  { ws: LITTLE, kind: 'situation', q: "think i left the charity ipad on the train back from telford, it had the photos from the memory work with the Khan family on it. feel sick. it's late now should i wait till tomorrow to say", has: ['breaches', 'so it can be wiped'] },
  { ws: LITTLE, kind: 'situation', q: "Going to see Kai at home this afternoon but his gran just texted to say she'll be at work, and Kai (15) will let me in himself. Ok to go ahead?", has: ['home-visits-remote', 'a parent or carer is in the house'] },
  { ws: LITTLE, kind: 'situation', q: "last visit finishes at 6 and I'm going straight to the cinema in Ludlow, can I leave the laptop and the memory box kit in the boot till the morning", has: ['home-visits-remote', 'memory work materials in the car overnight'] },
  { ws: LITTLE, kind: 'situation', q: "The only space the school can give me for Amelia's session tomorrow is a table at the back of the library, the rooms are all taken for mocks. should I just go with it", has: ['school-sessions', 'in a corridor or the library'] },
  { ws: LITTLE, kind: 'situation', q: "I have a free hour at Oakfield Primary between sessions and the school office said I can use one of their PCs to do my write ups, which would save me loads of time", has: ['school-sessions', 'Do not write up notes on a school'] },
  { ws: LITTLE, kind: 'situation', q: 'the outdoor centre have asked if we can tell them a bit about why each child is coming, so the instructors can be sensitive around them. seems kind, shall I send a line for each one', has: ['residential-weekend', 'never why the child is bereaved'] },
  { ws: LITTLE, kind: 'situation', q: "Lily's mum just handed me her signed form for the June weekend at the school gate, it has all her medication on it. where does it go, I'm not in the office till Weds", has: ['residential-weekend', 'Forms are collected by Rebecca Dyke'] },
  { ws: LITTLE, kind: 'situation', q: "A solicitor acting for Noah's dad rang asking for copies of my session notes, something about the custody hearing next month. He was quite pushy and wanted me to at least confirm what Noah has said about living with mum", has: ['information-requests', 'pass the request to Gwen Pritchard'] },
  { ws: LITTLE, kind: 'situation', q: "Grace's mum is insisting she's entitled to read everything Grace (14) has said in our sessions because she's her parent. I don't know what to say to her", has: ['information-requests', 'automatic right to see everything their child said'] },

  // ── Little Oak: new tools ──
  { ws: LITTLE, kind: 'new-tool', q: 'do we use zoho', has: ['Gwen Pritchard'], not: ['Zoom'] },
  { ws: LITTLE, kind: 'new-tool', q: 'is breathe hr something we have? a new volunteer asked me', has: ['Gwen Pritchard'], not: ['BrightHR'] },
  { ws: LITTLE, kind: 'new-tool', q: "Can I start using Canva to make nicer templates for the kids' memory books? The free version would do", has: ['Gwen Pritchard'] },
  { ws: LITTLE, kind: 'new-tool', q: 'calendly so parents can book their own slots?? yes or no', has: ['Gwen Pritchard'] },
  { ws: LITTLE, kind: 'new-tool', q: 'one of our supporters wants to set up a justgiving page for her sponsored walk in memory of her son, are we on justgiving', has: ['Gwen Pritchard'] },

  // ── Little Oak: off-topic ──
  { ws: LITTLE, kind: 'off-topic', q: "anyone fancy a brew? kettle's on", has: [], not: ['Lamplight'] },
  { ws: LITTLE, kind: 'off-topic', q: 'what time does the christmas do start on friday, is it still the pub on Mardol', has: [], not: ['Zoom'] },
  { ws: LITTLE, kind: 'off-topic', q: 'who went out on bake off last night? no spoilers for the rest of you lol', has: [], not: ['Photobox'] },
  { ws: LITTLE, kind: 'off-topic', q: 'The car park by Shrewsbury station is a nightmare today, does anyone know anywhere else to park near the office', has: [], not: ['Egress'] },
  { ws: LITTLE, kind: 'off-topic', q: 'is it meant to snow tomorrow', has: [], not: ['Microsoft 365'] },

  // ── Thornbury: situations ──
  { ws: THORNBURY, kind: 'situation', q: 'The Hereford breed society secretary has been on asking for phone numbers of all our Hereford exhibitors, he wants to invite them to their herd competition. shall I just send him the list', has: ['sharing-details', 'take a message and pass it on instead'] },
  { ws: THORNBURY, kind: 'situation', q: "copper at the main gate wants the home address of the trader who was selling knock off football shirts, he's got his notebook out waiting. what do I tell him", has: ['sharing-details', "take the officer's name and collar number"] },
  { ws: THORNBURY, kind: 'situation', q: "there's a little lad about 4 crying by the sheep pens, can't see his mum anywhere. I'm on my own on gate C, shall I just walk him over to the first aid tent quickly myself", has: ['lost-children', 'by two stewards together, never by one alone'] },
  { ws: THORNBURY, kind: 'situation', q: "bloke's just turned up at the tent saying he's the grandad of the little girl we've got, she's gone a bit shy and hides behind Pam when he talks. he's in a rush to get to the car. do we just let her go with him", has: ['lost-children', 'must describe the child and give their name'] },
  { ws: THORNBURY, kind: 'situation', q: "Commentary box here. Can I read out the little girl's name and what she's wearing over the speakers? pink wellies, yellow raincoat, about five. Thought it'd help her mum find her quicker", has: ['lost-children', 'a child has been found'] },
  { ws: THORNBURY, kind: 'situation', q: "One of the young handlers (14) has asked if I can drop her back at Olveston after the cattle classes as her dad's stuck with the trailer. It's on my way home anyway", has: ['safeguarding', 'never give a child a lift'] },
  { ws: THORNBURY, kind: 'situation', q: "my neighbour has said she'll help out in the junior pet ring on saturday, she hasn't done anything official before but she's a teaching assistant so it's fine right?", has: ['safeguarding', 'a DBS check through uCheck before the show'] },
  { ws: THORNBURY, kind: 'situation', q: 'A girl in the junior poultry class told me while we were washing the birds that her stepdad hurts her when he drinks. she begged me not to say anything. I feel awful, who do i tell', has: ['safeguarding', 'tell Graham, our safeguarding lead'] },
  { ws: THORNBURY, kind: 'situation', q: "got a gorgeous pic of a little kid asleep on a hay bale next to the calves, can I stick it on the show's facebook tonight? cutest thing ever", has: ['phones-photos', "identifiable children without a parent's agreement"] },
  { ws: THORNBURY, kind: 'situation', q: 'A lad from the young farmers has brought his drone and wants to film the grand parade from above for his channel. he seems to know what he is doing', has: ['phones-photos', 'except by our licensed operator'] },
  { ws: THORNBURY, kind: 'situation', q: "lady tripped on a guy rope at one of the craft stands and hurt her wrist, St Johns have seen her. She's furious and the trader's asking me to tell her the show will cover it to calm her down", has: ['incidents-first-aid', 'Never admit fault or promise compensation'] },
  { ws: THORNBURY, kind: 'situation', q: 'bullock got loose in the cattle lines about 10 mins ago and knocked one of the handlers over, he is up and walking and says he is fine. I have done the form for Tom, anything else?', has: ['incidents-first-aid', 'also reported to Bethan and the duty vet'] },
  { ws: THORNBURY, kind: 'situation', q: "Chloe here. I'd love to keep every year's ticket buyers forever so we can see who comes back year after year, any reason not to?", has: ['records-retention', 'Ticket buyers: 13 months'] },
  { ws: THORNBURY, kind: 'situation', q: "it's the end of day 2 and I've got a massive pile of gate sheets and sign-in sheets from the stewards in the back of the landy. just chuck them in the skip behind the cabin?", has: ['records-retention', 'is boxed and labelled by section'] },
  { ws: THORNBURY, kind: 'situation', q: "Just sent the sheep entries update to all the exhibitors with everybody's emails showing in the To line. I'm going to send another one now asking them all to delete it", has: ['breaches', 'Do not try to fix it'] },
  { ws: THORNBURY, kind: 'situation', q: "I think I've dropped the phone we scan the tickets with somewhere in the blue car park field. Been looking for 20 mins. what now", has: ['breaches', 'ticket scanner login is changed the same day'] },
  { ws: THORNBURY, kind: 'situation', q: "the 4G in the cabin is dead slow today, can i just put my laptop on the free visitor wifi? everyone else seems to be on it", has: ['showground-working', 'use the office 4G router'] },
  { ws: THORNBURY, kind: 'situation', q: "Printing the car park rotas for tomorrow, I was going to put everyone's address and phone number on so the team leaders can get hold of anyone if they don't turn up", has: ['showground-working', 'names and mobile numbers of chiefs only'] },
  { ws: THORNBURY, kind: 'situation', q: 'a man who says he buys for a big texel breeder wants the tag numbers of the shearlings in pen 12 so he can look up their breeding before the sale. harmless enough?', has: ['livestock-records', 'Do not give holding numbers or tag lists'] },
  { ws: THORNBURY, kind: 'situation', q: "There's a ewe in a trailer on the lorry park that's been lame all morning and the owner's nowhere to be seen. I was going to put a photo in the stewards chat to see if anyone knows whose it is", has: ['livestock-records', 'the duty vet and the chief livestock steward'] },

  // ── Thornbury: new tools ──
  { ws: THORNBURY, kind: 'new-tool', q: 'are we on brighthr for booking holidays or is it something else', has: ['Rosalind Pargeter'], not: ['BrightPay'] },
  { ws: THORNBURY, kind: 'new-tool', q: 'Do we use TicketSource for anything?', has: ['Rosalind Pargeter'], not: ['Ticket Tailor'] },
  { ws: THORNBURY, kind: 'new-tool', q: "can i set up a jotform for the dog show entries, it's free and really easy", has: ['Rosalind Pargeter'] },
  { ws: THORNBURY, kind: 'new-tool', q: 'do we have quickbooks or was that the pony club', has: ['Rosalind Pargeter'] },
  { ws: THORNBURY, kind: 'new-tool', q: "Would anyone mind if I used Canva to do the schedule this year? The old Word one looks so tired", has: ['Rosalind Pargeter'] },

  // ── Thornbury: off-topic ──
  { ws: THORNBURY, kind: 'off-topic', q: 'anyone got a spare pair of wellies in the cabin, mine have sprung a leak', has: [], not: ['ShowingScene'] },
  { ws: THORNBURY, kind: 'off-topic', q: "what's for lunch, is the burger van open yet", has: [], not: ['Ticket Tailor'] },
  { ws: THORNBURY, kind: 'off-topic', q: 'congrats to bethan on the new baby!! 🎉', has: [], not: ['Xero'] },
  { ws: THORNBURY, kind: 'off-topic', q: 'Is it just me or is the portaloo by the cattle shed the worst one on the whole showground', has: [], not: ['WhatsApp'] },
  { ws: THORNBURY, kind: 'off-topic', q: 'does anyone know the cricket score', has: [], not: ['Mailchimp'] },

  // ── UnionHub: situations ──
  { ws: UNIONHUB, kind: 'situation', q: "A woman rang the advice line saying she's Josh's mum and she just wants to know if he's been in to see us about his appeal, she's worried sick. She sounded genuine", has: ['confidentiality', 'confirm whether the student is known to us'] },
  { ws: UNIONHUB, kind: 'situation', q: "The SU president popped in and asked if a particular student has been to see us about the misconduct thing, because she wants to raise the case at council. She's on our side surely?", has: ['confidentiality', 'sabbatical officers and other departments included'] },
  { ws: UNIONHUB, kind: 'situation', q: "for monday's team meeting I was going to go through my tricky cases one by one with the students' full names so everyone knows who I mean", has: ['confidentiality', 'use initials, not names, in team meetings'] },
  { ws: UNIONHUB, kind: 'situation', q: "Student at the end of my appointment said she's been thinking everyone would be better off without her since the appeal failed. Says she has no plan and she's going home to her flatmates. what do I do now", has: ['risk-safeguarding', 'make a warm referral to the University'] },
  { ws: UNIONHUB, kind: 'situation', q: "A student told me today she was assaulted by a housemate. I want to email the full details to the conduct office straight away so they can act fast", has: ['risk-safeguarding', 'Do not email details of a risk disclosure'] },
  { ws: UNIONHUB, kind: 'situation', q: 'the student I am going with to the misconduct panel tomorrow wants me to record it on my phone in case they twist things later. is that ok', has: ['hearings', 'We never record a hearing'] },
  { ws: UNIONHUB, kind: 'situation', q: "Panel ran really late in the medical school and I'm heading straight for the train to Leeds, can I keep Sana's bundle at home tonight and bring it in tomorrow?", has: ['hearings', 'never leave a bundle in a hearing room'] },
  { ws: UNIONHUB, kind: 'situation', q: 'student showing me pics of black mould all over her bedroom on her phone, quicker if i just snap them with mine or she airdrops them over to me?', has: ['phones-photos', 'airdrop it to yourself'] },
  { ws: UNIONHUB, kind: 'situation', q: "Kofi asked for my whatsapp so he can send me updates from his landlord as they come in. he's really anxious and it would be easier for him", has: ['phones-photos', 'Do not give students your personal number'] },
  { ws: UNIONHUB, kind: 'situation', q: 'someone at drop in just asked me a two minute question about council tax exemption, do I honestly need to log that', has: ['records-retention', 'Every contact goes in AdvicePro'] },
  { ws: UNIONHUB, kind: 'situation', q: "I keep a folder of Chen's printouts in my desk drawer because his case is still going, saves opening the system every time", has: ['records-retention', 'in your desk drawer, a personal OneDrive folder'] },
  { ws: UNIONHUB, kind: 'situation', q: "ugh I sent the case summary for Aisha Khan to a different Aisha Khan. I'm about to email her and ask her to delete it", has: ['breaches', 'tell us before you contact them'] },
  { ws: UNIONHUB, kind: 'situation', q: "I uploaded a tenancy agreement to completely the wrong student's case yesterday. I'll just delete it quietly and put it in the right one, nobody will know", has: ['breaches', 'Do not delete anything from AdvicePro'] },
  { ws: UNIONHUB, kind: 'situation', q: "wfh today and I'd rather read Ollie's appeal letter on paper, can I print it on my printer at home", has: ['working-away', 'Do not print at home'] },
  { ws: UNIONHUB, kind: 'situation', q: "doing the outreach drop-in at Hollins Hall tomorrow, thought I'd bring a few case files along in case those students turn up", has: ['working-away', 'take only a blank sign-in sheet and'] },
  { ws: UNIONHUB, kind: 'situation', q: "Dr Morris, Leah's personal tutor, emailed asking for our notes from her case so she can support her appeal. Can I just forward them?", has: ['third-parties', 'If the University asks for our case notes'] },
  { ws: UNIONHUB, kind: 'situation', q: "writing to the letting agent about Jess's broken boiler. should i mention her anxiety and that the cold is making her really unwell, might make them move faster", has: ['third-parties', 'a landlord needs the repair issue'] },
  { ws: UNIONHUB, kind: 'situation', q: 'Student came in flustered and said just log into my online banking on your laptop and print whatever the hardship fund needs, here is my password', has: ['money-hardship', 'online banking password or card PIN'] },
  { ws: UNIONHUB, kind: 'situation', q: "Third year has just shown me about £8k on credit cards and an overdraft and a letter saying bailiffs are coming next week, I'm a bit out of my depth", has: ['money-hardship', 'Daniel for specialist money advice the same week'] },
  { ws: UNIONHUB, kind: 'situation', q: "A student hasn't got any money for the bus back to Headingley, can I give him a tenner out of my own purse", has: ['money-hardship', 'lend money or pay for anything personally'] },

  // ── UnionHub: new tools ──
  { ws: UNIONHUB, kind: 'new-tool', q: 'do we use ringover', has: ['Lauren Hebblethwaite'], not: ['RingCentral'] },
  { ws: UNIONHUB, kind: 'new-tool', q: 'is surveymonkey one of ours?', has: ['Lauren Hebblethwaite'], not: ['SmartSurvey'] },
  { ws: UNIONHUB, kind: 'new-tool', q: 'textmagic - have we got an account?', has: ['Lauren Hebblethwaite'], not: ['Textlocal'] },
  { ws: UNIONHUB, kind: 'new-tool', q: 'Could I use Calendly to let students pick their own appointment times? My last job used it and it was great', has: ['Lauren Hebblethwaite'] },
  { ws: UNIONHUB, kind: 'new-tool', q: 'am i allowed to install grammarly to check my letters to the appeals office', has: ['Lauren Hebblethwaite'] },

  // ── UnionHub: off-topic ──
  { ws: UNIONHUB, kind: 'off-topic', q: 'is the quiz on in the bar tonight', has: [], not: ['AdvicePro'] },
  { ws: UNIONHUB, kind: 'off-topic', q: 'who took my oat milk from the fridge 😤', has: [], not: ['RingCentral'] },
  { ws: UNIONHUB, kind: 'off-topic', q: 'Happy Friday all! Any plans for the weekend?', has: [], not: ['Microsoft 365'] },
  { ws: UNIONHUB, kind: 'off-topic', q: 'does anyone know if leeds are at home saturday, the traffic on the ring road will be mad', has: [], not: ['Unipol Student Homes'] },
  { ws: UNIONHUB, kind: 'off-topic', q: 'anyone want to go halves on a pizza later', has: [], not: ['Textlocal'] },
];
