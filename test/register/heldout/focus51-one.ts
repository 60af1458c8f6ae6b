// Focus set 51 (15 situations, 10 tools we do not hold and 10 off-topic questions per firm), written blind in the sixty-eighth round by a writer who read only the README, the case format and three firms' files (bideford-rugby-club, poppins-nanny-agency, stridewell-orthotics), the firms written by helpers from the configuration reference and two examples. Frozen (every `has` and `not` fact checked against the files by a script), held out in the sixty-eighth round (scored as counts only), then read in the sixty-ninth.
import type { ReferenceCase } from './types.ts';

const BIDEFORD = 'bideford-rugby-club';
const POPPINS = 'poppins-nanny-agency';
const STRIDEWELL = 'stridewell-orthotics';

export const FOCUS51_ONE: ReferenceCase[] = [
  // ── Bideford Rugby Club: situations ──
  { ws: BIDEFORD, kind: 'situation', q: "one of the u11s told me after training tonight that his stepdad hits him when hes been drinking, and made me swear not to tell anyone. i said ok just to calm him down. what now??", has: ['safeguarding-concerns', 'never promise the child'] },
  { ws: BIDEFORD, kind: 'situation', q: "Saw a dad grab his lad by the neck in the car park after the u14 game at Barnstaple, proper rough. Should I write it up in the coaches group so everyone keeps an eye on him?", has: ['safeguarding-concerns', 'not to the team group'] },
  { ws: BIDEFORD, kind: 'situation', q: "got about 80 pics from the u12 festival at Ivybridge on my phone, some really nice ones of the kids. ok to just keep them on there for the end of season slideshow?", has: ['photos-and-filming', 'delete them from your phone within 7 days'] },
  { ws: BIDEFORD, kind: 'situation', q: "U16s won the cup!! lads want me to film the celebrations in the changing room after for the club socials, that alright?", has: ['photos-and-filming', 'in or near the changing rooms'] },
  { ws: BIDEFORD, kind: 'situation', q: "Josh from the u15s keeps DMing me on insta asking if hes starting on saturday. shall i just reply to him, its only about rugby", has: ['messaging-children', 'speak to them and their parent at training'] },
  { ws: BIDEFORD, kind: 'situation', q: "want to add our 16 and 17 year olds to the colts squad whatsapp so they get the late changes. im the only coach in the group at the moment, parents are fine with it", has: ['messaging-children', 'a second adult from the club'] },
  { ws: BIDEFORD, kind: 'situation', q: "Training finished at 7 and it's now half past, Alfie's mum still hasn't turned up and isn't answering. It's just me and him by the pitch, everyone else has gone home", has: ['medical-and-emergency-info', 'stay with the child with a second adult'] },
  { ws: BIDEFORD, kind: 'situation', q: "Tom Bartlett took a bang to the head just before half time, says he's fine now and wants to go back on for the last 10. Sam's not here today. Can he?", has: ['injuries-and-concussion', 'does not return that day'] },
  { ws: BIDEFORD, kind: 'situation', q: "oh god i just sent the minis festival email to every parent with all their addresses in the To box, about 90 people. only noticed when someone replied all", has: ['breach-reporting', 'Tell Rosalind straight away'] },
  { ws: BIDEFORD, kind: 'situation', q: "I'm stepping down as u13 manager at christmas, my daughter's moving up. what do i need to do about all the team stuff on my phone and laptop?", has: ['lost-devices', 'delete club data and groups'] },
  { ws: BIDEFORD, kind: 'situation', q: "lad at the bar tonight looked about 17, showed me his provisional. Should I jot his licence number down in the refusals book just in case?", has: ['bar-rules', 'never copy, photograph or write down'] },
  { ws: BIDEFORD, kind: 'situation', q: "one of the vets wants to leave his debit card behind the bar and run a tab for the six nations weekend, he's a regular so I said probably fine?", has: ['bar-rules', 'never keep a card behind the bar'] },
  { ws: BIDEFORD, kind: 'situation', q: "New dad Gareth has offered to help out with the u8s on sunday mornings, he's done his application but nothing back yet. Can he start this week?", has: ['dbs-checks', 'under the direct supervision of a DBS-cleared coach'] },
  { ws: BIDEFORD, kind: 'situation', q: "an ex player who left last season emailed me asking for everything the club has got on him. I can see his GMS record, shall I just export it and send it over?", has: ['subject-access', 'Pass the request to Rosalind the same day'] },
  { ws: BIDEFORD, kind: 'situation', q: "a copper came in asking for the car park footage from friday night, someones car got keyed during the quiz. can I let him look at it on the bar screen?", has: ['cctv', 'Police requests go to Kerry'] },

  // ── Bideford Rugby Club: new tools ──
  { ws: BIDEFORD, kind: 'new-tool', q: "a couple of the u14 parents reckon TeamSnap is way better than what we use, can we switch?", has: ['Rosalind Pengelly'], not: ['Spond'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "is it ok to send the club newsletter out with Mailchimp? I've got a free account already set up", has: ['Rosalind Pengelly'], not: ['Pitchero'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "Can we take the tour deposits through paypal? loads of the parents asked", has: ['Rosalind Pengelly'], not: ['GoCardless'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "I've been doing the u12 availability on a Doodle poll each week, that ok?", has: ['Rosalind Pengelly'], not: ['Spond'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "Ilfracombe's treasurer does all their books on quickbooks, are we on quickbooks too?", has: ['Rosalind Pengelly'], not: ['Xero'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "do we have a canva account? want to do the summer ball poster on it", has: ['Rosalind Pengelly'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "thinking of sticking an Arlo camera on the kit shed after the last break in, would that be alright?", has: ['Rosalind Pengelly'], not: ['Verisure'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "whats the login for our dropbox? the photographer from the Gazette wants to send over the match pics", has: ['Rosalind Pengelly'], not: ['Google Workspace for Nonprofits'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "Could we get a Zettle reader for the club shop on match days? Kerry's ones are always at the bar", has: ['Rosalind Pengelly'], not: ['SumUp'] },
  { ws: BIDEFORD, kind: 'new-tool', q: "can we sell the presentation night tickets on Eventbrite this year?", has: ['Rosalind Pengelly'], not: ['Pitchero'] },

  // ── Bideford Rugby Club: off-topic ──
  { ws: BIDEFORD, kind: 'off-topic', q: "what time does the bar open on sunday for the six nations?", has: ['Rosalind Pengelly'], not: ['bar-rules', 'Epos Now'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "is there enough parking at the clubhouse for the minis festival or should people use the road?", has: ['Rosalind Pengelly'], not: ['Verisure'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "how much are family subs this season?", has: ['Rosalind Pengelly'], not: ['GoCardless', 'Pitchero'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "who's taking u10 training tomorrow night, is it Dan or Jonno?", has: ['Rosalind Pengelly'], not: ['Spond'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "has anyone seen the kicking tees? think they got left in the physio room after saturday", has: ['Rosalind Pengelly'], not: ['Torridge Sports Physio', 'injuries-and-concussion'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "whats the forecast for saturday, is the pitch going to be playable after all this rain?", has: ['Rosalind Pengelly'], not: ['Pitchero'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "how many kegs of Doom Bar do we need to order for presentation night?", has: ['Rosalind Pengelly'], not: ['Epos Now', 'bar-rules'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "is the clubhouse free to hire for a christening on the 14th?", has: ['Rosalind Pengelly'], not: ['Verisure'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "what colour socks do the u13s wear for away games?", has: ['Rosalind Pengelly'], not: ['Spond'] },
  { ws: BIDEFORD, kind: 'off-topic', q: "when do the county cup fixtures come out this year?", has: ['Rosalind Pengelly'], not: ['Pitchero'] },

  // ── Poppins Nanny Agency: situations ──
  { ws: POPPINS, kind: 'situation', q: "Family in Cobham are desperate for someone from Monday. Sophie's references still aren't back on Xref but she's lovely and interviewed really well, can I send her for a trial day tomorrow?", has: ['vetting', 'No candidate is introduced to a family'] },
  { ws: POPPINS, kind: 'situation', q: "candidate gave me her old boss's mobile number for the reference call, shall I just ring that one? saves time", has: ['vetting', 'on a number we found ourselves'] },
  { ws: POPPINS, kind: 'situation', q: "the maternity nurse I'm placing in Esher hasn't got a paediatric first aid certificate, her start date is in 3 weeks. what do I do?", has: ['vetting', 'book a course if it is missing'] },
  { ws: POPPINS, kind: 'situation', q: "Candidate brought her DBS in this morning, can I quickly take a photo of it on my phone and upload it to her record so we have it?", has: ['dbs-certificates', 'Never photocopy, scan or photograph'] },
  { ws: POPPINS, kind: 'situation', q: "Jade's DBS has a caution on it from years ago. The Harringtons just rang asking if everything came back ok, what do I tell them??", has: ['dbs-certificates', 'do not discuss it with the family'] },
  { ws: POPPINS, kind: 'situation', q: "Mrs Okafor asked me to just email her the CVs of the 3 nannies we talked about, she says the link is a faff on her phone", has: ['sharing-profiles', 'never as a CV attachment in Gmail'] },
  { ws: POPPINS, kind: 'situation', q: "The Patels want Chloe's mobile so they can have a quick chat before deciding if they want to meet her, ok to pass it on?", has: ['sharing-profiles', "Never give a candidate's phone number"] },
  { ws: POPPINS, kind: 'situation', q: "new family in Godalming sent a photo of their twins with the registration form so the nanny knows who's who. shall I save it on their job in the CRM?", has: ['childrens-information', 'Never ask for or keep photos of children'] },
  { ws: POPPINS, kind: 'situation', q: "A nanny rang me in tears, says the dad in her Weybridge family screams at the 4 year old and locks him in his room. She begged me not to tell anyone she called", has: ['safeguarding', 'Never promise a caller to keep it secret'] },
  { ws: POPPINS, kind: 'situation', q: "Got an email from Becky (nanny for the Hendersons) saying she's switched banks, new sort code and account number in the email. Payroll goes Friday, can I update it now?", has: ['bank-details', 'phone them on the number in Nannytax'] },
  { ws: POPPINS, kind: 'situation', q: "another agency just rang asking why Kasia left her last family, they're thinking of taking her on. I know the whole story, can I tell them?", has: ['callers-and-addresses', "without the nanny's written consent"] },
  { ws: POPPINS, kind: 'situation', q: "someone rang saying they're from Surrey Police and need the home address of a nanny we placed last year, said it was urgent", has: ['callers-and-addresses', "take the caller's name, role and number"] },
  { ws: POPPINS, kind: 'situation', q: "oh no I've just sent the Millers' shortlist to the Mills family by mistake 😩 should I email them and ask them to delete it?", has: ['breach-reporting', 'ask Clementine before asking them to delete it'] },
  { ws: POPPINS, kind: 'situation', q: "did 3 interviews at the cafe in Farnham this morning and scribbled all my notes in my notebook, what do i do with them now", has: ['lost-devices-and-paper', 'typed into Recruit CRM within 24 hours'] },
  { ws: POPPINS, kind: 'situation', q: "a nanny we placed last year emailed asking to see the reference her old employer wrote about her, can I just forward it?", has: ['subject-access-and-retention', 'only after Clementine has asked the referee'] },

  // ── Poppins Nanny Agency: new tools ──
  { ws: POPPINS, kind: 'new-tool', q: "can I do the family video calls on Microsoft Teams? the Lawsons' work laptops only allow Teams", has: ['Clementine Ashdown'], not: ['Zoom'] },
  { ws: POPPINS, kind: 'new-tool', q: "is it ok if I use Bullhorn? I used it at my last agency and it's miles better than ours", has: ['Clementine Ashdown'], not: ['Recruit CRM'] },
  { ws: POPPINS, kind: 'new-tool', q: "a family wants to pay the placement fee with paypal, can we take that?", has: ['Clementine Ashdown'], not: ['Stripe'] },
  { ws: POPPINS, kind: 'new-tool', q: "could we post the Richmond live-in role on LinkedIn as well? not getting many applicants", has: ['Clementine Ashdown'], not: ['Indeed'] },
  { ws: POPPINS, kind: 'new-tool', q: "can I send the Carters' nanny contract through Dropbox Sign, the Carters use it at work", has: ['Clementine Ashdown'], not: ['DocuSign'] },
  { ws: POPPINS, kind: 'new-tool', q: "do we have an Onfido account? a candidate from Dublin wants to do her ID check online", has: ['Clementine Ashdown'], not: ['Yoti'] },
  { ws: POPPINS, kind: 'new-tool', q: "can i send candidates a calendly link to book their own interview slot?", has: ['Clementine Ashdown'], not: ['Google Workspace'] },
  { ws: POPPINS, kind: 'new-tool', q: "Neil's off, do we have QuickBooks? I need to raise an invoice for the Bradleys", has: ['Clementine Ashdown'], not: ['FreeAgent'] },
  { ws: POPPINS, kind: 'new-tool', q: "one of our families uses PayFit at their company, can we run their nanny's payroll through that instead?", has: ['Clementine Ashdown'], not: ['Nannytax'] },
  { ws: POPPINS, kind: 'new-tool', q: "can I whatsapp candidates their interview times? they never read their emails", has: ['Clementine Ashdown'], not: ['Google Workspace'] },

  // ── Poppins Nanny Agency: off-topic ──
  { ws: POPPINS, kind: 'off-topic', q: "what's our placement fee for a live-in nanny in London these days?", has: ['Clementine Ashdown'], not: ['Stripe'] },
  { ws: POPPINS, kind: 'off-topic', q: "is the office open on the 2nd of January or are we closed till the 5th?", has: ['Clementine Ashdown'], not: ['Recruit CRM'] },
  { ws: POPPINS, kind: 'off-topic', q: "where's the best place to park near the office on a Saturday morning?", has: ['Clementine Ashdown'] },
  { ws: POPPINS, kind: 'off-topic', q: "what's the going hourly rate for a maternity nurse in Surrey at the moment?", has: ['Clementine Ashdown'], not: ['Nannytax'] },
  { ws: POPPINS, kind: 'off-topic', q: "who's covering the phones at lunch today while Imogen's out?", has: ['Clementine Ashdown'], not: ['callers-and-addresses'] },
  { ws: POPPINS, kind: 'off-topic', q: "when are the 2027 first aid course dates coming out?", has: ['Clementine Ashdown'], not: ['vetting'] },
  { ws: POPPINS, kind: 'off-topic', q: "anyone know a good soft play in Guildford we can put in the new families' welcome pack?", has: ['Clementine Ashdown'], not: ['childrens-information'] },
  { ws: POPPINS, kind: 'off-topic', q: "is the team christmas lunch on the 18th or the 19th?", has: ['Clementine Ashdown'], not: ['Google Workspace'] },
  { ws: POPPINS, kind: 'off-topic', q: "is it meant to snow on Monday? might need to move the trial day in Farnham", has: ['Clementine Ashdown'], not: ['callers-and-addresses'] },
  { ws: POPPINS, kind: 'off-topic', q: "how much holiday does a full time nanny usually get, is it 5.6 weeks plus bank holidays?", has: ['Clementine Ashdown'], not: ['Nannytax'] },

  // ── Stridewell Orthotics: situations ──
  { ws: STRIDEWELL, kind: 'situation', q: "Craig wants me to send him a pic of Mr Hussain's stump so he can check the trim lines on the socket, the ipad's flat so can I just use my phone?", has: ['clinical-photos', 'Never use your own phone'] },
  { ws: STRIDEWELL, kind: 'situation', q: "I'm doing a teaching session at Hallam uni next month and want to use a photo of a diabetic foot from clinic, there's no face in it so that's fine isn't it?", has: ['clinical-photos', 'written consent on the teaching consent form'] },
  { ws: STRIDEWELL, kind: 'situation', q: "I've written 'J Pearson' on the cast for her AFO before it goes off to the lab in Leeds, thats ok right?", has: ['casts-and-scans', "never the patient's name"] },
  { ws: STRIDEWELL, kind: 'situation', q: "the lab in Nottingham needs the shape file for Mrs Ali's new socket, can I pop it on a usb stick and post it to them?", has: ['casts-and-scans', 'Tomasz sends it from Canfit'] },
  { ws: STRIDEWELL, kind: 'situation', q: "a GP surgery in Hillsborough has sent a referral to my normal outlook email, what should I do with it?", has: ['nhs-referrals', 'tell the referrer to use NHSmail in future'] },
  { ws: STRIDEWELL, kind: 'situation', q: "new referral just come in for a lady with an ulcer on her foot, she's diabetic. Aisha's in clinic all afternoon, shall I leave it for her to look at tomorrow?", has: ['nhs-referrals', 'passed to the clinician the same day'] },
  { ws: STRIDEWELL, kind: 'situation', q: "I think I left clinic iPad 2 on the 52 bus this morning 😬 going to pop to the depot at lunch and see if anyone's handed it in", has: ['breach-reporting', 'tell her before trying to find it yourself'] },
  { ws: STRIDEWELL, kind: 'situation', q: "just emailed Mrs Clarke's appointment letter to the wrong Mrs Clarke. Can I recall it in outlook before she opens it?", has: ['breach-reporting', 'try to recall the email yourself'] },
  { ws: STRIDEWELL, kind: 'situation', q: "a patient brought in a letter from her old podiatrist, I've scanned it into her notes. can the paper just go in the recycling bin under reception?", has: ['records-retention', 'never the recycling'] },
  { ws: STRIDEWELL, kind: 'situation', q: "A solicitor has emailed asking for all of Mr Briggs' notes including his walking videos, for an injury claim. Shall I just attach them to a reply in Outlook?", has: ['subject-access', 'never as an Outlook attachment'] },
  { ws: STRIDEWELL, kind: 'situation', q: "a PC from South Yorkshire Police emailed asking for copies of Dean Walsh's notes and whether he was in clinic on the 3rd", has: ['subject-access', 'go straight to Helen'] },
  { ws: STRIDEWELL, kind: 'situation', q: "I'm casting Mr Reid for a high above-knee socket tomorrow afternoon, anything I need to sort first?", has: ['children-and-chaperones', 'always offered for assessments of the upper thigh'] },
  { ws: STRIDEWELL, kind: 'situation', q: "a woman rang saying she's Mr Kaur's daughter and wants to know if his new leg is ready for Thursday, he's not put anyone down on his record", has: ['reception-calls', 'ask the patient to call back'] },
  { ws: STRIDEWELL, kind: 'situation', q: "patient on the phone wants to pay the deposit for his AFO, he's started reading me the long number off his card, can I just type it into the machine?", has: ['reception-calls', 'send a Dojo payment link by text'] },
  { ws: STRIDEWELL, kind: 'situation', q: "Craig wants to write the patients' names on the workshop whiteboard so he knows whose socket is whose, is that alright?", has: ['clear-desk', 'reference number, device and due date only'] },

  // ── Stridewell Orthotics: new tools ──
  { ws: STRIDEWELL, kind: 'new-tool', q: "could we move the diary over to Cliniko? Aisha used it at her last clinic and says it's much easier", has: ['Helen Marsh'], not: ['WriteUpp'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "is it ok to send a patient's gait videos over WeTransfer? they're too big to email", has: ['Helen Marsh'], not: ['Microsoft 365'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "can we take deposits on SumUp instead? the fees are loads lower", has: ['Helen Marsh'], not: ['Dojo'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "Farid's asking whether we could run the staff payroll on Sage", has: ['Helen Marsh'], not: ['Xero'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "can I share the job sheets with the Leeds lab on Google Drive?", has: ['Helen Marsh'], not: ['Microsoft 365'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "is there a calendly link patients can use to book their own fittings?", has: ['Helen Marsh'], not: ['WriteUpp'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "should we get the clinic on Doctify so patients can leave reviews?", has: ['Helen Marsh'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "Tomasz wants to try Fusion 360 for designing the AFOs, do we have that?", has: ['Helen Marsh'], not: ['Vorum Canfit'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "Steel City suggested moving the iPads over to Kandji, is that something we use?", has: ['Helen Marsh'], not: ['Jamf Now'] },
  { ws: STRIDEWELL, kind: 'new-tool', q: "a patient asked if she can pay for her custom insoles with Klarna, can she?", has: ['Helen Marsh'], not: ['Dojo'] },

  // ── Stridewell Orthotics: off-topic ──
  { ws: STRIDEWELL, kind: 'off-topic', q: "what do we charge for a pair of custom insoles now, is it still £180?", has: ['Helen Marsh'], not: ['Dojo', 'WriteUpp'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "is there parking behind the clinic for patients or do they have to use the street?", has: ['Helen Marsh'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "what time do we open on the Monday after new year?", has: ['Helen Marsh'], not: ['reception-calls'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "has the new batch of EVA foam turned up for the workshop yet?", has: ['Helen Marsh'], not: ['casts-and-scans', 'clear-desk'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "how long does plaster of paris need to set before I cut the cast off?", has: ['Helen Marsh'], not: ['records-retention', 'casts-and-scans'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "who's on the rota for the Saturday clinic next week?", has: ['Helen Marsh'], not: ['Microsoft 365'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "is it meant to rain on Friday? thinking of moving the outdoor running assessments", has: ['Helen Marsh'], not: ['footscan'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "anyone know a good CPD course on paediatric gait this spring?", has: ['Helen Marsh'], not: ['children-and-chaperones', 'footscan'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "the workshop kettle's broken again, who do I ask about getting a new one?", has: ['Helen Marsh'], not: ['Steel City IT'] },
  { ws: STRIDEWELL, kind: 'off-topic', q: "how many pairs of insoles did the workshop make last month?", has: ['Helen Marsh'], not: ['Vorum Canfit'] },
];
