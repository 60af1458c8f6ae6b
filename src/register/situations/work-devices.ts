// Our work phones, tablets and laptops, told in a staff member's words: one lent to one we serve or their relative, one broken beyond use.
// The one policy sentence that rules on it answers, found by what it says, never by a firm's policy id. Read in the seventy-third round.
import { toldThenSaid } from '../quoted-policies.ts';

/** One of our work devices, not a thing of it ("my work phone charger"). */
const WORK_DEVICE = String.raw`(?:my|the|our)\s+work\s+(?:phone|mobile|tablet|ipad|laptop)\b(?!\s+(?:charger|cable|lead|case|number))`;

/** One of our work devices lent, or asked to be lent: "mr k's grandson asked to borrow my work phone", "let her son use the work tablet". */
const WORK_DEVICE_LENT_TOLD = new RegExp(
  String.raw`\b(?:asked|asks|asking|wants?|wanted|wanting)\s+(?:to|if\s+(?:he|she|they)\s+(?:could|can))\s+(?:borrow|use|have a go on)\s+${WORK_DEVICE}` +
    String.raw`|\b(?:let|letting)\s+(?:him|her|them|(?:his|her|their|the|a)\s+[\w-]+)\s+(?:borrow|use|have a go on)\s+${WORK_DEVICE}|\b(?:lent|lend|gave|give|handed|hand)\s+(?:him|her|them|the\s+[\w-]+)\s+${WORK_DEVICE}`,
  'i',
);

/** A policy sentence that those we serve and their family never use a work device: "never let a client or relative use it". */
const NEVER_LENT_SAID =
  /\bnever\s+(?:let|allow)\s+(?:a|an|the|any)\s+(?:client|patient|customer|resident|service user|relative|family member|visitor)s?\b[^.;]{0,40}?\buse\s+(?:it|them|the|your|a)\b/i;

export const workDeviceLentAnswer = toldThenSaid(WORK_DEVICE_LENT_TOLD, NEVER_LENT_SAID);

/**
 * A work device broken beyond use, told: "dropped my work mobile off the ridge, screens in bits and it wont even turn on", "smashed the work
 * tablet". Ours, and broken, not one that is only slow or out of charge.
 */
const WORK_DEVICE_BROKEN_TOLD = new RegExp(
  String.raw`\b(?:dropped|smashed|cracked|broke|ran over|drowned|soaked)\s+${WORK_DEVICE}` +
    String.raw`|\b(?:my|the|our)\s+work\s+(?:phone|mobile|tablet|ipad|laptop)\b[^.?!]{0,40}?\b(?:smashed|in bits|broken|shattered|(?:won['’]?t|wont|will not)\s+(?:even\s+)?(?:turn|switch)\s+on)\b`,
  'i',
);

/** A policy sentence on a device broken as well as lost: "is lost, stolen or left on a roof and smashed beyond use", "lost, stolen or broken". */
const BROKEN_DEVICE_SAID = /\b(?:phones?|tablets?|laptops?|devices?|mobiles?)\b[^.;]*\b(?:lost|stolen)\b[^.;]*\b(?:broken|smashed|damaged|beyond use|destroyed)\b/i;

export const workDeviceBrokenAnswer = toldThenSaid(WORK_DEVICE_BROKEN_TOLD, BROKEN_DEVICE_SAID);
