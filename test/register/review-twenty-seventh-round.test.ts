import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Questions from the review of issue 17's twenty-seventh round: ordinary questions that the round's
 * new rules first answered wrongly (a supplier's name after "in", where what is kept there is asked, read
 * as a place; whether data is encrypted in the app used to pay read as ransomware told; parking that only
 * says which cameras or records read as whether there is parking; a well-known tool a supplier's entry
 * writes read as a tool we do not use; a well-known tool weighed against a supplier we use read as the tool alone; someone's number or address not
 * found read as a thing lost), each beside the question the rule was written for, which must
 * keep its answer.
 */
const cases = devCasesOn(
  exampleFirms({
    climbing: 'crux-climbing',
    escapes: 'lockbox-escapes',
    blocks: 'keyfold-block-management',
    park: 'heronsfield-holiday-park',
    rovers: 'riverside-rovers-fc',
    swim: 'ripple-swim-school',
    nursery: 'puddleduck-nursery',
    school: 'millbrook-school',
    homecare: 'larkfield-home-care',
    solar: 'sunmead-solar',
    funeral: 'hollins-funeral',
    ebikes: 'spokesmith-ebikes',
    lettings: 'fairhaven-estates',
    agency: 'ashcombe-lettings',
    groomer: 'pawprint-grooming',
    kennels: 'thistledown-kennels',
    cleaning: 'sparkle-bright-cleaning',
    tutors: 'tamar-tutors',
    removals: 'thackeray-removals',
  }),
);

describe("a supplier's name after 'in', where what is kept there is asked, is the supplier, not a place", () => {
  cases([
    { firm: 'climbing', q: 'is the member data in google?', has: ['Google Workspace'], not: ['Rock Gym Pro:'] },
    { firm: 'escapes', q: "what's stored in google?", has: ['Google Workspace data is stored in'], not: ["don't know"] },
    { firm: 'blocks', q: "what's stored in paxton?", has: ['Paxton Net2 data is stored in'], not: ['Severn Door Entry'] },
    { firm: 'blocks', q: 'what do we hold in microsoft?', has: ['Microsoft 365'], not: ["don't know"] },
    { firm: 'park', q: 'what data is in google?', has: ['Google Workspace holds'], not: ["don't know"] },
    { firm: 'park', q: 'is the guest list in google?', has: ['Google Workspace'], not: ['Anytime Booking:'] },
    { firm: 'rovers', q: 'is the player data in google?', has: ['Google Workspace'], not: ['Whole Game System:'] },
    // The questions the rule was written for: a place told in a story.
    { firm: 'funeral', q: 'the arrangement tablet was stolen from the car outside the church in accrington', has: ['Tablets and on-call phones'], not: ['Accrington Crematorium:'] },
    { firm: 'ebikes', q: 'where is data in clifton stored', has: ['Clifton Cargo Couriers'] },
  ]);
});

describe('whether data is encrypted in the app used to pay asks the register, not ransomware told', () => {
  cases([
    { firm: 'climbing', q: 'is our data encrypted in the app members use to pay?', has: ['GoCardless', 'encrypted at rest'], not: ['Reporting a data breach'] },
    { firm: 'climbing', q: 'are the files encrypted in the system we use to pay staff?', has: ['encrypted'], not: ['Reporting a data breach'] },
    { firm: 'swim', q: 'is our data encrypted in the app parents use to pay fees?', has: ['Class4Kids', 'encrypted at rest'], not: ['Reporting a data breach'] },
    { firm: 'nursery', q: 'is our data encrypted in the app parents use to pay fees?', has: ['GoCardless', 'encrypted at rest'], not: ['Reporting a data breach'] },
    { firm: 'school', q: 'is our data encrypted in the app parents use to pay?', has: ['ParentPay', 'encrypted at rest'], not: ['Reporting a data breach'] },
    { firm: 'homecare', q: 'is our data encrypted in the app we use to pay carers?', has: ['BrightPay', 'encrypted at rest'], not: ['Reporting a data breach'] },
    // The questions the rule was written for: ransomware told by its screen.
    { firm: 'climbing', q: 'a screen came up saying all our files are encrypted and we have to pay in bitcoin', has: ['Reporting a data breach'] },
    { firm: 'swim', q: 'what do i do, all the files on the tablet are locked and it wants us to pay in bitcoin', has: ['Reporting a data breach'] },
  ]);
});

describe('parking that only says which cameras or records asks the register, not whether there is parking', () => {
  cases([
    { firm: 'escapes', q: 'do we have parking cctv?', has: ['Calder Valley Security'], not: ["don't know"] },
    { firm: 'park', q: 'is there any parking camera footage kept?', has: ['Coastwatch Security'], not: ["don't know"] },
    { firm: 'park', q: 'do we have anpr parking records?', has: ['Gatewise ANPR'], not: ["don't know"] },
    // The questions the rule was written for: whether there is parking, which no register records.
    { firm: 'park', q: 'is there parking for visitors?', has: ["don't know"], not: ['Gatewise'] },
    { firm: 'rovers', q: 'is there parking at the ground for away teams?', has: ["don't know"] },
  ]);
});

describe("a well-known tool a supplier's entry writes is how we deal with that supplier, not a tool we do not use", () => {
  cases([
    { firm: 'solar', q: 'do we use whatsapp with brendon?', has: ['Brendon Scaffolding', 'WhatsApp'], not: ["can't find whatsapp"] },
    // The questions the rule was written for: a tool no entry the question names writes.
    { firm: 'solar', q: 'can the installers use whatsapp to send photos of the roof?', has: ["can't find whatsapp"], not: ['Commusoft:'] },
    { firm: 'lettings', q: 'sam sends the photos on wetransfer, is that ok?', has: ["can't find wetransfer", 'New apps and tools'], not: ['Matterport:'] },
    { firm: 'climbing', q: 'can i put the route setting rota on trello?', has: ['New apps and tools'] },
    { firm: 'lettings', q: 'is wetransfer ok for the property photos?', has: ["can't find wetransfer"] },
  ]);
});

describe("someone's number, address or details not found anywhere is information sought, not a thing lost", () => {
  cases([
    { firm: 'groomer', q: "can't find the owner's number anywhere", has: [], not: ['When something goes wrong with personal data'] },
    { firm: 'kennels', q: "can't find the owner's number anywhere", has: [], not: ['Reporting a data breach'] },
    { firm: 'agency', q: "can't find the tenant's email address anywhere", has: ['Microsoft 365'], not: ['Lost or stolen phones'] },
    { firm: 'homecare', q: "can't find her address anywhere", has: [], not: ['Lost or stolen phones'] },
    // The questions the rule was written for: someone's thing, paper or a device, not found.
    { firm: 'cleaning', q: "can't find the customer's key anywhere", has: ['Lost keys or a code seen by someone else'] },
    { firm: 'climbing', q: "can't find the sign-in sheet anywhere", has: ['Reporting a data breach'] },
    { firm: 'agency', q: "can't find the work phone anywhere", has: ['Lost or stolen phones and laptops'] },
  ]);
});

describe('a well-known tool weighed against a supplier the question names gets the supplier we use', () => {
  cases([
    { firm: 'tutors', q: 'do we use zoom or skype for lessons?', has: ['We use Zoom for'], not: ["can't find skype"] },
    { firm: 'tutors', q: 'can the tutors use skype instead of zoom?', has: ['Zoom: Online video lessons'], not: ["can't find skype"] },
    { firm: 'school', q: 'is classdojo like whatsapp for parents?', has: ['ClassDojo'], not: ["can't find whatsapp"] },
    { firm: 'escapes', q: 'tidio or whatsapp for the website chat?', has: ['Tidio: The live chat'], not: ["can't find whatsapp"] },
    { firm: 'removals', q: 'do we use zoho or hubspot for the crm?', has: ['We use MoveMan for', 'Zoho Workplace'], not: ["can't find hubspot"] },
    // The questions the rule was written for: the tool alone, or asked of with what it would do.
    { firm: 'tutors', q: 'can i use skype for a lesson?', has: ["can't find skype"] },
    { firm: 'climbing', q: 'do we have canva? want to do the flyer on it', has: ["can't find canva", 'New apps and tools'] },
  ]);
});
