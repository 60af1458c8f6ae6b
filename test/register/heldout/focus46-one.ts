// Focus set 46 (20 situations, 5 tools we do not hold and 5 off-topic questions per firm), written blind in the sixty-sixth round by a writer who read only the README, the case format and three firms' files (pageturner-mobile-library, featherstone-taxidermy, drystone-dales-walling), the firms written by helpers from the configuration reference and two examples: written to be read in the same round, for more stories told in staff's own words to learn from. Frozen (every `has` fact checked against the files by a script), scored once as held out on the start code, then read.
import type { ReferenceCase } from './types.ts';

const PAGETURNER = 'pageturner-mobile-library';
const FEATHERSTONE = 'featherstone-taxidermy';
const DRYSTONE = 'drystone-dales-walling';

export const FOCUS46_ONE: ReferenceCase[] = [
  // ── PageTurner Mobile Library: situations ──
  { ws: PAGETURNER, kind: 'situation', q: "Mrs Holroyd's son messaged me the 4 digits for the little lockbox by her back door so I don't have to wait for her to shuffle over. ok if I scribble them in my notebook for next week?", has: ['key-safe-codes', 'never written on a round sheet, in a notebook'] },
  { ws: PAGETURNER, kind: 'situation', q: "I'm one of the volunteers on the Tuesday drop in Hillsborough. One of my ladies said 'just let yourself in love, the box by the door is 1966' – am I allowed to do that?", has: ['key-safe-codes', 'volunteers never use a key safe and always knock and wait'] },
  { ws: PAGETURNER, kind: 'situation', q: "Reader on Crookes Rd, lovely old chap, keeps trying to press a tenner on me 'for petrol' every week and gets upset when I say no. Can I just take it and put it in the tin at the office", has: ['lone-visits', 'never accept gifts or money'] },
  { ws: PAGETURNER, kind: 'situation', q: "Mrs Dyson asked if I'd run her to the big Tesco after I drop her books off since she can't get out much. It's on my way home tbh and I'd be taking my own Fiesta anyway", has: ['lone-visits', 'never take a reader out in your own car'] },
  { ws: PAGETURNER, kind: 'situation', q: "Went round to Edna's today – hardly anything in the fridge, heating off, and she said her nephew 'looks after her bank card now'. She made me swear not to say anything to anyone. I don't want to break her trust, what should I do?", has: ['safeguarding', 'Do not promise the reader to keep it secret'] },
  { ws: PAGETURNER, kind: 'situation', q: "Who do I go to? Aisha's on leave all week and one of my readers had bruises up both arms she wouldn't explain, and she jumped when her son came in", has: ['safeguarding', 'or Helen if Aisha is away'] },
  { ws: PAGETURNER, kind: 'situation', q: "Mr Barker told me all about his heart tablets and his type 2 on today's drop, list of pills and everything. Should I type it all onto his record so we've got it?", has: ['health-notes', 'Do not record diagnoses or medication'] },
  { ws: PAGETURNER, kind: 'situation', q: "quick one - new lady on my drop is very hard of hearing and has a terrier that jumps up at the door. I've written it on a post-it stuck to my clipboard for now, is that ok or does it need to go somewhere", has: ['health-notes', 'Notes go in Beacon, never on paper'] },
  { ws: PAGETURNER, kind: 'situation', q: "Finished the Walkley drops and there's a pile of this morning's printed lists in the cab. Can I just chuck them in the blue bin at the depot? the office is shut by the time I'm back", has: ['round-sheets', 'never the recycling'] },
  { ws: PAGETURNER, kind: 'situation', q: "A woman rang saying her dad needs books brought round, but when I phoned him to arrange it he had no idea what I was on about and sounded a bit put out. Do we still sign him up?", has: ['referrals', 'Check the reader knows about and agrees to the referral'] },
  { ws: PAGETURNER, kind: 'situation', q: "The OT who sent us Mrs Kaur mentioned in passing there's a very territorial alsatian at the house. We're meant to be booking her first drop for Thursday, anything I should do first?", has: ['referrals', 'flag it to Aisha before the first visit is booked'] },
  { ws: PAGETURNER, kind: 'situation', q: "Dev, could I borrow the library van on Saturday to move my sister's sofa to her new flat? I'll fill it up with diesel after", has: ['van-tracking', 'never used for personal trips'] },
  { ws: PAGETURNER, kind: 'situation', q: "Clipped a wing mirror reversing out of a cul-de-sac in Gleadless, nobody hurt. I took some pics on my phone but the reader's house with the number on the door is in the back of two of them – is that a problem?", has: ['van-tracking', 'photos that show no readers or house numbers'] },
  { ws: PAGETURNER, kind: 'situation', q: "Lily wants something for the spring mailout and Mrs Grey (she's got dementia, bless her) said I could snap her holding her big print Catherine Cookson, she was so chuffed. Fine to go ahead?", has: ['photos-and-stories', 'signed by their attorney or family'] },
  { ws: PAGETURNER, kind: 'situation', q: "New helper Priya is dead keen to start on her own drops next week but her police check hasn't come back yet. Can she just go out anyway, she seems lovely", has: ['volunteer-checks', 'before their first round'] },
  { ws: PAGETURNER, kind: 'situation', q: "Sam's asked in the drivers chat for the full address of the new lady on Rivelin Valley Rd plus whether she uses a walking frame. Ok to just reply in there?", has: ['messaging', 'never send full addresses'] },
  { ws: PAGETURNER, kind: 'situation', q: "Left the van tablet on the 52 bus this morning like an idiot. I've rung First Bus lost property but nothing yet", has: ['lost-device', 'Kelham IT will wipe it remotely'] },
  { ws: PAGETURNER, kind: 'situation', q: "Oh no, I emailed an update about Mr Lowe to his daughter but autocomplete picked a different Lowe family. Should I just email them and ask them to delete it and say sorry?", has: ['breach-reporting', 'contact the people affected yourself'] },
  { ws: PAGETURNER, kind: 'situation', q: "A volunteer who left last spring rang up, bit cross, wanting 'everything you've got on me'. I said I'd find out. What's the process", has: ['subject-access', 'within one calendar month'] },
  { ws: PAGETURNER, kind: 'situation', q: "Heard from a neighbour that Mrs Whitaker passed away on Sunday. She'd still got three of our audio books. What do I need to do?", has: ['closing-records', 'stops their deliveries in Beacon that day'] },

  // ── PageTurner: new tools ──
  { ws: PAGETURNER, kind: 'new-tool', q: "Lily's mate at another charity swears by JustGiving for sponsored walks – could we move our donate page over to that?", has: ['new-tools'], not: ['Enthuse'] },
  { ws: PAGETURNER, kind: 'new-tool', q: "I've started putting the helpers' rota in Google Sheets because it's easier to share with everyone, hope that's ok", has: ['new-tools'], not: ['Better Impact'] },
  { ws: PAGETURNER, kind: 'new-tool', q: "can we get the office phones on RingCentral? the reception in the van is rubbish", has: ['new-tools'], not: ['CircleLoop'] },
  { ws: PAGETURNER, kind: 'new-tool', q: "Tom's been trying out Goodreads to keep track of what each reader's had out. Worth us using it properly?", has: ['new-tools'], not: ['Libib'] },
  { ws: PAGETURNER, kind: 'new-tool', q: "Half the drivers want the chat moved to Telegram, is that allowed?", has: ['new-tools'], not: ['WhatsApp'] },

  // ── PageTurner: off the subject ──
  { ws: PAGETURNER, kind: 'off-topic', q: "what time does the van get to the Stannington stop on Wednesdays?", has: ['Helen Cartwright'], not: ['Webfleet'] },
  { ws: PAGETURNER, kind: 'off-topic', q: "Is there anywhere to park near the office on a Friday? The car park behind is always rammed", has: ['Helen Cartwright'], not: ['Webfleet'] },
  { ws: PAGETURNER, kind: 'off-topic', q: "Have we got any more large print Lee Childs in stock or have they all gone out?", has: ['Helen Cartwright'], not: ['Libib'] },
  { ws: PAGETURNER, kind: 'off-topic', q: "anyone able to cover my Thursday afternoon? got a dentist appointment", has: ['Helen Cartwright'], not: ['Better Impact'] },
  { ws: PAGETURNER, kind: 'off-topic', q: "When's the Christmas do this year and is it at the Fat Cat again?", has: ['Helen Cartwright'], not: ['Enthuse'] },

  // ── Featherstone Taxidermy: situations ──
  { ws: FEATHERSTONE, kind: 'situation', q: "Bloke just turned up with a sparrowhawk, says it hit his conservatory window this morning. He's in a rush and won't hang about to fill anything in – can I just take it off him?", has: ['provenance', "get a signed finder's statement before we accept it"] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Hollie x-rayed the buzzard that came in Tuesday and there's lead shot in the wing. The chap told us he picked it up off the A47. What now?", has: ['provenance', 'Norfolk Police wildlife crime officer'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Poppy wants the tawny owl mount on our stand at the Sandringham game fair with a £650 ticket on it. The paperwork's 'in the post' apparently", has: ['cites-paperwork', 'cannot be sold, advertised or shown for sale until APHA'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Customer buying the kestrel wants to take it home today. Where's the original certificate kept and does he get it?", has: ['cites-paperwork', 'The certificate goes with the piece when it is sold'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Came in this morning and chest no.3 is reading minus 2 and beeping its head off, power must've tripped overnight. Mark's not in till 11", has: ['freezer-log', 'move the contents to the walk-in'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Mrs Tilney's spaniel was finished back in March and she's not been in or answered her phone since. Mark says we need the shelf space, can we just send him off to Breckland?", has: ['pet-remains', 'Clare writes twice before anything else happens'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "such a gorgeous job on the Burmese cat!! can I stick it on the studio insta? the lady seemed really happy when she picked it up", has: ['pet-remains', "never photographed for social media without the owner's written consent"] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Got a great shot of the red stag head with the keeper who shot it grinning next to it, up at Holkham. Ok to put that up with a shout out to him?", has: ['social-media', 'never tag a hunter or show a face without their consent'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Some anti account keeps commenting calling us murderers and one of them said they know where the barn is. Should I reply and tell them where to go?", has: ['social-media', 'screenshot threats and send them to James'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Guy dropping off a brace of woodcock offered to let me photocopy his gun licence so we'd have it on file. Do we want that?", has: ['shooting-customers', 'We do not take copies of shotgun or firearm certificates'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "My mate at the pub asked what we're working on and I said the cased bittern from the Castle. Now he wants a photo of it, harmless right?", has: ['museum-contract', 'tell anyone outside the studio what we are working on'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "I knocked the glass on the kingfisher group from the collection while I was moving it, there's a small crack in one corner. Not sure who I'm supposed to tell", has: ['museum-contract', 'reported to Mark the same day'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "A fella saying he's a wildlife investigator just walked in with a lanyard wanting to go through our paperwork on every goshawk we've done. James is at the dentist, what do I do", has: ['police-enquiries', 'Show no records and hand over nothing'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Lady collecting her labrador wants to come through the back to see where we did him, and she's got her two little ones with her", has: ['visitors', 'stay in the front showroom'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Neighbour reckons someone's been nicking diesel from his yard at night and asked me to pull up what our gate cam picked up last Tuesday, can I just show him on my phone?", has: ['cctv', 'Only James and Clare may view or save'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Think the tablet from the showroom got swiped off our stand at the Royal Norfolk Show, it's not in any of the boxes", has: ['lost-device', 'signs it out of Google Workspace'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Colin sent the bill for the Hendersons' otter to the other Hendersons in Swaffham. Should I just ask them to bin it?", has: ['breach-reporting', 'Clare decides within 72 hours'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "A lady who brought us a tawny she found two years ago has emailed saying she wants her name and address wiped from everything. Can we do that?", has: ['subject-access', 'cannot be deleted at their request'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Customer on the phone wants to read me the long number off his Visa for the 50% on his pheasant, says he's no good with links. Can I jot it down and put it through later?", has: ['payments', 'send a payment link instead'] },
  { ws: FEATHERSTONE, kind: 'situation', q: "Email from a customer saying send my refund to this new account please, different bank from before. Colin's about to pay it this afternoon", has: ['payments', 'check it by phone on the number in Airtable'] },

  // ── Featherstone: new tools ──
  { ws: FEATHERSTONE, kind: 'new-tool', q: "A customer asked if she can pay her deposit with PayPal instead, can we set that up?", has: ['new-tools'], not: ['Stripe'] },
  { ws: FEATHERSTONE, kind: 'new-tool', q: "Poppy's friend says Wix is loads easier for a website with a gallery, could we switch ours over?", has: ['new-tools'], not: ['Squarespace'] },
  { ws: FEATHERSTONE, kind: 'new-tool', q: "I've been keeping my intake notes in Notion on my phone, it's quicker than the laptop", has: ['new-tools'], not: ['Airtable'] },
  { ws: FEATHERSTONE, kind: 'new-tool', q: "could we ship the big cased pieces with Parcelforce from now on?", has: ['new-tools'], not: ['DPD'] },
  { ws: FEATHERSTONE, kind: 'new-tool', q: "The conservator asked if we can WeTransfer her the condition photos this week, is that ok?", has: ['new-tools'], not: ['Dropbox'] },

  // ── Featherstone: off the subject ──
  { ws: FEATHERSTONE, kind: 'off-topic', q: "what time are we opening on Saturday before the game fair?", has: ['Clare Featherstone'], not: ['SumUp'] },
  { ws: FEATHERSTONE, kind: 'off-topic', q: "Where can people park when they come to collect? The yard's full of Mark's logs", has: ['Clare Featherstone'], not: ['Reolink'] },
  { ws: FEATHERSTONE, kind: 'off-topic', q: "have we got enough borax and glass eyes in stock to get us through the shooting season?", has: ['Clare Featherstone'], not: ['shooting-customers'] },
  { ws: FEATHERSTONE, kind: 'off-topic', q: "How much are we charging for a mounted cock pheasant these days?", has: ['Clare Featherstone'], not: ['Stripe'] },
  { ws: FEATHERSTONE, kind: 'off-topic', q: "Is the museum open on Mondays? want to take my nephew to see the mammoth", has: ['Clare Featherstone'], not: ['Norfolk Museums Service'] },

  // ── Drystone Dales Walling: situations ──
  { ws: DRYSTONE, kind: 'situation', q: "Dan's off sick so I'll be on my tod up at Cam High Road tomorrow and there's zero signal up there. Gareth says it's fine if I'm careful?", has: ['lone-working', 'work in pairs or check in by the farm landline'] },
  { ws: DRYSTONE, kind: 'situation', q: "Freya was meant to ring in at 1 from the top of Widdale, it's 1:40 and nothing. Her phone goes straight to voicemail", has: ['lone-working', 'the crew leader rings, then drives out'] },
  { ws: DRYSTONE, kind: 'situation', q: "farmer at Gayle says his lad can ride on the back of our quad up to the top pasture to show us where the gap is. that ok?", has: ['quad-bikes', 'never with a passenger'] },
  { ws: DRYSTONE, kind: 'situation', q: "We left the quad up at the farm overnight with the key in so Ollie could get going first thing, farmer didn't mind", has: ['quad-bikes', 'Keys are never left in a quad'] },
  { ws: DRYSTONE, kind: 'situation', q: "The red Honda's gone from the farmer's shed at Thwaite, chain's been cut. Rob's on holiday in Spain – who do I ring?", has: ['quad-bikes', 'with the Datatag number'] },
  { ws: DRYSTONE, kind: 'situation', q: "Can Rob see where I went in the Hilux on Saturday? I had it for my cousin's wedding, he said that was fine", has: ['vehicle-tracking', 'Switch on private mode'] },
  { ws: DRYSTONE, kind: 'situation', q: "My gran loves seeing the walls so I've been putting our befores and afters on my Insta story. That's alright isn't it, it's only stone", has: ['site-photos', 'Do not post site photos on your own social media'] },
  { ws: DRYSTONE, kind: 'situation', q: "Mr Handley at Bainbridge wants us to bill the whole 80m now so his claim makes the deadline, we've only done 50. He's a good customer mind…", has: ['grant-evidence', 'never invoice for work not yet done'] },
  { ws: DRYSTONE, kind: 'situation', q: "Bloke from the Rural Payments lot rang wanting all the photos and invoices for the Hardraw job by Friday. Do I just send them?", has: ['grant-evidence', 'tell Janet, who sends what they ask for'] },
  { ws: DRYSTONE, kind: 'situation', q: "A walker on the Pennine Way asked me for the farmer's mobile so she could complain about a loose dog. Should I give it her?", has: ['landowner-details', 'without asking them first'] },
  { ws: DRYSTONE, kind: 'situation', q: "Burtersett finished Friday but the padlock number for the top field is still sat in the notes on it", has: ['landowner-details', 'deleted from the job when the job closes'] },
  { ws: DRYSTONE, kind: 'situation', q: "Our new lad from Craven told me at brew time things are really bad at home and he's been kipping in his car. Don't know what to do with that", has: ['apprentices', 'tell Gareth the same day'] },
  { ws: DRYSTONE, kind: 'situation', q: "Mrs Fawcett asked for our trainee's mobile so he can come back and do odd jobs for her at weekends. Can I pass it on?", has: ['apprentices', "Do not share apprentices' personal numbers with customers"] },
  { ws: DRYSTONE, kind: 'situation', q: "Ollie dropped a throughstone on his foot Tuesday, he's been off since and the doc says another couple of weeks. Does anything need doing beyond his sick note?", has: ['accidents', 'more than seven days'] },
  { ws: DRYSTONE, kind: 'situation', q: "Wes stuck the gate code for the Carperby job in the lads group so we'd all have it, is that a problem?", has: ['crew-messages', 'never post landowners'] },
  { ws: DRYSTONE, kind: 'situation', q: "Think my phone went in the beck at Semerwater when I was washing my hands, it's got the photo app and the job app on", has: ['lost-device', 'She signs it out of Microsoft 365'] },
  { ws: DRYSTONE, kind: 'situation', q: "Email from the quarry at Helwith Bridge saying they've moved banks and the next payment should go to a new sort code. Sophie wants to just update it", has: ['invoice-fraud', 'Never change bank details from an email'] },
  { ws: DRYSTONE, kind: 'situation', q: "I sent the grant pics and the bill for High Abbotside to the wrong farmer – there's two Mr Dinsdales! Should I ring him and ask him to get rid of it?", has: ['breach-reporting', 'Do not delete anything or contact the people affected yourself'] },
  { ws: DRYSTONE, kind: 'situation', q: "An ex-crew lad messaged asking for all the tracker data and timesheets we've got with his name on. Who deals with that and how long have we got?", has: ['subject-access', 'one calendar month'] },
  { ws: DRYSTONE, kind: 'situation', q: "Found boxes of old timesheets and quotes from 2015 up in the barn loft, can I burn them?", has: ['paperwork-retention', 'kept for 7 years after the job'] },

  // ── Drystone: new tools ──
  { ws: DRYSTONE, kind: 'new-tool', q: "Rob's mate swears by Jobber for quotes and invoicing, should we move over?", has: ['new-tools'], not: ['Tradify'] },
  { ws: DRYSTONE, kind: 'new-tool', q: "The farmer at Dent asked if we could share the before and after pics with him on Google Drive", has: ['new-tools'], not: ['CompanyCam'] },
  { ws: DRYSTONE, kind: 'new-tool', q: "Gareth wants us all on what3words so mountain rescue can find us, ok to put it on our phones?", has: ['new-tools'], not: ['StaySafe'] },
  { ws: DRYSTONE, kind: 'new-tool', q: "Sophie's started doing the fuel receipts in QuickBooks instead, is that allowed?", has: ['new-tools'], not: ['Dext'] },
  { ws: DRYSTONE, kind: 'new-tool', q: "the lads want to move the crew chat over to Facebook Messenger, any objection?", has: ['new-tools'], not: ['WhatsApp'] },

  // ── Drystone: off the subject ──
  { ws: DRYSTONE, kind: 'off-topic', q: "What time's the pickup leaving the yard tomorrow for Hawes?", has: ['Janet Metcalfe'], not: ['Quartix'] },
  { ws: DRYSTONE, kind: 'off-topic', q: "is the weather going to hold for Thursday up on Buttertubs?", has: ['Janet Metcalfe'], not: ['crew-messages'] },
  { ws: DRYSTONE, kind: 'off-topic', q: "how much are we charging per metre on the Gayle job?", has: ['Janet Metcalfe'], not: ['Tradify'] },
  { ws: DRYSTONE, kind: 'off-topic', q: "Have we got enough stakes and binders for the hedge at Askrigg or do I need to order more?", has: ['Janet Metcalfe'], not: ['Dext'] },
  { ws: DRYSTONE, kind: 'off-topic', q: "Anyone going to Muker show on Saturday? There's a walling competition", has: ['Janet Metcalfe'], not: ['Dry Stone Walling Association'] },
];
