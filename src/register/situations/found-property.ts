// Someone else's thing found at work: a bank card in a machine's coin return, a wallet left in a car, a staff badge on the floor.
// The firm's rule on lost property says where it goes, not the entry of whatever supplier a word of the story meets.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, theOnly, toldThenSaid } from '../quoted-policies.ts';

/**
 * A stranger's card, wallet, phone or badge found, with what to do asked: "found a bank card and somebodys staff lanyard in the coin
 * return, bring em back to the depot?", "found a purse under the seat, what do i do with it". Not ours ("found the company card").
 */
const STRANGERS_THING_FOUND = /^(?=.*(?:\?|\bwhat (?:do|should|shall) (?:i|we)\b))(?!.*\bfound\s+(?:the|our|my|his|her)\s+(?:company|work|office|van|shop|spare)\b).*\bfound\s+(?:a|an|some|two|someone['’]?s|somebody['’]?s|someones|somebodys|a customer['’]?s|a passenger['’]?s)\s+(?:[\w'’-]+\s+){0,2}?(?:bank cards?|debit cards?|credit cards?|wallets?|purses?|(?:id|staff|security)\s+(?:badges?|cards?|passes|lanyards?)|lanyards?|driving licen[cs]es?|passports?)\b/i;

/**
 * A stranger's phone, purse or card told lying where they left it, with what to do asked: "cleaning the dome after the 4 oclock and
 * theres a samsung under seat 32, plus a purse with someones driving licence and a debit card in it. shall i stick them in the tub?".
 */
const STRANGERS_THING_LYING = /^(?=.*(?:\?|\bwhat (?:do|should|shall) (?:i|we)\b))(?=.*\b(?:someone['’]?s|somebody['’]?s|someones|somebodys|a customer['’]?s|a visitor['’]?s|a passenger['’]?s|a guest['’]?s)\b).*\b(?:there['’]?s|theres|there is|there are)\s+(?:a|an|some)\s+(?:[\w'’-]+\s+)?(?:samsung|iphone|phone|mobile|purse|wallet|handbag|bag)\s+(?:under|on|in|by|behind|beside)\b/i;

/** A stranger's things left behind, with where they go asked: "someone left a scarf and a phone on a table by the window, where do I put them?". */
const STRANGER_LEFT_BEHIND = /\b(?:someone|somebody|a (?:customer|passenger|guest|visitor|diner|member|client|parent))\s+(?:has\s+|just\s+)?left\s+(?:(?:a|an|their|his|her|some)\s+)?(?:[\w'’-]+\s+){0,4}?(?:scarf|scarves|coat|jacket|phone|mobile|purse|wallet|bag|handbag|umbrella|glasses|keys|hat|gloves|book|watch)\b[^?]*\b(?:where (?:do|should|shall) (?:i|we) (?:put|take|leave)|what (?:do|should|shall) (?:i|we) do with|where (?:does|do) (?:it|they|that|those) go)\b/i;

/** A thing found that nobody has come back for: "found a rucksack under the bench from yesterdays session, nobody has come back for it", "nobody's claimed it". */
const FOUND_UNCLAIMED = /\bfound\s+(?:a|an|some)\s+(?:[\w'’-]+\s+)?(?:rucksack|backpack|bag|coat|jacket|phone|purse|wallet|umbrella|scarf|hat|glasses|keys)\b[^.?!]*[.,;!?]?\s*(?:nobody|no one|no-one|noone)(?:['’]s|\s+has)?\s+(?:come back for|claimed|asked (?:for|about))\b/i;

/**
 * A policy titled on lost property, or with a sentence on it: "Lost property found in or near a machine … is handed to the site's reception",
 * "Items left behind are kept in the lock box for 7 days and logged".
 */
const LOST_PROPERTY_TITLE = /\blost property\b|\bfound (?:items|property)\b|\blost and found\b/i;
const LOST_PROPERTY_SAID = /\blost property\b[^.]*\b(?:hand\w*|given?|taken|kept|logged|goes|go)\b|\b(?:items|things|belongings)\s+left behind\b[^.]*\b(?:kept|logged|handed|go|goes)\b/i;

/** A thing told left somewhere of ours, with how to keep it asked: "jacket left at Rockpool, how should i store it till someone asks?" (read in the eighty-ninth round). */
const THING_LEFT_AT = /\b(?:scarf|scarves|coat|jacket|phone|mobile|purse|wallet|bag|handbag|umbrella|glasses|keys|hat|gloves|book|watch|kindle|teddy|toy|charger)\s+(?:was\s+|got\s+|been\s+)?left\s+(?:behind\s+)?(?:at|in|on|under)\b[^?]*\b(?:how (?:should|do|shall) (?:i|we) (?:store|keep|look after)|where (?:do|should|shall) (?:i|we) (?:put|keep|store)|what (?:do|should|shall) (?:i|we) do with)\b/i;

/**
 * Someone come to say a thing handed in is theirs, with whether to give it over asked: "lad come in saying the sunglasses in the box are
 * his, can I just give them over?" (read in the ninetieth round). Only a thing where found things are kept, never "the car is his".
 */
const CLAIMED_AS_THEIRS =
  /\b(?:saying|says|said|claim\w*|reckons?|insists?)\b[^.?!]*\b(?:(?:in|from)\s+(?:the\s+)?(?:lost property(?:\s+(?:box|tray|basket|drawer|cupboard|tub))?|box|tray|basket|tub|safe)|(?:left|found|handed in)\b[^.?!]{0,30}?)\s+(?:is|are|was|were)\s+(?:his|hers|theirs|(?:his|her|their)\s+[\w'’-]+)\b[^?]*\b(?:give|hand|send|post|let (?:him|her|them) (?:have|take))\b/i;

/** Belongings people leave behind. */
const BELONGINGS = String.raw`(?:i?phones?|mobiles?|samsungs?|wallets?|purses?|handbags?|bags?|rucksacks?|backpacks?|coats?|jackets?|umbrellas?|brollies|keys|glasses|sunglasses|scarf|scarves|hats?|gloves|teddys?|teddies|toys?|watch(?:es)?|rings?|earrings?|bikes?|scooters?|kindles?|chargers?|water bottles?|jumpers?|hoodies?|cardigans?|cardies?|fleeces?|shoes|trainers|boots)`;

/**
 * A stranger's thing found where people sit or leave things, told bare: "found an iphone wedged under the seats on the 3pm run" (read in the
 * ninetieth round). Not ours ("found the company card"), which no pattern of a stranger's thing reads.
 */
const FOUND_WHERE_LEFT = new RegExp(
  String.raw`\bfound\s+(?:a|an|some|someone['’]?s|somebody['’]?s|someones|somebodys)\s+(?:[\w'’-]+\s+)?${BELONGINGS}\b[^.?!]{0,30}?\b(?:under|on|in|behind|between|down the (?:side|back) of|wedged|left)\b[^.?!]{0,30}?\b(?:seats?|tables?|benches?|boat|bus|coach|van|taxi|changing rooms?|floor|sofa|loo|toilets?|deck|cabin|pews?|lockers?|car park)\b`,
  'i',
);

/**
 * Things left with us a long while and never claimed, told: "kiosk is full of coats and hats from the summer that nobody came back for", "we've
 * had a coat hanging in the hall since september, nobody's claimed it", "we've had a kid's bike in the back office since june, can it go to
 * the tip" (read in the ninetieth round). Not ours ("the harbour bike").
 */
const LEFT_LONG_UNCLAIMED = new RegExp(
  String.raw`^(?!.*\b(?:our|my|the\s+(?:harbour|office|work|company|club|shop|studio|boat|team|spare|staff))\s+(?:[\w'’-]+\s+)?${BELONGINGS}\b).*\b${BELONGINGS}\b[^.?!]{0,60}?\b(?:(?:nobody|no one|no-one|noone)(?:['’]s|\s+has|\s+have)?\s+(?:ever\s+)?(?:c[ao]me\s+back\s+for|claimed|asked (?:for|about))|never\s+c[ao]me\s+back\s+for|unclaimed|since\s+(?:the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|the summer|last \w+|easter|christmas))\b`,
  'i',
);

/** The ways a stranger's thing is told found, lying, left behind, unclaimed or claimed. */
const STRANGERS_THING_TOLD = [STRANGERS_THING_FOUND, STRANGERS_THING_LYING, STRANGER_LEFT_BEHIND, FOUND_UNCLAIMED, THING_LEFT_AT, CLAIMED_AS_THEIRS, FOUND_WHERE_LEFT, LEFT_LONG_UNCLAIMED];

/** A stranger's thing found ({@link STRANGERS_THING_TOLD}): the one policy titled on lost property, else the one with a sentence on it. */
export function strangersThingFoundAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!STRANGERS_THING_TOLD.some((told) => told.test(question))) return undefined;
  return theOnly(policiesByTitle(ctx, LOST_PROPERTY_TITLE)) ?? theOnly(policiesSaying(ctx, LOST_PROPERTY_SAID));
}

/**
 * Something found on a customer's things and never claimed, with whether to throw it out asked: "there's a box of tablets been sat in the
 * safe since summer from someone's coat, nobody came for it. just bin it??", "we've got a box of left stuff from the summer nobody's asked
 * about. can it go?" (read in the eighty-ninth round).
 */
const FOUND_NEVER_CLAIMED =
  /^(?=.*\b(?:bin|binned|chuck|throw|get rid|dispose|shred|what (?:do|should|shall) (?:i|we) do|(?:can|could)\s+(?:it|they|them|this|that)\s+go)\b)(?=.*(?:\b(?:nobody|no one|no-one|noone)(?:['’]s|\s+has|\s+have)?\s+(?:ever\s+)?(?:c[ao]me(?:\s+back)?\s+for\s+(?:it|them)|claimed|asked (?:for|about))\b|\bunclaimed\b|\bnever (?:been )?claimed\b)).*\b(?:found|left\s+(?:stuff|things|items|property)|left behind|lost property|from\s+(?:a|someone['’]?s|somebody['’]?s|someones|somebodys|a customer['’]?s)\s+(?:[\w'’-]+\s+)?(?:coat|jacket|pockets?|bag|jeans|trousers|shirt|washing|laundry))\b/i;

/** A policy sentence on what becomes of what nobody claims: "Unclaimed paperwork is shredded after 3 months; … medication goes to the pharmacy". */
const UNCLAIMED_SAID = /\bunclaimed\b|\bnot claimed\b|\bnever claimed\b/i;

/** Something found and never claimed ({@link FOUND_NEVER_CLAIMED}): the firm's one policy sentence on what nobody claims. */
export const foundNeverClaimedAnswer = toldThenSaid(FOUND_NEVER_CLAIMED, UNCLAIMED_SAID);
