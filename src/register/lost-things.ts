// Whether a loss told is of something that can carry people's details: a breach is a loss of personal data, and
// "someone nicked diesel from the pump" or "a bloke's bike got nicked" tells of a theft, not of a breach.

/**
 * A person lost to death: "the baby she lost", "lost her husband last year", "we lost grandad in may". The person ends the phrase:
 * another word after it makes them part of a thing ("lost the baby scan usb", "lost the child register", "lost her baby's red book").
 * Global, for replacing every such phrase in a question.
 */
const PERSON_ENDS = String.raw`(?!['’])(?!\s+(?!(?:in|at|on|last|this|that|when|while|to|and|but|so|a|an|the|years?|months?|weeks?|days?|recently|earlier|before|after|during|of|yesterday|today|suddenly|too|very|aged)\b)[a-z]+)`;
export const BEREAVEMENT = new RegExp(
  String.raw`\b(?:lost|losing|lose)\s+(?:her|his|their|my|our|a|the)\s+(?:baby|husband|wife|partner|mum|mam|mother|dad|father|son|daughter|child|brother|sister|twin|nan|gran|grandad|grandma|grandmother|grandfather|pregnancy)\b${PERSON_ENDS}` +
    String.raw`|\b(?:lost|losing)\s+(?:grandad|grandma|nan|gran|mum|dad)\b${PERSON_ENDS}|\b(?:baby|husband|wife|partner|son|daughter|child|brother|sister|twin)\s+(?:she|he|they|i|we)\s+(?:had\s+)?lost\b`,
  'gi',
);

/** Taken or lost, as told. */
const LOSS_VERB = String.raw`(?:nicked|stole|stolen|pinched|swiped|lifted|lost|taken)`;

/** Where the story goes on after the thing taken: where from, when, how. */
const STORY_GOES_ON = String.raw`(?:from|off|out|outside|inside|in|at|on|of|while|when|last|this|yesterday|overnight|earlier|today|and|but|so|then|during|after|before|with|by|into|to|through)`;

/** "Nicked the tablet", "stole diesel from the pump": the thing after the verb, up to where the story goes on. */
const TAKEN_WHAT = new RegExp(String.raw`\b${LOSS_VERB}\s+(?!${STORY_GOES_ON}\b)((?:[\w'’-]+\s+){0,3}?[\w'’-]+?)(?=\s+${STORY_GOES_ON}\b|\s*[,.;?!]|\s*$)`, 'i');

/** "The tablet got nicked", "a bloke's bike was stolen", "van's been stolen": the thing before the verb that befell it. */
const WHAT_WAS_TAKEN = new RegExp(String.raw`((?:[\w-]+(?:['’]s)?\s+){0,3}?[\w-]+?)(?:['’]s)?\s+(?:got|gets|get|getting|being|was|were|has been|have been|had been|['’]s been|s been|has gone|have gone|went|is|are)\s+${LOSS_VERB}\b`, 'i');

/**
 * Things that can carry people's details, however staff name them: devices and their parts, keys and codes, paper and what
 * holds it, bags and vehicles that may hold any of those, and the details themselves.
 */
const CARRIES_DETAILS = new RegExp(
  String.raw`^(?:phones?|mobiles?|laptops?|tablets?|ipads?|macbooks?|handhelds?|computers?|pcs?|devices?|usbs?|memory|sticks?|drives?|disks?|discs?|sd|cards?|readers?|machines?|terminals?|cameras?|dashcams?|keys?|fobs?|codes?|passwords?|logins?|pins?|passports?|licen[cs]es?|wallets?|purses?|bags?|handbags?|rucksacks?|backpacks?|briefcases?|cases?|folders?|files?|papers?|paperwork|documents?|forms?|sheets?|lists?|registers?|records?|notes|notebooks?|notepads?|pads?|jotters?|clipboards?|planners?|diar(?:y|ies)|books?|letters?|post|parcels?|mail|envelopes?|labels?|receipts?|invoices?|prints?|printouts?|photos?|pictures?|proofs?|footage|rushes|recordings?|ssds?|details|data|info|information|vans?|cars?|lorr(?:y|ies)|trucks?|vehicles?|cabs?|wagons?|trailers?|stuff|things|everything|boxes|box|contents|kit)$`,
  'i',
);

/** Whether any word of a thing's name is one that can carry people's details ("the job sheets", "my work phone"; not "his glasses"). */
export function carriesDetails(thing: string): boolean {
  return thing.split(/\s+/).some((w) => CARRIES_DETAILS.test(w.replace(/['’]s$/i, '')));
}

/** Words that name no thing: who it was, whose, how many, and the small words between ("a bloke's", "someone's", "all the"). */
const NAMES_NO_THING = /^(?:a|an|the|my|our|your|his|her|their|its|it|them|this|that|these|those|some|all|one|two|of|work|company|office|shop|new|old|someone|somebody|something|anything|everyone|s)$/i;

/**
 * After the theft, something else asked or wanted: "…, can I put a still from the cameras on facebook?", "…and he wants to
 * watch the recording". A theft that is all the story tells ("the paper boy told me his bike was stolen, I'm worried") is
 * left as it was read before: what it is about is the theft, which no other policy's words should claim.
 */
const ASKS_SOMETHING_ELSE = /\b(?:nicked|stole|stolen|pinched|swiped|lifted|lost|taken)\b.*\b(?:(?:can|could|should|may|do|does|is|are)\s+(?:i|we|it|there)|(?:wants?|wanting|wanted|asking|asked|asks)\s+(?:to|for|us|me|if|whether))\b/i;

/**
 * True when the story says what was taken or lost and it is nothing that can carry people's details, nor a thing a
 * policy on losses names ("a hire bike got nicked" where the firm has a policy on stolen bikes): no breach to report.
 * A loss that names nothing ("someone nicked it") may be anything, so is not ruled out; nor is a theft that is all the story asks.
 */
export function lossOfNoDetails(question: string, namedByLossPolicy: (word: string) => boolean): boolean {
  if (!ASKS_SOMETHING_ELSE.test(question)) return false;
  const thing = WHAT_WAS_TAKEN.exec(question)?.[1] ?? TAKEN_WHAT.exec(question)?.[1];
  if (!thing) return false;
  const said = thing.split(/\s+/).map((w) => w.replace(/['’]s$/i, '').toLowerCase()).filter((w) => w && !NAMES_NO_THING.test(w));
  return said.length > 0 && !said.some((w) => CARRIES_DETAILS.test(w) || namedByLossPolicy(w));
}
