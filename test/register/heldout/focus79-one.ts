// Focus set 79 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-eighth round by a writer who read only the README, the case format and three firms' files (rollhard-wheelchair-basketball, sharebite-community-fridge, tidyshore-litter-pickers), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (67 of 90 on the round's starting answerer, 68 on the answerer of the time), then read in the seventy-eighth round.
import type { ReferenceCase } from './types.ts';

const ROLLHARD = 'rollhard-wheelchair-basketball';
const SHAREBITE = 'sharebite-community-fridge';
const TIDYSHORE = 'tidyshore-litter-pickers';

export const FOCUS79_ONE: ReferenceCase[] = [
  // ── RollHard: situations ──
  { ws: ROLLHARD, kind: 'situation', q: "one of the u15 lads just told me after training his stepdad hits him and made me swear not to say anything... what do i do now, do i ring his mum??", has: ['safeguarding', 'write down their own words'] },
  { ws: ROLLHARD, kind: 'situation', q: "devon's mate Liam wants to help out with the juniors this saturday, he hasnt had any checks done yet is that ok just this once", has: ['safeguarding', 'needs an enhanced DBS through uCheck'] },
  { ws: ROLLHARD, kind: 'situation', q: "one of the under 15s needs a hand in the disabled loo and im the only coach left in the hall, can i just go in with her", has: ['safeguarding', 'Never be alone with a junior'] },
  { ws: ROLLHARD, kind: 'situation', q: "bit worried about one of our adult lads, think his carer is taking his money. who do i speak to, he's not a kid so not sure its the same", has: ['safeguarding', 'adult player at risk go to Aisha'] },
  { ws: ROLLHARD, kind: 'situation', q: "oh no i posted the u19 squad list with everyones mobile numbers in the minibus group instead of the coaches one. its been up 20 mins", has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: ROLLHARD, kind: 'situation', q: "think someone got into my spond login, messages went out to parents that i never sent. who needs to know", has: ['breach-reporting', 'Tell Bernadette Quinn'] },
  { ws: ROLLHARD, kind: 'situation', q: "emailed the whole parents list with all the addresses showing, should i just message each family and say sorry and sort it myself?", has: ['breach-reporting', 'Do not try to fix it yourself beyond the obvious'] },
  { ws: ROLLHARD, kind: 'situation', q: "Mrs Okoro messaged, she wants the pic of her daughter from sundays tournament off instagram asap. how quick do we need to do it", has: ['photos', 'Chloe removes it within 24 hours'] },
  { ws: ROLLHARD, kind: 'situation', q: "media phone is flat, ok if i just snap the juniors on my iphone at the tournament and send them on later?", has: ['photos', 'not your own phone'] },
  { ws: ROLLHARD, kind: 'situation', q: "writing up the u15 match report for facebook, can i say Jayden from Whitley Academy scored the winner? his school would love it", has: ['photos', 'never with their school or where they live'] },
  { ws: ROLLHARD, kind: 'situation', q: "new girl has been coming 3 weeks and her dad asked if she can take a sports chair home for the holidays to practise", has: ['chair-loans', 'trained with us for six weeks'] },
  { ws: ROLLHARD, kind: 'situation', q: "noticed chair 17 has a crack near the frame weld after tonight, tomasz isnt here. can it still be used saturday", has: ['chair-loans', 'tagged red until RGK has seen it'] },
  { ws: ROLLHARD, kind: 'situation', q: "my brother is 23 and has a normal car licence, he's offered to drive us to the sheffield away game in the club bus, fine?", has: ['minibus', 'Drivers must be over 25'] },
  { ws: ROLLHARD, kind: 'situation', q: "got back late from derby and left the envelope with everyones medical and emergency contacts in the bus, going to grab it tomorrow is that ok", has: ['minibus', 'do not leave it in the bus overnight'] },
  { ws: ROLLHARD, kind: 'situation', q: "bus has died on the M6 near junction 3 with 6 players on, who do i call first", has: ['minibus', 'call the number on the key fob'] },
  { ws: ROLLHARD, kind: 'situation', q: "Marcus wants me to put Kai's epilepsy info in the team chat so all the players know what to do if he has a seizure, is that ok", has: ['medical-info', 'Never post medical details in WhatsApp'] },
  { ws: ROLLHARD, kind: 'situation', q: "Sam tipped out of his chair at training and hurt his wrist, first aid done and his mum's collected him. anything else i need to do?", has: ['medical-info', 'accident report in the Google Form within 24 hours'] },
  { ws: ROLLHARD, kind: 'situation', q: "a dad has emailed saying his son has quit and he wants every bit of info we have on him wiped. do i just delete him from spond?", has: ['retention', 'pass it to Bernadette'] },
  { ws: ROLLHARD, kind: 'situation', q: "tomasz is covering the session tomorrow and asked for my spond password so he can take the register, can i just text it to him", has: ['phones-and-passwords', 'never share a password'] },
  { ws: ROLLHARD, kind: 'situation', q: "Kerry is standing down as treasurer after the AGM, what happens to her logins for the accounts and stuff", has: ['phones-and-passwords', 'Bernadette removes their access within a week'] },

  // ── RollHard: new tools ──
  { ws: ROLLHARD, kind: 'new-tool', q: "could the u15s use TeamSnap instead? a couple of parents say its easier", has: ['Bernadette Quinn'], not: ['Spond'] },
  { ws: ROLLHARD, kind: 'new-tool', q: "is hudl ok for filming our games and sharing the clips with players?", has: ['Bernadette Quinn'], not: ['Canva'] },
  { ws: ROLLHARD, kind: 'new-tool', q: "kerry wondering if we can move the club books over to xero", has: ['Bernadette Quinn'], not: ['QuickBooks'] },
  { ws: ROLLHARD, kind: 'new-tool', q: "can i make a jotform for the summer camp sign ups with medical questions", has: ['Bernadette Quinn'], not: ['Google Workspace for Nonprofits'] },
  { ws: ROLLHARD, kind: 'new-tool', q: "what about moving the coaches chat to signal, is that allowed", has: ['Bernadette Quinn'], not: ['WhatsApp'] },

  // ── RollHard: off-topic ──
  { ws: ROLLHARD, kind: 'off-topic', q: "whats the parking like at the alan higgs centre on a saturday morning?", has: [], not: ['Quartix'] },
  { ws: ROLLHARD, kind: 'off-topic', q: "anyone fancy the chippy after training sat?", has: [], not: ['Spond'] },
  { ws: ROLLHARD, kind: 'off-topic', q: "did we beat sheffield in the end?? missed the last quarter", has: [], not: ['British Wheelchair Basketball'] },
  { ws: ROLLHARD, kind: 'off-topic', q: "who's got the new shirts, what size did we order for devon", has: [], not: ['SumUp'] },
  { ws: ROLLHARD, kind: 'off-topic', q: "happy birthday chloe!! 🎂", has: [], not: ['Canva'] },

  // ── ShareBite: situations ──
  { ws: SHAREBITE, kind: 'situation', q: "big fridge says 9 degrees at the 2pm check, what do i do with everything in it", has: ['food-hygiene', 'move chilled food to the back-up fridge'] },
  { ws: SHAREBITE, kind: 'situation', q: "got a load of yoghurts from lidl that went out of date yesterday, they look fine, can they go on the shelf?", has: ['food-hygiene', 'never given out'] },
  { ws: SHAREBITE, kind: 'situation', q: "lovely lady just dropped off a big tray of lasagne she made at home for the fridge, ok to put it out?", has: ['food-hygiene', 'home-cooked food, raw meat or fish from the public'] },
  { ws: SHAREBITE, kind: 'situation', q: "lukas has done one shift and wants to do friday too, he hasnt started the hygiene course yet. is that alright", has: ['food-hygiene', 'before their second shift'] },
  { ws: SHAREBITE, kind: 'situation', q: "cant do the tesco hall rd pickup tomorrow after all, kid is ill. what should i do", has: ['collections', 'by 18:00 the day before'] },
  { ws: SHAREBITE, kind: 'situation', q: "the chicken at lidl tonight felt warm when they handed it over, i took it anyway, was that wrong", has: ['collections', 'politely and note it in the group'] },
  { ws: SHAREBITE, kind: 'situation', q: "stuck in traffic on beverley rd, the chilled stuff has been in the van nearly an hour, does it matter", has: ['collections', 'within 30 minutes of leaving the store'] },
  { ws: SHAREBITE, kind: 'situation', q: "a woman at the drop in told me she lost her job and her benefits got stopped. should i make a note so we can follow up next week?", has: ['drop-in', 'do not write it down'] },
  { ws: SHAREBITE, kind: 'situation', q: "hull daily mail want a picture of us handing out food to people at mondays session, can they come in and take it", has: ['drop-in', 'except of the shelves with nobody in shot'] },
  { ws: SHAREBITE, kind: 'situation', q: "one of the trustees thinks we should get people to sign in with their name at the door so the funder report looks better. thoughts?", has: ['drop-in', 'and we keep no list of who visits'] },
  { ws: SHAREBITE, kind: 'situation', q: "a bloke was shouting and squaring up to Dan at the drop in today, he left in the end. do i need to report it to anyone", has: ['drop-in', 'tells Joanne the same day'] },
  { ws: SHAREBITE, kind: 'situation', q: "a 12 year old wants to come to thursday cook and eat on her own, her mum cant make it. ok?", has: ['cookery-sessions', 'Children under 16 come with an adult'] },
  { ws: SHAREBITE, kind: 'situation', q: "what if someones lips start puffing up during thursday cooking, precious is nervous about it", has: ['cookery-sessions', 'call 999 if there is any swelling'] },
  { ws: SHAREBITE, kind: 'situation', q: "accidently sent the rota with everyones numbers to my family group chat!! deleted it but my aunt probably saw", has: ['breach-reporting', 'Tell Joanne Fenwick'] },
  { ws: SHAREBITE, kind: 'situation', q: "sent the cookery sheet to the wrong person by email, should i message the people on it to say sorry?", has: ['breach-reporting', 'try to sort it out by messaging the people involved'] },
  { ws: SHAREBITE, kind: 'situation', q: "guy came back saying the sandwich he took yesterday made him sick all night, what now", has: ['food-incidents', 'take the product off the shelf'] },
  { ws: SHAREBITE, kind: 'situation', q: "FSA just put out a recall on a hummus we get from m&s, do we need to do anything", has: ['food-incidents', 'check the shelves the same day'] },
  { ws: SHAREBITE, kind: 'situation', q: "think i left my phone in the trolley at lidl, its got the collections group on it 😩", has: ['phones-whatsapp', 'tell Joanne as a possible breach'] },
  { ws: SHAREBITE, kind: 'situation', q: "moving to leeds next month so this is my last week volunteering, anything i need to do with my phone?", has: ['phones-whatsapp', 'leave the group and delete the chat'] },
  { ws: SHAREBITE, kind: 'situation', q: "a volunteer who left in the summer has emailed asking to see everything we have on her, how long have we got?", has: ['retention', 'we answer within one calendar month'] },

  // ── ShareBite: new tools ──
  { ws: SHAREBITE, kind: 'new-tool', q: "can we use rotacloud for the drop-in shifts? my other charity uses it", has: ['Joanne Fenwick'], not: ['Better Impact'] },
  { ws: SHAREBITE, kind: 'new-tool', q: "ok to use canva for the appeal posters with photos of the volunteers", has: ['Joanne Fenwick'], not: ['Facebook page'] },
  { ws: SHAREBITE, kind: 'new-tool', q: "dan wants us to sign up to too good to go for the bakery collections", has: ['Joanne Fenwick'], not: ['OLIO'] },
  { ws: SHAREBITE, kind: 'new-tool', q: "could maureen use signupgenius for the family cooking days this half term", has: ['Joanne Fenwick'], not: ['Eventbrite'] },
  { ws: SHAREBITE, kind: 'new-tool', q: "gill asked about adding a paypal giving fund donate link", has: ['Joanne Fenwick'], not: ['JustGiving'] },

  // ── ShareBite: off-topic ──
  { ws: SHAREBITE, kind: 'off-topic', q: "is the heating in the church hall fixed yet, was freezing this morning", has: [], not: ['Trail'] },
  { ws: SHAREBITE, kind: 'off-topic', q: "anyone know a good curry place on newland avenue for the xmas do", has: [], not: ['Neighbourly'] },
  { ws: SHAREBITE, kind: 'off-topic', q: "did hull city win on saturday?", has: [], not: ['Hull City Council Environmental Health'] },
  { ws: SHAREBITE, kind: 'off-topic', q: "whats the wifi password at st columbas again", has: [], not: ['WhatsApp'] },
  { ws: SHAREBITE, kind: 'off-topic', q: "snow forecast thursday, hope my car starts lol", has: [], not: ['Eventbrite'] },

  // ── TidyShore: situations ──
  { ws: TIDYSHORE, kind: 'situation', q: "kid just found a syringe in the dunes at gwithian, no one has touched it. what now", has: ['group-cleans', 'mark the spot with a cone'] },
  { ws: TIDYSHORE, kind: 'situation', q: "met office has a yellow for wind tomorrow, clean at porthkidney is still on the booking page, when do i have to call it", has: ['group-cleans', 'by 07:00 if the Met Office'] },
  { ws: TIDYSHORE, kind: 'situation', q: "tide's coming in at 2pm sat, could we just start the clean at 1 when more people are free?", has: ['group-cleans', 'only on a falling tide'] },
  { ws: TIDYSHORE, kind: 'situation', q: "lady sliced her thumb on a bit of glass at the river clean, plastered up and fine. anything i need to log?", has: ['group-cleans', 'Write any injury in the accident book'] },
  { ws: TIDYSHORE, kind: 'situation', q: "13 year old turned up on his own saying his mates mum is coming later, can he start picking", has: ['group-cleans', 'Children under 16 stay with their own adult'] },
  { ws: TIDYSHORE, kind: 'situation', q: "the teacher at st erth wants to pop to the office for 10 mins and leave me with the class, that ok?", has: ['school-sessions', 'we are never alone with a pupil'] },
  { ws: TIDYSHORE, kind: 'situation', q: "a year 4 girl told me something about home during the session that really worried me. i've left the school now, what should i have done", has: ['school-sessions', "school's DSL before you leave the site"] },
  { ws: TIDYSHORE, kind: 'situation', q: "ellie wants to lead the penzance school session next week but her dbs hasnt been started, can she still go", has: ['school-sessions', 'needs an enhanced DBS through Atlantic Data'] },
  { ws: TIDYSHORE, kind: 'situation', q: "mrs trevithick emailed a class list with all the kids names for the survey, do we put them in?", has: ['school-sessions', 'survey records are logged against the school and class'] },
  { ws: TIDYSHORE, kind: 'situation', q: "about to do a group shot at the end of the clean, how do i know who doesnt want to be in pics", has: ['photos', "printed list checks before taking anyone's photo"] },
  { ws: TIDYSHORE, kind: 'situation', q: "someone messaged saying they're in the background of our instagram post from sunday and want it gone", has: ['photos', 'Pete removes a post within 24 hours'] },
  { ws: TIDYSHORE, kind: 'situation', q: "scouts borrowed 10 pickers 5 weeks ago and havent brought them back, jory says chase them. how hard do we chase", has: ['kit-loans', 'kit after four weeks gets one text and one call'] },
  { ws: TIDYSHORE, kind: 'situation', q: "picker came back with the grabby end all bent, where does it go", has: ['kit-loans', 'Anything broken goes in the red crate'] },
  { ws: TIDYSHORE, kind: 'situation', q: "reporter from the cornishman wants all our raw survey data for a story, can hannah just send the spreadsheet", has: ['survey-data', 'shares counts and dates only'] },
  { ws: TIDYSHORE, kind: 'situation', q: "one of our regulars wants her name taken off all the old survey records, does that lose her counts?", has: ['survey-data', "their counts stay under 'anonymous'"] },
  { ws: TIDYSHORE, kind: 'situation', q: "argh i cc'd all 80 volunteers on the saturday reminder instead of bcc. its the weekend, wait till monday?", has: ['breach-reporting', 'even on a Saturday'] },
  { ws: TIDYSHORE, kind: 'situation', q: "got an email saying someone logged into xero from somewhere abroad, wasnt me", has: ['devices-passwords', 'change it at once and tell Tamsin'] },
  { ws: TIDYSHORE, kind: 'situation', q: "i read the tidyshore emails on my iphone in the normal mail app, thats fine right?", has: ['devices-passwords', 'the Outlook app, not the built-in mail app'] },
  { ws: TIDYSHORE, kind: 'situation', q: "left one of the charity laptops on the train to truro 😬 what do i do", has: ['devices-passwords', 'so Kernow IT can wipe them'] },
  { ws: TIDYSHORE, kind: 'situation', q: "a volunteer's husband rang asking us to delete everything we have on her, he says she's too upset to ring herself", has: ['retention', 'pass it to Tamsin the same day'] },

  // ── TidyShore: new tools ──
  { ws: TIDYSHORE, kind: 'new-tool', q: "can we use eventbrite for the big september clean, more people find it", has: ['Tamsin Rowe'], not: ['Ticket Tailor'] },
  { ws: TIDYSHORE, kind: 'new-tool', q: "hannah wants to try the marine debris tracker app, everyone makes an account", has: ['Tamsin Rowe'], not: ['Litterati'] },
  { ws: TIDYSHORE, kind: 'new-tool', q: "thinking of switching the newsletter to mailchimp, nicer templates", has: ['Tamsin Rowe'], not: ['MailerLite'] },
  { ws: TIDYSHORE, kind: 'new-tool', q: "could kit just keep the borrowers in a google sheet instead", has: ['Tamsin Rowe'], not: ['Sortly'] },
  { ws: TIDYSHORE, kind: 'new-tool', q: "jory suggested moving the leaders chat to telegram, ok?", has: ['Tamsin Rowe'], not: ['WhatsApp'] },

  // ── TidyShore: off-topic ──
  { ws: TIDYSHORE, kind: 'off-topic', q: "what time is high tide at hayle tomorrow, going for a surf", has: [], not: ['WhatsApp'] },
  { ws: TIDYSHORE, kind: 'off-topic', q: "where's good for a pasty after the clean on sunday?", has: [], not: ['MailerLite'] },
  { ws: TIDYSHORE, kind: 'off-topic', q: "anyone watching the rugby saturday", has: [], not: ['Ticket Tailor'] },
  { ws: TIDYSHORE, kind: 'off-topic', q: "is the car park at the community centre free on tuesdays?", has: [], not: ['Epicollect5'] },
  { ws: TIDYSHORE, kind: 'off-topic', q: "happy birthday kit!! 🎉 cake in the store tuesday", has: [], not: ['Sortly'] },
];
