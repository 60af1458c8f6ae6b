// Held-out round 77, written blind in the reference block's mix of kinds: two new firms (a marquee and event furniture hire firm, canopy-marquee-hire; a dog training school, wagwise-dog-training), 120 questions, written from the README, the case format and the two firms' files only. Two firms written by helpers from the README's configuration reference and two examples, in the forty-second round; questions by another helper who read only the README, the case format and the two files (per firm 24 on one supplier's fields, 10 lists, 18 situations, 4 off-topic, 4 tools not held). Frozen (every `has` fact checked against the firms' files by a script) and scored once, held out, before it was read: 112 / 120 (field 47/48, list 20/20, situation 32/36, off-topic 8/8, new tool 5/8).
import type { ReferenceCase } from './types.ts';

const A = 'canopy-marquee-hire';
const B = 'wagwise-dog-training';

export const ROUND77: ReferenceCase[] = [
  // ───────────── Firm A: Canopy Marquee Hire ─────────────
  // field (24)
  { ws: A, kind: 'field', q: 'where is all the stuff in the hire system actually stored', has: ['Current RMS', 'EU'], not: ['US'] },
  { ws: A, kind: 'field', q: 'how long do we hang on to old bookings in current rms?', has: ['Current RMS', '6 years'] },
  { ws: A, kind: 'field', q: 'the rms support people want to log into our account to fix the availability screen, who has to let them in', has: ['Current RMS', 'Helen'] },
  { ws: A, kind: 'field', q: 'where does zero keep our data', has: ['Xero', 'US', 'NZ'] },
  { ws: A, kind: 'field', q: 'our accounts software sends stuff abroad doesnt it? whats the legal cover for that', has: ['Xero', 'UK Addendum'] },
  { ws: A, kind: 'field', q: 'who looks after xero here', has: ['Xero', 'Nadia Rahman'], not: ['Sophie Kettering'] },
  { ws: A, kind: 'field', q: 'is the card reader thing secure, what certifications has it got', has: ['Stripe', 'PCI DSS'] },
  { ws: A, kind: 'field', q: 'how long do stripe keep the payment records for', has: ['Stripe', '5 years'] },
  { ws: A, kind: 'field', q: 'is our outlook email stored in the uk or america', has: ['Microsoft 365', 'UK'], not: ['US', 'EU'] },
  { ws: A, kind: 'field', q: 'can microsoft staff just go and read our emails whenever they like??', has: ['Microsoft 365', 'Customer Lockbox'] },
  { ws: A, kind: 'field', q: 'when someone leaves what happens to their mailbox, how long is it kept', has: ['Microsoft 365', '90 days'] },
  { ws: A, kind: 'field', q: 'how long do enquiries from the website form get kept', has: ['Squarespace', '1 year'] },
  { ws: A, kind: 'field', q: 'who is in charge of squarspace', has: ['Squarespace', 'Sophie Kettering'], not: ['Nadia Rahman'] },
  { ws: A, kind: 'field', q: 'is insta a processor of ours or what, what role do they have', has: ['Facebook and Instagram', 'joint'] },
  { ws: A, kind: 'field', q: 'how long are the van tracker journeys kept for', has: ['Quartix', '12 months'] },
  { ws: A, kind: 'field', q: "what's our lawful basis for tracking the lorry and the vans with quartics", has: ['Quartix', 'legitimate interests'] },
  { ws: A, kind: 'field', q: 'who looks after the rota app', has: ['RotaCloud', 'Craig Mallinson'] },
  { ws: A, kind: 'field', q: 'how long do we keep copies of the crews passports and right to work stuff in breathe', has: ['Breathe HR', '2 years'] },
  { ws: A, kind: 'field', q: 'has mail chimp sent us their gdpr statement yet', has: ['Mailchimp', 'progress'] },
  { ws: A, kind: 'field', q: 'where does company cam store the site visit photos', has: ['CompanyCam', 'US'] },
  { ws: A, kind: 'field', q: 'what exactly do we send to the accountants each month', has: ['Hollins & Reade', 'Breathe HR'] },
  { ws: A, kind: 'field', q: 'have we got a gdpr thing from dan the it guy yet?', has: ['Wolds IT', 'awaited'] },
  { ws: A, kind: 'field', q: 'what info do we pass on to the loo people when we book the toilet trailer for a wedding', has: ['Cotswold Luxury Loos', 'what3words'] },
  { ws: A, kind: 'field', q: 'how long does amber the photographer keep the raw files from our shoots', has: ['Amber Fenn Photography', '12 months'] },

  // list (10)
  { ws: A, kind: 'list', q: 'which of our suppliers keep data in the US?', has: ['Xero', 'Stripe', 'Squarespace', 'Facebook and Instagram', 'Mailchimp', 'CompanyCam'], not: ['Quartix', 'RotaCloud', 'Breathe HR'] },
  { ws: A, kind: 'list', q: 'who has customers card details', has: ['Stripe'], not: ['Mailchimp', 'RotaCloud'] },
  { ws: A, kind: 'list', q: 'which suppliers have no gdpr statement at all, like completely missing', has: ['Cotswold Luxury Loos'], not: ['Xero', 'Microsoft 365'] },
  { ws: A, kind: 'list', q: "helen asked me to chase the gdpr paperwork - which suppliers haven't got theirs on file yet?", has: ['Wolds IT', 'CompanyCam', 'Amber Fenn Photography', 'Mailchimp', 'Cotswold Luxury Loos'], not: ['Quartix', 'RotaCloud'] },
  { ws: A, kind: 'list', q: 'which suppliers only store stuff here in the uk', has: ['Microsoft 365', 'Quartix', 'RotaCloud', 'Breathe HR', 'Hollins & Reade', 'Severn Vale Insurance Brokers', 'Amber Fenn Photography'], not: ['Mailchimp', 'CompanyCam'] },
  { ws: A, kind: 'list', q: 'whose gdpr statement review is overdue?', has: ['Stripe', 'Squarespace', 'Hollins & Reade'], not: ['Breathe HR', 'Severn Vale Insurance Brokers'] },
  { ws: A, kind: 'list', q: 'what systems can the it support bloke get into', has: ['Current RMS', 'Microsoft 365'], not: ['Mailchimp'] },
  { ws: A, kind: 'list', q: 'who do we just hand data over to, the ones that arent processors', has: ['Hollins & Reade', 'Cotswold Luxury Loos', 'Severn Vale Insurance Brokers'] },
  { ws: A, kind: 'list', q: 'where do we have health info about staff or anyone, which suppliers hold it', has: ['Breathe HR', 'Severn Vale Insurance Brokers'], not: ['Mailchimp', 'Squarespace'] },
  { ws: A, kind: 'list', q: 'list all the suppliers sophie looks after pls', has: ['Squarespace', 'Facebook and Instagram', 'Mailchimp', 'CompanyCam', 'Amber Fenn Photography'], not: ['Quartix', 'Xero'] },

  // situation (18)
  { ws: A, kind: 'situation', q: 'think i left the work tablet on the trailer at the wedding in bibury yesterday, its not in the van. what do i do', has: ['breach-reporting', 'Helen'] },
  { ws: A, kind: 'situation', q: 'oh no i just emailed a quote with the floor plan and address to the wrong couple, both called sarah. should i just email them and ask them to delete it?', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'windy day on the build and a job sheet with the farm gate code on it blew off across the field, couldnt find it. does that matter', has: ['breach-reporting'] },
  { ws: A, kind: 'situation', q: 'doing a recce at a house near stroud and the kids are playing on the lawn right where the marquee goes, can i still take my photos', has: ['site-visits-and-codes'] },
  { ws: A, kind: 'situation', q: 'customer just gave me the padlock combination for the field gate, where am i supposed to write it down? was going to put it on the job sheet', has: ['site-visits-and-codes', 'Current RMS'] },
  { ws: A, kind: 'situation', q: 'the farmers son turned up at the yard asking for the keys to the barn we were lent for the build, the booking is in his dads name. ok to give them to him?', has: ['site-visits-and-codes'] },
  { ws: A, kind: 'situation', q: 'a bride from last summer messaged saying she wants the picture of her wedding taken off our instagram', has: ['set-up-photos', 'Sophie'] },
  { ws: A, kind: 'situation', q: 'took a cracking shot of the sailcloth tent lit up at night, can i put it on my own tiktok', has: ['set-up-photos'] },
  { ws: A, kind: 'situation', q: 'nice photo of the stretch tent for the website but you can see the house name on the gatepost and the couples car reg. ok to use?', has: ['set-up-photos'] },
  { ws: A, kind: 'situation', q: 'a lady on the phone wants to pay her balance and is trying to read me her card number, should i take it down?', has: ['deposits-and-payments'] },
  { ws: A, kind: 'situation', q: 'got an email from the freelance lighting guy saying hes changed banks and to pay his invoice to new account details, can i just update it in xero', has: ['deposits-and-payments'] },
  { ws: A, kind: 'situation', q: 'a customer wants a copy of everything we have on her, emails, site photos, the lot', has: ['data-requests', 'Helen'] },
  { ws: A, kind: 'situation', q: 'bloke who hired a frame tent off us in 2023 rang and said he wants all his details deleted right now, i said ok - was that right?', has: ['data-requests'] },
  { ws: A, kind: 'situation', q: 'one of the crew who left in september emailed asking us to fix his address and send him a copy of whatever we hold on him. can i just forward him his file from breathe?', has: ['data-requests'] },
  { ws: A, kind: 'situation', q: 'one of the summer lads is running late and asked me to clock him in on the rota with my phone, is that alright', has: ['seasonal-crew-and-apps'] },
  { ws: A, kind: 'situation', q: 'end of the season and ellie is finishing on friday, what needs to happen with her logins and the tablet and the yard fob', has: ['seasonal-crew-and-apps'] },
  { ws: A, kind: 'situation', q: 'is the tracker in the van being used to check how long my breaks are? bit worried tbh', has: ['vehicles-and-trackers'] },
  { ws: A, kind: 'situation', q: 'just reversed the lorry into someones car at the venue, nobody hurt, they want all my details and a photo of my licence, what should i give them', has: ['vehicles-and-trackers'] },

  // off-topic (4)
  { ws: A, kind: 'off-topic', q: 'how many pegs do we need for a 9x18 frame tent on soft ground', has: ['Helen Garside'] },
  { ws: A, kind: 'off-topic', q: "who's organising the christmas do this year and is it at the pub again", has: ['Helen Garside'] },
  { ws: A, kind: 'off-topic', q: 'whats the weather looking like for saturdays build near tetbury', has: ['Helen Garside'] },
  { ws: A, kind: 'off-topic', q: 'best way to get red wine out of the white linen tablecloths?', has: ['Helen Garside'] },

  // new-tool (4)
  { ws: A, kind: 'new-tool', q: 'can we set up a whatsapp group for the summer crew so i can send out the job details, easier than teams', has: ['seasonal-crew-and-apps'] },
  { ws: A, kind: 'new-tool', q: 'is it ok if i use canva to make the new brochure and put some customer set-up photos in it', has: ['seasonal-crew-and-apps'] },
  { ws: A, kind: 'new-tool', q: 'found a free app that draws site plans from a photo of the field, can i start using it for recces', has: ['seasonal-crew-and-apps'] },
  { ws: A, kind: 'new-tool', q: 'thinking of sharing the build photos with the couple through a dropbox link, are we allowed to use dropbox', has: ['seasonal-crew-and-apps'] },

  // ───────────── Firm B: WagWise Dog Training ─────────────
  // field (24)
  { ws: B, kind: 'field', q: 'where is the class booking data stored', has: ['Bookwhen', 'UK'], not: ['US'] },
  { ws: B, kind: 'field', q: 'how long does book when keep clients details', has: ['Bookwhen', '3 years'] },
  { ws: B, kind: 'field', q: 'if bookwhen support need to look at our account how does that work', has: ['Bookwhen', 'Claire'] },
  { ws: B, kind: 'field', q: 'who looks after calendly', has: ['Calendly', 'Sam Achebe'], not: ['Priti Kaur'] },
  { ws: B, kind: 'field', q: 'the consult booking link is american isnt it, what covers us for sending data over there', has: ['Calendly', 'adequacy'] },
  { ws: B, kind: 'field', q: 'where do the intake form answers get stored', has: ['Jotform', 'EU'], not: ['US'] },
  { ws: B, kind: 'field', q: 'have we got a signed dpa with jotform or not', has: ['Jotform', 'progress'] },
  { ws: B, kind: 'field', q: 'how long do we keep the behaviour questionnaire', has: ['Jotform', '6 years'] },
  { ws: B, kind: 'field', q: 'where is google drive data stored, uk?', has: ['Google Workspace', 'EU', 'US'] },
  { ws: B, kind: 'field', q: 'can google staff see the client folders', has: ['Google Workspace', 'Access Transparency'] },
  { ws: B, kind: 'field', q: 'how long do the feedback vids on vimeo stay up', has: ['Vimeo', '6 months'] },
  { ws: B, kind: 'field', q: 'where does the calm walks course platform keep buyers data', has: ['Thinkific', 'US'] },
  { ws: B, kind: 'field', q: "whats the status of thinkific's gdpr statement", has: ['Thinkific', 'awaited'] },
  { ws: B, kind: 'field', q: 'what lawful basis do we use for the waggy news', has: ['MailerLite', 'consent'] },
  { ws: B, kind: 'field', q: 'is mailer lite in the us?', has: ['MailerLite', 'EU'], not: ['US'] },
  { ws: B, kind: 'field', q: 'have we got a gdpr statement for the work whatsapp', has: ['WhatsApp Business', 'missing'] },
  { ws: B, kind: 'field', q: 'how long do we keep the class group chats', has: ['WhatsApp Business', '3 months'] },
  { ws: B, kind: 'field', q: 'how long are zoom recordings kept', has: ['Zoom', '30 days'] },
  { ws: B, kind: 'field', q: 'how long does strpe keep payment records', has: ['Stripe', '7 years'] },
  { ws: B, kind: 'field', q: 'which countries does xero store our stuff in', has: ['Xero', 'US', 'AU'], not: ['NZ'] },
  { ws: B, kind: 'field', q: 'what do we give lacey and thorne', has: ['Lacey & Thorne', 'Xero'] },
  { ws: B, kind: 'field', q: 'how does ollie get onto the office laptop when hes fixing stuff', has: ['Crendon Computer Care', 'AnyDesk'] },
  { ws: B, kind: 'field', q: 'are the referring vets a processor of ours? whats their role', has: ['Thame & District Veterinary Group', 'joint'] },
  { ws: B, kind: 'field', q: 'how long does the village hall keep the incident reports from our classes', has: ['Long Crendon Village Hall', '3 years'] },

  // list (10)
  { ws: B, kind: 'list', q: 'which suppliers store data in the US', has: ['Stripe', 'Calendly', 'Google Workspace', 'Vimeo', 'Thinkific', 'WhatsApp Business', 'Zoom', 'Xero'], not: ['Bookwhen', 'Jotform', 'MailerLite'] },
  { ws: B, kind: 'list', q: 'who holds clients card details?', has: ['Stripe'], not: ['MailerLite', 'Jotform'] },
  { ws: B, kind: 'list', q: 'which gdpr statements are missing', has: ['WhatsApp Business', 'Crendon Computer Care'], not: ['Bookwhen', 'Zoom'] },
  { ws: B, kind: 'list', q: "which suppliers haven't got their gdpr statement on file yet, need to chase them", has: ['Jotform', 'Thinkific', 'WhatsApp Business', 'Lacey & Thorne', 'Crendon Computer Care', 'Long Crendon Village Hall'], not: ['Bookwhen', 'Zoom', 'MailerLite'] },
  { ws: B, kind: 'list', q: 'which of our suppliers keep everything in the uk', has: ['Bookwhen', 'Lacey & Thorne', 'Crendon Computer Care', 'Thame & District Veterinary Group', 'Long Crendon Village Hall', 'Hartwell Pet Business Insurance'], not: ['Zoom', 'Vimeo'] },
  { ws: B, kind: 'list', q: 'what suppliers is sam responsible for', has: ['Calendly', 'WhatsApp Business', 'Zoom', 'Thame & District Veterinary Group'], not: ['Bookwhen', 'Vimeo'] },
  { ws: B, kind: 'list', q: 'any gdpr reviews overdue?', has: ['Calendly'], not: ['Bookwhen', 'Zoom'] },
  { ws: B, kind: 'list', q: "which ones do we not know if they've got two factor", has: ['Thinkific', 'Crendon Computer Care'], not: ['Stripe', 'Xero'] },
  { ws: B, kind: 'list', q: 'is any of our data kept in canada or australia?', has: ['Thinkific', 'Xero'], not: ['Bookwhen'] },
  { ws: B, kind: 'list', q: 'which suppliers do we just pass data to, not processors, like the hall and the insurers', has: ['Lacey & Thorne', 'Long Crendon Village Hall', 'Hartwell Pet Business Insurance'] },

  // situation (18)
  { ws: B, kind: 'situation', q: 'left the work phone on a fence post at the reactive walk field and its gone, what now', has: ['breach-reporting', 'Claire'] },
  { ws: B, kind: 'situation', q: 'accidentally sent a clients dog video to the wrong puppy class group chat, people have already seen it. should i message the owner to say sorry?', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'just realised i emailed a behaviour report to the wrong vet practice', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'printed the class register because the hall wifi was down and i think i left it on the noticeboard', has: ['breach-reporting'] },
  { ws: B, kind: 'situation', q: 'a client sent me a lovely video of her spaniel doing recall, can i put it on our instagram? her kids are in the background', has: ['dog-videos-and-photos'] },
  { ws: B, kind: 'situation', q: 'ive got loads of clients dog videos on the work phone from the last few weeks, how long can i leave them there', has: ['dog-videos-and-photos'] },
  { ws: B, kind: 'situation', q: 'client has asked us to take down a photo of her dog from our facebook page', has: ['dog-videos-and-photos', 'Claire'] },
  { ws: B, kind: 'situation', q: 'home visit client gave me the key safe code for next weeks session, can i whatsapp it to declan as hes doing it', has: ['clients-homes-and-key-codes'] },
  { ws: B, kind: 'situation', q: 'at a consult today and the mum popped out leaving me with her 8 year old and the dog, didnt feel right. what should i have done', has: ['clients-homes-and-key-codes'] },
  { ws: B, kind: 'situation', q: 'saw something at a home visit that worried me about the kids there, not sure who to tell', has: ['clients-homes-and-key-codes'] },
  { ws: B, kind: 'situation', q: 'dog warden rang asking about a labradors bite history, it was one of our clients. what can i tell him', has: ['behaviour-records-and-vets'] },
  { ws: B, kind: 'situation', q: 'the vet who referred a collie wants our report, can i just email it to her gmail', has: ['behaviour-records-and-vets'] },
  { ws: B, kind: 'situation', q: 'a client wants a copy of everything we have on her and her dog including the videos', has: ['requests-for-data', 'Claire'] },
  { ws: B, kind: 'situation', q: 'course buyer emailed saying delete all my details and stop emailing me', has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: 'client says her phone number is wrong on the booking, what do i do', has: ['requests-for-data'] },
  { ws: B, kind: 'situation', q: 'declan forgot his login so can he use mine for bookwhen today just for the class?', has: ['phones-and-passwords'] },
  { ws: B, kind: 'situation', q: 'the office laptop got nicked from my car last night', has: ['phones-and-passwords', 'Jess'] },
  { ws: B, kind: 'situation', q: 'olivias last day is saturday, what needs to happen with her logins and the hall key code', has: ['phones-and-passwords'] },

  // off-topic (4)
  { ws: B, kind: 'off-topic', q: 'what treats are best for a really fussy whippet', has: ['Claire Dunmore'] },
  { ws: B, kind: 'off-topic', q: 'whats the best harness for a dog that pulls like a train, asking for my own dog lol', has: ['Claire Dunmore'] },
  { ws: B, kind: 'off-topic', q: 'where do we buy the long lines from', has: ['Claire Dunmore'] },
  { ws: B, kind: 'off-topic', q: 'any good places for lunch in thame that let dogs in?', has: ['Claire Dunmore'] },

  // new-tool (4)
  { ws: B, kind: 'new-tool', q: 'can i use an ai note taker app during consultations to write up notes', has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: 'is it ok to use capcut to edit clients dog videos for our insta', has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: 'can i start a facebook group for my tuesday puppy class', has: ['new-apps'] },
  { ws: B, kind: 'new-tool', q: 'found a free dog training diary app, can i get my clients on it', has: ['new-apps', 'Claire Dunmore'] },
];
