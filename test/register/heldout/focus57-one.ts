// Focus set 57 (15 situations, 10 tools we do not hold and 10 off-topic questions per firm), written blind in the seventieth round by a writer who read only the README, the case format and three firms' files (restorez-trauma-cleaning, brightstart-wraparound-club, pathway-supported-employment), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` and `not` fact checked against the files by a script), held out in the seventieth round (scored as counts only), then read in the seventy-first.
import type { ReferenceCase } from './types.ts';

const RESTOREZ = 'restorez-trauma-cleaning';
const BRIGHTSTART = 'brightstart-wraparound-club';
const PATHWAY = 'pathway-supported-employment';

export const FOCUS57_ONE: ReferenceCase[] = [
  // ── Restorez Trauma Cleaning: situations ──
  { ws: RESTOREZ, kind: 'situation', q: 'just realised i left my work phone on the windowsill at the harehills job, im back at the unit now. ok if i just grab it tomorrow when we go back to finish?', has: ['lost-device', 'Do not wait until the end of the shift'], not: ['breach-reporting'] },
  { ws: RESTOREZ, kind: 'situation', q: 'Shazia sent the completion report for the Seacroft flat to the wrong housing officer at Leeds Federated, he\'s emailed back saying he doesn\'t think it\'s his. Should I just ask him to delete it and send a quick sorry?', has: ['breach-reporting', 'Do not ask the person to delete it yourself'], not: ['lost-device'] },
  { ws: RESTOREZ, kind: 'situation', q: 'the daughter of the lady at the beeston job asked if i could snap a few before pics on my own phone and send them to her as shes in spain and cant wait for the report', has: ['photos', 'Photos are taken in CompanyCam only'], not: ['callers'] },
  { ws: RESTOREZ, kind: 'situation', q: 'Marlon wants to put a before and after of the hoarding clearance in Beeston on his TikTok, reckons it\'s free advertising for us and there\'s no names on it', has: ['photos', 'Nothing from a job goes on our Facebook'], not: ['vulnerable-people'] },
  { ws: RESTOREZ, kind: 'situation', q: 'there were bank statements and a pill box with her name on all over the bedroom floor and i think theyre in a few of my after shots, does that matter?', has: ['photos', 'if they are in shot, take it again'], not: ['records-retention'] },
  { ws: RESTOREZ, kind: 'situation', q: 'found about £400 in an envelope under the mattress at the unattended death in Chapeltown. Its gone 7pm and we\'re knackered, can it stay in the van overnight and I\'ll drop it at the office first thing?', has: ['belongings', 'never home in a van overnight'], not: ['lost-device'] },
  { ws: RESTOREZ, kind: 'situation', q: 'a bloke turned up at the unit saying he\'s the nephew and wants his uncle\'s watch and the photo albums we bagged last week. no letter or anything but he seems genuine and he knew the address', has: ['belongings', 'handed over only to the person the client names in writing'], not: ['callers'] },
  { ws: RESTOREZ, kind: 'situation', q: 'a detective\'s just turned up at the door asking for all our photos from the Gipton scene last Tuesday, he\'s in a rush, can I just airdrop them to him off the tablet?', has: ['police-requests', 'ask for the request in writing'], not: ['photos'] },
  { ws: RESTOREZ, kind: 'situation', q: 'solicitor acting for the landlord rang wanting copies of the pics of the flat on Tong Road for some dispute with the tenant\'s family over the deposit', has: ['police-requests', 'Solicitors, insurers and journalists get nothing'], not: ['records-retention'] },
  { ws: RESTOREZ, kind: 'situation', q: 'woman rang the office line saying she lives next door to the man who passed away on Kirkstall Road and wanted to know if we\'d been in yet and how bad it was', has: ['callers', 'Confirm nothing, not even that we worked at an address'], not: ['breach-reporting'] },
  { ws: RESTOREZ, kind: 'situation', q: 'at the self neglect job in Middleton the lady keeps saying her grandson takes her bank card every week and she\'s got no money for food, bit worried about her tbh', has: ['vulnerable-people', 'tell the supervisor the same day'], not: ['belongings'] },
  { ws: RESTOREZ, kind: 'situation', q: 'housing officer says just skip everything in the back bedroom but the gentleman living there is getting upset and says he wants to keep all the newspapers. who do we listen to?', has: ['vulnerable-people', 'Do not throw anything away they have not agreed to'], not: ['records-retention'] },
  { ws: RESTOREZ, kind: 'situation', q: 'caught my hand on a needle through my glove at the needle sweep under the arches in Holbeck, it\'s only a tiny scratch, finishing the job first', has: ['biohazard-waste', 'A sharps injury is reported to Dean at once'], not: ['lost-device'] },
  { ws: RESTOREZ, kind: 'situation', q: 'got a box of paper job packs from october sat on my desk, they\'re all on the system now, can I stick them in the recycling?', has: ['records-retention', 'shredded in the office cross-cut shredder'], not: ['biohazard-waste'] },
  { ws: RESTOREZ, kind: 'situation', q: 'Craig\'s doing the January clear out of old CompanyCam photos but the Armley job from 2024 still has an inquest open, should those go too?', has: ['records-retention', 'unless a claim or inquest is open'], not: ['police-requests'] },

  // ── Restorez Trauma Cleaning: new tools ──
  { ws: RESTOREZ, kind: 'new-tool', q: 'can I use wetransfer to send the big photo report to the council? it\'s too big to email', has: ['new-tools', 'Joanne'], not: ['CompanyCam', 'Microsoft 365'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'do we have Dropbox? the insurer wants a link to the photos from the Headingley flood job', has: ['new-tools', 'Joanne'], not: ['CompanyCam'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'is it ok to use chatgpt to tidy up the wording on my job notes before they go to the housing officer?', has: ['new-tools', 'Joanne'], not: ['ServiceM8'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'are we on Jobber? my last place used it for all the scheduling', has: ['new-tools', 'Joanne'], not: ['ServiceM8'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'can we put the crew rota on google sheets so the lads can see it on their phones', has: ['new-tools', 'Joanne'], not: ['Microsoft 365'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'could I set up Life360 so the office can see where the crews are on the night call-outs?', has: ['new-tools', 'Joanne'], not: ['Quartix'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'does the firm have a Canva account? want to make a flyer for the landlords expo', has: ['new-tools', 'Joanne'], not: ['Microsoft 365'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'can I scan the consignment notes with CamScanner on my phone and email them in?', has: ['new-tools', 'Joanne'], not: ['Initial Medical'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'should we move the crew messages over to Telegram?', has: ['new-tools', 'Joanne'], not: ['WhatsApp Business'] },
  { ws: RESTOREZ, kind: 'new-tool', q: 'can I take the family\'s deposit on a SumUp card reader?', has: ['new-tools', 'Joanne'], not: ['Xero'] },

  // ── Restorez Trauma Cleaning: off-topic ──
  { ws: RESTOREZ, kind: 'off-topic', q: 'what\'s the best enzyme cleaner for getting the smell out of floorboards after a decomp?', has: [], not: ['Initial Medical', 'biohazard-waste'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'anyone know if the M62 is shut near junction 27 this morning?', has: [], not: ['Quartix'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'what time does the Leeds game kick off on Saturday?', has: [], not: ['Councils, housing associations and landlords'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'how much bleach do you put in a bucket for mopping a kitchen floor?', has: [], not: ['Initial Medical', 'biohazard-waste'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'who\'s bringing the cake for Becky\'s birthday on Friday?', has: [], not: ['ServiceM8', 'belongings'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'what size tyvek suits should I order for the new lad, he\'s about 6ft 2', has: [], not: ['Initial Medical', 'ServiceM8'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'van\'s making a grinding noise when I brake, anyone know a decent garage in Armley?', has: [], not: ['Armley Secure Storage', 'Quartix'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'what\'s the difference between a P2 and a P3 filter on the respirators?', has: [], not: ['Initial Medical', 'biohazard-waste'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'how long do you leave the ozone machine running in a flat before it\'s safe to go back in?', has: [], not: ['records-retention', 'CircleLoop'] },
  { ws: RESTOREZ, kind: 'off-topic', q: 'anyone got a good chilli recipe for the crew lunch on Saturday?', has: [], not: ['ServiceM8', 'WhatsApp Business'] },

  // ── BrightStart Wraparound Club: situations ──
  { ws: BRIGHTSTART, kind: 'situation', q: 'a man\'s just turned up for Maisie in year 2 saying he\'s her uncle, he\'s not on her list in the app and mum isn\'t picking up. he\'s getting a bit annoyed', has: ['collections', 'No password, no collection'], not: ['callers-and-police'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'Leo\'s dad just texted my personal mobile saying his neighbour Karen is picking Leo up today, is that alright?', has: ['collections', 'never by text to your own phone'], not: ['photos-phones'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'Theo\'s grandad has come to collect and I\'m pretty sure I can smell drink on him, and he\'s parked outside to drive him home', has: ['collections', 'drunk or unfit to drive'], not: ['safeguarding-partners'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'the new holiday club staff want to write all the kids allergies on the big whiteboard in the hall so everyone knows', has: ['allergies', 'never written on a wall chart or whiteboard'], not: ['records-retention'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'Zara\'s mum told me at drop off she\'s now allergic to kiwi too. I\'m on my break till 4, can I put it in later in the week?', has: ['allergies', 'must be in Famly the same day'], not: ['incidents'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'Noah came over from class with a massive bruise on his arm, says he fell over at lunch. it didn\'t happen here so do I need to do anything?', has: ['incidents', 'every injury a child arrives with'], not: ['Host schools (Coley Park and Emmer Green)'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'Isla banged her head on the climbing frame, little lump but she\'s fine now and back playing', has: ['incidents', 'A head bump means a phone call'], not: ['allergies'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'one of the year 4 girls told me her mum\'s boyfriend hits her but she made me pinky promise not to tell anyone', has: ['safeguarding', 'Never promise a child to keep a secret'], not: ['callers-and-police'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'I\'m not comfortable with how one of the other playworkers talks to the kids, he grabbed Ollie\'s arm really hard today when he wouldn\'t tidy up', has: ['safeguarding', 'Allegations about a member of staff go to Amara'], not: ['incidents'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'the kids did an amazing volcano experiment today, can I pop a pic on my instagram? you can\'t really see any faces', has: ['photos-phones', 'Nothing from club goes on anyone\'s personal social media'], not: ['safeguarding'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'think i left the coley park tablet on the 17 bus on the way home, its nearly 7 now, can it wait till the morning?', has: ['lost-device', 'tell Gareth within the hour'], not: ['Host schools (Coley Park and Emmer Green)'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'I sent Ethan B\'s accident form to Ethan C\'s mum by mistake, she\'s just messaged to say it isn\'t her son', has: ['breach-reporting', 'tell Amara or Gareth the same day'], not: ['incidents'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'someone rang the club phone asking if Mia Thompson comes to us after school, said she\'s her aunt and wanted to surprise her', has: ['callers-and-police', 'never confirm to a stranger that a child attends'], not: ['collections'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'Freddie\'s dad doesn\'t live with them anymore and has asked for copies of his attendance, mum has told us not to give him anything. what do i do', has: ['callers-and-police', 'both with parental responsibility may see records'], not: ['collections'] },
  { ws: BRIGHTSTART, kind: 'situation', q: 'clearing out the cupboard at Emmer Green and found a box of paper sign-in sheets from 2019, ok to put them in the recycling?', has: ['records-retention', 'never the recycling'], not: ['Host schools (Coley Park and Emmer Green)'] },

  // ── BrightStart Wraparound Club: new tools ──
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'can I make a Google Form for the February half term holiday club sign ups?', has: ['new-tools', 'Gareth'], not: ['Famly', 'Mailchimp'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'is there a Canva account I can use for the holiday club poster?', has: ['new-tools', 'Gareth'], not: ['Mailchimp'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'can we use ClassDojo to send the parents photos of what the kids made?', has: ['new-tools', 'Gareth'], not: ['Famly'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'do we have Tapestry? my old nursery used it for all the observations', has: ['new-tools', 'Gareth'], not: ['Famly'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'a few parents are asking if they can pay the holiday club by a Stripe link instead', has: ['new-tools', 'Gareth'], not: ['GoCardless'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'can I use chatgpt to help write up Ollie\'s SEND support plan?', has: ['new-tools', 'Gareth'], not: ['Famly'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'shall I set up a RotaCloud account for the staff rota?', has: ['new-tools', 'Gareth'], not: ['Microsoft 365', 'Staffology Payroll'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'could we use the Deputy app for finding shift cover when someone\'s off sick?', has: ['new-tools', 'Gareth'], not: ['WhatsApp (staff cover group)'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'does the club use SurveyMonkey? want to send the parents a feedback survey', has: ['new-tools', 'Gareth'], not: ['Mailchimp'] },
  { ws: BRIGHTSTART, kind: 'new-tool', q: 'can I upload the registration forms to Dropbox so I can finish them at home?', has: ['new-tools', 'Gareth'], not: ['Microsoft 365'] },

  // ── BrightStart Wraparound Club: off-topic ──
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'what\'s a good easy snack for 30 kids that isn\'t too messy?', has: [], not: ['allergies', 'Famly'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'is it going to rain at Emmer Green this afternoon? thinking of taking them out on the field', has: [], not: ['Host schools (Coley Park and Emmer Green)'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'anyone know a fun parachute game for the reception children?', has: [], not: ['Famly'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'how many glue sticks should I order for the holiday club?', has: [], not: ['Mailchimp'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'did Reading win last night?', has: [], not: ['Host schools (Coley Park and Emmer Green)'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'how do you make slime without borax?', has: [], not: ['allergies'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'does anyone know when the school Christmas fair is this year?', has: [], not: ['Host schools (Coley Park and Emmer Green)'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'any ideas for a Diwali craft that doesn\'t need glitter?', has: [], not: ['Famly'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'can anyone recommend a Christmas film for the last day of term, U rated?', has: [], not: ['Famly'] },
  { ws: BRIGHTSTART, kind: 'off-topic', q: 'where\'s the best place to park near Coley Park for the staff training day?', has: [], not: ['Host schools (Coley Park and Emmer Green)'] },

  // ── Pathway Supported Employment: situations ──
  { ws: PATHWAY, kind: 'situation', q: 'the manager at Jordan\'s Tesco placement keeps asking me what\'s actually wrong with him, says it\'d help him plan the shifts. what do I say?', has: ['disclosure-to-employers', 'talk about what helps at work'], not: ['callers'] },
  { ws: PATHWAY, kind: 'situation', q: 'the café in Clifton want to see Priya\'s referral so they know what they\'re dealing with before her trial, can I just forward it on?', has: ['disclosure-to-employers', 'Never forward a referral form'], not: ['referrals'] },
  { ws: PATHWAY, kind: 'situation', q: 'a social worker from the CLDT just emailed a referral to my normal work email with the whole care plan attached', has: ['referrals', 'move it into Charitylog the same day'], not: ['breach-reporting'] },
  { ws: PATHWAY, kind: 'situation', q: 'got a referral from a jobcentre work coach for a lad called Reece, ok if I ring him this afternoon to book his first session?', has: ['referrals', 'Check the person knows they have been referred'], not: ['callers'] },
  { ws: PATHWAY, kind: 'situation', q: 'Ellie\'s mum rang asking how her interview at the garden centre went yesterday and if she got the job', has: ['callers', 'we say nothing, not even that they are with us'], not: ['disclosure-to-employers'] },
  { ws: PATHWAY, kind: 'situation', q: 'Tom asked me if taking the extra 8 hours at the warehouse will stop his PIP, what should I tell him?', has: ['benefits-advice', 'Only the welfare rights team'], not: ['Redcliffe Payroll Bureau'] },
  { ws: PATHWAY, kind: 'situation', q: 'Shannon can\'t work out her UC login and wants me to sign into her journal for her and report the new job, she\'s given me her password', has: ['benefits-advice', 'Never log in to a participant\'s Universal Credit journal'], not: ['Bedminster IT Co-op'] },
  { ws: PATHWAY, kind: 'situation', q: 'Dean told me his boss at the car wash pays him £20 a day cash and keeps his bank card "for safe keeping"', has: ['safeguarding-adults', 'tell Kwame or Ruth the same day'], not: ['benefits-advice'] },
  { ws: PATHWAY, kind: 'situation', q: 'Lucy told me in our session she\'s been cutting herself again and asked me not to say anything to her social worker', has: ['safeguarding-adults', 'Do not promise to keep it secret'], not: ['referrals'] },
  { ws: PATHWAY, kind: 'situation', q: 'left my work laptop on the number 24 bus coming back from Southmead, the driver says he\'ll check lost property', has: ['lost-device', 'ring Bedminster IT on 0117 496 0911'], not: ['breach-reporting'] },
  { ws: PATHWAY, kind: 'situation', q: 'sent Amir\'s CV with his health bit still in it to the wrong employer, went to the garden centre instead of the library. shall I ring them and ask them to bin it?', has: ['breach-reporting', 'Do not contact the recipient yourself'], not: ['disclosure-to-employers'] },
  { ws: PATHWAY, kind: 'situation', q: 'a DWP fraud investigator rang asking whether Kelly\'s been working cash in hand at her placement', has: ['police-and-official-requests', 'confirm the person is known to us'], not: ['benefits-advice'] },
  { ws: PATHWAY, kind: 'situation', q: 'Marcus got his first paid job at the bike shop and he\'s buzzing, I want to do a little post about it on my LinkedIn, won\'t use his name', has: ['stories-and-photos', 'Staff never post about participants on their own accounts'], not: ['disclosure-to-employers'] },
  { ws: PATHWAY, kind: 'situation', q: 'want to take a photo of Sadia at her desk at the council offices for the lottery report, she\'s signed the consent form already', has: ['stories-and-photos', 'No photos at a workplace without the employer\'s agreement'], not: ['Referrers, commissioners and funders'] },
  { ws: PATHWAY, kind: 'situation', q: 'found an old participant on the system who we last saw in 2018, do I still need to keep her file?', has: ['records-retention', 'kept 6 years after the last contact'], not: ['Beacon CRM'] },

  // ── Pathway Supported Employment: new tools ──
  { ws: PATHWAY, kind: 'new-tool', q: 'can I use Otter to transcribe my coaching sessions so I don\'t have to type the notes up?', has: ['new-tools', 'Ruth'], not: ['Zoom', 'Charitylog'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'is it ok to do Sami\'s mock interview on Google Meet? his laptop won\'t run the other one', has: ['new-tools', 'Ruth'], not: ['Zoom'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'do we have a SurveyMonkey account? want to ask participants what they think of the new drop-in', has: ['new-tools', 'Ruth'], not: ['Charitylog'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'can I send the placement paperwork over to the employer with WeTransfer?', has: ['new-tools', 'Ruth'], not: ['Egress Protect'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'could we use Calendly so participants can book their own coaching slots?', has: ['new-tools', 'Ruth'], not: ['Textlocal'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'does Pathway have a Canva login? want to make an easy read flyer for the job club', has: ['new-tools', 'Ruth'], not: ['Microsoft 365'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'can I message my participants on whatsapp? loads of them prefer it to texts', has: ['new-tools', 'Ruth'], not: ['Textlocal'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'can I run the CVs through Grammarly before they go out to employers?', has: ['new-tools', 'Ruth'], not: ['Microsoft 365'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'can I use DocuSign to get the disclosure forms signed when I can\'t see someone in person?', has: ['new-tools', 'Ruth'], not: ['Charitylog', 'Egress Protect'] },
  { ws: PATHWAY, kind: 'new-tool', q: 'is there a Mailchimp account for the supporters newsletter?', has: ['new-tools', 'Ruth'], not: ['Beacon CRM'] },

  // ── Pathway Supported Employment: off-topic ──
  { ws: PATHWAY, kind: 'off-topic', q: 'what\'s the quickest bus from Bedminster to Cribbs Causeway?', has: [], not: ['Bedminster IT Co-op'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'any good tips for answering "what\'s your biggest weakness" in an interview?', has: [], not: ['Zoom', 'Textlocal'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'what\'s the minimum wage going up to in April?', has: [], not: ['Redcliffe Payroll Bureau', 'entitledto'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'anyone want to go halves on a pizza for lunch?', has: [], not: ['Charitylog'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'is the suspension bridge closed to cars this weekend?', has: [], not: ['Charitylog'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'anyone got a good icebreaker for the group session on Thursday?', has: [], not: ['Zoom'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'is the Christmas party still at the Thekla on the 18th?', has: [], not: ['Beacon CRM'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'how long are the roadworks on the M32 going on for?', has: [], not: ['records-retention'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'who\'s doing the tea run? milk\'s run out again', has: [], not: ['Charitylog'] },
  { ws: PATHWAY, kind: 'off-topic', q: 'what\'s the BSL sign for thank you?', has: [], not: ['Severnside BSL Interpreters'] },
];
