// Focus set 109 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the eighty-third round by a writer who read only the README, the case format and three firms' files (parkview-residents-association, riverprint-community-newspaper, safehome-discharge-volunteers), the firms written by a helper from the configuration reference and two examples: written to be read in the next round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored as counts only in the eighty-third round (78 of 90 at its start, 79 at its end), read in the eighty-fourth.
import type { ReferenceCase } from './types.ts';
const PARKVIEW = 'parkview-residents-association'; const RIVERPRINT = 'riverprint-community-newspaper'; const SAFEHOME = 'safehome-discharge-volunteers';

export const FOCUS109_ONE: ReferenceCase[] = [
  // ── Parkview: situations ──
  { ws: PARKVIEW, kind: 'situation', q: 'left my phone on the 36 bus last night 😩 its got the committee gmail and all the block groups on it. what do i do now??', has: ['lost-phone-breach', 'He signs it out of Google'] },
  { ws: PARKVIEW, kind: 'situation', q: 'think i might have sent the members spreadsheet to the wrong shirley... not 100% sure tho. do i need to say anything if im not sure?', has: ['lost-phone-breach', 'Tell Tomasz within 24 hours even if unsure'] },
  { ws: PARKVIEW, kind: 'situation', q: 'someone put mrs patels mobile number in the beech court group by accident. should i ring her and the others to say sorry, and do we have to report it to the ico?', has: ['lost-phone-breach', 'Tomasz and Marcia decide within 72 hours'] },
  { ws: PARKVIEW, kind: 'situation', q: 'the family at 14 cedar house moved to derby in sept, when do they come off the members sheet and the mailchimp list?', has: ['keeping-records', '12 months after they leave'] },
  { ws: PARKVIEW, kind: 'situation', q: 'got a stack of paper join forms from the door knocking on sat. can i just keep them in a folder at home?', has: ['keeping-records', 'typed up within a week and shredded at the Hub'] },
  { ws: PARKVIEW, kind: 'situation', q: 'a resident stopped me by the bins and asked what info the association keeps on her. i said id find out, what now?', has: ['own-data-request', 'Note who asked and when'] },
  { ws: PARKVIEW, kind: 'situation', q: 'bloke from derwent wants everything we have on him, incl what people said about him in the admin chat. can i just forward him the messages?', has: ['own-data-request', 'without Tomasz checking it first'] },
  { ws: PARKVIEW, kind: 'situation', q: 'my neighbour upstairs plays music til 3am every night, can the association put a complaint in to trentside with his name on it?', has: ['repairs-to-landlord', "tell the resident to call Trentside's ASB line"] },
  { ws: PARKVIEW, kind: 'situation', q: 'mum in ashdown told me on the stairs her little boy is wheezy from the mould. can i add that when i log the damp with the housing officer?', has: ['repairs-to-landlord', 'a WhatsApp message to Imran is enough'] },
  { ws: PARKVIEW, kind: 'situation', q: 'noticed the lift in beech court is broken again and flat 22 has water coming through the ceiling. shall i just report both to the landlord for them?', has: ['repairs-to-landlord', 'only when the resident has asked us to'] },
  { ws: PARKVIEW, kind: 'situation', q: "someone in the cedar house group just posted that the guy at no 9 is dealing drugs 😬 what do i do as admin?", has: ['whatsapp-groups', 'Delete posts naming or accusing a neighbour'] },
  { ws: PARKVIEW, kind: 'situation', q: 'would be so much easier to get people to join the residents group if i stuck the join link on our fb page, ok to do that?', has: ['whatsapp-groups', 'never share the group invite link on Facebook'] },
  { ws: PARKVIEW, kind: 'situation', q: 'theres a couple still in the derwent group who moved out back in the summer. is there a rule on how fast they go?', has: ['whatsapp-groups', 'removed within a month'] },
  { ws: PARKVIEW, kind: 'situation', q: 'housing officer from trentside asked v nicely for our members list so she can send a survey out. fine to give it her?', has: ['membership-list', 'even if they ask politely'] },
  { ws: PARKVIEW, kind: 'situation', q: 'dave is standing for treasurer at the agm and wants everyones emails to send his pitch. can i export them for him?', has: ['membership-list', 'send their message to Tomasz, who forwards it'] },
  { ws: PARKVIEW, kind: 'situation', q: 'setting up the welcome table for the agm, shall i print the full membership list so people can tick themselves off?', has: ['membership-list', 'with names and block, not flat numbers or phones'] },
  { ws: PARKVIEW, kind: 'situation', q: 'got loads of lovely pics of kids on the bouncy castle at the fun day, can i put them straight on the facebook page? 🎈', has: ['photos-events', "parent or carer's consent"] },
  { ws: PARKVIEW, kind: 'situation', q: 'still got about 200 photos from the xmas party on my own phone, is that ok or where should they live?', has: ['photos-events', 'Events folder on the Google drive'] },
  { ws: PARKVIEW, kind: 'situation', q: "door knocking today, old gent at 3 ashdown hasnt got any heating and looked really frail, no ones seen his family for weeks. who do i tell?", has: ['vulnerable-residents', 'tell Marcia the same day'] },
  { ws: PARKVIEW, kind: 'situation', q: "nobody's seen the lady at 41 derwent for days, can i ask in the block group if anyone knows where she is?", has: ['vulnerable-residents', 'Do not discuss it in any WhatsApp group'] },

  // ── Parkview: new tools ──
  { ws: PARKVIEW, kind: 'new-tool', q: 'thinking of selling fun day tickets on eventbrite this year, anyone know if thats ok?', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'new-tool', q: 'can we start a nextdoor page for the estate as well as the whatsapp?', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'new-tool', q: 'is it alright to use doodle to find a date for the next committee meeting?', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'new-tool', q: 'some residents want to pay their subs by paypal, can we set that up?', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'new-tool', q: 'a few people have asked to move the block chats over to telegram, are we allowed?', has: ['Tomasz Nowak'] },

  // ── Parkview: off-topic ──
  { ws: PARKVIEW, kind: 'off-topic', q: 'anyone know a decent plumber round here? my kitchen tap wont stop dripping', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'off-topic', q: 'who is bringing the urn and the mince pies for saturday?', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'off-topic', q: 'left my umbrella at the hub on tuesday, has anyone seen it? ☂️', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'off-topic', q: 'what time does the big match kick off sunday, are we watching it at the pub?', has: ['Tomasz Nowak'] },
  { ws: PARKVIEW, kind: 'off-topic', q: 'good recipe for a cheap chilli for 50 people?', has: ['Tomasz Nowak'] },

  // ── Riverprint: situations ──
  { ws: RIVERPRINT, kind: 'situation', q: 'lost my camera card at the st mirren game on saturday, had all the crowd shots on it. how long have i got to tell someone?', has: ['lost-device-breach', 'within 24 hours at most'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'my laptop got nicked from the car last night, it had my notes from the care home whistleblower interview 😟 who do i need to tell', has: ['lost-device-breach', 'and Alasdair too if it held'] },
  { ws: RIVERPRINT, kind: 'situation', q: "oops, we ran mr gillespie's letter online with his full street address. can i just edit it out and not make a fuss?", has: ['lost-device-breach', 'Do not try to fix it quietly'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'clearing my desk, got notebooks from the bus depot story which went out in march last year. ok to bin them?', has: ['keeping-material', 'kept for 12 months after publication'] },
  { ws: RIVERPRINT, kind: 'situation', q: "the recycling centre piece is 2 yrs old but their lawyers sent us a letter last month, can i shred my notes from it now?", has: ['keeping-material', 'anything under legal threat is kept until'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'the letters we never printed from the summer are still sitting in the inbox, how long do we hang on to them?', has: ['keeping-material', 'letters are deleted after 3 months'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'the councillor i wrote about in the planning story has emailed me directly demanding all the info we have on him. should i reply?', has: ['subject-access', 'forward it to Morven the same day'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'a woman rang asking if her ex husband was the one who tipped us off about the landlord story. what can i tell her?', has: ['subject-access', 'Never confirm or deny to anyone'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'a police officer came to the office asking who gave us the leaked council memo 👮 what do i say?', has: ['protecting-sources', 'say nothing and pass it to Alasdair'] },
  { ws: RIVERPRINT, kind: 'situation', q: "my contact at the hospital wants to stay anonymous, can i just email alasdair her name so he knows who it is?", has: ['protecting-sources', 'in person, not in writing'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'a nurse wants to tell me about staffing at the RAH but only over whatsapp, is that ok?', has: ['protecting-sources', 'Use Signal with disappearing messages'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'shooting the under 12s swimming gala on sunday, anything i need from the parents?', has: ['photos-of-people', 'get a parent or carer to sign the photo'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'caption draft: "Ella Brown, 9, of Kelburne Primary, who lives on Ardgowan St". good to go?', has: ['photos-of-people', 'by first name and age only'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'still got the renfrew gala pics on my phone from 3 weeks ago, is that a problem?', has: ['photos-of-people', 'Dropbox within a week'] },
  { ws: RIVERPRINT, kind: 'situation', q: "a letter writer is scared her neighbour will kick off if we print her name, can we just put 'name withheld'?", has: ['readers-letters', 'Name withheld only when Alasdair agrees'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'got a cracking letter about a hedge row between two neighbours in foxbar, it names the bloke next door. can we run it?', has: ['readers-letters', 'Letters naming a private person in a dispute'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'the garage on glasgow rd wants to advertise but asked for our supporters email list to send offers to. what can we give them?', has: ['advertisers', 'readership figures'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'lady booking a classified is reading me her card number down the phone, shall i just jot it down and put it through later?', has: ['advertisers', 'Take card payments by Stripe payment link'] },
  { ws: RIVERPRINT, kind: 'situation', q: "i'm stopping volunteering when i go to uni in jan, what do i have to do with my notes and photos?", has: ['volunteer-devices', 'within two weeks'] },
  { ws: RIVERPRINT, kind: 'situation', q: 'easier for me to send my story drafts from my own gmail on my laptop, that fine?', has: ['volunteer-devices', 'never your personal email'] },

  // ── Riverprint: new tools ──
  { ws: RIVERPRINT, kind: 'new-tool', q: 'can i use wetransfer to send the big photo files to the designer?', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'new-tool', q: 'is it ok if i make the event posters in canva?', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'new-tool', q: 'thinking of editing the podcast interviews in descript, are we allowed?', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'new-tool', q: 'could advertisers book calls with us through calendly?', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'new-tool', q: 'can we try trello for planning the next issue?', has: ['Morven Sinclair'] },

  // ── Riverprint: off-topic ──
  { ws: RIVERPRINT, kind: 'off-topic', q: 'when is the christmas night out this year? 🎄', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'off-topic', q: 'is the office open on boxing day?', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'off-topic', q: 'whose turn is it to buy milk for the office', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'off-topic', q: 'can i bring my dog into the office on fridays?', has: ['Morven Sinclair'] },
  { ws: RIVERPRINT, kind: 'off-topic', q: 'any good lunch spots near the office that arent greggs?', has: ['Morven Sinclair'] },

  // ── SafeHome: situations ──
  { ws: SAFEHOME, kind: 'situation', q: "its 9pm sunday and i've just realised i dropped a job sheet somewhere between the shop and mr barlow's. office is shut, who do i call?", has: ['lost-device-breach', 'Out of hours, ring the duty mobile'] },
  { ws: SAFEHOME, kind: 'situation', q: "posted mrs o'neill's address in the drivers group by mistake 🙈 can i just delete it and say nothing?", has: ['lost-device-breach', 'anything to cover it'] },
  { ws: SAFEHOME, kind: 'situation', q: 'lost my phone at stepping hill this afternoon, it has the better impact app on it. what do i do?', has: ['lost-device-breach', 'ring the office on 0161 555 0930'] },
  { ws: SAFEHOME, kind: 'situation', q: 'doing the january tidy up, one client from 2022 we made a safeguarding referral for. does he get deleted with the rest?', has: ['retention', 'unless there was a safeguarding referral'] },
  { ws: SAFEHOME, kind: 'situation', q: 'found about a month of old job sheets in my glovebox 😬 what should i do with them?', has: ['retention', 'returned to the office within a week'] },
  { ws: SAFEHOME, kind: 'situation', q: "mrs kaur's son rang and said he wants a copy of everything we have on his mum. he sounded legit, can i send it?", has: ['own-data-request', 'lasting power of attorney'] },
  { ws: SAFEHOME, kind: 'situation', q: 'a client asked me on the doorstep today if she could see what we keep on her file. what do i do?', has: ['own-data-request', 'Write down their words and the date'] },
  { ws: SAFEHOME, kind: 'situation', q: "can't remember the keysafe code for my 2pm visit, can the office just text it to me?", has: ['key-safes', 'told the code by phone just before the visit'] },
  { ws: SAFEHOME, kind: 'situation', q: "today's my last settling in visit with mr doyle, anything i need to do about his key box?", has: ['key-safes', 'change the code and note that you asked'] },
  { ws: SAFEHOME, kind: 'situation', q: "client asked me to hang on to her spare key over the weekend in case she needs me, is that ok?", has: ['key-safes', "never take a client's keys home"] },
  { ws: SAFEHOME, kind: 'situation', q: 'the neighbour at mr hughes was asking what he was in hospital for, can i say?', has: ['health-details', "discuss a client's health with neighbours"] },
  { ws: SAFEHOME, kind: 'situation', q: "mrs adams seems really muddled today, not like last week. should i ring the ward she came home from?", has: ['health-details', 'call 111 or 999 and then the office'] },
  { ws: SAFEHOME, kind: 'situation', q: 'picking up a man from stepping hill tomorrow, his wife and his daughter both want to come in the car. fine?', has: ['lifts-vehicles', 'one named carer'] },
  { ws: SAFEHOME, kind: 'situation', q: 'had a little bump reversing outside the client house, nobody hurt. what now?', has: ['lifts-vehicles', 'so Derek can tell Ansvar the same day'] },
  { ws: SAFEHOME, kind: 'situation', q: 'gent i did the shop for handed me his debit card and told me his pin so i could get cash out. what should i have done?', has: ['shopping-cash', 'refuse politely and tell Gareth'] },
  { ws: SAFEHOME, kind: 'situation', q: "lovely lady insisted i take £20 for my trouble after the shop, she'll be offended if i don't 🥲", has: ['shopping-cash', 'money beyond a cup of tea'] },
  { ws: SAFEHOME, kind: 'situation', q: "client told me her nephew takes her pension every week but made me promise not to tell anyone. what do i do?", has: ['safeguarding', 'Do not promise the client you will keep it secret'] },
  { ws: SAFEHOME, kind: 'situation', q: 'noticed bruises on mrs lees arms on the visit, where do i write it up?', has: ['safeguarding', 'safeguarding form, not the job sheet'] },
  { ws: SAFEHOME, kind: 'situation', q: "no answer at mr pearson's, i've knocked loads. i know the keysafe code, can i just let myself in to check on him?", has: ['no-answer', 'Do not use the key safe to let yourself in'] },
  { ws: SAFEHOME, kind: 'situation', q: "client didn't answer the door, shall i knock next door and ask if she's gone back into hospital?", has: ['no-answer', 'Never ask neighbours whether the person'] },

  // ── SafeHome: new tools ──
  { ws: SAFEHOME, kind: 'new-tool', q: 'can we run the volunteer training sessions on zoom?', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'new-tool', q: 'thinking of doing the posters for the volunteer drive in canva, ok?', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'new-tool', q: 'could we send a donors newsletter through mailchimp?', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'new-tool', q: 'some drivers want to move the group to signal, are we allowed?', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'new-tool', q: 'can i use google forms for a volunteer feedback survey?', has: ['Rosalind Pike'] },

  // ── SafeHome: off-topic ──
  { ws: SAFEHOME, kind: 'off-topic', q: 'what time is the volunteers christmas lunch? 🎅', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'off-topic', q: 'is there anywhere to park near the office on a thursday?', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'off-topic', q: 'is the office open on good friday?', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'off-topic', q: 'does anyone have a spare ice scraper i can borrow', has: ['Rosalind Pike'] },
  { ws: SAFEHOME, kind: 'off-topic', q: 'need a team name for the quiz night, any ideas?', has: ['Rosalind Pike'] },
];
