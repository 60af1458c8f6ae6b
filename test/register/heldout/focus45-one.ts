// Focus set 45 (15 situations, 10 tools we do not hold and 10 off-topic questions per firm), written blind in the sixty-sixth round by a writer who read only the README, the case format and three firms' files (reedcraft-thatchers, longbow-archery-range, bramleyhurst-cider), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), held out in the sixty-sixth round (scored as counts only), then read in the sixty-seventh.
import type { ReferenceCase } from './types.ts';

const REEDCRAFT = 'reedcraft-thatchers';
const LONGBOW = 'longbow-archery-range';
const BRAMLEYHURST = 'bramleyhurst-cider';

export const FOCUS45_ONE: ReferenceCase[] = [
  // ───────────── Reedcraft Thatchers: situations ─────────────
  { ws: REEDCRAFT, kind: 'situation', q: "dropped my work mobile off the ridge at the Bledington job this morning, screens in bits and it wont even turn on. had tradify and the photo app on it. do i just get a new one off Tom or is there more to it", has: ['lost-device', 'ring Carys the same day'] },
  { ws: REEDCRAFT, kind: 'situation', q: "Ellie here - I think I've just sent the Hartley roof write-up to Mrs Hartwell instead, their emails are one letter apart 🙈 should I drop her a line and ask her to bin it?", has: ['breach-reporting', 'contact the customer yourself'] },
  { ws: REEDCRAFT, kind: 'situation', q: "The lady at Church Cottage is dead chuffed with her new ridge and wants it on our insta. Josh already took a lovely shot on his own mobile, whole front of the house, gate number and all. can I put it up?", has: ['photos-of-homes', 'signed photo consent form'] },
  { ws: REEDCRAFT, kind: 'situation', q: "Got a call from a bloke saying he's buying Old Forge Cottage in Naunton and wants a copy of the write-up we did on the roof for the sellers. Sounded genuine, knew all about the chimney. Can I just email it over to him?", has: ['surveys-and-reports', 'someone they name in writing'] },
  { ws: REEDCRAFT, kind: 'situation', q: "Q for whoever knows: we're due to strip the grade II at Lower Slaughter Monday, scaffolds going up Friday, but Ellie says we still haven't heard back from the district on the paperwork. Tom reckons crack on as it's like-for-like. Is that alright", has: ['listed-building-consent', 'No work starts on a listed building'] },
  { ws: REEDCRAFT, kind: 'situation', q: "Homeowner at the Bourton job asked me straight out if she has to tell her insurers about the new log stove, and which company would cover a thatched house cheapest. I didn't know what to say to her tbh. whats the line we take?", has: ['insurance-and-fire-risk', 'never tell a customer what cover they need'] },
  { ws: REEDCRAFT, kind: 'situation', q: "The Robinsons are off to Spain for 3 wks while we do their ridge and they've given us the number for the little box by the back door. Sam wants to stick it in the lads group so whoever's first on site can get in. fine?", has: ['keys-and-access', 'private notes field'] },
  { ws: REEDCRAFT, kind: 'situation', q: "Finished up at Adlestrop today. Got the method stuff and the scaffold handover sheet rattling round the van, was going to chuck it all on the bonfire with the old reed tomorrow, saves a trip to the office", has: ['site-paperwork', 'never the burn pile'] },
  { ws: REEDCRAFT, kind: 'situation', q: "Sam here. Megan's mum rang my mobile wanting to know how she's getting on with her course and if she's been off poorly much. I'm with her on the roof every day so I know, but am I ok to tell her mum?", has: ['apprentices', 'contacted only by Gareth or Carys'] },
  { ws: REEDCRAFT, kind: 'situation', q: "Tom can you look on the van's gps thing and see what time Josh actually rolled up at the Windrush job yesterday? he says 8, the customer reckons gone 9", has: ['works-van-and-tracker', 'never to watch where someone is in the day'] },
  { ws: REEDCRAFT, kind: 'situation', q: "A copper's turned up at the yard asking to see our recordings from Tuesday night, there was a break in at the farm next door. Tom's out on a job. What do I do", has: ['yard-cctv', "officer's name and collar number"] },
  { ws: REEDCRAFT, kind: 'situation', q: "Email from the reed merchant saying they've moved banks and the next bill should go to the new account, sort code's in the email. Looks just like their normal ones. Carys is off till Thurs so shall I just update it myself?", has: ['bank-detail-changes', 'ring them on the number already in Xero or Tradify'] },
  { ws: REEDCRAFT, kind: 'situation', q: "clearing out the office cupboard and found a stack of prices we gave people back in 2021 who never went ahead with us. bin them or hang on to them?", has: ['records-retention', 'Unsuccessful quotes are deleted after 2 years'] },
  { ws: REEDCRAFT, kind: 'situation', q: "A lad who used to work for us (left in the spring) has emailed asking for everything we've got on him, including where the van went when he drove it. what now?", has: ['subject-access', 'pass it to Carys the same day'] },
  { ws: REEDCRAFT, kind: 'situation', q: "doing the write up for the Chipping Campden job - the daughter mentioned the old gent living there has dementia and struggles with strangers. Should I put that in or leave it out?", has: ['surveys-and-reports', "occupants' health or circumstances"] },

  // ───────────── Reedcraft Thatchers: new tools ─────────────
  { ws: REEDCRAFT, kind: 'new-tool', q: "the architect on the Snowshill job asked me to send the drawings via WeTransfer instead, ok to do that?", has: ['new-tools'], not: ['Dropbox'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "Is it worth moving the books over to QuickBooks? Sarah at the builders merchants reckons its loads cheaper", has: ['new-tools'], not: ['Xero'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "thinking of redoing the website on Wix over the winter, the templates look nicer. any reason not to?", has: ['new-tools'], not: ['Squarespace'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "Tom's already bought a couple of Ring cameras for the reed store, can we just set them up on the yard wifi", has: ['new-tools'], not: ['Reolink'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "could we move the lads over to Slack? half the messages get lost in all the banter", has: ['new-tools'], not: ['WhatsApp'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "would it be easier doing the payslips and the CIS through Sage instead?", has: ['new-tools'], not: ['BrightPay'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "customer at Bibury asked if she can pay the deposit by paypal as she doesn't like putting her card online. can we take it that way?", has: ['new-tools'], not: ['Stripe'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "Gareth wants all of us on Life360 so he can see which gang is where without ringing round, is that allowed?", has: ['new-tools'], not: ['Quartix'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "I've already started putting the big survey packs in google drive and sharing the link with the conservation officers, that's ok isn't it", has: ['new-tools'], not: ['Dropbox'] },
  { ws: REEDCRAFT, kind: 'new-tool', q: "the accountants suggested FreeAgent for the bookkeeping, shall we give it a go?", has: ['new-tools'], not: ['Xero'] },

  // ───────────── Reedcraft Thatchers: off-topic ─────────────
  { ws: REEDCRAFT, kind: 'off-topic', q: "what time does the reed lorry usually turn up on a thursday?", has: ['Carys Whitlock'], not: ['Severn Reed & Straw'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "how much are we charging per square metre for water reed this year", has: ['Carys Whitlock'], not: ['Severn Reed & Straw'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "is there anywhere to park the pickup near the Broadway job or do we have to use the village hall", has: ['Carys Whitlock'], not: ['Quartix', 'works-van-and-tracker'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "anyone know if it's going to chuck it down tmrw? deciding whether to sheet up at Guiting", has: ['Carys Whitlock'], not: ['WhatsApp'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "who's covering Gareth's gang next week while he's in Tenerife?", has: ['Carys Whitlock'], not: ['WhatsApp', 'BrightPay'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "are we doing a christmas do this year or is it just drinks at the Unicorn again", has: ['Carys Whitlock'], not: ['Squarespace'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "have we got enough hazel spars in the store to finish the ridge at Sherborne or do i need to order more", has: ['Carys Whitlock'], not: ['Severn Reed & Straw'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "did you hear the Pryces have bought the old mill at Lower Swell?? no idea where they found the money", has: ['Carys Whitlock'], not: ['Windrush Scaffolding'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "when's the next master thatchers association meeting in Cirencester?", has: ['Carys Whitlock'], not: ['Heartwood Rural Skills'] },
  { ws: REEDCRAFT, kind: 'off-topic', q: "what length roof ladder do we need for the steep pitch at Temple Guiting, is the 6m one long enough", has: ['Carys Whitlock'], not: ['Windrush Scaffolding'] },

  // ───────────── Longbow Archery Range: situations ─────────────
  { ws: LONGBOW, kind: 'situation', q: "one of the 12 yr olds from saturday juniors asked for my number so she can text me her scores in the week. sweet kid and her parents seem fine with it. ok to give it her?", has: ['safeguarding-juniors', 'never message a junior directly'] },
  { ws: LONGBOW, kind: 'situation', q: "A lad (11) said something at the end of tonight about his stepdad that's been bugging me all evening, not sure if I'm overreacting. Should I ring his mum tomorrow and ask her what's going on at home?", has: ['safeguarding-juniors', 'do not investigate yourself'] },
  { ws: LONGBOW, kind: 'situation', q: "Aisha got a cracking shot of the under-14s with their medals at the county shoot — can I stick it on the club's page with all their names underneath?", has: ['photos-of-juniors', "Never put a junior's full name with a photo"] },
  { ws: LONGBOW, kind: 'situation', q: "My brother in law has offered to help out on Sunday mornings with the youngsters, he shot for his uni back in the day. He's happy to start this week, does he need to do anything first?", has: ['dbs-checks', 'help only at adult sessions'] },
  { ws: LONGBOW, kind: 'situation', q: "Someone rang the shop saying he's from a club in Wakefield and wanted the AGB numbers of three of our lads so he could put them into his open shoot. Said they'd agreed. Do I read them out to him?", has: ['membership-numbers', 'not given to anyone who phones up asking'] },
  { ws: LONGBOW, kind: 'situation', q: "family turned up for the 2pm saturday session with a 7 year old as well as the two older ones, dad says he'll hold the bow with him and they've paid for 3. can the little one shoot?", has: ['have-a-go-and-courses', 'Children under 10 may not shoot'] },
  { ws: LONGBOW, kind: 'situation', q: "In the coaches chat Pete's just posted that the fella on lane 4 tonight had a seizure last year so keep an eye on him. Feels a bit off to me? should I say something", has: ['medical-information', 'in front of others'] },
  { ws: LONGBOW, kind: 'situation', q: "Callum's off sick and the only other person in tonight is Ruby, who hasn't done her RO course yet. Members are already turning up with their kit. Can we just let them crack on?", has: ['range-safety', 'Nobody shoots unless a qualified range officer'] },
  { ws: LONGBOW, kind: 'situation', q: "lady on the 5pm beginners caught her forearm with the string, big purple bruise, we gave her an ice pack and she went home happy. I haven't written anything down anywhere, is that a problem??", has: ['incident-reporting', 'before you leave that day'] },
  { ws: LONGBOW, kind: 'situation', q: "guy borrowing a recurve for the afternoon offered to leave his driving licence behind the counter instead of paying upfront, says it's easier for him. Allowed?", has: ['equipment-hire-and-shop', 'do not take or photocopy ID as security'] },
  { ws: LONGBOW, kind: 'situation', q: "Left the club's Samsung we use on the line on the 49 bus home last night 🤦 rang First and nobody's handed it in. It was logged into Spond", has: ['lost-device', 'tell Helen the same day'] },
  { ws: LONGBOW, kind: 'situation', q: "Oh no. Just sent the Christmas social email to every junior parent with them all in the To line, so they can see each other's addresses. Can I just recall it and forget about it?", has: ['breach-reporting', 'within 24 hours at most'] },
  { ws: LONGBOW, kind: 'situation', q: "a member reckons someone took his arrows from the rack while he was in the loo and wants to go through the recordings himself on the office screen. Can I let him?", has: ['cctv', 'Only Martin and Dev may view or copy footage'] },
  { ws: LONGBOW, kind: 'situation', q: "Jasmine's dad (she's 11) has emailed asking for copies of everything we've got on her, including the write-up from when she fell in October. Who deals with that and can he even ask?", has: ['subject-access', 'Parents can ask on behalf of a child under 13'] },
  { ws: LONGBOW, kind: 'situation', q: "sorting the office - there's a box file of signed forms from the 2021 and 2022 public sessions. shred the lot or do we need them still?", has: ['records-retention', 'participation declarations are kept for 3 years'] },

  // ───────────── Longbow Archery Range: new tools ─────────────
  { ws: LONGBOW, kind: 'new-tool', q: "could we put the have-a-go sessions on Eventbrite as well? more people would find us", has: ['new-tools'], not: ['Bookwhen'] },
  { ws: LONGBOW, kind: 'new-tool', q: "my old club used TeamSnap for the juniors and it was brilliant, can we switch to that?", has: ['new-tools'], not: ['Spond'] },
  { ws: LONGBOW, kind: 'new-tool', q: "Dev's brought in a SumUp reader for the field shoot next month, fine to take payments on it?", has: ['new-tools'], not: ['Square'] },
  { ws: LONGBOW, kind: 'new-tool', q: "is there any reason we don't do the accounts in quickbooks? Martin's mate says it's much easier", has: ['new-tools'], not: ['FreeAgent'] },
  { ws: LONGBOW, kind: 'new-tool', q: "Would BrightPay be simpler for paying the coaches? Helen said the current one is a faff", has: ['new-tools'], not: ['Sage Payroll'] },
  { ws: LONGBOW, kind: 'new-tool', q: "Martin mentioned moving all the email over to Microsoft 365, would that be alright data-wise?", has: ['new-tools'], not: ['Google Workspace'] },
  { ws: LONGBOW, kind: 'new-tool', q: "I've already set up a Slack for the coaches and range officers, shall I invite everyone?", has: ['new-tools'], not: ['WhatsApp'] },
  { ws: LONGBOW, kind: 'new-tool', q: "can we stick a Ring doorbell on the back gate so we can see who's coming in from the car park", has: ['new-tools'], not: ['Hik-Connect CCTV'] },
  { ws: LONGBOW, kind: 'new-tool', q: "a parent who does web design offered to rebuild the site on Squarespace for free, should we take her up on it?", has: ['new-tools'], not: ['Wix'] },
  { ws: LONGBOW, kind: 'new-tool', q: "thinking of sending the newsletter through Constant Contact from now on, any objections?", has: ['new-tools'], not: ['Mailchimp'] },

  // ───────────── Longbow Archery Range: off-topic ─────────────
  { ws: LONGBOW, kind: 'off-topic', q: "how much is a have-a-go for a family of four at the weekend?", has: ['Helen Ackroyd'], not: ['Bookwhen'] },
  { ws: LONGBOW, kind: 'off-topic', q: "what time does the range shut on sundays", has: ['Helen Ackroyd'], not: ['range-safety'] },
  { ws: LONGBOW, kind: 'off-topic', q: "is the car park free on Leeds match days or do people have to pay?", has: ['Helen Ackroyd'], not: ['Hik-Connect CCTV'] },
  { ws: LONGBOW, kind: 'off-topic', q: "have we got any 28 inch carbon arrows left in the shop or are we out", has: ['Helen Ackroyd'], not: ['Square'] },
  { ws: LONGBOW, kind: 'off-topic', q: "can anyone cover my Thursday evening session? got a dentist appointment", has: ['Helen Ackroyd'], not: ['WhatsApp'] },
  { ws: LONGBOW, kind: 'off-topic', q: "when's the club presentation night this year, before or after christmas?", has: ['Helen Ackroyd'], not: ['Spond'] },
  { ws: LONGBOW, kind: 'off-topic', q: "is it going to be too windy to shoot on the outdoor range tomorrow?", has: ['Helen Ackroyd'], not: ['range-safety'] },
  { ws: LONGBOW, kind: 'off-topic', q: "heard Pete's leaving us for a club in Harrogate, is that true??", has: ['Helen Ackroyd'], not: ['Ianseo'] },
  { ws: LONGBOW, kind: 'off-topic', q: "what poundage bow would you start a grown-up beginner on?", has: ['Helen Ackroyd'], not: ['equipment-hire-and-shop'] },
  { ws: LONGBOW, kind: 'off-topic', q: "when do the summer junior course dates come out? my neighbour's asking", has: ['Helen Ackroyd'], not: ['Bookwhen', 'safeguarding-juniors'] },

  // ───────────── Bramleyhurst Cider: situations ─────────────
  { ws: BRAMLEYHURST, kind: 'situation', q: "girl at the counter just showed me a pic of her licence on her mobile, says her purse is in the car. She looks about 20. Ok to sell her the 4 pack?", has: ['challenge-25', 'no photos of ID on phones'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "On the 2 o'clock walk there's a family with a 16 yr old who really wants to try the dry one, mum and dad say they don't mind. Can she have a tiny splash?", has: ['tastings-and-tours', 'get apple juice, never cider'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "Hannah here, web order 4471 came back 'referred' on the website. The customer's emailed saying she's 42 and she'll just send me a photo of her passport to sort it. shall I say yes?", has: ['online-age-verification', 'send them back to the AgeChecked link'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "Turned away a lad trying to buy a bottle for his mates waiting outside, about 4pm. Do I need to put his name down when I write it up? I didn't get it, just that he had a red cap on", has: ['refusals-log', 'not their name, unless they gave it'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "Lewis asked if he can scroll back through Friday's recordings from the bar on the office screen, he thinks someone walked off with his jacket", has: ['cctv', 'Only Rob and Kirsty may view or copy it'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "Sophie: spotted that the bottling run from 3 weeks ago went in as 5.5% but it was actually 6%. That month's return has already gone to the taxman. can I just go in and change the number?", has: ['duty-records', 'add a correcting entry and tell Rob'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "new pub in Goudhurst wants 6 kegs a month, landlord seems great. Lewis has got his mobile saved in his own phone already and they've been chatting about the account on there. Anything we need to check before the first drop?", has: ['wholesale-pubs', "AWRS number on HMRC's online checker"] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "one of the new guys on the Bramley block told Marek quietly that the man who drove him down is holding onto his passport 'for safe keeping' and wants £200 a week off him. not sure what to make of it", has: ['seasonal-pickers', 'must be reported to Fiona at once'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "couple at the tap room door with a big soggy labrador asking if he can come in with them as it's pouring. what do I tell them?", has: ['dogs-and-farm-cat', 'not in the tasting room or the press house'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "Marek came off the bottom of the steps picking in block C this morning, twisted his ankle, George strapped it up and he's fine-ish. Does anything need writing up, or does anyone need telling?", has: ['accidents-and-incidents', 'Rob decides whether it is reportable'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "Kirsty wants some harvest content for the socials - lots of the crew up the trees in action. can I tag each of them by name so it feels more personal?", has: ['photos-at-events', 'never with their names'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "the Lenovo we use for tour check-ins has gone walkabout from the tractor shed, I think someone might have lifted it during the blossom walk. What happens now", has: ['lost-device', 'tell Fiona the same day'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "We sent a parcel to the wrong Mrs Taylor (two of them in Benenden!) and the one who got it rang to say so. I'd like to just phone the right Mrs Taylor myself and say sorry, ok?", has: ['breach-reporting', 'contact customers yourself'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "a picker from last autumn messaged in Polish asking for a copy of all the info we keep on him, Marek translated it for me. Do we have to do anything or can we ignore it as it's not in english?", has: ['subject-access', 'Requests in another language are just as valid'] },
  { ws: BRAMLEYHURST, kind: 'situation', q: "I'm leading the 11am and it's a stag do, one of them looks about 17. We usually sort all the proof of age stuff at the end by the shop, right?", has: ['tastings-and-tours', 'before the first pour'] },

  // ───────────── Bramleyhurst Cider: new tools ─────────────
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "should we start selling the bottles on Amazon too? loads of other craft cider makers are on there", has: ['new-tools'], not: ['Shopify'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "can we list the blossom walks on Eventbrite, a friend says that's where everyone looks for things to do", has: ['new-tools'], not: ['FareHarbor'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "Mailchimp is free for small lists, can we move the offers emails over to it and save a bit?", has: ['new-tools'], not: ['Klaviyo'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "Kirsty's been trialling Deputy for the shop shifts since last week, is that ok to carry on with?", has: ['new-tools'], not: ['RotaCloud'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "Evri quoted us way less per parcel, can Hannah start sending the online orders with them?", has: ['new-tools'], not: ['DPD'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "our new accountant prefers QuickBooks, any reason we can't switch over?", has: ['new-tools'], not: ['Xero'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "for the Faversham hop festival can we borrow my cousin's Square reader instead of ours?", has: ['new-tools'], not: ['SumUp'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "a customer asked if we could use Yoti for the age check on the website, she's already got an account with them", has: ['new-tools'], not: ['AgeChecked'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "would BrightPay be better for paying the pickers? George used it on his last farm", has: ['new-tools'], not: ['Staffology Payroll'] },
  { ws: BRAMLEYHURST, kind: 'new-tool', q: "Rob's thinking of putting a couple of Arlo cameras on the barn where we keep the bottled stock, ok?", has: ['new-tools'], not: ['Weald Fire & Security'] },

  // ───────────── Bramleyhurst Cider: off-topic ─────────────
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "how much is a bottle of the medium dry in the shop now? customer on the phone asking", has: ['Fiona Beckett'], not: ['Shopify'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "what time does the last tour go out on a saturday in october", has: ['Fiona Beckett'], not: ['FareHarbor'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "is there room in the car park for a full size coach? a WI group are asking", has: ['Fiona Beckett'], not: ['Weald Fire & Security'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "have we got enough Kingston Black left in tank 3 to last us till Christmas?", has: ['Fiona Beckett'], not: ['Breww', 'duty-records'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "can someone swap my Sunday shift in the shop with me, it's my nan's 90th", has: ['Fiona Beckett'], not: ['RotaCloud'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "when's the wassail this year, is it the 17th of jan again?", has: ['Fiona Beckett'], not: ['FareHarbor'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "is it meant to frost tonight? worried about the blossom on the young trees", has: ['Fiona Beckett'], not: ['WhatsApp'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "is it true George is packing it in after this harvest? Marek said something", has: ['Fiona Beckett'], not: ['Weald Seasonal Labour'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "which apples give the sharpest cider, thinking of a new single variety", has: ['Fiona Beckett'], not: ['Breww'] },
  { ws: BRAMLEYHURST, kind: 'off-topic', q: "what pitch number are we at the Penshurst food festival and when do we need to be set up by?", has: ['Fiona Beckett'], not: ['SumUp'] },
];
