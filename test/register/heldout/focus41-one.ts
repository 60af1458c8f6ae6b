// Focus set 41 (15 situations, 10 tools we do not hold and 10 off-topic questions per firm), written blind in the sixty-fifth round by a writer who read only the README, the case format and three firms' files (meadowrest-natural-burial, starlight-outdoor-cinema, fibrefield-broadband-coop), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` fact checked against the files by a script; the new-tool questions' expected words "not in our register", which the README uses of the answer but the answer does not say, taken out by a script before any question was read, the firm's rule on new tools still expected), held out in the sixty-fifth round (scored as counts only), then read in the sixty-sixth.
import type { ReferenceCase } from './types.ts';
const MEADOWREST = 'meadowrest-natural-burial';
const STARLIGHT = 'starlight-outdoor-cinema';
const FIBREFIELD = 'fibrefield-broadband-coop';

export const FOCUS41_ONE: ReferenceCase[] = [
  // ───────────────────────── Meadowrest: situation ─────────────────────────
  {
    ws: MEADOWREST, kind: 'situation',
    q: "oh no. I just sent the confirmation for Mrs Armstrong's burial on thurs to Dodsworths instead of the Co-op, the two emails were next to each other in the autocomplete. what do i do??",
    has: ['breach-reporting', 'Tell Ruth straight away'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Dave's just rung from home, he thinks he left the site tablet on the bench by the ash plots last night after the Lowes interment. It's not in the tool store. Ruth's at the NAC conference in York all day, does this need to wait till she's back tomorrow?",
    has: ['breach-reporting', 'by phone if she is not in the office'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "the new FD in Crook (Hollins & Daughter) wants us to make an account on their online booking portal so they can send us dates that way instead of ringing. seems handy tbh, shall I just sign us up?",
    has: ['new-tools', 'pass the request to Ruth rather than signing up'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Gillian here - realised I put the Metcalfe burial in as plot W14 last Tuesday when it's actually W41, typo. Can I just go into the entry in plotbox and change the number and nobody needs to know?",
    has: ['burial-register', 'never delete or overwrite an entry'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "lady at the gate asking where her great uncle Norman Tweddle is buried, she's come up from Leeds. ok to just look him up and take her over?",
    has: ['burial-register', 'unless the entry is flagged private'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Mr Heslop's son came in, his dad held the deed for the double plot in Hawthorn meadow and passed away in Jan. He wants the deed put in his name so his mum can go in there eventually. what does he need to bring us?",
    has: ['deeds', 'the death certificate and the probate or a statutory declaration'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Kirsty: had a really nice old chap in today who's reserved a plot in the wildflower meadow. He asked who's got the ones either side of him, he said he'd like to know who his neighbours will be lol. Can I tell him?",
    has: ['deeds', 'Never tell anyone other than the grant holder'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Got a gentleman on the phone wants to set up the monthly payments for a plot reservation, he's not online at all and says can he just read me his sort code and account no. now and I'll sort it?",
    has: ['plot-reservations', 'never write bank details on paper or take them over the phone'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "two failed DDs now on the Robson plan. I rang and Mrs Robson said her husband died last month and she can't think about it right now. Ian wants to know if we send the usual arrears letter?",
    has: ['plot-reservations', 'we never chase someone who tells us they are bereaved or unwell'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Tom: hearse is due at 11 for the Pattinson burial, the funeral director just said the green form is 'on its way, the registrar's running behind' and they'll drop it in next week. Grave's dug, family's coming. We can go ahead can't we?",
    has: ['funeral-paperwork', 'No burial goes ahead until we hold the certificate for burial'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "had a burial sat morning and one on monday, when do the part c bits have to go back to the registrar by?",
    has: ['funeral-paperwork', 'Within 96 hours of the burial'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "The Carrs dropped off their mum's ashes at 4.50 today for the interment tomorrow and the store's already locked and Tom has the key. Can I keep the casket in the office overnight or in my car and bring it back first thing?",
    has: ['ashes-interments', 'never in the office or a vehicle overnight'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "family for saturday's 2pm say the grandson is bringing his drone to get some 'lovely shots of the woodland' during the service. is that allowed?",
    has: ['photos-and-filming', 'Drones are not flown during ceremonies'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Brian from the Wednesday work party has decided to hang up his loppers after 6 years (bad knees). What do we do with his sign up form with his wife's details on as emergency contact",
    has: ['volunteers', 'shredded when someone stops volunteering'],
  },
  {
    ws: MEADOWREST, kind: 'situation',
    q: "Email from a Mrs Lister who reserved a plot in 2023 - says 'please send me whatever information you hold about me and my husband, I want to see what's on file'. Do I just reply with the PlotBox printout?",
    has: ['records-and-subject-access', 'pass it to Ruth the same day'],
  },

  // ───────────────────────── Meadowrest: new-tool ─────────────────────────
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "would it be ok to use chatgpt to help me word the condolence replies? some of them I really struggle to find the right words for",
    has: ['new-tools'], not: ['Microsoft 365'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "Megan - thinking of doing the autumn newsletter layout in Canva this year, looks so much nicer. any issue?",
    has: ['new-tools'], not: ['Campaign Monitor'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "the Heslop transfer - his solicitor says they always use DocuSign, can we just accept it through that?",
    has: ['new-tools'], not: ['Adobe Acrobat Sign'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "for the open day stall could we get a SumUp reader? cheap and no contract",
    has: ['new-tools'], not: ['Dojo'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "is mailchimp on our approved list? friend of mine swears by it for mailings",
    has: ['new-tools'], not: ['Campaign Monitor'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "Could we put a Calendly link on the site so people can book the guided walks themselves? Would save me so much phone tag",
    has: ['new-tools'], not: ['Bookwhen'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "ian: xero are offering 6 months half price, thinking of trialling it alongside. can i import the families' invoices to test it properly?",
    has: ['new-tools'], not: ['Sage Accounting'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "Tom - the Friends group want to move the volunteers onto Rosterfy instead of the group chat. Can I set it up?",
    has: ['new-tools'], not: ['WhatsApp'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "someone's been nicking diesel from the tool store. could we stick an Arlo camera up in there? they're like £80",
    has: ['new-tools'], not: ['Verisure'],
  },
  {
    ws: MEADOWREST, kind: 'new-tool',
    q: "A volunteer suggested we upload our grave locations to BillionGraves so families abroad can find them. Are we allowed to use that site?",
    has: ['new-tools'], not: ['PlotBox'],
  },

  // ───────────────────────── Meadowrest: off-topic ─────────────────────────
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "anyone want anything from Greggs? going at 12",
    has: ['Ruth Pemberton'], not: ['Wix'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "kettle's dead AGAIN. do we just buy one from argos?",
    has: ['Ruth Pemberton'], not: ['Sage Accounting'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "whats the 2 stroke mix for the brushcutter, 50 to 1?",
    has: ['Ruth Pemberton'], not: ['Wearside IT Solutions'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "lady on the phone asking if she can bring her dogs when she visits, are they allowed on the paths if on leads?",
    has: ['Ruth Pemberton'], not: ['PlotBox'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "Christmas do, are we doing the Bay Horse again or somewhere in Durham this year? need to book soon",
    has: ['Ruth Pemberton'], not: ['Bookwhen'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "anyone know what the purple orchid is in the top meadow? spotty leaves, loads of it this year",
    has: ['Ruth Pemberton'], not: ['Campaign Monitor'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "mini digger making a horrible grinding noise on the left track, who normally services it??",
    has: ['Ruth Pemberton'], not: ['Dojo'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "is it Kirsty's birthday on friday? is there a card going round",
    has: ['Ruth Pemberton'], not: ['Microsoft 365'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "what day do the bins get collected now, did it change to thursday?",
    has: ['Ruth Pemberton'], not: ['GoCardless'],
  },
  {
    ws: MEADOWREST, kind: 'off-topic',
    q: "visitor wants to know if theres anywhere to get a coffee in Hamsterley village",
    has: ['Ruth Pemberton'], not: ['Verisure'],
  },

  // ───────────────────────── Starlight: situation ─────────────────────────
  {
    ws: STARLIGHT, kind: 'situation',
    q: "ok so bit of a disaster, I sent the 'tonight's screening is moved to 8pm' email to everyone booked for Grease at Roundhay and I put them all in CC not BCC. 400ish emails visible. it's sat night, Aisha's not on shift. can it wait till monday?",
    has: ['breach-reporting', 'do not wait for Monday'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "we've lost one of the gate scanner phones. last seen by the east entrance at Temple Newsam around half 9. show's still running. what's the process?",
    has: ['breach-reporting', 'within 24 hours at most, even on an event night'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "The Bao Down guys (food van) want us to put our crew names and phone numbers into their shared google sheet so they can sort staff meal tokens. fine to just fill it in?",
    has: ['new-tools', 'ask Aisha first'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "Chloe here - lad at the bar showed me a photo of his driving licence on his phone, says he left his wallet in the car. he looks about 20. can I serve him?",
    has: ['age-checks', 'never a photo of ID on a phone'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "new barback asked whether he should write down the names of people we refuse in the refusals book, 'so we know if they come back'. what goes in it?",
    has: ['age-checks', 'but no name'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "bloke at the gate won't let NGS look in his rucksack, getting quite shouty about his rights. What do we do with him?",
    has: ['gate-bag-checks', 'a guest who refuses a search is refused entry'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "little girl found by the burger van, about 5, says her name is Maisie. someone suggested putting her photo up on the big screen before the film so mum sees it?? good idea right",
    has: ['lost-children', "Never announce a child's name or description on the PA or the screen"],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "Sam - found child in the welfare tent, a man's turned up saying he's the dad but the lad is just staring at him and not saying anything. He's getting cross. do I hand him over?",
    has: ['lost-children', 'A child is handed back only when they recognise the adult'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "leo, one of the riggers has his own DJI mini and reckons he can get an epic shot of the whole crowd from above during the opening titles. can he?",
    has: ['drone-filming', 'once the audience is in, no drone flies over them'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "we got an insta DM from a lady explaining her MS in a lot of detail and saying she needs a wheelchair space + somewhere for her carer for Dirty Dancing. Shall I just book it from the DM?",
    has: ['accessibility-bookings', 'point people to the form'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "someone commented on the FB post asking us to take down the photo with her and her kids in it, says she never agreed. nina's off today, what's the timescale on this?",
    has: ['audience-photos', 'Nina takes it down within 48 hours'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "there's a PC here at the site asking the NGS supervisor for the bodycam footage of that ejection earlier, wants it on a USB stick right now. Marcus is on the other side of the park, what do we say?",
    has: ['incidents-and-first-aid', 'nothing is handed over on the spot except in an emergency'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "writing up the incident log for the fella who collapsed near the bar, St John's said it was probably a diabetic thing. how much detail do I put?",
    has: ['incidents-and-first-aid', 'whether they went to hospital, never a diagnosis'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "had a call on the office line from a woman saying she's Sam's mum and she's lost his new number, can I give it to her? she sounded legit",
    has: ['crew-records', 'take a message instead'],
  },
  {
    ws: STARLIGHT, kind: 'situation',
    q: "customer emailed: 'Stop emailing me and I want to know what data you have on me, then delete it'. who handles this",
    has: ['subject-access-and-retention', 'pass it to Aisha the same day'],
  },

  // ───────────────────────── Starlight: new-tool ─────────────────────────
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "the Harrogate show is a joint one with a charity, they want to sell through Eventbrite. can we list it there too?",
    has: ['new-tools'], not: ['Ticket Tailor'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "can we get a SumUp for the merch table, the other readers are always at the bar",
    has: ['new-tools'], not: ['Zettle'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "Nina: is Mailchimp approved? their free tier looks decent for a quick one off blast",
    has: ['new-tools'], not: ['Klaviyo'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "can I make a whatsapp group for the gate team on the night? easier than everyone checking the channel",
    has: ['new-tools'], not: ['Slack'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "marcus - thinking of moving next season's crew onto RotaCloud, its cheaper. ok to start a trial with this year's crew list?",
    has: ['new-tools'], not: ['Deputy'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "could we use Jotform for the access requests instead? it does conditional questions better",
    has: ['new-tools'], not: ['Typeform'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "Want to try TikTok ads for the horror double bill, the audience is younger. allowed?",
    has: ['new-tools'], not: ['Meta'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "editor's asking me to WeTransfer him the drone footage from Harewood, is that OK",
    has: ['new-tools'], not: ['Frame.io'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "would it be ok to paste the season's incident logs into ChatGPT and get it to pull out trends for the debrief? would save hours",
    has: ['new-tools'], not: ['Google Workspace'],
  },
  {
    ws: STARLIGHT, kind: 'new-tool',
    q: "jess, is quickbooks something we can use? my mate's bar runs everything through it",
    has: ['new-tools'], not: ['Kirkgate Accounting'],
  },

  // ───────────────────────── Starlight: off-topic ─────────────────────────
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "whats the forecast for saturday, are we gonna get soaked again",
    has: ['Aisha Rahman'], not: ['Northern Gate Security'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "the popcorn machine is doing the burning smell thing again. who fixes it",
    has: ['Aisha Rahman'], not: ['Zettle'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "customer asking can they bring their own camping chairs and a picnic blanket?",
    has: ['Aisha Rahman'], not: ['Ticket Tailor'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "what time is sunset on the 14th? need to work out when to start the pre-show",
    has: ['Aisha Rahman'], not: ['Filmbankmedia'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "who's got the transit keys",
    has: ['Aisha Rahman'], not: ['Deputy'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "lunch tomorrow during the build - dominos or the wood fired pizza place on Call Lane?",
    has: ['Aisha Rahman'], not: ['Street food traders'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "anyone got a spare HDMI to SDI converter? ours is fried",
    has: ['Aisha Rahman'], not: ['Frame.io'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "are we dressing up for Rocky Horror?? I've already bought fishnets lol",
    has: ['Aisha Rahman'], not: ['Meta'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "generator hire guy wants to know the wattage of the screen blower fan, anyone know",
    has: ['Aisha Rahman'], not: ['Stripe'],
  },
  {
    ws: STARLIGHT, kind: 'off-topic',
    q: "someone on the phone asking what film we're showing after Grease in August",
    has: ['Aisha Rahman'], not: ['Klaviyo'],
  },

  // ───────────────────────── Fibrefield: situation ─────────────────────────
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "Sophie here, just realised this morning's bill for the Pughs at Upper Treverward went to a different Pugh's email address. it's Friday afternoon, shall I flag it Monday when Helen's back in?",
    has: ['breach-reporting', 'within 24 hours of finding a personal data breach'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "liam - I opened a remote session on the wrong router (picked the wrong Jones in UISP) and was in for about 2 mins before I noticed. Should I just delete the session and ring Mrs Jones to apologise?",
    has: ['breach-reporting', 'Do not delete anything or contact the customer yourself'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "The rep from the ONT manufacturer has offered us a free trial of their cloud monitoring thing, just plug in the API key. It's only kit monitoring not customer stuff so we don't need to check that one do we?",
    has: ['new-tools', 'Router and network tools from equipment vendors'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "had an email from the electricity network folks asking if we could share our list of priority customers so they can cross check with their priority services register. sounds helpful for power cuts? ok to send?",
    has: ['vulnerable-customers', "including the electricity network's register"],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "on a call with a lady in Newcastle-on-Clun, her husband's on oxygen at home and has COPD and early dementia, she's very worried about outages. she's happy for us to note it. what exactly do I put on the account?",
    has: ['vulnerable-customers', 'category and priority level, never a diagnosis'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "Customer rang asking if we can see what websites her 14 year old's been going on overnight, since it's our router. can we pull that up for her?",
    has: ['router-remote-access', "log anyone's browsing"],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "owain: did a quick remote reboot on the Bevan's router this morning while they were on the phone, forgot to put anything in the session note. does that matter?",
    has: ['router-remote-access', 'number in the UISP session note every time'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "At the install at Bettws, only the 15 yr old son is in, mum's stuck at work and says on the phone just crack on, the lad will let me in. OK to go in?",
    has: ['home-and-farm-visits', 'Never go inside unless an adult (18 or over) is at home'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "pulling up at Hobarris farm to do the ONT in the barn, there's a sign on the gate about TB testing this week. farmer not answering. what are the rules?",
    has: ['home-and-farm-visits', 'follow the biosecurity rules in the wayleave'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "Mr Davies at Cwm farm said on the phone we can start ploughing across his bottom field tomorrow, signed wayleave is 'in the post'. Civils are booked. can we go?",
    has: ['wayleaves', 'the field shows green on the ArcGIS map'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "Martin: two new people turned up for saturday's dig at Mainstone who signed up on the day, keen as anything, haven't done the induction. can they just help carry duct if I keep an eye?",
    has: ['volunteer-diggers', 'before their first dig'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "member rang Helen's line, asking how much the chap next door put into the share offer because 'he's been bragging about it'. what can I tell him?",
    has: ['member-shares', "never anyone else's shareholding"],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "got a gent on the line who was made redundant, two DDs bounced and he's worried we'll cut him off - he works from home looking for jobs. what can I say",
    has: ['payments', 'do not threaten disconnection'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "a DC from West Mercia phoned the support line asking who had a particular IP address last Tuesday night, says it's urgent. Becky's on leave, can I just look it up in Splynx for him?",
    has: ['support-calls', 'properly authorised request under the Investigatory Powers Act'],
  },
  {
    ws: FIBREFIELD, kind: 'situation',
    q: "ex customer (moved to Ludlow) emailed asking for everything we hold on her and then wants it all deleted. who deals with that and how quick?",
    has: ['records-and-subject-access', 'pass the request to Helen the same day'],
  },

  // ───────────────────────── Fibrefield: new-tool ─────────────────────────
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "becky - zendesk have offered us a 30 day trial, the SLAs look nicer. ok to import some tickets to try it?",
    has: ['new-tools'], not: ['Freshdesk'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "can we try Dialpad for the support line? it does transcription",
    has: ['new-tools'], not: ['Aircall'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "owain, the new batch of TP-Link routers can be run from Omada cloud. can I adopt the first few customer units into it?",
    has: ['new-tools'], not: ['UISP'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "For the next share offer should we look at Crowdcube? they've got a bigger audience",
    has: ['new-tools'], not: ['Ethex'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "liam wants to use google my maps on his phone to plot the duct route for the Clunbury spur, any issue?",
    has: ['new-tools'], not: ['ArcGIS Online'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "is chatgpt ok for summarising long call notes before they go on the account? some of these are 20 mins of waffle",
    has: ['new-tools'], not: ['Splynx'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "a few customers want to pay one-off install charges by card, could we set up Stripe?",
    has: ['new-tools'], not: ['GoCardless'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "helen, what do you reckon to moving the member updates to Substack? looks friendlier",
    has: ['new-tools'], not: ['Mailchimp'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "ElectionBuddy is loads cheaper for the AGM vote, could we use it this year?",
    has: ['new-tools'], not: ['Civica Election Services'],
  },
  {
    ws: FIBREFIELD, kind: 'new-tool',
    q: "martin - some of the older volunteers find the sign up site fiddly, can I just do a SignUpGenius for the spring digs",
    has: ['new-tools'], not: ['Better Impact'],
  },

  // ───────────────────────── Fibrefield: off-topic ─────────────────────────
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "who's doing the bacon butty run",
    has: ['Helen Corbett'], not: ['Splynx'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "van 2 failed its MOT on the brakes, can I book it into Morris's in Craven Arms?",
    has: ['Helen Corbett'], not: ['Clun Valley Civils'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "the fusion splicer keeps throwing a cleave angle error, anyone had this",
    has: ['Helen Corbett'], not: ['Marches Network Services'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "customer asking how much the 900 meg package is a month",
    has: ['Helen Corbett'], not: ['GoCardless'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "lady wants to pop into the Bishop's Castle office, are we open saturday mornings?",
    has: ['Helen Corbett'], not: ['Aircall'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "cake in the kitchen for Becky's birthday, help yourselves",
    has: ['Helen Corbett'], not: ['Freshdesk'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "anyone know if the A488 is flooded at Lydham again? rain's been biblical",
    has: ['Helen Corbett'], not: ['ArcGIS Online'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "best chippy in Bishop's Castle? new here",
    has: ['Helen Corbett'], not: ['Ethex'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "where's the long ladder gone? not in the store",
    has: ['Helen Corbett'], not: ['Better Impact'],
  },
  {
    ws: FIBREFIELD, kind: 'off-topic',
    q: "customer asking if we do TV as well or just broadband",
    has: ['Helen Corbett'], not: ['Mailchimp'],
  },
];
