// Focus set 48 (15 situations, 10 tools we do not hold and 10 off-topic questions per firm), written blind in the sixty-seventh round by a writer who read only the README, the case format and three firms' files (snowpeak-dry-ski-slope, wheelshare-car-club, longstop-indoor-cricket), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` and `not` fact checked against the files by a script), held out in the sixty-seventh round (scored as counts only), then read in the sixty-eighth.
import type { ReferenceCase } from './types.ts';

const SNOWPEAK = 'snowpeak-dry-ski-slope';
const WHEELSHARE = 'wheelshare-car-club';
const LONGSTOP = 'longstop-indoor-cricket';

export const FOCUS48_ONE: ReferenceCase[] = [
  // ───────────────────────── Snowpeak: situations ─────────────────────────
  { ws: SNOWPEAK, kind: 'situation', q: "got a little lad in my 4 o clock beginners, Noah, his mum booked him in. Some bloke has just turned up at the hut saying hes his uncle and hes taking him home, mum never rang the desk or anything. he seems nice enough and Noah knows him. can i let him go??", has: ['children-lessons', 'only to the adult named on the booking'] },
  { ws: SNOWPEAK, kind: 'situation', q: "Something's been bugging me all evening. Kacper from Saturday club had big marks on his arms when he took his jacket off and went really quiet when I asked, then said his dad gets angry when he's late. I've popped a note on his Bookwhen booking so the next instructor knows. Is that enough or should I do something else?", has: ['children-lessons', 'written on the blue form'] },
  { ws: SNOWPEAK, kind: 'situation', q: "hiya its Liam, the Brownies leader from Walsden has just emailed ME the sheet with the girls allergies and the parents sign off forms for next tuesday. ive saved them on my laptop at home, is that ok or where do they actually go", has: ['groups', "Sue saves them in the group's folder"] },
  { ws: SNOWPEAK, kind: 'situation', q: "Finished with the Todmorden Primary year 4s, brilliant bunch. I've still got the printout with all their names and who has asthma etc. Recycling bin in the hut ok?", has: ['groups', 'comes back to the office for shredding'] },
  { ws: SNOWPEAK, kind: 'situation', q: "bloke left his licence for a snowboard and boots this afternoon, I wrote the licence number on the paper slip as well just to be safe in case he does a runner. thats fine right", has: ['hire-deposits', 'photocopy or write down the ID number'] },
  { ws: SNOWPEAK, kind: 'situation', q: "Josh - envelope 47 is still sitting in the locked box, a Barclays card from someone who had skis out 3 weeks ago. Rang the mobile on the record twice, nothing. Megan thinks we just bin it? What do we do with it", has: ['hire-deposits', 'returned to the issuer'] },
  { ws: SNOWPEAK, kind: 'situation', q: "Megan at the front desk. Webcam on the desk PC has died and there's a teenager here who wants his card done today before his mates' session. Can I just snap him on my own phone and upload it? Queue building up behind him", has: ['season-passes', 'never on a staff phone'] },
  { ws: SNOWPEAK, kind: 'situation', q: "A girl came off badly on the nursery slope about 8, I patched her up, her wrist looked wonky so her mum drove her to Calderdale A&E. I'm knackered and my shift finishes in 10 mins, I'll write it all up when I'm next in on Thursday", has: ['accidents-first-aid', 'before the end of their shift'] },
  { ws: SNOWPEAK, kind: 'situation', q: "Just had a phone call from a law firm in Halifax about a man who broke his leg on the drag lift in February. They want the write-up and the names of the two people who saw it happen. I've got them open in front of me, shall I just read it out to them?", has: ['accidents-first-aid', 'take their number and pass it to Hannah'] },
  { ws: SNOWPEAK, kind: 'situation', q: "Craig here. Getting a bit fed up with people not picking up the extra cover I post, thinking of making a group chat on our mobiles for all the bar and hire lot so I can fire them out faster and see who's free. Any reason not to?", has: ['zero-hours-staff', 'offered and accepted in RotaCloud only'] },
  { ws: SNOWPEAK, kind: 'situation', q: "aisha has sent me a picture of her doctors note for the next fortnight. shall I stick it on her profile in rotacloud so whoever does cover can see why shes off?", has: ['zero-hours-staff', 'go to Gemma by email'] },
  { ws: SNOWPEAK, kind: 'situation', q: "Declan on the counter tonight. Lad wanted 2 pints, looked about 16, showed me a provisional. I took a pic of it on the till iPad in case the police come asking. good call?", has: ['bar', "Never write down, photograph or scan anyone's ID"] },
  { ws: SNOWPEAK, kind: 'situation', q: "Oh no. I've just realised I left the class sheet from Heptonstall school on the bench by the button lift and it's not there now, it had names and a couple of medical notes on it. I'm going to email the school now and say sorry before anyone finds out", has: ['breach-reporting', 'Tell Gemma straight away'] },
  { ws: SNOWPEAK, kind: 'situation', q: "can't find the samsung we use in the instructors hut anywhere, I think I left it on the bench outside last night after the floodlit session. what now", has: ['lost-device', 'tell the duty manager at once'] },
  { ws: SNOWPEAK, kind: 'situation', q: "Dad at the desk, quite cross, says his boy hurt his knee here last month and he wants the paperwork from that day and whatever the cameras caught, printed out now so he can take it with him. Sue's on her break. What do I do?", has: ['subject-access', 'pass it to Gemma the same day'] },

  // ───────────────────────── Snowpeak: new tools ─────────────────────────
  { ws: SNOWPEAK, kind: 'new-tool', q: "could we take lesson bookings through Calendly instead? a friend uses it for her yoga classes and it looks loads easier", has: ['Gemma Thorpe'], not: ['Bookwhen'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "I've started putting together the weekly snow update in Mailchimp, it's free for under 500 people, ok to send it from there?", has: ['Gemma Thorpe'], not: ['Dotdigital'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "Craig - has anyone looked at Deputy? thinking of moving all the instructors' cover onto it", has: ['Gemma Thorpe'], not: ['RotaCloud'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "the counter card reader was playing up so i ordered a SumUp one off amazon and we've been taking money on it since saturday", has: ['Gemma Thorpe'], not: ['Square'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "Can I share the Brownies and cubs paperwork with the instructors through my Dropbox? Easier than the other thing", has: ['Gemma Thorpe'], not: ['Google Workspace'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "josh here, made an Airtable base for the skis and boards going out and back in, way quicker than what we've got. ok to use it for real from this weekend?", has: ['Gemma Thorpe'], not: ['Booqable'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "Our accountant reckons we should run the wages through Xero. Can we switch?", has: ['Gemma Thorpe'], not: ['Sage Payroll'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "saw a demo of Mindbody at a trade show, it does memberships with photos and check-in at the door. Worth moving the regulars over?", has: ['Gemma Thorpe'], not: ['ROLLER'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "Hannah - I've knocked up a Jotform for when someone comes off and gets hurt, instructors can fill it in on their phones. Can I roll it out?", has: ['Gemma Thorpe'], not: ['SafetyCulture'] },
  { ws: SNOWPEAK, kind: 'new-tool', q: "a lot of parents keep asking if they can pay for parties with PayPal when they book online. can we add that?", has: ['Gemma Thorpe'], not: ['Stripe'] },

  // ───────────────────────── Snowpeak: off-topic ─────────────────────────
  { ws: SNOWPEAK, kind: 'off-topic', q: "anyone know if the slope will be open tomorrow? forecast says 50mph gusts over the tops", has: ['Gemma Thorpe'], not: ['SafetyCulture'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "who's locking up saturday? I've swapped with Liam so it's not me anymore", has: ['Gemma Thorpe'], not: ['RotaCloud'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "what wax do people use on the hire boards for dendix? they're sticking like mad", has: ['Gemma Thorpe'], not: ['Booqable'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "how much is a pint of Timmy Taylors at ours now? customer says it went up", has: ['Gemma Thorpe'], not: ['Square'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "Any tips for teaching a snowplough turn to a really nervous adult? She keeps leaning back and sitting down", has: ['Gemma Thorpe'], not: ['Bookwhen'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "new starter here, what's the best way to walk up from Todmorden station? is there a bus?", has: ['Gemma Thorpe'], not: ['Bookwhen'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "is the price of the annual going up in January? my neighbour wants to know before she buys one for Christmas", has: ['Gemma Thorpe'], not: ['ROLLER'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "omg did you hear Josh is off to do a season in Tignes??", has: ['Gemma Thorpe'], not: ['Sage Payroll'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "can someone grab more milk and cups for the snack counter on the way in, we're out", has: ['Gemma Thorpe'], not: ['Square'] },
  { ws: SNOWPEAK, kind: 'off-topic', q: "where are we going for the staff Christmas party this year? please not the Golden Lion again", has: ['Gemma Thorpe'], not: ['Bookwhen'] },

  // ───────────────────────── Wheelshare: situations ─────────────────────────
  { ws: WHEELSHARE, kind: 'situation', q: "Priya who signed up yesterday needs the van for a house move tomorrow morning and the online thing still hasn't come back for her. She's sent me a pic of her card, it looks totally clean. Can I just tick her through today?", has: ['licence-checks', 'Nobody drives until Licence Check has confirmed'] },
  { ws: WHEELSHARE, kind: 'situation', q: "tariq here. applicant has 8 points and a DR10 from 2023 on his record. he's ringing back in ten mins wanting to know why he hasn't been let in yet, what do i tell him", has: ['licence-checks', 'Rosa writes to them within 5 working days'] },
  { ws: WHEELSHARE, kind: 'situation', q: "Slightly awkward one. A woman rang the office convinced her husband (he's a member) has been going somewhere on Tuesday afternoons in the Corolla. She's asking us to tell her where the car went on his bookings. She was in tears tbh. Can we help her at all?", has: ['telematics', 'check up on where a member went'] },
  { ws: WHEELSHARE, kind: 'situation', q: "officer from Avon and Somerset on the phone, wants to know where the white Berlingo was last Friday night around 11, says it's urgent and he'll put it in an email later. ok to just tell him now?", has: ['telematics', 'with a written request that Rosa has approved'] },
  { ws: WHEELSHARE, kind: 'situation', q: "Guy at the Southville bay has just rung, says his mate booked the Yaris but got stuck at work so he's collecting it for him. He's got the booking ref and everything. Can I pop it open for him from here?", has: ['keyless-access', 'not the booking member'] },
  { ws: WHEELSHARE, kind: 'situation', q: "member at the easton bay, her mobile is dead, its pouring and shes got a toddler with her. says shes definitely booked 2 till 4. what do i need before i open it for her?", has: ['keyless-access', 'date of birth, postcode and last booking'] },
  { ws: WHEELSHARE, kind: 'situation', q: "A letter from the council came this morning for the Zoe going through the Bedminster bus gate on the 3rd. I'm snowed under so I'll stick it in my tray and sort it next week", has: ['damage-and-fines', 'on the day it arrives'] },
  { ws: WHEELSHARE, kind: 'situation', q: "The other driver's solicitor has just called asking for our member's phone number and home address so they can 'sort it out directly'. Sounded very official. Should I give it?", has: ['insurance-claims', 'the insurer handles contact'] },
  { ws: WHEELSHARE, kind: 'situation', q: "imogen - member bumped the Leaf in Horfield yesterday, sent photos of both cars and the other guy's name and reg to the hello inbox. i'll just leave it all on the ticket for Finn yeah?", has: ['insurance-claims', 'Claims library in SharePoint'] },
  { ws: WHEELSHARE, kind: 'situation', q: "man on the phone says he's Jenny Marsh's partner, they share the car, and he wants to know why her November amount is so high. he knows all her details. am I ok to go through it with him?", has: ['billing', 'added them as an authorised contact'] },
  { ws: WHEELSHARE, kind: 'situation', q: "Bethan: the Direct Debit for a member in Horfield has bounced again, second time. honestly tempted to just shut the account down, it's more hassle than it's worth", has: ['billing', 'never cancelled without Rosa'] },
  { ws: WHEELSHARE, kind: 'situation', q: "Dave here, did the Corsa on Ashley Down Rd this morning and honestly it was filthy, crisps and a nappy in the back!! Can I see who had it last and give them a polite ring?", has: ['car-champions', 'goes to Sol or the helpdesk'] },
  { ws: WHEELSHARE, kind: 'situation', q: "Oh god, I sent Mr Okoro's statement to Mrs Okafor by mistake about 20 mins ago, the names were right next to each other. I'm just going to email her and ask her to delete it, no need to make a fuss right?", has: ['breach-reporting', 'try to recall or fix it yourself'] },
  { ws: WHEELSHARE, kind: 'situation', q: "A member has emailed asking for every journey she did last spring, including exactly where she drove, for a dispute with her employer about mileage. Where do I even start digging?", has: ['subject-access', 'older than 90 days no longer exists'] },
  { ws: WHEELSHARE, kind: 'situation', q: "had a call from a chap who says he gave up his membership back in 2019 when he moved to Cardiff, wants to know if we've still got all his stuff on file or if it's long gone", has: ['retention', '6 years after the membership ends'] },

  // ───────────────────────── Wheelshare: new tools ─────────────────────────
  { ws: WHEELSHARE, kind: 'new-tool', q: "I've been trying out Zendesk on a free trial for member emails, the macros are brilliant. ok to move us over?", has: ['Rosa Adeyemi'], not: ['Freshdesk'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "sol - thinking of doing the next members' newsletter in Mailchimp, the templates are much nicer", has: ['Rosa Adeyemi'], not: ['CiviCRM'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "Bethan here, my old job used QuickBooks and I'm much faster on it. Could we do the books there from April?", has: ['Rosa Adeyemi'], not: ['FreeAgent'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "loads of new joiners ask if they can pay the refundable deposit with PayPal. can we turn that on?", has: ['Rosa Adeyemi'], not: ['Stripe'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "I've started saving the claim photos in a shared Google Drive folder so the garage can see them, easier than the work one", has: ['Rosa Adeyemi'], not: ['Microsoft 365'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "Finn: Geotab have offered us a trial of their boxes in five of the vans. Any reason not to say yes?", has: ['Rosa Adeyemi'], not: ['INVERS'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "could we use Yoti to check people's licences when they join? a member suggested it", has: ['Rosa Adeyemi'], not: ['Licence Check'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "Mina (car champion) - I've started logging scratches and dents I find in Fleetio on my phone, it's really handy. hope that's ok!", has: ['Rosa Adeyemi'], not: ['Wunder Mobility'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "For the AGM can we take sign-ups on Eventbrite this year?", has: ['Rosa Adeyemi'], not: ['CiviCRM'] },
  { ws: WHEELSHARE, kind: 'new-tool', q: "the parking ticket spreadsheet keeps locking up so I've copied it to my Dropbox for now", has: ['Rosa Adeyemi'], not: ['Microsoft 365'] },

  // ───────────────────────── Wheelshare: off-topic ─────────────────────────
  { ws: WHEELSHARE, kind: 'off-topic', q: "anyone know if the M32 is shut this weekend? need to get a van back from Horfield", has: ['Rosa Adeyemi'], not: ['INVERS'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "best way to get the wet dog smell out of the Berlingo? asking for a champion", has: ['Rosa Adeyemi'], not: ['Wunder Mobility'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "who's covering the office between Christmas and New Year?", has: ['Rosa Adeyemi'], not: ['Freshdesk'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "What tyre pressure should the Zoe be at? the light's on again", has: ['Rosa Adeyemi'], not: ['Bedminster Bodyworks'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "how much does it cost to top up at the rapid chargers at Cabot Circus these days", has: ['Rosa Adeyemi'], not: ['Stripe'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "is the hourly rate going up in April or is that just a rumour?", has: ['Rosa Adeyemi'], not: ['GoCardless'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "heard Sol is doing the Bristol half in a dinosaur costume lol", has: ['Rosa Adeyemi'], not: ['CiviCRM'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "where's the nearest car wash to the Bedminster bay? the Up is covered in bird muck", has: ['Rosa Adeyemi'], not: ['Bedminster Bodyworks'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "is it meant to snow Thursday? wondering if we should remind everyone about screenwash", has: ['Rosa Adeyemi'], not: ['CiviCRM'] },
  { ws: WHEELSHARE, kind: 'off-topic', q: "who's bringing cake for Imogen's birthday friday", has: ['Rosa Adeyemi'], not: ['Wunder Mobility'] },

  // ───────────────────────── Longstop: situations ─────────────────────────
  { ws: LONGSTOP, kind: 'situation', q: "One of my under 11s, Ollie, hung back after nets tonight and told me his stepdad hits him when he gets things wrong. He made me swear I wouldn't tell anyone and I said ok because he was so upset. I feel sick about it. What do I do now?", has: ['safeguarding-concern', 'do not promise to keep it secret'] },
  { ws: LONGSTOP, kind: 'situation', q: "harvey here. a lad in the U13s said something a bit off about his home this evening, i've put it in the coaches group chat to see if anyone else has noticed anything. is that the right thing?", has: ['safeguarding-concern', 'Never discuss it in a WhatsApp group'] },
  { ws: LONGSTOP, kind: 'situation', q: "Tom: lane 2 camera isn't recording again. Zain's dad really wants to see his new action so I'll just get it on my phone and send it to him after, quicker anyway", has: ['filming-children', 'Never film on your own phone'] },
  { ws: LONGSTOP, kind: 'situation', q: "Isla's mum came to the desk and said she's changed her mind and doesn't want Isla on camera any more, she's not happy about it going online. I've said ok. Anything else I need to do?", has: ['filming-children', 'tell Sam the same day'] },
  { ws: LONGSTOP, kind: 'situation', q: "The under 17s keep asking me to set up a chat with just them and me for sorting lifts to the Saturday games. They're all 16 or 17 so basically adults. Fine to do?", has: ['squad-messaging', 'never the players, even the over-16s'] },
  { ws: LONGSTOP, kind: 'situation', q: "I've been keeping the printed sheet with the kids' allergies and inhaler stuff in my kit bag so I've always got it on me, even when I'm coaching at the school. that's sensible isn't it?", has: ['medical-information', 'never in a kit bag or a car'] },
  { ws: LONGSTOP, kind: 'situation', q: "Sam - Riya took one off the machine on the knuckle in lane 3, bit of swelling but she carried on. Her mum picks her up at 6, shall I text her now with what happened?", has: ['medical-information', 'the parent is told at pick-up'] },
  { ws: LONGSTOP, kind: 'situation', q: "New sessional coach Priya starts Saturday, her paperwork from the checking people still hasn't come through. Kieran's off so could she take the U9s on lane 4 by herself just this once?", has: ['dbs-and-coaches', 'Nobody coaches juniors unsupervised'] },
  { ws: LONGSTOP, kind: 'situation', q: "The county's coach emailed asking for Reuben's last school report and anything we've noticed about his behaviour before the trials. I've got most of it, happy to send it over?", has: ['pathway-sharing', 'say you will check and ask Marcus'] },
  { ws: LONGSTOP, kind: 'situation', q: "Argh. Just sent the U13 training email to every parent with all the addresses in the To line instead of Bcc. About 25 families. I'll send another one saying sorry and please delete", has: ['breach-reporting', 'Tell Jo straight away'] },
  { ws: LONGSTOP, kind: 'situation', q: "beth - only 3 of the club ipads are in the office this morning, the 4th isn't on charge or in the drawer. last time i saw it was sunday's session. what now", has: ['lost-device', 'tell Marcus at once'] },
  { ws: LONGSTOP, kind: 'situation', q: "left my own mobile on the number 25 bus last night, the U11 parents group is on it. I've reported it to the bus company, anyone else i should tell?", has: ['lost-device', 'tell Kieran so he can remove it'] },
  { ws: LONGSTOP, kind: 'situation', q: "Dad at the front desk just said 'I want everything you've got on my son, videos and all'. He's a bit intense. I said I'd see what I can do. Now what?", has: ['subject-access', 'pass it to Jo the same day'] },
  { ws: LONGSTOP, kind: 'situation', q: "bloke on the phone wants a pair of Gray-Nicolls gloves put by for his daughter and wants to read me his card number now so he can just collect them. ok to jot it down?", has: ['shop-payments', 'send a Square payment link instead'] },
  { ws: LONGSTOP, kind: 'situation', q: "Got a lovely shot of the U11 girls tonight, all in their school jumpers from the holiday session, going to stick it on the Insta with 'live from Netherfield' tagged. Yeah?", has: ['photos-social-media', 'never with school badges or a location tag'] },

  // ───────────────────────── Longstop: new tools ─────────────────────────
  { ws: LONGSTOP, kind: 'new-tool', q: "Has anyone used TeamSnap? thinking of moving the winter squads onto it for availability", has: ['Joanne Whitlock'], not: ['Spond'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "kieran - I've started using Hudl Technique on the club iPads for slow-mo of bowling actions, the kids love it", has: ['Joanne Whitlock'], not: ['PitchVision'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "front desk reader's been dropping out so I've brought my SumUp in from my market stall. can we use it for the shop this week?", has: ['Joanne Whitlock'], not: ['Square'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "Could we put the February half-term camp on Eventbrite? More people would find it", has: ['Joanne Whitlock'], not: ['Class4Kids'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "Glenys here, I'm quicker in QuickBooks than what we've got, would anyone mind if I switched the books?", has: ['Joanne Whitlock'], not: ['Xero'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "my mate's club pays its coaches through Sage Payroll and says it's dead easy. worth switching?", has: ['Joanne Whitlock'], not: ['BrightPay'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "I've put together the spring newsletter in Brevo, it's got nicer templates. Ok to send from there?", has: ['Joanne Whitlock'], not: ['Mailchimp'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "I've been keeping the registers in a Google Drive folder on my phone, much easier at the lanes", has: ['Joanne Whitlock'], not: ['Microsoft 365'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "the U15 parents want to move the squad chat to Telegram. Tom's already set one up, fine?", has: ['Joanne Whitlock'], not: ['WhatsApp'] },
  { ws: LONGSTOP, kind: 'new-tool', q: "Vistaprint do names on shirts cheaper than our usual lot, can I send this term's order to them?", has: ['Joanne Whitlock'], not: ['Trent Valley Teamwear'] },

  // ───────────────────────── Longstop: off-topic ─────────────────────────
  { ws: LONGSTOP, kind: 'off-topic', q: "what speed do people set the machine at for U11s? mine keep ducking", has: ['Joanne Whitlock'], not: ['PitchVision'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "is lane 3 free Thursday 7pm for a 1:1?", has: ['Joanne Whitlock'], not: ['Square'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "Forest at home Saturday, anyone know what the parking's like on Victoria Road?", has: ['Joanne Whitlock'], not: ['Spond'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "how much are the junior pads in the shop now? a mum asked", has: ['Joanne Whitlock'], not: ['Square'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "hearing rumours Kieran's been asked to coach the county U15s next summer 👀", has: ['Joanne Whitlock'], not: ['Nottinghamshire Cricket Board pathway'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "Any drills for a leggie whose wrist collapses at the crease? Tried everything", has: ['Joanne Whitlock'], not: ['PitchVision'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "Are we doing whites or coloured kit for the winter league this year?", has: ['Joanne Whitlock'], not: ['Trent Valley Teamwear'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "heating in lane 4 has packed in again, who do I ring about the boiler", has: ['Joanne Whitlock'], not: ['Sherwood IT Support'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "what dates is the holiday camp in Feb half term? trying to book my own leave", has: ['Joanne Whitlock'], not: ['Class4Kids'] },
  { ws: LONGSTOP, kind: 'off-topic', q: "who's got the key to the ball cupboard? it's locked and I need new balls for the machine", has: ['Joanne Whitlock'], not: ['Sherwood IT Support'] },
];
