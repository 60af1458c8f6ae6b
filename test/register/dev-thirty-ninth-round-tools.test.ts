import { describe } from 'vitest';
import { devCasesOn, exampleFirms } from './dev-questions.ts';

/**
 * Dev questions for issue 17's thirty-ninth round (tools the firm does not use): misses of that kind as classes, written
 * in new words on example firms, each beside a question of like words that keeps its old, right answer. For tuning, like
 * dev-firm.test.ts.
 */
const cases = devCasesOn(
  exampleFirms({
    gym: 'corefit-pt',
    yoga: 'stillpoint-yoga',
    electrician: 'sparkwise-electrical',
    plumber: 'tolley-plumbing',
    coffee: 'beanwagon-coffee',
    parties: 'bouncealot-parties',
    kitchens: 'oakframe-kitchens',
  }),
);

describe('a name that ends in "nt" is no "dont" typed without its apostrophe', () => {
  cases([
    // Failed before this round: "FreeAgent" read as an everyday word.
    { firm: 'gym', q: 'my brother uses FreeAgent for his business and says its way easier for the books, could we switch?', has: ["can't find freeagent", 'Policy: new-tools'] },
    { firm: 'yoga', q: 'could we do the payroll in freeagent from january?', has: ["can't find freeagent", 'Policy: new-tools'] },
  ]);
});

describe('a thing made on a tool by us, told or asked: "a whatsapp group", "a dropbox folder", "a review link"', () => {
  cases([
    // Failed before this round: the story's words met a policy or a supplier for the same job.
    { firm: 'gym', q: "I've put the client lists in a dropbox folder so the trainers can see them", has: ["can't find dropbox", 'Policy: new-tools'] },
    { firm: 'yoga', q: "I've put the class registers in a dropbox folder so the teachers can get them on their phones", has: ["can't find dropbox", 'Policy: new-tools'] },
    { firm: 'gym', q: 'started sending clients a tripadvisor link to review us instead, that fine?', has: ["can't find tripadvisor", 'Policy: new-tools'] },
    // Right before and kept: a tool we hold keeps its entry; an everyday word made into a group or link is no tool.
    { firm: 'gym', q: "i've set up a whatsapp group for the clients so i can send them the class times", has: ['WhatsApp Business'], not: ["can't find"] },
    { firm: 'gym', q: "i've set up a family group for the clients", has: [], not: ["can't find family"] },
    { firm: 'yoga', q: "i've set up a payment link for the retreat", has: [], not: ["can't find"] },
  ]);
});

describe('a tool installed with what it is said after its name: "the grammarly extension"', () => {
  cases([
    { firm: 'gym', q: 'anyone mind if i install the grammarly extension on the office laptop', has: ["can't find grammarly", 'Policy: new-tools'] },
    { firm: 'yoga', q: 'mind if i install the grammarly extension on the studio laptop', has: ["can't find grammarly", 'Policy: new-tools'] },
  ]);
});

describe('another\'s tool for a job, with leave asked to trial it: "my mate uses deputy for clocking in"', () => {
  cases([
    { firm: 'gym', q: 'my mate uses deputy for clocking in, is it ok if we trial it', has: ["can't find deputy", 'Policy: new-tools'] },
    { firm: 'yoga', q: 'the studio down the road uses fitogram for bookings, is it ok if we trial it', has: ["can't find fitogram", 'Policy: new-tools'] },
    // Right before and kept: a tool we hold, so used by another, is ours.
    { firm: 'electrician', q: 'my cousin uses tradify for quoting, is it ok if we trial it', has: ['Tradify'], not: ["can't find"] },
  ]);
});

describe('a job\'s things done or pasted in a tool: "the wages in quickbooks", "the books in sage 50", "the list into chatgpt"', () => {
  cases([
    { firm: 'gym', q: 'could we do the wages in quickbooks from april?', has: ["can't find quickbooks", 'Policy: new-tools'] },
    { firm: 'gym', q: 'can i paste the client list into chatgpt to write the reminder emails', has: ["can't find chatgpt", 'Policy: new-tools'] },
    // A day said to be an app is one; a day alone is when.
    { firm: 'gym', q: 'could we plan the sessions on monday (the app) instead', has: ["can't find monday", 'Policy: new-tools'] },
    { firm: 'electrician', q: 'could we run the jobs on monday? like monday.com', has: ["can't find monday", 'Policy: new-tools'] },
    { firm: 'electrician', q: "we'll run the jobs on monday", has: [], not: ["can't find"] },
    { firm: 'plumber', q: 'we do the wages on monday, ok?', has: ['Moneysoft'], not: ["can't find"] },
  ]);
});

describe('opened on a name put to a job one of ours does: "what about breathe for holidays and sickness?"', () => {
  cases([
    { firm: 'coffee', q: 'what about breathe for holidays and sickness?', has: ["can't find breathe", 'Policy: new-tools'] },
    { firm: 'parties', q: 'what about breathe for holidays and sickness?', has: ["can't find breathe", 'Policy: new-tools'] },
    // A plural there is a thing, not a product.
    { firm: 'gym', q: 'what about pizza for the staff party?', has: [], not: ["can't find"] },
  ]);
});

describe('leave asked by a bare ", ok?" after the story, and a job with what it is of ("stock planning")', () => {
  cases([
    { firm: 'coffee', q: 'notion for stock planning, ok?', has: ["can't find notion", 'Policy: new-tools'] },
    { firm: 'coffee', q: 'ive put drop box on the laptop to send the menus to a customer, ok?', has: ["can't find dropbox", 'Policy: new-tools'] },
    { firm: 'coffee', q: 'ive downloaded things on the van tablet to keep track of stock', has: ["can't find things", 'Policy: new-tools'] },
  ]);
});

describe('an account of our own started on a social network we do not hold; one we hold keeps its entry', () => {
  cases([
    { firm: 'coffee', q: 'thinking of starting a van tiktok with latte art', has: ["can't find tiktok", 'Policy: new-tools'] },
    { firm: 'parties', q: 'thinking of starting a tiktok account', has: ["can't find tiktok", 'Policy: new-tools'] },
    { firm: 'coffee', q: 'thinking of starting a van instagram', has: ['Instagram'], not: ["can't find"] },
    { firm: 'parties', q: 'the tiktok video went viral', has: [], not: ["can't find"] },
  ]);
});

describe('a big company\'s product asked leave to use as "can we use google forms"; a weighed tool with what it is ("route planner")', () => {
  cases([
    { firm: 'kitchens', q: 'can we use google forms for the customer survey', has: ["can't find google forms", 'Policy: new-tools'] },
    { firm: 'coffee', q: 'can we use google forms for the customer survey', has: ['Google Workspace'], not: ["can't find"] },
    { firm: 'coffee', q: 'circuit route planner does the rounds way better, can we use that', has: ["can't find circuit route planner", 'Policy: new-tools'] },
    { firm: 'parties', q: 'circuit route planner does the deliveries much better, can we try it', has: ["can't find circuit route planner", 'Policy: new-tools'] },
  ]);
});

describe('another\'s tool we are asked onto, a thing made in a tool with leave asked, a job suggested on a platform', () => {
  cases([
    { firm: 'yoga', q: 'the retreat centre wants us to use their Basecamp board for the bookings, can I just join it', has: ["can't find basecamp", 'Policy: new-tools'] },
    { firm: 'kitchens', q: 'the builder wants me to use his Buildertrend account for the snagging, can i', has: ["can't find buildertrend", 'Policy: new-tools'] },
    { firm: 'kitchens', q: 'is it ok if i draw up the plans in sketchup at home', has: ["can't find sketchup", 'Policy: new-tools'] },
    { firm: 'yoga', q: 'what about listing the workshops on classpass', has: ["can't find classpass", 'Policy: new-tools'] },
    // Right before and kept: where a thing is made or sold is no tool.
    { firm: 'kitchens', q: 'can i draw the designs in pencil first', has: [], not: ["can't find"] },
    { firm: 'coffee', q: 'what about selling the coffee beans in town', has: [], not: ["can't find"] },
    { firm: 'coffee', q: 'what about selling the beans on offer', has: [], not: ["can't find"] },
  ]);
});

describe('a tool trialled, a big company\'s product made into a folder, a name weighed against a tool of ours mid-sentence', () => {
  cases([
    { firm: 'parties', q: 'can we trial houzz pro for the bookings', has: ["can't find houzz", 'Policy: new-tools'] },
    { firm: 'kitchens', q: "i've shared the site photos in a google drive folder with the fitters", has: ["can't find google drive", 'Policy: new-tools'] },
    { firm: 'gym', q: "i've shared the client photos in a google drive folder with the trainers", has: ['Google Workspace'], not: ["can't find"] },
    { firm: 'kitchens', q: 'my mate says jobber is way better than what we use, can we try it', has: ["can't find jobber", 'Policy: new-tools'] },
    { firm: 'parties', q: 'my mate says rotaready is way better than ours, can we try it', has: ["can't find rotaready", 'Policy: new-tools'] },
    // Right before and kept: an everyday word weighed against "ours" is the thing; a tool we hold keeps its entry.
    { firm: 'parties', q: 'the new castle is way better than ours, can we keep it', has: [], not: ["can't find"] },
    { firm: 'kitchens', q: 'my brother reckons tradify is miles better than our system, can we try it', has: ['Tradify'], not: ["can't find"] },
  ]);
});

describe('how or when a job is done is no tool: an English word where a job is done, a plural where things are kept, a job of ours only when all of it is', () => {
  cases([
    { firm: 'electrician', q: 'can we do the jobs in pairs?', has: [], not: ["can't find"] },
    { firm: 'electrician', q: 'could we run the bookings in batches?', has: [], not: ["can't find"] },
    { firm: 'electrician', q: 'can we do the books in stages?', has: [], not: ["can't find"] },
    { firm: 'kitchens', q: 'what about overtime for the weekend jobs?', has: [], not: ["can't find"] },
    { firm: 'electrician', q: 'what about cake for the staff party?', has: [], not: ["can't find"] },
    // Still found: a version after an English name, a name no English list has, a day said to be an app.
    { firm: 'electrician', q: 'new client wants us to do their books in sage 50, is that ok?', has: ["can't find sage 50"] },
    { firm: 'electrician', q: 'could we do the wages in quickbooks from april?', has: ["can't find quickbooks"] },
    { firm: 'electrician', q: 'could we plan the jobs on monday (the app) instead', has: ["can't find monday"] },
  ]);
});
