// Focus set 30 (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the fifty-ninth round by a writer who read only the README, the case format and three firms' files (ferrybridge-sailing-club, nightingale-sleep-clinic, tidemark-lifeguards), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), scored once as held out on the round's start code and end code, never read.
import type { ReferenceCase } from './types.ts';

const FERRYBRIDGE = 'ferrybridge-sailing-club';
const NIGHTINGALE = 'nightingale-sleep-clinic';
const TIDEMARK = 'tidemark-lifeguards';

export const FOCUS30_ONE: ReferenceCase[] = [
  // ───────────── Ferrybridge Sailing Club ─────────────
  // situation
  { ws: FERRYBRIDGE, kind: 'situation', q: "found a free app that does race entries + results, was gonna upload the members list to it this weekend just to try it out. thats fine yeah?", has: ['new-tools', 'do not upload a members list'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'someone on the committee wants to trial an online booking site for the open day. who do we have to ask before signing up', has: ['new-tools', "Club Secretary's approval first"] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'lost my phone at the regatta yesterday 😩 its got the club gmail on it. what do i do', has: ['data-breach', 'Tell Gareth Oakes straight away'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: "found a course register flapping about in the dinghy park this morning, someone must of dropped it. prob nothing but is that a big deal or am i overthinking", has: ['data-breach', 'even if you are not sure it counts'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'clearing out the filing cabinet in the office, theres accident forms going back to 2019, some about cadets. can i bin the lot?', has: ['retention', 'until they turn 21'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'box of old paper joining forms in the galley, been scanned ages ago. ok to stick them in the bins out the back?', has: ['retention', 'never put in the clubhouse bins'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: "one of the cadets told me something at the end of session today thats really bothering me. she made me promise not to tell anyone", has: ['safeguarding', 'do not promise to keep'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'a mum just asked if i can drop her lad home after training, shes stuck at work. is that ok? its on my way', has: ['safeguarding', 'never give a junior a lift home'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'got some cracking shots of the oppies on my phone at the summer regatta 📸 ok to share them in the parents whatsapp?', has: ['photos', 'never post them in the WhatsApp groups'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: "my mate isnt a member but wants to launch his kayak off our slipway sunday, can i just give him the gate code", has: ['keys-and-gate-codes', 'paid-up members'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: "nobody's turned up for safety boat and i've only got my pb1. can i grab the kill cord out the key safe and take the rib out anyway?", has: ['keys-and-gate-codes', 'only PB2 holders on the duty rota'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'end of bar shift and im on my own tonight. can i just take the cash home and bring it back tues?', has: ['bar-cash', 'goes in the drop safe'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'kid went over in a topper and had to be fished out by the rib, bumped his head a bit but hes fine now. do i need to write anything up or nah', has: ['medical-and-incidents', 'written up on the incident form the same day'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: "police just rang wanting the camera footage from last tuesday night, someones trailer got nicked from the boat park. what do i do?", has: ['cctv', 'take their name and reference'] },
  { ws: FERRYBRIDGE, kind: 'situation', q: 'new member wants another members mobile number so they can sort out crewing together. ok to give it?', has: ['member-details', 'offer to pass a message on instead'] },

  // off-topic
  { ws: FERRYBRIDGE, kind: 'off-topic', q: "whats the weather looking like for sunday? hoping its not too gusty for the toppers 🌬️", has: ['Gareth Oakes'], not: ['WhatsApp Community'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'how do u tie a bowline again lol i always forget', has: ['Gareth Oakes'], not: ['Dutyman'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'anyone recommend a decent doorbell camera for home? want some cctv on my drive', has: ['Gareth Oakes'], not: ['Dove Valley Security'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'which real ale should we get in for the bar this summer 🍺', has: ['Gareth Oakes'], not: ['SumUp'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: "whats the trick for righting a capsized laser on your own? keep getting stuck with it on its side", has: ['Gareth Oakes'], not: ['Bishop Skinner'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'any tips for a catchy newsletter headline? its for my kids school pta not the club', has: ['Gareth Oakes'], not: ['Mailchimp'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'random q but is matlock the county town of derbyshire or is it derby?', has: ['Gareth Oakes'], not: ['Matlock & Co Independent Examiners'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'my netflix direct debit bounced, how do i sort it with my bank?', has: ['Gareth Oakes'], not: ['GoCardless'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'when two dinghies meet on opposite tacks who has right of way, port or starboard?', has: ['Gareth Oakes'], not: ['RYA Training Portal'] },
  { ws: FERRYBRIDGE, kind: 'off-topic', q: 'happy new year everyone 🎉 anyone do anything fun?', has: ['Gareth Oakes'], not: ['Google Workspace for Nonprofits'] },

  // new-tool
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'can i set up a spond group for the cadet sessions? the parents keep asking for one', has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'do we have canva? want to make posters for the open day', has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'can i put the course registers on dropbox so the instructors can get at them from home', has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: "anyone mind if i start using halsail for the race results? doing them by hand on paper is doing my head in", has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'thinking of selling the laying up supper tickets on eventbrite, ok?', has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'is there a trello board for the boat maintenance jobs or shall i make one', has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'can visitors pay their day sailing fee by paypal?', has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'do we have a zoom account for committee meetings in the winter?', has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: "can i use chatgpt to write up the junior section's welcome pack? i'd paste the kids names in for the groups", has: ['new-tools'] },
  { ws: FERRYBRIDGE, kind: 'new-tool', q: 'would it be ok to get a square reader for the galley on open days', has: ['new-tools'] },

  // ───────────── Nightingale Sleep Clinic ─────────────
  // situation
  { ws: NIGHTINGALE, kind: 'situation', q: "one of my patients only really reads polish, can i run her letter through one of those free translate sites so she gets it?", has: ['new-tools', 'translation websites'] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'found a nice free online form builder, patients could do the epworth questionnaire before they come in. who has to ok that?', has: ['new-tools', 'until Fiona McLeod has approved it'] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'a gp surgery just rang, they got one of our clinic letters about someone who isnt even their patient 😬', has: ['data-breach', 'Tell Fiona McLeod'] },
  { ws: NIGHTINGALE, kind: 'situation', q: "its sunday night and i think someone's got into my outlook, theres sent emails i never sent. fiona isnt picking up, who do i call??", has: ['data-breach', 'out of hours ring Dr Ainsworth'] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'pile of paper referrals on reception from this morning, all scanned in already. can they go in the blue bin?', has: ['records-retention', 'cross-cut shredder'] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'scoring pc is getting rammed with raw recordings from ages ago. how long do we actually have to hang on to them', has: ['records-retention', '12 months after the'] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'kit just came back from a patient, can i pop it straight in the cleaning tray for tomorrows patient?', has: ['loaned-kit', "the device's memory"] },
  { ws: NIGHTINGALE, kind: 'situation', q: "patient says the courier never collected the home study kit and now nobody knows where it is 🙄", has: ['loaned-kit', 'reported to Fiona as a possible breach'] },
  { ws: NIGHTINGALE, kind: 'situation', q: "lady at the desk just got diagnosed with apnoea and is asking me if she can still drive home / to work. what do i say to her", has: ['dvla-advice', 'never give driving advice themselves'] },
  { ws: NIGHTINGALE, kind: 'situation', q: "a patient's boss rang, hes an hgv driver, wants to know if his guy is safe to be back on the road yet", has: ['dvla-advice', "Nobody tells the DVLA or a patient's employer"] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'gp practice wants us to fax over the letter, says their email is playing up. fine?', has: ['referrals-and-letters', 'only by Egress'] },
  { ws: NIGHTINGALE, kind: 'situation', q: "insurer emailed asking for dr nowak's full report on a patient. shall i just send it over", has: ['insurer-authorisations', 'ask the patient first'] },
  { ws: NIGHTINGALE, kind: 'situation', q: "doing my cbt session from home tmrw, kids'll be about. also the patient asked if they can record it to watch back later?", has: ['video-sessions', 'Sessions are never recorded'] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'woman on the phone says shes the wife of one of our patients and wants his study results', has: ['phone-and-results', 'never discuss a patient with a partner or relative'] },
  { ws: NIGHTINGALE, kind: 'situation', q: 'can i check the clinic diary and patient notes on my own phone on the bus in? would save loads of time', has: ['devices-and-screens', 'Microsoft Authenticator app and Teams'] },

  // off-topic
  { ws: NIGHTINGALE, kind: 'off-topic', q: "any tips for actually getting to sleep? been awful since the clocks went back 😴", has: ['Fiona McLeod'], not: ['Zoom'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: 'whats a good pillow for neck pain', has: ['Fiona McLeod'], not: ['ResMed AirView'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: 'is it true leeds station is getting rebuilt? the trains have been a nightmare', has: ['Fiona McLeod'], not: ['Aire Valley Couriers'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: 'just moved house, how do i change the address on my own driving licence', has: ['Fiona McLeod'], not: ['DVLA'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: 'my own bupa renewal has gone up loads this year, is that normal??', has: ['Fiona McLeod'], not: ['Healthcode'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: 'anyone fancy a brew? putting the kettle on ☕', has: ['Fiona McLeod'], not: ['Semble'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: "which smartwatch is best at tracking sleep, fitbit or apple watch? thinking of one for christmas", has: ['Fiona McLeod'], not: ['ZOLL Itamar CloudPAT'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: 'did the rhinos win on saturday? missed it', has: ['Fiona McLeod'], not: ['Kirkstall IT'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: 'how much caffeine is actually in a red bull, asking for a friend on nights', has: ['Fiona McLeod'], not: ['Semble'] },
  { ws: NIGHTINGALE, kind: 'off-topic', q: "my sister's doing a cake stall at the school fair, is it worth her getting a card machine?", has: ['Fiona McLeod'], not: ['Dojo'] },

  // new-tool
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'can i use otter.ai to transcribe my consultations? would save me hours typing letters', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'do we have calendly? patients keep asking to book online', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'anyone mind if i start using accurx to text patients their appointment reminders', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'could reception set up whatsapp business for patients to message us?', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'can i put the raw study files on dropbox so i can score them from home', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'do we have docusign for the kit loan agreements or is it still paper', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: "thinking of doing the patient feedback survey on typeform, any objections?", has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'is there a slack for the physiology team or is it all teams', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'a few of our cpap patients have philips machines, can we get a philips care orchestrator login to see their data?', has: ['new-tools'] },
  { ws: NIGHTINGALE, kind: 'new-tool', q: 'ok if i install grammarly on the clinic pc? my letters are full of typos lol', has: ['new-tools'] },

  // ───────────── Tidemark Lifeguards ─────────────
  // situation
  { ws: TIDEMARK, kind: 'situation', q: "found a free app for tracking the guards' monthly training hours, can i just start using it this week and sort the paperwork later?", has: ['new-tools', 'until Tamsin Rowe has approved it'] },
  { ws: TIDEMARK, kind: 'situation', q: "theres a scheduling thing that looks way better than ours, only £20 a month. who signs off on that?", has: ['new-tools', 'Jago signs off'] },
  { ws: TIDEMARK, kind: 'situation', q: 'sent an incident report to the wrong hotel 🤦 it was meant for the leisure centre. what now', has: ['data-breach', 'within 24 hours at most'] },
  { ws: TIDEMARK, kind: 'situation', q: "left the training log clipboard on the poolside at the hotel yesterday, anyone could of read it. its sunday tho, can it wait til monday?", has: ['data-breach', 'even at weekends'] },
  { ws: TIDEMARK, kind: 'situation', q: 'got a stack of old paper sign in sheets and candidate forms in the office, ok to chuck them in the recycling?', has: ['retention', 'never put in the recycling'] },
  { ws: TIDEMARK, kind: 'situation', q: 'tidying the drive, how long do i need to keep the nplq paperwork for guards whose quals have run out', has: ['retention', '3 years after the qualification expires'] },
  { ws: TIDEMARK, kind: 'situation', q: "new lad starts monday and the leisure centre wants him on the kids swim lessons straight away but his dbs hasnt come back yet", has: ['dbs-checks', 'before they are rostered there'] },
  { ws: TIDEMARK, kind: 'situation', q: "can i just snap a pic of kai's dbs certificate on my phone so we've got a copy on file?", has: ['dbs-checks', 'Never photocopy or photograph a DBS certificate'] },
  { ws: TIDEMARK, kind: 'situation', q: "a kid at the beach event told me some stuff about home that didnt sound right at all, and asked me to keep it between us. not sure what to do", has: ['safeguarding', 'promise to keep it secret'] },
  { ws: TIDEMARK, kind: 'situation', q: "little girl's lost her mum at the beach event, shes in bits. what do i do first??", has: ['safeguarding', 'reported to the event control point'] },
  { ws: TIDEMARK, kind: 'situation', q: 'did a rescue this arvo, shifts nearly done and im knackered, ok to write it up tomorrow?', has: ['incident-reports', 'the end of your shift'] },
  { ws: TIDEMARK, kind: 'situation', q: 'bloke slipped on the pool steps and went off to hospital in an ambulance. who needs to know apart from the venue?', has: ['incident-reports', 'tells Morwenna at once'] },
  { ws: TIDEMARK, kind: 'situation', q: "mum at the hotel pool asked me to film her little one's first width 🥹 can i do it on my phone for her?", has: ['photos', 'Never take photos or video at a pool session'] },
  { ws: TIDEMARK, kind: 'situation', q: "the duty manager at the leisure centre wants the mobile numbers of all the guards on this week so she can ring them direct", has: ['sharing-with-venues', "Never give a lifeguard's phone number"] },
  { ws: TIDEMARK, kind: 'situation', q: "the shared poolside phone has no lock on it at all, does that matter? we all use it", has: ['devices', 'must have a PIN'] },

  // off-topic
  { ws: TIDEMARK, kind: 'off-topic', q: 'surfs pumping at fistral this morning 🏄 anyone going in after work?', has: ['Tamsin Rowe'], not: ['Client venues and event organisers'] },
  { ws: TIDEMARK, kind: 'off-topic', q: 'what time is high tide in newquay tomorrow?', has: ['Tamsin Rowe'], not: ['SafetyCulture'] },
  { ws: TIDEMARK, kind: 'off-topic', q: 'what thickness wetsuit do i want for cornwall in may, 4/3 or 5/4?', has: ['Tamsin Rowe'], not: ['Bookwhen'] },
  { ws: TIDEMARK, kind: 'off-topic', q: 'how many lengths of a 25m pool is a mile', has: ['Tamsin Rowe'], not: ['RLSS UK'] },
  { ws: TIDEMARK, kind: 'off-topic', q: "doing a dbs for volunteering at my kids school, how long do they normally take to come through?", has: ['Tamsin Rowe'], not: ['uCheck'] },
  { ws: TIDEMARK, kind: 'off-topic', q: "where's the best pasty round pentire? 😋", has: ['Tamsin Rowe'], not: ['Pentire IT Services'] },
  { ws: TIDEMARK, kind: 'off-topic', q: "my car insurance renewal is mental this year, any tips for getting it down?", has: ['Tamsin Rowe'], not: ['Towergate Insurance'] },
  { ws: TIDEMARK, kind: 'off-topic', q: 'jellyfish sting - vinegar or is that a myth?', has: ['Tamsin Rowe'], not: ['SafetyCulture'] },
  { ws: TIDEMARK, kind: 'off-topic', q: 'anyone know a decent accountant for my own tax return? i do a bit of freelance surf coaching', has: ['Tamsin Rowe'], not: ['Trenance Accountancy'] },
  { ws: TIDEMARK, kind: 'off-topic', q: "morning team ☀️ how's everyone's week going", has: ['Tamsin Rowe'], not: ['RotaCloud'] },

  // new-tool
  { ws: TIDEMARK, kind: 'new-tool', q: 'can we move the rotas over to deputy? my mate says its loads better', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'do we have xero or is it just the other accounts thing', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'anyone mind if i start using canva for the course flyers', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'can i put the training log sheets on dropbox so the seasonal guards can see them', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: "is there a trello for the beach events kit list or shall i make one", has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'can i run the nplq theory refresher over zoom for the guards who are away?', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'thinking of selling tickets for the open water safety day on eventbrite, that ok?', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'do we use connecteam? one of the hotels said their staff use it for checklists', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'could i do the pre course health questions on typeform instead, looks nicer', has: ['new-tools'] },
  { ws: TIDEMARK, kind: 'new-tool', q: 'we on microsoft teams at all or is everything google?', has: ['new-tools'] },
];
