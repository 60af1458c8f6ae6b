// Focus set 75 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the seventy-seventh round by a writer who read only the README, the case format and three firms' files (saltmarsh-lido-cafe, hallowmere-castle-weddings, rentright-tenants-union), the firms written by helpers from the configuration reference and two examples: written to be scored once and read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` and `not` fact checked against the files by a script) before it was scored; scored once as counts only (78 of 90 on the round's starting answerer, 80 on the answerer of the time), then read in the seventy-seventh round.
import type { ReferenceCase } from './types.ts';

const SALTMARSH = 'saltmarsh-lido-cafe';
const HALLOWMERE = 'hallowmere-castle-weddings';
const RENTRIGHT = 'rentright-tenants-union';

export const FOCUS75_ONE: ReferenceCase[] = [
  // saltmarsh-lido-cafe: situation
  { ws: SALTMARSH, kind: 'situation', q: "a regular just rang wanting to pay for hut 14 next week and started reading me her card number, can i jot it down on a slip and put it through later?", has: ['card-payments', "the Checkfront booking link instead"] },
  { ws: SALTMARSH, kind: 'situation', q: "the card reader at the hut kiosk has a weird sticker on the side that wasnt there yesterday?? it still works tho, shall i just carry on", has: ['card-payments', "stop using it and tell Tobias at once"] },
  { ws: SALTMARSH, kind: 'situation', q: "lady at the counter says her little boy has a sesame allergy and the new halloumi wrap isnt in the folder yet. keira's on her break, can i just say it should be ok?", has: ['allergens', "ask Keira or Tobias before serving"] },
  { ws: SALTMARSH, kind: 'situation', q: "someone ordered a gluten free birthday cake for saturday, i wrote her name and number in the back of the order book and put it on the staff whatsapp so everyone knows. is that right?", has: ['allergens', "as a special order in Nutritics"] },
  { ws: SALTMARSH, kind: 'situation', q: "bloke from hut 9 says someone nicked his paddleboard overnight and wants to see the camera footage, he's stood at the counter now. can i show him on tobias's phone?", has: ['hut-cctv', "show footage to a hirer who says"] },
  { ws: SALTMARSH, kind: 'situation', q: "a police officer just came in asking for the cctv from last friday night, tobias isnt in til tomorrow. what do i do??", has: ['hut-cctv', "the officer's name, collar number"] },
  { ws: SALTMARSH, kind: 'situation', q: "found an iphone under the table by the window and its buzzing like mad. it's not even locked, shall i have a look through to see whose it is?", has: ['lost-property', "Never unlock or look through a phone"] },
  { ws: SALTMARSH, kind: 'situation', q: "a woman emailed saying she left her prescription sunglasses in hut 3 and can we send them to her sister's in Leeds, she'll pay whatever. ok to do that?", has: ['lost-property', "only to the person's own address by Evri"] },
  { ws: SALTMARSH, kind: 'situation', q: "little lad maybe 5 just came up crying, can't find his mum. it's mental out front, can i take him in the kitchen to calm down while i find someone?", has: ['lost-child', "Never take a child into the kitchen"] },
  { ws: SALTMARSH, kind: 'situation', q: "a girl i was serving told me her mum's boyfriend hits her sometimes and begged me not to tell anyone. i feel sick, what do i do", has: ['lost-child', "do not promise to keep it secret"] },
  { ws: SALTMARSH, kind: 'situation', q: "oh no i emailed the Harpers' booking confirmation to the wrong hirer. should i try and recall it and send them both a sorry email?", has: ['breach-reporting', "do not try to recall an email"] },
  { ws: SALTMARSH, kind: 'situation', q: "think i left the till ipad unlocked overnight on saturday. nothing seems to have happened but im scared i'll get in trouble if i say anything. do i have to tell?", has: ['breach-reporting', "Nobody is ever in trouble for reporting"] },
  { ws: SALTMARSH, kind: 'situation', q: "can i put checkfront on my own phone so i can check who's in which hut when im down the row? would save running back to the kiosk", has: ['devices-passwords', "do not install Checkfront"] },
  { ws: SALTMARSH, kind: 'situation', q: "Sol keeps forgetting the rotacloud password so i've written it on the kitchen whiteboard, thats fine right its only us back there", has: ['devices-passwords', "never write passwords on the tablet case"] },
  { ws: SALTMARSH, kind: 'situation', q: "new lad starting saturday is a uni student on a student visa, says he can do 30 hrs a week even in term. can i rota him for that?", has: ['seasonal-staff', "no more than 20 hours a week"] },
  { ws: SALTMARSH, kind: 'situation', q: "a letting agent phoned asking for Maisie's home address and mobile, she worked here last summer. they say it's for a reference so can i give it them?", has: ['seasonal-staff', "Never give a former colleague's phone number"] },
  { ws: SALTMARSH, kind: 'situation', q: "sweet old man at the till hasn't got a clue with apps, can i just sign him up to the stamp card on my phone with his email so he gets his stamps?", has: ['loyalty-and-marketing', "never sign someone up"] },
  { ws: SALTMARSH, kind: 'situation', q: "tobias reckons we should pull all the hut hirers' emails out of checkfront and add them to the loyalty offers for the end of season promo. are we allowed?", has: ['loyalty-and-marketing', "We never add hut hirers from Checkfront"] },
  { ws: SALTMARSH, kind: 'situation', q: "a customer messaged our insta saying she hates the photo of her we posted last week and wants it gone. keira's off til thursday, can it wait?", has: ['photos', "take it down the same day"] },
  { ws: SALTMARSH, kind: 'situation', q: "took loads of pics of customers and the team on sandcastle day for the insta and keira's posted them now. i can keep them on my phone tho yeah?", has: ['photos', "deleted once posted"] },

  // saltmarsh-lido-cafe: new-tool
  { ws: SALTMARSH, kind: 'new-tool', q: "do we use Lightspeed for the tills? my mate's cafe has it and says it's loads better, could we switch?", has: ['Marnie Cole'], not: ['Square'] },
  { ws: SALTMARSH, kind: 'new-tool', q: "is it ok if we use Deputy for swapping shifts? the summer lot all have it from their last jobs", has: ['Marnie Cole'], not: ['RotaCloud'] },
  { ws: SALTMARSH, kind: 'new-tool', q: "could we take the hut bookings through Bookwhen instead, is that something we already use?", has: ['Marnie Cole'], not: ['Checkfront'] },
  { ws: SALTMARSH, kind: 'new-tool', q: "have we got a Dropbox for the lost property photos or can i set one up?", has: ['Marnie Cole'], not: ['Google Workspace'] },
  { ws: SALTMARSH, kind: 'new-tool', q: "can i use Mailchimp to send out the summer offers newsletter to customers?", has: ['Marnie Cole'], not: ['Stamp Me'] },

  // saltmarsh-lido-cafe: off-topic
  { ws: SALTMARSH, kind: 'off-topic', q: "whats the weather meant to be like this weekend? hoping the huts are rammed", has: [], not: ['Checkfront'] },
  { ws: SALTMARSH, kind: 'off-topic', q: "thanks so much for covering my shift yesterday, you're a star", has: [], not: ['RotaCloud'] },
  { ws: SALTMARSH, kind: 'off-topic', q: "is the beach car park free after 6 or do i need a ticket?", has: [], not: ['Wrenham Beach Lifeguards'] },
  { ws: SALTMARSH, kind: 'off-topic', q: "happy birthday Keira!! cake in the back at 3, dont tell her", has: [], not: ['Nutritics'] },
  { ws: SALTMARSH, kind: 'off-topic', q: "is it just me or is the coffee machine making that grinding noise again", has: [], not: ['Stamp Me'] },

  // hallowmere-castle-weddings: situation
  { ws: HALLOWMERE, kind: 'situation', q: "had the planning meeting with Priya and Tom this morning and scribbled loads in my notebook, incl. that her dad's having chemo. ok to just keep the notebook in my bag for reference?", has: ['planning-meetings', "into Planning Pod the same day"] },
  { ws: HALLOWMERE, kind: 'situation', q: "the bride's aunt rang asking whether her ex-husband is on the guest list for saturday, she sounded really anxious. can i just tell her?", has: ['planning-meetings', "never tell a caller, a guest"] },
  { ws: HALLOWMERE, kind: 'situation', q: "the florist wants the guest list with everyone's allergies as a spreadsheet so she can do named place cards. can i just attach it to an email?", has: ['sharing-with-suppliers', "Never email a guest list"] },
  { ws: HALLOWMERE, kind: 'situation', q: "the photographer the couple found themselves is asking me for the bride's mobile to sort out timings. do i give it him?", has: ['sharing-with-suppliers', "do not give a couple's phone number"] },
  { ws: HALLOWMERE, kind: 'situation', q: "the Wilsons missed this month's instalment and the bride's mum is here for the menu tasting today, can i have a quiet word with her about it?", has: ['payments', "nobody chases a payment through a parent"] },
  { ws: HALLOWMERE, kind: 'situation', q: "got an email from Sophie saying their bank has changed and the refund for the cancelled drinks package should go to a new account. moira's off, shall i just pay it?", has: ['payments', "phone the couple on the number"] },
  { ws: HALLOWMERE, kind: 'situation', q: "american guest checking in to the tower, would be way quicker to take a photo of her passport on the ipad and type it up later. fine?", has: ['tower-rooms', "Type it in; never photocopy or"] },
  { ws: HALLOWMERE, kind: 'situation', q: "someone rang saying he's the best man's brother and wants to surprise him, asked which room he's in. can i say?", has: ['tower-rooms', "Never tell anyone, guest or caller"] },
  { ws: HALLOWMERE, kind: 'situation', q: "the Armstrongs' photographer sent us some gorgeous shots yesterday and the couple haven't posted any yet. can i put a few on insta today while they're fresh?", has: ['photos-marketing', "Never post before the couple has shared"] },
  { ws: HALLOWMERE, kind: 'situation', q: "a guest from the Dixon wedding DMed us saying she hates the photo of her on our facebook and wants it off. do we have to?", has: ['photos-marketing', "down from every page within 7 days"] },
  { ws: HALLOWMERE, kind: 'situation', q: "I sent the Hendersons' contract to the Lawsons by mistake!! should i ring the lawsons to ask them to delete it and apologise to the hendersons?", has: ['breach-reporting', "contact the couple yourself"] },
  { ws: HALLOWMERE, kind: 'situation', q: "just realised a printed table plan with names and allergies got left on the dashboard of the caterer's van in the car park all night. prob nothing? not sure it even counts", has: ['breach-reporting', "even if you are not sure it counts"] },
  { ws: HALLOWMERE, kind: 'situation', q: "the boiler engineer needs to look at the radiator in tower room 3 and the guests are out for the day. ok to let him up?", has: ['visitors-suppliers-on-site', "Contractors never go into the tower rooms"] },
  { ws: HALLOWMERE, kind: 'situation', q: "a police officer phoned wanting a list of everyone who signed in at the gatehouse last saturday. can i just email him the export?", has: ['visitors-suppliers-on-site', "pass the request to Callum"] },
  { ws: HALLOWMERE, kind: 'situation', q: "rhiannon is covering my wedding on saturday while i'm off, can i give her my planning pod password so she's got all my notes?", has: ['devices-passwords', "never share a password, even with a"] },
  { ws: HALLOWMERE, kind: 'situation', q: "can i get outlook on my own android so i can see couples' emails at the weekend? i'd just download it from the play store", has: ['devices-passwords', "Authenticator-protected apps Tynedale Tech sets up"] },
  { ws: HALLOWMERE, kind: 'situation', q: "clearing out the desk drawers and found a pile of printed guest lists and menus from last summer. can they go in the blue recycling bin?", has: ['records-retention', "never the recycling"] },
  { ws: HALLOWMERE, kind: 'situation', q: "going through old bridebook enquiries from two years back that never booked, was going to keep them for a winter offers mailout. ok?", has: ['records-retention', "Enquiries that never booked are deleted 18"] },
  { ws: HALLOWMERE, kind: 'situation', q: "the groom from the Fairbairn wedding (they've split up) emailed asking for the whole wedding file, her contact details and all. can i just forward it?", has: ['couples-rights', "never send one partner the other's details"] },
  { ws: HALLOWMERE, kind: 'situation', q: "couple who cancelled want us to delete everything about them including the contract and the invoices. shall i just wipe them from planning pod and sage?", has: ['couples-rights', "6 years even after a deletion request"] },

  // hallowmere-castle-weddings: new-tool
  { ws: HALLOWMERE, kind: 'new-tool', q: "do we use HoneyBook at all? a coordinator I know swears by it for timelines", has: ['Callum Fenwick'], not: ['Planning Pod'] },
  { ws: HALLOWMERE, kind: 'new-tool', q: "can I schedule the castle's instagram posts with Hootsuite?", has: ['Callum Fenwick'], not: ['Meta Business Suite'] },
  { ws: HALLOWMERE, kind: 'new-tool', q: "is Xero what we use for the books? the new accountant asked", has: ['Callum Fenwick'], not: ['Sage Accounting'] },
  { ws: HALLOWMERE, kind: 'new-tool', q: "could we move holiday requests over to Breathe HR, is that allowed?", has: ['Callum Fenwick'], not: ['BrightHR'] },
  { ws: HALLOWMERE, kind: 'new-tool', q: "a couple in Dubai want a virtual show-round, can I do it on Zoom?", has: ['Callum Fenwick'], not: ['Microsoft 365'] },

  // hallowmere-castle-weddings: off-topic
  { ws: HALLOWMERE, kind: 'off-topic', q: "anyone checked the forecast for the Robsons' wedding tomorrow? fingers crossed for sun on the lawn", has: [], not: ['Planning Pod'] },
  { ws: HALLOWMERE, kind: 'off-topic', q: "thanks all, the Nicholsons said it was the best day of their lives, well done team", has: [], not: ['Bridebook'] },
  { ws: HALLOWMERE, kind: 'off-topic', q: "is there space in the car park by the gatehouse tomorrow or is the band's van taking it all?", has: [], not: ['Sign In App'] },
  { ws: HALLOWMERE, kind: 'off-topic', q: "are the caterers leaving any leftovers in the staff kitchen today? starving", has: [], not: ['Cheviot Kitchen Catering'] },
  { ws: HALLOWMERE, kind: 'off-topic', q: "my phone's on 3% and i've left my charger at home, anyone got a usb-c?", has: [], not: ['Yay.com'] },

  // rentright-tenants-union: situation
  { ws: RENTRIGHT, kind: 'situation', q: "omg i just emailed Mrs Adebayo's case update to her landlord instead of her. should i email him and ask him to delete it??", has: ['breach-reporting', "never contact the landlord about it"] },
  { ws: RENTRIGHT, kind: 'situation', q: "it's saturday night and i think someone else has been in my airtable, there's edits on cases i never made. can it wait til monday?", has: ['breach-reporting', "by phone on 0161 555 0388"] },
  { ws: RENTRIGHT, kind: 'situation', q: "eviction on Dalton St tomorrow 8am, can i put the full address with the house number in the community so people know exactly where to go?", has: ['whatsapp-network', "give the street, not the house"] },
  { ws: RENTRIGHT, kind: 'situation', q: "someone in the Cheetham Hill group just posted a photo of her section 21 notice with her whole address on it. what do i do?", has: ['whatsapp-network', "delete it for everyone at once"] },
  { ws: RENTRIGHT, kind: 'situation', q: "first visit tomorrow to a new guy in Moss Side we've never met, none of the other reps are free. ok if i go on my own?", has: ['home-visits', "are done in pairs"] },
  { ws: RENTRIGHT, kind: 'situation', q: "took loads of pics of the mould in Jade's kids' bedroom on my normal camera, they're just sat in my gallery. what now?", has: ['home-visits', "delete them from your camera roll"] },
  { ws: RENTRIGHT, kind: 'situation', q: "I keep a little notebook with all my cases, dates, who I rang etc. that's fine as a backup to airtable isn't it?", has: ['case-records', "not in a notebook you keep"] },
  { ws: RENTRIGHT, kind: 'situation', q: "a member gave me her original tenancy agreement and a letter from the council at the meeting. i've scanned them, can i stick the originals in my recycling at home?", has: ['case-records', "Never throw case paper in a household bin"] },
  { ws: RENTRIGHT, kind: 'situation', q: "a letting agent from Northern Lettings just rang asking if Mr Kowalski in flat 4 is one of ours. what do i say?", has: ['sharing-with-others', "take their name and pass it"] },
  { ws: RENTRIGHT, kind: 'situation', q: "want to get Amina's notice to the law centre before her possession hearing, quickest is to whatsapp it to the duty solicitor. ok?", has: ['sharing-with-others', "the shared Airtable view, never by WhatsApp"] },
  { ws: RENTRIGHT, kind: 'situation', q: "a reporter from BBC North West rang my mobile wanting to talk about the Ardwick evictions. should i give her a quote?", has: ['press-and-media', "name and outlet and pass them to Ruth"] },
  { ws: RENTRIGHT, kind: 'situation', q: "writing a post for our insta about the action at Sunnybank, can i name the letting agent? everyone knows it's them", has: ['press-and-media', "Do not name a landlord or letting agent"] },
  { ws: RENTRIGHT, kind: 'situation', q: "a member just whatsapped me her sort code and account number so i can set up her DD for her. what do i do with it?", has: ['dues-and-bank-details', "send the join link instead"] },
  { ws: RENTRIGHT, kind: 'situation', q: "older member at the branch meeting is insisting on giving me £12 cash for this month's subs, she won't take no. what do i do?", has: ['dues-and-bank-details', "give them a receipt and hand"] },
  { ws: RENTRIGHT, kind: 'situation', q: "bernadette can't get into action network, she's asked if she can use my login for tonight's phone bank. fine?", has: ['phones-and-passwords', "ask Siobhan for your own login"] },
  { ws: RENTRIGHT, kind: 'situation', q: "can i download the levenshulme member list onto my laptop so i can work on it on the train without wifi?", has: ['phones-and-passwords', "Do not download member lists or case exports"] },
  { ws: RENTRIGHT, kind: 'situation', q: "visited a member today, her landlord keeps hinting she could pay in other ways when she's behind on rent. she's mortified and made me promise not to tell anyone. help", has: ['safeguarding', "Never promise to keep a safeguarding worry secret"] },
  { ws: RENTRIGHT, kind: 'situation', q: "just had a call, a member's landlord is changing her locks right now and her stuff is on the pavement in Cheetham Hill!! what do i do", has: ['safeguarding', "illegally evicted right now"] },
  { ws: RENTRIGHT, kind: 'situation', q: "ex member rang the helpline wanting everything we've got on her, she sounded pretty angry. do i just send her the airtable record?", has: ['members-requests', "Note the request in the member's Airtable record"] },
  { ws: RENTRIGHT, kind: 'situation', q: "a supporter texted back 'stop texting me' to our meeting reminder. do i need siobhan to ok taking him off?", has: ['members-requests', "stop emails or texts is unsubscribed at once"] },

  // rentright-tenants-union: new-tool
  { ws: RENTRIGHT, kind: 'new-tool', q: "do we use Telegram for call-outs at all? some of the younger members would prefer it", has: ['Siobhan Kerrigan'], not: ['WhatsApp'] },
  { ws: RENTRIGHT, kind: 'new-tool', q: "can I use Mailchimp to send the Levenshulme branch newsletter?", has: ['Siobhan Kerrigan'], not: ['Action Network'] },
  { ws: RENTRIGHT, kind: 'new-tool', q: "does the union use Trello for tracking cases? I've got a board set up already", has: ['Siobhan Kerrigan'], not: ['Airtable'] },
  { ws: RENTRIGHT, kind: 'new-tool', q: "is it ok to let members pay their dues through PayPal?", has: ['Siobhan Kerrigan'], not: ['GoCardless'] },
  { ws: RENTRIGHT, kind: 'new-tool', q: "could we run the Moss Side branch meeting on Zoom this month?", has: ['Siobhan Kerrigan'], not: ['Google Workspace'] },

  // rentright-tenants-union: off-topic
  { ws: RENTRIGHT, kind: 'off-topic', q: "is it going to chuck it down for the march on saturday? not sure whether to bring the big banner", has: [], not: ['Textlocal'] },
  { ws: RENTRIGHT, kind: 'off-topic', q: "massive thanks to everyone who came out to the eviction resistance this morning, we did it!", has: [], not: ['WhatsApp'] },
  { ws: RENTRIGHT, kind: 'off-topic', q: "anyone know where to park near the Levenshulme meeting room on thursday?", has: [], not: ['Google Workspace'] },
  { ws: RENTRIGHT, kind: 'off-topic', q: "anyone watching the derby on sunday? city or united, no fence sitting", has: [], not: ['Manchester City Council'] },
  { ws: RENTRIGHT, kind: 'off-topic', q: "kettle in the office is broken again, anyone know who to ring?", has: [], not: ['CircleLoop'] },
];
