// Focus set 74 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-seventh round by a writer who read only the README, the case format and three firms' files (kalina-polish-saturday-school, gearshare-bike-workshop, pawsfull-pet-food-bank), the firms written by helpers from the configuration reference and two examples: written to be read in the next round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script), scored as counts only in the seventy-seventh round, read in the seventy-eighth.
import type { ReferenceCase } from './types.ts';

const KALINA = 'kalina-polish-saturday-school';
const GEARSHARE = 'gearshare-bike-workshop';
const PAWSFULL = 'pawsfull-pet-food-bank';

export const FOCUS74_ONE: ReferenceCase[] = [
  // Kalina Polish Saturday School: situations
  { ws: KALINA, kind: 'situation', q: "during break I saw bruises all up a girl's arm and she flinched when I asked. I wrote some notes but I have to leave at 1, who do I give them to?", has: ['safeguarding', 'give it to Kasia before you leave'] },
  { ws: KALINA, kind: 'situation', q: 'one of my year 6 girls asked if she can follow me on insta so I can dm her the reading homework, is that ok or not really', has: ['safeguarding', 'Never message a pupil privately'] },
  { ws: KALINA, kind: 'situation', q: "Ola's babcia wants the pics from the jaselka rehearsal, I took a few of the class on my own samsung, can I just send them to her?", has: ['photos', "on the school's tablet or camera"] },
  { ws: KALINA, kind: 'situation', q: "a mum messaged me quite upset, she doesn't want the picture of her son from the christmas fair on our fb anymore. what happens now?", has: ['photos', 'Joanna takes it down within 2 days'] },
  { ws: KALINA, kind: 'situation', q: "a man's come to get Antek (he's 7), says he's his uncle but he's not on the form and mum isn't answering. can I let him take him??", has: ['collection-visitors', 'the class teacher phones the parent first'] },
  { ws: KALINA, kind: 'situation', q: "its ten to two and little Hania is still sat in my classroom, nobody has come for her and I need to get to my shift at 2:30 :(", has: ['collection-visitors', 'the teacher stays with another adult'] },
  { ws: KALINA, kind: 'situation', q: 'oh no I just sent the fair reminder to all the year 5 parents and everyones email is showing at the top. should I try and recall it quickly??', has: ['breach-reporting', 'try to recall emails'] },
  { ws: KALINA, kind: 'situation', q: "pretty sure I left the class list with the allergies on the desk in the hollowbrook room on saturday. it's tuesday now and Marta isn't picking up, who else do I tell?", has: ['breach-reporting', 'If Marta cannot be reached, tell Ewa Nowicka'] },
  { ws: KALINA, kind: 'situation', q: "a parent of one of my A level girls wants to send me her daughter's dyslexia report for extra time, she asked if she can just pop it in the group chat", has: ['exam-entries', 'never through a WhatsApp group'] },
  { ws: KALINA, kind: 'situation', q: "Michał's aunt grabbed me after mass asking what he got in his polish gcse. I know he did really well, can I tell her?", has: ['exam-entries', "nobody from Kalina tells anyone a student's grade"] },
  { ws: KALINA, kind: 'situation', q: "a dad at the door wants to pay for the textbooks and says he'll write his card number on a bit of paper so Tomasz can put it through later, ok?", has: ['fees-bursaries', 'card number on paper, by text'] },
  { ws: KALINA, kind: 'situation', q: "there's about £300 in the tin after the christmas fair and the bank's shut till monday. can I just keep it at mine over the weekend?", has: ['fees-bursaries', 'never keep cash overnight at home'] },
  { ws: KALINA, kind: 'situation', q: 'the coach firm just emailed asking for the names of all the kids coming on the warwick trip, shall I just send them the spreadsheet?', has: ['school-trip', 'never a list of children'] },
  { ws: KALINA, kind: 'situation', q: "back from the trip and I've still got my group's sealed envelope with all the medical info in my handbag, what do I do with it?", has: ['school-trip', 'shreds the printed copies the same week'] },
  { ws: KALINA, kind: 'situation', q: "my teenage son wants to borrow my laptop for his homework but I'm still logged into the school google and librus, is that ok if he just uses it for an hour?", has: ['devices-passwords', 'not be shared with family members'] },
  { ws: KALINA, kind: 'situation', q: "can I save the class list with the medical stuff onto my laptop so I can go through it on the train? the wifi is rubbish", has: ['devices-passwords', 'Never download class lists'] },
  { ws: KALINA, kind: 'situation', q: "clearing out the cupboard in B12 and found a pile of old enrolment forms from 2019, can I just chuck them in the recycling bin in the classroom?", has: ['records-retention', 'never in a classroom bin'] },
  { ws: KALINA, kind: 'situation', q: 'a mum whose daughter left us three years ago needs her old swiadectwo again for a school in Poland, will we still have her marks or are they gone?', has: ['records-retention', '5 years after a pupil leaves'] },
  { ws: KALINA, kind: 'situation', q: "Pani Nowak emailed me in polish asking for a copy of everything we have on her son. I've never had one of these, what do I do with it?", has: ['parents-requests', 'pass it to Marta Zielińska the same day'] },
  { ws: KALINA, kind: 'situation', q: "Lena's dad turned up asking to see her report. mum pays the fees and says they're separated and he shouldn't get anything. do I show him or not?", has: ['parents-requests', 'Both parents with parental responsibility may see reports'] },

  // Kalina Polish Saturday School: new tools
  { ws: KALINA, kind: 'new-tool', q: 'is ClassDojo something we use for messaging parents? my sister’s school loves it', has: ['Marta Zielińska'], not: ['Librus Synergia'] },
  { ws: KALINA, kind: 'new-tool', q: 'parents keep asking if they can pay the trip deposit on paypal, can we set that up?', has: ['Marta Zielińska'], not: ['SumUp'] },
  { ws: KALINA, kind: 'new-tool', q: 'do we have a dropbox? I want to share my lesson plans with the new teachers', has: ['Marta Zielińska'], not: ['Google Workspace for Nonprofits'] },
  { ws: KALINA, kind: 'new-tool', q: 'are we on xero for the accounts? the treasurer at my kids other club swears by it', has: ['Marta Zielińska'], not: ['Sage Accounting'] },
  { ws: KALINA, kind: 'new-tool', q: "can we do the parents' evening on zoom for the families who live far out?", has: ['Marta Zielińska'] },

  // Kalina Polish Saturday School: off-topic
  { ws: KALINA, kind: 'off-topic', q: 'does anyone know if the car park at the front is open this saturday or are they still resurfacing it?', has: [], not: ['Hollowbrook Academy'] },
  { ws: KALINA, kind: 'off-topic', q: "who's bringing pączki for the bake sale this week? I can do two dozen", has: [], not: ['SumUp'] },
  { ws: KALINA, kind: 'off-topic', q: 'dziękuję everyone for the akademia yesterday, the kids were amazing!!', has: [], not: ['Facebook page'] },
  { ws: KALINA, kind: 'off-topic', q: 'is it meant to snow on saturday? my car is useless in the snow', has: [], not: ['WhatsApp'] },
  { ws: KALINA, kind: 'off-topic', q: "did anyone watch Poland's match last night? the coach should be sacked honestly", has: [], not: ['Charnwood Coaches'] },

  // Gearshare Bike Workshop: situations
  { ws: GEARSHARE, kind: 'situation', q: "argh I sent Samir's referral reply to the wrong refugee charity. can I just email them and ask them to delete it, no fuss?", has: ['breach-reporting', 'do not contact the people affected'] },
  { ws: GEARSHARE, kind: 'situation', q: "think I left the handover sheet out on the bench all last night, with names on it. nobody got in I don't think. tbh I'm scared to say anything", has: ['breach-reporting', 'nobody is disciplined for reporting one'] },
  { ws: GEARSHARE, kind: 'situation', q: "a man rang the workshop asking if his brother Ahmed got a bike off us and where he's living now, says he's been looking for him for months. what do I tell him", has: ['referral-information', 'do not confirm or deny'] },
  { ws: GEARSHARE, kind: 'situation', q: "is it ok to ask the lads at the handover why they left their country? just trying to make conversation while I adjust the saddle", has: ['referral-information', 'never ask about their asylum claim'] },
  { ws: GEARSHARE, kind: 'situation', q: "a 12 yr old on the saturday course told me his older cousin makes him drop off packages for money and asked me not to tell. I said I wouldn't... did I mess up?", has: ['safeguarding', 'never promise to keep it secret'] },
  { ws: GEARSHARE, kind: 'situation', q: "pretty sure one of the men at today's handover is being controlled by the guy who came with him, he took the papers off him and did all the talking. should I ring his caseworker?", has: ['safeguarding', 'tell the referring charity yourself'] },
  { ws: GEARSHARE, kind: 'situation', q: 'the lady who got the pink dutch bike today was so happy, can I get a pic of her with it for the insta? she said yes!', has: ['photos', 'unless Imogen holds their signed photo consent form'] },
  { ws: GEARSHARE, kind: 'situation', q: 'I snapped a few pics of the kids on the learn to ride course on my iphone before I remembered, what now?', has: ['photos', 'move it to the Photos folder on SharePoint'] },
  { ws: GEARSHARE, kind: 'situation', q: "found a wallet with a bank card and a letter from someone's GP in the pannier of the raleigh that got dropped off this morning", has: ['donated-bikes', 'in an envelope, write the date'] },
  { ws: GEARSHARE, kind: 'situation', q: 'the blue carrera just came up as stolen!! the guy who brought it in is still here having a coffee, should I ask him about it?', has: ['donated-bikes', 'do not tell the donor'] },
  { ws: GEARSHARE, kind: 'situation', q: "there's an old phone in a handlebar bag off a donation and nobody's claimed it in over a month, can we just sell it in the shop?", has: ['donated-bikes', 'factory reset before anything is sold on'] },
  { ws: GEARSHARE, kind: 'situation', q: "my airtable login isn't working and Yusuf said just use his for today to update the waiting list. that's fine right?", has: ['logins-devices', "never work on someone else's login"] },
  { ws: GEARSHARE, kind: 'situation', q: 'found a free app for sorting volunteer shifts, can I sign up with the workshop email and give it a go?', has: ['logins-devices', 'without asking Imogen first'] },
  { ws: GEARSHARE, kind: 'situation', q: "there's a shoebox of old handover sheets from 2022 under the shop counter, shall I put them in the filing cabinet in the office?", has: ['records-retention', 'we never file paper copies'] },
  { ws: GEARSHARE, kind: 'situation', q: 'a lad we gave a bike to in the spring emailed asking us to wipe everything we have on him. shall I just delete his row in airtable?', has: ['records-retention', 'pass it to Imogen the same day'] },
  { ws: GEARSHARE, kind: 'situation', q: "customer on the phone wants to reserve the trek for her daughter and is reading me her card number, I've got a pen, ok to write it down?", has: ['shop-payments', 'send them a Square payment link'] },
  { ws: GEARSHARE, kind: 'situation', q: "a bloke came in wanting to sell us a bike and I'm fairly sure it's one we gave away at a handover last month, same frame no", has: ['shop-payments', 'do not deal with it: tell Kwame'] },
  { ws: GEARSHARE, kind: 'situation', q: 'a customer says her mate bought the red bmx last week and she wants his number to ask him something about it. can I look it up for her?', has: ['shop-payments', "Never give a customer another person's details"] },
  { ws: GEARSHARE, kind: 'situation', q: "a guy turned up saying he does saturdays but he's not on the rota, and he wants the key to the back store. what do I do?", has: ['volunteers-visitors', 'check with the shift leader'] },
  { ws: GEARSHARE, kind: 'situation', q: 'the lady from the lottery funder is here early and I need to nip into the workshop, is it ok to leave her in the office for 10 mins?', has: ['volunteers-visitors', 'never left alone in the office'] },

  // Gearshare Bike Workshop: new tools
  { ws: GEARSHARE, kind: 'new-tool', q: "do we use mailchimp for the supporters' email? I want to add a couple of people", has: ['Imogen Tarrant'], not: ['Donorfy'] },
  { ws: GEARSHARE, kind: 'new-tool', q: 'a customer wants to pay the deposit on the cargo bike with paypal, can we take that?', has: ['Imogen Tarrant'], not: ['Square'] },
  { ws: GEARSHARE, kind: 'new-tool', q: 'is quickbooks what we do the accounts on? new treasurer is asking', has: ['Imogen Tarrant'], not: ['Xero'] },
  { ws: GEARSHARE, kind: 'new-tool', q: 'can I put the volunteer rota in a google sheet? easier to share', has: ['Imogen Tarrant'], not: ['Better Impact'] },
  { ws: GEARSHARE, kind: 'new-tool', q: 'do we have eventbrite for the maintenance courses or is that something else?', has: ['Imogen Tarrant'], not: ['Bookwhen'] },

  // Gearshare Bike Workshop: off-topic
  { ws: GEARSHARE, kind: 'off-topic', q: 'what time does the shop open on saturday? someone is asking on the door', has: [], not: ['Square'] },
  { ws: GEARSHARE, kind: 'off-topic', q: 'who won the tour de france this year, was it Pogačar again?', has: [], not: ['BikeRegister'] },
  { ws: GEARSHARE, kind: 'off-topic', q: 'the heating in the office is on the blink again, brr. who do I ring?', has: [], not: ['Microsoft 365'] },
  { ws: GEARSHARE, kind: 'off-topic', q: 'massive thanks everyone for the sponsored ride on sunday, what a day!', has: [], not: ['JustGiving'] },
  { ws: GEARSHARE, kind: 'off-topic', q: "it's absolutely chucking it down, anyone got a spare pair of dry socks lol", has: [], not: ['Bookwhen'] },

  // Pawsfull Pet Food Bank: situations
  { ws: PAWSFULL, kind: 'situation', q: "just sent a 'your parcel is ready' text to the wrong number, one digit out. should I text them back and say sorry ignore that?", has: ['breach-reporting', 'Tell Lorraine Heslop straight away'] },
  { ws: PAWSFULL, kind: 'situation', q: "the referral I emailed over was for a lady who's in a refuge and I think it went to the wrong food bank. what do I do??", has: ['breach-reporting', 'anything about domestic abuse is involved'] },
  { ws: PAWSFULL, kind: 'situation', q: 'a woman knocked at the unit asking for food for her cats, she seemed desperate. can I take her details and get Kelly to set her up?', has: ['referrals', 'do not take their details yourself'] },
  { ws: PAWSFULL, kind: 'situation', q: "someone rang saying she's Mrs Harper's daughter and wanted to know if her mam has been getting food off us, she sounded really worried", has: ['referrals', 'pass it to Dawn Armstrong'] },
  { ws: PAWSFULL, kind: 'situation', q: "client phoned, she's lost the voucher we gave her monday for the cat's jabs. can I just do her another one?", has: ['vet-vouchers', 'record it as cancelled in Charitylog'] },
  { ws: PAWSFULL, kind: 'situation', q: 'I messed up filling in a vet voucher, put the wrong pet name on it. shall I just bin it?', has: ['vet-vouchers', 'Spoiled vouchers are torn in half'] },
  { ws: PAWSFULL, kind: 'situation', q: "old fella on the round says his knees are bad and asked me to pop in and put the bag in his kitchen. that's fine isn't it?", has: ['home-deliveries', "Do not go into anyone's home"] },
  { ws: PAWSFULL, kind: 'situation', q: "nobody in at Sycamore Close and the neighbour's offered to take the parcel in for her. can I leave it with him?", has: ['home-deliveries', 'never leave it with a neighbour unless'] },
  { ws: PAWSFULL, kind: 'situation', q: "a client told me on the doorstep her partner takes all her money and won't let her out, then begged me not to tell anyone. I feel awful, what do I do?", has: ['safeguarding', 'never promise to keep it secret'] },
  { ws: PAWSFULL, kind: 'situation', q: 'my 16 year old wants to come out on the van with me over half term to help with the drops, is that allowed?', has: ['safeguarding', 'Nobody under 18 volunteers on the van'] },
  { ws: PAWSFULL, kind: 'situation', q: "setting off on the friday round now, 14 drops, but Gary's on holiday. who am I meant to text?", has: ['lone-working', 'or Lorraine if Gary is off'] },
  { ws: PAWSFULL, kind: 'situation', q: "can I borrow the van on sunday to take my old settee to the tip? it'd only be 20 mins", has: ['lone-working', 'never for private trips'] },
  { ws: PAWSFULL, kind: 'situation', q: "one client's staffie is gorgeous and she said I can take his picture for our facebook appeal. is that alright?", has: ['photos-social-media', 'unless Lorraine has their signed consent'] },
  { ws: PAWSFULL, kind: 'situation', q: "someone's commented on our appeal post with their full address saying they've just been evicted and have 3 dogs. what should I do?", has: ['photos-social-media', 'hide the comment and message them privately'] },
  { ws: PAWSFULL, kind: 'situation', q: "Kelly's off sick and I need to check a client on charitylog, she said just use her login, the password's on a post it on her desk", has: ['phones-passwords', "never share one or use someone else's"] },
  { ws: PAWSFULL, kind: 'situation', q: "I think I've left the office laptop on the bus :( it's got gmail and charitylog on it", has: ['phones-passwords', 'sign it out of Google and Charitylog'] },
  { ws: PAWSFULL, kind: 'situation', q: "a referral came in on paper from the housing officer, I've typed it in. can I keep the paper one in the filing drawer just in case?", has: ['records-retention', 'we keep no paper client files'] },
  { ws: PAWSFULL, kind: 'situation', q: 'a volunteer who stopped coming last year emailed asking for a copy of everything we have on her. who deals with that?', has: ['records-retention', 'pass it to Lorraine the same day'] },
  { ws: PAWSFULL, kind: 'situation', q: 'the manager at lidl asked me for the home addresses of everyone on the collection rota, says it is for their records. do I give them?', has: ['collection-points', 'give only what is on the Neighbourly rota'] },
  { ws: PAWSFULL, kind: 'situation', q: "found a carrier bag in the tesco bin with someone's prescription tablets and a letter with their name on. what do I do with it?", has: ['collection-points', 'in the bin that is not pet food'] },

  // Pawsfull Pet Food Bank: new tools
  { ws: PAWSFULL, kind: 'new-tool', q: "can we take donations through paypal as well? some people don't like the donate page", has: ['Lorraine Heslop'], not: ['Enthuse'] },
  { ws: PAWSFULL, kind: 'new-tool', q: "can we do the volunteer rota on doodle instead? people find it easier", has: ['Lorraine Heslop'], not: ['Team Kinetic'] },
  { ws: PAWSFULL, kind: 'new-tool', q: 'do we use xero? the new treasurer wants to know', has: ['Lorraine Heslop'], not: ['QuickBooks'] },
  { ws: PAWSFULL, kind: 'new-tool', q: 'do we have a dropbox for the vet invoices? the vets want to send them over that way', has: ['Lorraine Heslop'], not: ['Google Workspace'] },
  { ws: PAWSFULL, kind: 'new-tool', q: 'could we send the parcel reminders on whatsapp instead of normal texts? everyone has it', has: ['Lorraine Heslop'], not: ['Textlocal'] },

  // Pawsfull Pet Food Bank: off-topic
  { ws: PAWSFULL, kind: 'off-topic', q: 'anyone know if the tesco on hylton road is open on boxing day?', has: [], not: ['Neighbourly'] },
  { ws: PAWSFULL, kind: 'off-topic', q: "is it going to be icy tomorrow morning? first time driving in the snow and I'm nervous", has: [], not: ['Quartix'] },
  { ws: PAWSFULL, kind: 'off-topic', q: 'my dog has just learnt how to open the fridge, send help 😂', has: [], not: ['Partner vet practices'] },
  { ws: PAWSFULL, kind: 'off-topic', q: "who's bringing cakes for the sponsored dog walk on saturday? I'll do a lemon drizzle", has: [], not: ['Enthuse'] },
  { ws: PAWSFULL, kind: 'off-topic', q: 'thank you all so much for the collections at the weekend, 300kg!!', has: [], not: ['Neighbourly'] },
];
