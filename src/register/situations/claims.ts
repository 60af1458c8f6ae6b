// How a caller says who they are, which cannot be checked from the register: one reader for every story that tells it.

/** Saying or claiming: "says", "saying", "claimed", "reckons", "making out". */
const CLAIM_VERB = String.raw`(?:saying|says|said|claim(?:s|ed|ing)?|reckon(?:s|ed|ing)?|making out)`;

/** Who said it, and that they are: "he's", "she is", "they were", "hes" typed without its apostrophe. */
const THEY_ARE = String.raw`(?:he|she|they)(?:['’]s|s|\s+is|\s+are|['’]re|\s+was|\s+were)`;

/**
 * A claim told, followed by what is claimed: `claimTold('(?:the|a|an)')` reads "says she's the bride's mum", "claiming to be
 * a tenant". `bare` lets the claim go without a person ("said a tenant", "claims to be the owner").
 */
export function claimTold(claimed: string, { bare = false } = {}): RegExp {
  const who = bare ? String.raw`(?:to be\s+|${THEY_ARE}\s+)?` : String.raw`(?:to be\s+|${THEY_ARE}\s+)`;
  return new RegExp(String.raw`\b${CLAIM_VERB}\s+${who}${claimed}`, 'i');
}
