// Held-out round 76, written blind in the reference block's mix of kinds: two new firms (an allotment society, hollowbrook-allotments; a sports massage and injury clinic, kneadwell-sports-massage), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 104 / 120 (field 45/48, list 19/20, situation 28/36, off-topic 6/8, new tool 6/8).
import type { ReferenceCase } from './types.ts';

const A = 'hollowbrook-allotments';
const B = 'kneadwell-sports-massage';

export const ROUND76: ReferenceCase[] = [
  // ───────────── Firm A: Hollowbrook Allotments Society ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where is the plot register actually kept, is it uk based?', has: ['membermojo', 'UK'], not: ['US'] },
  { ws: A, kind: 'field', q: 'once someone gives up their allotment how long do we hang on to their details in memebrmojo', has: ['membermojo', '2 years'] },
  { ws: A, kind: 'field', q: 'whats our legal basis for keeping plot holders names and addresses on the members list', has: ['membermojo', 'contract'] },
  { ws: A, kind: 'field', q: 'who looks after the card machine down the hut', has: ['SumUp', 'Pat'] },
  { ws: A, kind: 'field', q: 'how long does sum up keep the records of what people paid at the hut', has: ['SumUp', '5 years'] },
  { ws: A, kind: 'field', q: 'gmail and the shared drive go off to america dont they? whats covering that legally', has: ['Google Workspace for Nonprofits', 'UK Addendum'] },
  { ws: A, kind: 'field', q: 'where is xero data actualy held', has: ['Xero', 'US', 'AU'], not: ['SG'] },
  { ws: A, kind: 'field', q: 'how long do the books keep the rent payment stuff for', has: ['Xero', '6 years'] },
  { ws: A, kind: 'field', q: 'graham said something about the xero gdpr paperwork needing a look, is it up to date or not', has: ['Xero', 'overdue'] },
  { ws: A, kind: 'field', q: 'when the signatories change at the agm what do we actually have to hand over to the bank', has: ['Unity Trust Bank', 'signatories'] },
  { ws: A, kind: 'field', q: 'have we got a gdpr statement or anything like that from the examiner who does the accounts', has: ['Ashdown & Pryce', 'requested'] },
  { ws: A, kind: 'field', q: 'what exactly do we give ashdown pryce access to when they check the year end', has: ['Ashdown & Pryce', 'read-only'] },
  { ws: A, kind: 'field', q: 'the newsletter company is american isnt it, is that allowed under gdpr?', has: ['Mailchimp', 'US', 'adequacy'] },
  { ws: A, kind: 'field', q: 'who is in charge of mail chimp', has: ['Mailchimp', 'Bev'] },
  { ws: A, kind: 'field', q: 'what safeguard is there for square space sending our contact form stuff to the states', has: ['Squarespace', 'SCC'] },
  { ws: A, kind: 'field', q: 'do we have a proper data processing agreement for the whatsapp groups', has: ['WhatsApp', 'missing'] },
  { ws: A, kind: 'field', q: 'where does the padlock app store its data, dennis wasnt sure', has: ['igloohome', 'SG'], not: ['US'] },
  { ws: A, kind: 'field', q: 'can the igloo home people see our access log of who opened the gates?', has: ['igloohome', 'not known'] },
  { ws: A, kind: 'field', q: 'how long does neil keep the backups of the committee drive', has: ['Bramley PC Care', '3 months'] },
  { ws: A, kind: 'field', q: 'is that usb backup drive the computer man keeps at his office encrypted', has: ['Bramley PC Care', 'not yet encrypted'] },
  { ws: A, kind: 'field', q: 'what do we send the landlord every april, do they get names?', has: ['Hollowbrook Town Council', 'occupancy'] },
  { ws: A, kind: 'field', q: 'is green minds a processor of ours or is it some kind of shared thing', has: ['Hollowbrook & District Mind', 'joint'] },
  { ws: A, kind: 'field', q: 'if theres an insurance claim how long does NSALG keep the details', has: ['National Allotment Society', '6 years'] },
  { ws: A, kind: 'field', q: 'how long does the dbs company keep the volunteers id documents and stuff', has: ['uCheck', '6 months'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our suppliers keep data in the US?', has: ['Google Workspace for Nonprofits', 'Xero', 'Mailchimp', 'Squarespace', 'WhatsApp'], not: ['membermojo'] },
  { ws: A, kind: 'list', q: 'who holds peoples card details', has: ['SumUp'], not: ['Mailchimp'] },
  { ws: A, kind: 'list', q: 'which suppliers are we missing a gdpr statement for', has: ['WhatsApp', 'Hollowbrook Town Council'], not: ['membermojo'] },
  { ws: A, kind: 'list', q: 'whose gdpr paperwork are we still waiting on, asked for but not back yet', has: ['Ashdown & Pryce', 'Bramley PC Care', 'igloohome'] },
  { ws: A, kind: 'list', q: 'any suppliers where the gdpr review date has gone past?', has: ['Xero', 'Squarespace'], not: ['uCheck'] },
  { ws: A, kind: 'list', q: 'which ones on the register are recipients rather than processors', has: ['Unity Trust Bank', 'Ashdown & Pryce', 'Hollowbrook Town Council', "St Aidan's CE Primary School", 'National Allotment Society'], not: ['Mailchimp'] },
  { ws: A, kind: 'list', q: 'where do we hold anything to do with dbs checks or criminal records', has: ['uCheck', 'Google Workspace for Nonprofits'] },
  { ws: A, kind: 'list', q: 'what suppliers does graham look after', has: ['Xero', 'Unity Trust Bank', 'Ashdown & Pryce', 'National Allotment Society'], not: ['Mailchimp'] },
  { ws: A, kind: 'list', q: 'are any of them joint controllers with us', has: ['Hollowbrook & District Mind'], not: ['Unity Trust Bank'] },
  { ws: A, kind: 'list', q: 'which suppliers are iso 27001 certified', has: ['Google Workspace for Nonprofits', 'Xero', 'uCheck'], not: ['WhatsApp'] },

  // situation (18)
  { ws: A, kind: 'situation', q: 'oh no i just sent the rent day reminder to all the plotholders with everyones email addresses in the To box instead of bcc, what do i do', has: ['breach-reporting', 'Rupa'] },
  { ws: A, kind: 'situation', q: 'came in to open the hut this morning and the waiting list printout was just sat on the counter from last night, anyone could of read it', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'i accidentally posted a message about plot 17s eviction in the big plot holders whatsapp instead of the committee one. deleted it but people might have seen', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'the green minds attendance sheet isnt in the locked box in the shed, i think its gone missing', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'bloke at the gate says hes the brother of the chap on plot 42 and needs the gate code to get his tools out, he seemed genuine, can i just tell him?', has: ['gate-and-water-codes'] },
  { ws: A, kind: 'situation', q: 'think ive lost my hut key somewhere on the cinder path site', has: ['gate-and-water-codes', 'Dennis'] },
  { ws: A, kind: 'situation', q: 'we have a manure delivery coming thursday and the driver needs to get through the main gate, shall i text him the code', has: ['gate-and-water-codes'] },
  { ws: A, kind: 'situation', q: 'a woman rang saying shes the wife of someone on the waiting list and wanted to know how far up the list he is now', has: ['waiting-list-and-lettings'] },
  { ws: A, kind: 'situation', q: 'my neighbour on the next plot is packing it in and wants to pass her plot straight on to her friend, she says the friend will look after it really well, is that ok', has: ['waiting-list-and-lettings'] },
  { ws: A, kind: 'situation', q: 'someone handed me a paper form for the waiting list at the hut on saturday, where does it go', has: ['waiting-list-and-lettings'] },
  { ws: A, kind: 'situation', q: 'doing the june walk round tomorrow, society phone is flat so ok to take the photos on my own phone?', has: ['inspections-and-notices'] },
  { ws: A, kind: 'situation', q: 'the chap on plot 63 told me his plot has gone to weeds because his wife has been really ill and in and out of hospital. do i put that in the notes or what', has: ['inspections-and-notices', 'Rupa'] },
  { ws: A, kind: 'situation', q: 'cant get hold of the plot holder on 9b, can i just pin the warning letter to her shed door', has: ['inspections-and-notices'] },
  { ws: A, kind: 'situation', q: 'took some lovely pics of the year 4 kids planting potatoes on the community plot, can i stick them on the website and name them', has: ['community-plot-and-photos'] },
  { ws: A, kind: 'situation', q: 'one of the green minds lot told me something quite worrying today and asked me not to tell anyone, i dont know what to do', has: ['community-plot-and-photos'] },
  { ws: A, kind: 'situation', q: 'the guy we evicted from mill lane last month is emailing demanding copies of all the photos we took of his plot and the letters, do we have to', has: ['requests-for-data', 'Rupa'] },
  { ws: A, kind: 'situation', q: 'a lady who gave up her half plot wants us to delete everything we have on her, can i just do it in membermojo', has: ['requests-for-data'] },
  { ws: A, kind: 'situation', q: 'left my phone on the bus last night, it had the committee whatsapp and the igloo app on it', has: ['devices-and-new-tools', 'Dennis'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: 'when is the skip coming to mill lane this month', has: ['Rupa Chaudhry'] },
  { ws: A, kind: 'off-topic', q: 'whats the best time to get garlic in the ground round here', has: ['Rupa Chaudhry'] },
  { ws: A, kind: 'off-topic', q: 'is the hut open on the saturday before christmas or are we shut', has: ['Rupa Chaudhry'] },
  { ws: A, kind: 'off-topic', q: 'hi, how much is a half plot going to cost next year? someone asked me and i had no idea lol', has: ['Rupa Chaudhry'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'can i set up a facebook group for the plot holders so people can swap seeds and stuff', has: ['devices-and-new-tools', 'Rupa'] },
  { ws: A, kind: 'new-tool', q: 'thinking we should use signupgenius for the open day volunteer slots, ok to just make an account?', has: ['devices-and-new-tools', 'Rupa'] },
  { ws: A, kind: 'new-tool', q: 'is there anything wrong with me putting the hut rota and everyones numbers on a trello board', has: ['devices-and-new-tools', 'Rupa'] },
  { ws: A, kind: 'new-tool', q: 'my son says we should use eventbrite for the plant sale tickets, it takes names and emails. can we?', has: ['devices-and-new-tools', 'Rupa'] },

  // ───────────── Firm B: Kneadwell Sports Massage ─────────────
  // field (24)
  { ws: B, kind: 'field', q: 'where is the clinic system data stored', has: ['Cliniko', 'UK'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how long do we keep treatment notes in cliniko after someone stops coming', has: ['Cliniko', '8 years'] },
  { ws: B, kind: 'field', q: 'can cliniko support staff just go and look at our client notes whenever', has: ['Cliniko', '7 days'] },
  { ws: B, kind: 'field', q: 'cliniko is australian right so whats the transfer safeguard', has: ['Cliniko', 'IDTA'] },
  { ws: B, kind: 'field', q: 'where does stripe keep the online payment data', has: ['Stripe', 'EU', 'US'] },
  { ws: B, kind: 'field', q: 'whos responsible for the online payments side of things', has: ['Stripe', 'Jo'], not: ['Callum'] },
  { ws: B, kind: 'field', q: 'is the sum up gdpr statement still in date', has: ['SumUp', 'overdue'] },
  { ws: B, kind: 'field', q: 'is the running club a joint controller with us or just a client', has: ['Five Weirs Running Club', 'joint'] },
  { ws: B, kind: 'field', q: 'how long do we keep work emails for', has: ['Google Workspace', '2 years'] },
  { ws: B, kind: 'field', q: 'gmail data might go to the us, whats protecting that', has: ['Google Workspace', 'UK Addendum'] },
  { ws: B, kind: 'field', q: 'where is xero hosted', has: ['Xero', 'US', 'NZ'] },
  { ws: B, kind: 'field', q: 'if a client makes a claim what do we actually send to the insurers', has: ['Balens', 'questionnaire'] },
  { ws: B, kind: 'field', q: 'what do the accountants get access to from us', has: ['Barraclough & Shaw', 'read-only'] },
  { ws: B, kind: 'field', q: 'whats the lawful basis for sending staff pay records to barraclough', has: ['Barraclough & Shaw', 'legal obligation'] },
  { ws: B, kind: 'field', q: 'have we got a data processing agreement from martin the IT guy yet', has: ['MO Tech Support', 'requested'] },
  { ws: B, kind: 'field', q: 'can mo tech remote into the laptop whenever they like??', has: ['MO Tech Support', 'AnyDesk'] },
  { ws: B, kind: 'field', q: 'what lawful basis are we using for the newsletter emails', has: ['Mailchimp', 'consent'] },
  { ws: B, kind: 'field', q: 'how long do messages stay on the clinic phone whatsapp', has: ['WhatsApp Business', '90 days'] },
  { ws: B, kind: 'field', q: 'is whats app covered for sending stuff outside the uk', has: ['WhatsApp Business', 'SCC'] },
  { ws: B, kind: 'field', q: 'where is the physiapp data stored', has: ['Physitrack', 'EU'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how long does the exercise app keep clients programmes', has: ['Physitrack', '12 months'] },
  { ws: B, kind: 'field', q: 'how long do contact form messages hang about on the website', has: ['Squarespace', '3 months'] },
  { ws: B, kind: 'field', q: 'what does gym reception actually get told about our clients each day', has: ['Forge Fitness Kelham', 'first names'] },
  { ws: B, kind: 'field', q: 'do we have a data sharing agreement signed with porter brook yet', has: ['Porter Brook Physiotherapy', 'awaited'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which systems hold health info about clients', has: ['Cliniko', 'Physitrack', 'WhatsApp Business'], not: ['Mailchimp'] },
  { ws: B, kind: 'list', q: 'which of our suppliers store data in america', has: ['Stripe', 'Google Workspace', 'Xero', 'Mailchimp', 'WhatsApp Business', 'Squarespace'], not: ['Physitrack'] },
  { ws: B, kind: 'list', q: 'who has our clients card details', has: ['Stripe', 'SumUp'], not: ['Mailchimp'] },
  { ws: B, kind: 'list', q: 'which gdpr statements are missing', has: ['Forge Fitness Kelham', 'Referring GP practices'], not: ['Stripe'] },
  { ws: B, kind: 'list', q: 'which supplier gdpr reviews are overdue', has: ['SumUp', 'Mailchimp'], not: ['Balens'] },
  { ws: B, kind: 'list', q: 'who are we still chasing for a dpa or gdpr statement', has: ['MO Tech Support', 'Porter Brook Physiotherapy'], not: ['Stripe'] },
  { ws: B, kind: 'list', q: 'what suppliers is callum the owner of', has: ['SumUp', 'WhatsApp Business', 'Five Weirs Running Club'], not: ['Stripe'] },
  { ws: B, kind: 'list', q: 'which suppliers hold anything about under 18s', has: ['Cliniko', 'Physitrack'], not: ['Mailchimp'] },
  { ws: B, kind: 'list', q: 'which of the apps we use have got iso 27001', has: ['Cliniko', 'Google Workspace', 'Xero', 'Physitrack'], not: ['SumUp'] },
  { ws: B, kind: 'list', q: 'who do we pass data to as recipients not processors', has: ['Barraclough & Shaw', 'Forge Fitness Kelham', 'Balens', 'Porter Brook Physiotherapy', 'Referring GP practices'], not: ['Stripe'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'i think i emailed a progress letter for one of my clients to the wrong physio practice, it had her knee stuff in it', has: ['breach-reporting', 'Hannah'] },
  { ws: B, kind: 'situation', q: 'just realised the list of todays clients i gave reception got left out on the gym counter overnight', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'got a weird email saying someone logged into cliniko from a device i dont recognise, not sure if its me being paranoid', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'can i just jot my notes in my phone at club night and type them up properly at home later in the week', has: ['client-records'] },
  { ws: B, kind: 'situation', q: 'ipad died halfway through the race so ive got a pile of paper forms in my bag, what do i do with them now', has: ['client-records'] },
  { ws: B, kind: 'situation', q: 'how long do we have to keep the notes for a 15 year old runner once they stop coming', has: ['client-records'] },
  { ws: B, kind: 'situation', q: 'mum of a 14 year old wants to drop her off for her massage and pop to the shops for an hour, is that ok', has: ['under-18s'] },
  { ws: B, kind: 'situation', q: 'at the race tent and a junior from the club needs his calves done, can i take him round behind the screen where its quieter', has: ['under-18s'] },
  { ws: B, kind: 'situation', q: 'a 16 yr old client asked me to follow her on insta so she can send me questions about her hamstring between sessions', has: ['under-18s'] },
  { ws: B, kind: 'situation', q: 'left the event ipad in a taxi after the half marathon, its got cliniko on it', has: ['devices-and-keys', 'Hannah'] },
  { ws: B, kind: 'situation', q: 'knackered after the race, ok if i just leave the couch bag in the boot overnight and bring it in tomorrow', has: ['devices-and-keys'] },
  { ws: B, kind: 'situation', q: 'i think a client saw me tap in the back door code at forge and said oh ill remember that haha', has: ['devices-and-keys'] },
  { ws: B, kind: 'situation', q: 'the coach from five weirs messaged asking if one of his lads is fit to race on sunday, what can i tell him', has: ['sharing-and-requests'] },
  { ws: B, kind: 'situation', q: 'a client has emailed asking for a copy of all her treatment notes from last year', has: ['sharing-and-requests'] },
  { ws: B, kind: 'situation', q: 'found something on a client today i think his gp should look at, can i just email the surgery', has: ['sharing-and-requests'] },
  { ws: B, kind: 'situation', q: 'got a great shot of me working on a runners calf at the finish line, can i put it on our instagram', has: ['photos-and-social'] },
  { ws: B, kind: 'situation', q: 'a client messaged saying she doesnt want the picture of her from the 10k on our insta anymore', has: ['photos-and-social'] },
  { ws: B, kind: 'situation', q: 'want to film a clients squat so i can show them their knee going in, fine to do it on my phone?', has: ['photos-and-social'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: 'whats a good stretch for plantar fasciitis, got a client asking', has: ['Hannah Ashworth'] },
  { ws: B, kind: 'off-topic', q: 'is the christmas do still on the 19th?', has: ['Hannah Ashworth'] },
  { ws: B, kind: 'off-topic', q: 'when is the sheffield half this year, need to book the tent', has: ['Hannah Ashworth'] },
  { ws: B, kind: 'off-topic', q: 'where do we buy the massage wax from, we are running low', has: ['Hannah Ashworth'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'can we set up a strava club to message all the runners about club nights', has: ['new-apps', 'Hannah'] },
  { ws: B, kind: 'new-tool', q: 'thinking of using calendly for booking the event massage slots, any reason not to', has: ['new-apps', 'Hannah'] },
  { ws: B, kind: 'new-tool', q: 'theres a free gait analysis app called onform, ok to put it on the clinic ipad and film clients running?', has: ['new-apps', 'Hannah'] },
  { ws: B, kind: 'new-tool', q: 'some of the club lot use telegram, can i start messaging clients on that instead', has: ['new-apps', 'Hannah'] },
];
