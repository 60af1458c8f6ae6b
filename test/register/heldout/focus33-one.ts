// Focus set 33 (15 situations, 10 off-topic questions and 10 tools not held per firm), written blind in the sixty-first round by a writer who read only the README, the case format and three firms' files (lamplight-ghost-walks, mossgrove-community-energy, tickety-clock-repairs), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script), scored once as held out on the round's start code and end code, never read.
import type { ReferenceCase } from './types.ts';

const LAMPLIGHT = 'lamplight-ghost-walks';
const MOSSGROVE = 'mossgrove-community-energy';
const TICKETY = 'tickety-clock-repairs';

export const FOCUS33_ONE: ReferenceCase[] = [
  // ── Lamplight Ghost Walks: situations ──
  { ws: LAMPLIGHT, kind: 'situation', q: "just emailed someone's gift voucher to a totally different Sarah 🤦‍♀️ how bad is this", has: ['breach-reporting', 'tell Rowena Thackeray straight away'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "one of the lads has put a customer's mobile number in the guides group asking who found her scarf... should someone say something?", has: ['breach-reporting', 'not sure it counts'] },
  { ws: LAMPLIGHT, kind: 'situation', q: 'my phone got nicked on stonegate after the 8pm walk, it had the sumup app and the manifest on it 😭', has: ['lost-device', 'before you go home'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "got a wad of last week's printed guest lists in my coat pocket, can i just bin them at home?", has: ['records-retention', 'in a bin in town or at home'] },
  { ws: LAMPLIGHT, kind: 'situation', q: 'that school trip from Leeds was about 6 weeks ago now, do we still need to keep their risk assessment on the drive?', has: ['records-retention', 'deleted 1 month after the visit'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "found a free online video editor that's way quicker for cutting the clips, can i just start using it?", has: ['new-tools', 'until Rowena Thackeray has approved it'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "hen party tonight wants me to film them doing the screaming bit at the end, but two of them said they don't want to be in it", has: ['filming-and-photos', 'is left out of the shot'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "a woman's messaged saying she's in one of our reels from october and wants it gone asap", has: ['filming-and-photos', 'comes down within 2 days'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "HELP one of the kids on the school walk has wandered off near the minster and the teacher can't see him anywhere", has: ['school-groups', 'not found within 10 minutes'] },
  { ws: LAMPLIGHT, kind: 'situation', q: 'year 8 lad on the dusk tour asked for my number so i can send him more ghost stories, bless him. ok to give it?', has: ['school-groups', 'phone number or social media'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "fella booking over the phone says his wife had a stroke last year and uses a wheelchair now, what do i actually put on the booking?", has: ['access-needs', 'never the diagnosis or the story behind it'] },
  { ws: LAMPLIGHT, kind: 'situation', q: 'customer for the saturday private walk wants to read me her card number over the phone so its all sorted, is that ok', has: ['card-payments', 'send the customer a FareHarbor payment link instead'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "bloke at the meeting point is showing me a screenshot of a voucher on his phone and the code won't go in. just let him on?", has: ['gift-vouchers', 'a screenshot you cannot check'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "lady slipped on the cobbles going down the snickelway off the Shambles and cut her knee quite badly, she's sat down now, what do i need to do", has: ['accidents-on-tour', 'fill in the accident report form'] },
  { ws: LAMPLIGHT, kind: 'situation', q: "the guy who tripped on monday's walk came back tonight and wants me to say it was our fault so he can claim", has: ['accidents-on-tour', 'never admit liability'] },

  // ── Lamplight Ghost Walks: off-topic ──
  { ws: LAMPLIGHT, kind: 'off-topic', q: 'is it meant to chuck it down tonight? debating the big umbrella for the 9pm', has: ['Rowena Thackeray'], not: ['WhatsApp'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: "what's the story with the roman soldiers in the Treasurer's House cellar again, i always mix up who saw them", has: ['Rowena Thackeray'], not: ['FareHarbor'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: 'anyone know a dry cleaner that can do a velvet cape before halloween? mine smells of candle smoke', has: ['Rowena Thackeray'], not: ['Mailchimp'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: "where's the spare lantern kept? the glass on mine's cracked", has: ['Rowena Thackeray'], not: ['Walmgate IT'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: 'how much is a ticket for the family walk on saturday? my aunt wants to come along', has: ['Rowena Thackeray'], not: ['FareHarbor'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: "who's doing the 7pm on friday? can't remember if i swapped it with kit or not", has: ['Rowena Thackeray'], not: ['RotaCloud'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: 'lunch order going in at the bakery on fossgate, anyone want a sausage roll?', has: ['Rowena Thackeray'], not: ['SumUp'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: 'a customer asked me how old the Shambles actually is. is it in the Domesday Book or have i made that up', has: ['Rowena Thackeray'], not: ['GetYourGuide'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: 'anyone catch the York City score tonight?', has: ['Rowena Thackeray'], not: ['Hiscox'] },
  { ws: LAMPLIGHT, kind: 'off-topic', q: 'is there anywhere to park near the walmgate office in the evenings or do i need to get the bus', has: ['Rowena Thackeray'], not: ['Walmgate IT'] },

  // ── Lamplight Ghost Walks: new tools ──
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'can we put the walks on Viator too? reckon we\'d get loads more american visitors that way', has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'do we use eventbrite for anything?', has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'is tripadvisor something we\'re signed up to? a couple tonight asked where they could leave us a review', has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'bokun?? someone at the york tourism meetup said it links up all the resellers in one place, could we give it a go', has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: "can i edit the tour clips in capcut, it's free on my phone and dead easy", has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'Are we allowed to use Calendly so the schools can pick their own slot for the dusk tours?', has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'thinking of doing an online ghost story night for the corporate lot in january - do we have a zoom account?', has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'quick one, the hen party organiser wants to pay the deposit through paypal, do we take that?', has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: "has anyone set us up on otter.ai? i want to record and transcribe my stories for the new guides' pack", has: ['new-tools'] },
  { ws: LAMPLIGHT, kind: 'new-tool', q: 'saw a rival ghost tour listed on airbnb experiences last night, are we on there?', has: ['new-tools'] },

  // ── Mossgrove Community Energy: situations ──
  { ws: MOSSGROVE, kind: 'situation', q: "oh no, this month's Mossgrove Matters just went out with everyone's email addresses showing at the top 😱", has: ['breach-reporting', 'do not delete anything'] },
  { ws: MOSSGROVE, kind: 'situation', q: "I think I've posted an interest statement to the wrong member, Mr Hale has rung to say he got Mrs Hale-Brown's", has: ['breach-reporting', 'are unsure it counts'] },
  { ws: MOSSGROVE, kind: 'situation', q: 'left the advice tablet on the 63 bus coming back from chalford 😩', has: ['lost-device', 'ring Five Valleys IT'] },
  { ws: MOSSGROVE, kind: 'situation', q: 'my own phone got pinched in stroud on saturday, it had my work email and charitylog on it', has: ['lost-device', 'if it is your own phone, say so'] },
  { ws: MOSSGROVE, kind: 'situation', q: "got four paper home visit forms from this week still in my bag, do they go in the filing cabinet?", has: ['retention-disposal', 'then shredded, never filed'] },
  { ws: MOSSGROVE, kind: 'situation', q: 'clearing out the old AGM proxy forms with names and addresses on, can they go in the recycling?', has: ['retention-disposal', 'locked confidential-waste sack'] },
  { ws: MOSSGROVE, kind: 'situation', q: 'the householder in nailsworth tried to give me a tenner for my trouble after the visit, felt rude saying no', has: ['home-visits', 'accept gifts beyond a cup of tea'] },
  { ws: MOSSGROVE, kind: 'situation', q: "visited an old chap in Bisley today, no heating on at all, the house was freezing and he seemed a bit confused. bit worried tbh", has: ['home-visits', 'tell Ffion the same day'] },
  { ws: MOSSGROVE, kind: 'situation', q: 'client asked me to just email her details over to warm and well so they can ring her back about the loft insulation', has: ['referrals', "never send a client's details by ordinary email"] },
  { ws: MOSSGROVE, kind: 'situation', q: "got an email from a member saying they've switched banks and can we send this year's interest to the new account asap", has: ['member-register', 'on the number already in the register'] },
  { ws: MOSSGROVE, kind: 'situation', q: "a member's daughter phoned, her dad passed away last month and she'd like his shares paid out to her", has: ['member-register', 'change nothing until he has checked it'] },
  { ws: MOSSGROVE, kind: 'situation', q: "the hall secretary at Oakridge has texted me the key safe code for thursday, is it ok to just leave it in my messages?", has: ['school-sites', 'kept in Bitwarden only'] },
  { ws: MOSSGROVE, kind: 'situation', q: 'up on the Thrupp school roof tomorrow and the head wants a photo of the eco club kids with the panels for the newsletter', has: ['school-sites', 'of panels and roofs only'] },
  { ws: MOSSGROVE, kind: 'situation', q: "one of the volunteers asked what we've actually got on file about her and wants a copy of it", has: ['subject-access', 'within one calendar month'] },
  { ws: MOSSGROVE, kind: 'situation', q: 'want to send the volunteers a quick online questionnaire about training, can i just knock one up on a free site?', has: ['new-tools', 'ask Tamsin Rowe'] },

  // ── Mossgrove Community Energy: off-topic ──
  { ws: MOSSGROVE, kind: 'off-topic', q: 'anyone know if the canal path by Brimscombe Port is flooded? cycling in tomorrow', has: ['Tamsin Rowe'], not: ['Severn Vale Solar Services'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: "what's a simple way to explain feed-in tariffs at the drop-in? I always get muddled halfway through", has: ['Tamsin Rowe'], not: ['SolarEdge monitoring'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: 'where do we keep the spare teabags at the dyeworks, the tin is empty', has: ['Tamsin Rowe'], not: ['Stannp'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: 'what time does the AGM start on saturday and is there cake', has: ['Tamsin Rowe'], not: ['Mailchimp'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: 'householder asked me today whether an air source heat pump would work in a stone cottage with no cavity walls, any idea?', has: ['Tamsin Rowe'], not: ['Warm and Well'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: 'how much is a share in the next offer? my neighbour wants to buy a few', has: ['Tamsin Rowe'], not: ['Ethex'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: "who's doing the drop-in at Stroud library on thursday? not sure if it's me or jen", has: ['Tamsin Rowe'], not: ['Charitylog'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: 'anyone watching Forest Green tonight?', has: ['Tamsin Rowe'], not: ['Naturesave Insurance'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: "my daughter's school is shut friday for an inset day, anyone know a decent holiday club in Stroud?", has: ['Tamsin Rowe'], not: ['uCheck'] },
  { ws: MOSSGROVE, kind: 'off-topic', q: 'Is there parking at the Old Dyeworks for the visitors coming to the board meeting?', has: ['Tamsin Rowe'], not: ['Microsoft 365'] },

  // ── Mossgrove Community Energy: new tools ──
  { ws: MOSSGROVE, kind: 'new-tool', q: 'can we use surveymonkey for the volunteer feedback thing?', has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: 'do we have a zoom account? the speaker for the members open evening says she only does zoom', has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: "Thinking of using Eventbrite for the bookings for the solar open day at Rodborough school, is that ok?", has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: 'slido for questions at the AGM? saw another co-op use it last year and it looked really slick', has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: 'is loomio something we use? one of the directors wants the board to vote on the new roof lease between meetings', has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: "Can I put the volunteers' availability in Google Sheets so they can all edit it themselves?", has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: 'are we on crowdfunder at all? wondering about topping up the winter fuel fund before christmas', has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: 'canva for the open day leaflet - have we got a login anywhere?', has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: "Has anyone used Doodle to find a date for the next board meeting? I'd like to send one round to the directors.", has: ['new-tools'] },
  { ws: MOSSGROVE, kind: 'new-tool', q: "i've been keeping my visit notes in evernote on my phone until i get back to the office, that's ok isn't it", has: ['new-tools'] },

  // ── Tickety Clock & Watch Repairs: situations ──
  { ws: TICKETY, kind: 'situation', q: "just realised the label for mrs ackroyd's carriage clock went out with the wrong address on it 😬 parcel's already collected", has: ['breach-reporting', 'do not contact the customer yourself'] },
  { ws: TICKETY, kind: 'situation', q: 'think i attached the wrong valuation, Mr Booth has just been sent Mrs Lumb’s. shall i try and recall it?', has: ['breach-reporting', 'try to recall the email'] },
  { ws: TICKETY, kind: 'situation', q: "van phone's gone, pretty sure i left it on the roof of the van after the house call in Knaresborough", has: ['lost-device', 'day or night'] },
  { ws: TICKETY, kind: 'situation', q: "can't find the key for tag 14, it was definitely on my ring when i left mrs dobson's this morning", has: ['customer-keys', 'tell Fiona Pennock within the hour'] },
  { ws: TICKETY, kind: 'situation', q: "customer on the phone wants to give me her alarm code now so i can pop it in jobber for next tuesday's visit", has: ['customer-keys', 'never written on the job sheet'] },
  { ws: TICKETY, kind: 'situation', q: "chap on the phone says he's from Mrs Harland's insurers and wants her valuation emailed over to him today", has: ['valuations', 'the customer names in writing'] },
  { ws: TICKETY, kind: 'situation', q: 'can I just put the PDF password in the same email? Mr Crabtree says he hates having to ring up for it', has: ['valuations', 'never in the same email'] },
  { ws: TICKETY, kind: 'situation', q: "parcel just arrived for a postal repair and the tape's been cut, the watch box inside is EMPTY", has: ['postal-repairs', 'photograph it, and tell Deborah Kettlewell'] },
  { ws: TICKETY, kind: 'situation', q: "customer rang asking us to send her watch back to her daughter's in Leeds instead of her own house", has: ['postal-repairs', 'phoning the number we already hold'] },
  { ws: TICKETY, kind: 'situation', q: "the '68 seamaster came up gorgeous after the service, can i put a before and after up online? caseback says 'to John love Mary'", has: ['item-photos', 'ticked yes on the repair ticket'] },
  { ws: TICKETY, kind: 'situation', q: "guy at the counter wants to sell us his dad's old omega but says he hasn't got any ID on him", has: ['buying-and-cash', 'say we need to make checks'] },
  { ws: TICKETY, kind: 'situation', q: "there's a wall clock on the ready shelf that's been sat there since spring 2024, can we just sell it and be done?", has: ['uncollected-items', 'recorded-delivery notice'] },
  { ws: TICKETY, kind: 'situation', q: "a lady's come in for her late father's watch but she hasn't got the ticket and she's really upset, can i just give it her?", has: ['uncollected-items', 'proof they are the executor'] },
  { ws: TICKETY, kind: 'situation', q: 'clearing the counter drawer and found a pile of old job bags for stuff collected ages ago, recycling ok?', has: ['retention-disposal', 'locked Shred-it console'] },
  { ws: TICKETY, kind: 'situation', q: "i'd like to start a group chat with a few of our regular dealers so i can send them photos of new stock, is that alright?", has: ['new-tools', 'ask Fiona Pennock first'] },

  // ── Tickety Clock & Watch Repairs: off-topic ──
  { ws: TICKETY, kind: 'off-topic', q: "what's everyone using on fusee chains these days, 9010 or something thicker?", has: ['Fiona Pennock'], not: ['RepairDesk'] },
  { ws: TICKETY, kind: 'off-topic', q: 'customer asking if she should wind her grandfather clock once a week or every day, what do i tell her', has: ['Fiona Pennock'], not: ['Jobber'] },
  { ws: TICKETY, kind: 'off-topic', q: "who's in on saturday, is it me and hollie on the counter?", has: ['Fiona Pennock'], not: ['Microsoft 365'] },
  { ws: TICKETY, kind: 'off-topic', q: 'how much do we charge for a battery change on a quartz watch?', has: ['Fiona Pennock'], not: ['Square'] },
  { ws: TICKETY, kind: 'off-topic', q: "where's the spare mainspring winder got to? not in the drawer", has: ['Fiona Pennock'], not: ['Shred-it'] },
  { ws: TICKETY, kind: 'off-topic', q: 'is it going to snow on the Parade tomorrow? might bring the van in early', has: ['Fiona Pennock'], not: ['Quartix'] },
  { ws: TICKETY, kind: 'off-topic', q: 'anyone fancy Bettys for lunch? my treat', has: ['Fiona Pennock'], not: ['Square'] },
  { ws: TICKETY, kind: 'off-topic', q: 'did Harrogate Town win last night?', has: ['Fiona Pennock'], not: ['T H March'] },
  { ws: TICKETY, kind: 'off-topic', q: 'what time does the post office on the parade shut? got a few letters to send', has: ['Fiona Pennock'], not: ['Parcelforce Worldwide'] },
  { ws: TICKETY, kind: 'off-topic', q: 'roughly how long does a full service on a longcase take these days, start to finish?', has: ['Fiona Pennock'], not: ['Jobber'] },

  // ── Tickety Clock & Watch Repairs: new tools ──
  { ws: TICKETY, kind: 'new-tool', q: 'can we list the pre-owned watches on chrono24 as well?', has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: 'do we sell on ebay at all? got a customer asking', has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: "What about Etsy for the restored clocks? My sister sells her pottery there and says it's dead easy to set up", has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: 'is it alright if i use royal mail click and drop to send small parts over to the other workshop?', has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: 'do we have lightroom? the condition photos come out so dark under the bench lamp', has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: "could we get a sumup for the stall at the antiques fair next month?", has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: 'Jonty wants to try otter.ai to transcribe his valuation notes — do we use it?', has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: 'the valuation photos are too big to send, can i use wetransfer?', has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: 'are we on trustpilot? a really happy customer wants to leave us a review', has: ['new-tools'] },
  { ws: TICKETY, kind: 'new-tool', q: 'had a man from Ohio asking to post his pocket watch in for repair, can he pay by paypal?', has: ['new-tools'] },
];
