import { stemmer } from 'stemmer';
import { stem } from './text.ts';

/**
 * Someone's relatives, asking after them ("her daughter rang"): everyday words, but no privacy word
 * of their own. "My son is ill, can I leave early?" is a staff matter: they count as the register's
 * words only where an entry or policy speaks of relatives. Not "family" (entries speak of family
 * photos and families on a waiting list), nor mums and dads, whom a register holds as parents.
 */
const RELATIVES: string[] = ['family member', 'relative', 'next of kin', 'daughter', 'son', 'grandson', 'granddaughter', 'grandchild', 'niece', 'nephew', 'in-law', 'husband', 'wife', 'spouse', 'ex-partner', 'ex-husband', 'ex-wife', 'family'];

/**
 * Card details are the card itself, however a register writes it ("payment card details (tokenised)",
 * "payment details (handled by Shopify Payments)"): a payment, but narrower than every payment or bank
 * transaction a ledger records (see `phraseTerms` in field-index.ts, which asks the narrower first).
 * Not "card number": a question's "card number" is matched word by word, as policies on taking card
 * payments write it; nor "card data", which a ledger's card payments are too.
 */
const CARD_DETAILS: string[] = ['card details', 'card detail', 'payment details', 'credit card', 'debit card', 'card info', 'card information', 'card reference', 'cardholder'];
/**
 * Bank details are an account's number and sort code, and the statements that show them: narrower than
 * the "bank transactions" a ledger holds.
 */
const BANK_DETAILS: string[] = ['bank details', 'bank account', 'bank account details', 'bank statement', 'account number', 'sort code', 'iban'];

/**
 * Everyday words staff use for what a register calls something else. Each group is one concept:
 * a question word and a register word match when they share a group. A word may sit in several
 * groups ("mail" is both email and post). Firms add their own groups in vigil.yaml (`synonyms`).
 */
export const THESAURUS: readonly string[][] = [
  ['customer', 'client', 'patient', 'buyer', 'shopper', 'guest', 'member', 'service user', 'consumer', 'resident', 'enquirer', 'subscriber', 'account holder', 'policyholder'],
  ['staff', 'employee', 'colleague', 'worker', 'personnel', 'team', 'hr', 'starter', 'leaver', 'workforce'],
  ['volunteer', 'helper', 'trustee'],
  ['donor', 'donation', 'supporter', 'gift aid', 'fundraising'],
  ['health', 'medical', 'clinical', 'treatment', 'diagnosis', 'allergy', 'allergic', 'dietary', 'special category', 'sickness', 'sick pay', 'fit note', 'sick note', 'illness', 'medication', 'medicine', 'meds', 'disability',
    // A condition or its treatment said in everyday words: "prescribed pills for my heart" is medication to tell about.
    'blood pressure', 'prescribed', 'pills', 'diabetes', 'diabetic', 'insulin', 'heart condition',
    // ...or by how it shows: "tablets that make me drowsy", "been having dizzy spells" tell of health that may touch the work.
    'drowsy', 'drowsiness', 'dizzy', 'dizziness', 'dizzy spells', 'blackout', 'blackouts', 'blacked out', 'seizure', 'seizures', 'epilepsy', 'side effect', 'side effects', 'unwell',
    // ...or by its name: "her neighbour's got cancer".
    'cancer', 'chemo', 'chemotherapy'],
  // Faith, and the diets and days that show it: a register's "religious diets" or "religion" (special category data).
  ['religion', 'religious', 'faith', 'halal', 'kosher', 'religious diet', 'religious belief'],
  ['card', 'payment', 'pay', 'checkout', 'transaction', 'refund', 'billing', 'fee', 'direct debit', 'subscription fee', ...CARD_DETAILS],
  CARD_DETAILS,
  ['invoice', 'bill', 'billing', 'receipt'],
  ['email', 'e-mail', 'mail', 'inbox', 'newsletter', 'mailing', 'mailshot', 'emailing', 'email address'],
  ['marketing', 'newsletter', 'promotion', 'campaign', 'mailing list', 'mailshot', 'unsubscribe'],
  ['stop', 'unsubscribe', 'opt out', 'withdraw', 'object', 'no longer'],
  ['delete', 'erase', 'erasure', 'remove', 'destroy', 'purge', 'wipe', 'forget', 'shred', 'dispose', 'take off', 'taken off', 'take down', 'taken down', 'took down', 'come off', 'get rid', 'got rid', 'throw away', 'thrown away', 'throw out', 'chuck out', 'bin it', 'confidential bin', 'confidential waste', 'shredding bin', 'shred bin'],
  ['laptop', 'device', 'computer', 'pc', 'desktop', 'tablet', 'phone', 'mobile', 'usb', 'memory stick', 'macbook', 'ipad'],
  ['lose', 'lost', 'stolen', 'steal', 'theft', 'misplace', 'left', 'nicked', 'pinched', 'snatched', 'nabbed', 'robbed', 'burgled', 'burglary', 'gone missing', 'broke into', 'broken into', 'break in', 'break-in', 'broke in'],
  // A door or window forced, however it is told: "the back door's been jemmied" is the "signs of forced entry" a lone-working rule names.
  ['forced entry', 'jemmied', 'jimmied'],
  ['password', 'passcode', 'passphrase', 'login', 'credential', 'pin'],
  ['breach', 'hack', 'hacked', 'leak', 'incident', 'compromise', 'wrong person', 'wrong address', 'wrong email', 'wrong house', 'wrong door', 'wrong recipient', 'wrong customer', 'sent in error', 'misdirected', 'by mistake', 'by accident', 'accidentally sent', 'sent to everyone', 'reply all', 'forgot to bcc', 'instead of bcc', 'someone else got', 'someone else received', 'someone else has got', 'someone elses', 'somebody elses',
    // Everyone's addresses on show to everyone: an email to many sent without blind copy.
    ...['emails', 'email addresses', 'addresses'].flatMap((what) => [`everyones ${what}`, `all the ${what}`, `${what} showing`, `${what} visible`, `${what} on show`]),
    'in the to box', 'in the to field', 'in the to line', 'in the cc', 'ccd everyone', 'cc everyone', 'cc d everyone', 'ccd all', 'cc d all', 'cced all', 'cced everyone', 'copied everyone in', 'without bcc', 'not in bcc', 'didnt bcc', 'didnt use bcc', 'forgot bcc', 'could see everyone', 'can see everyone', 'see each others'],
  // A scam or phishing is an attack that may become a breach: a breach described is no scam ("a payment scam" policy is not the breach one).
  ['phishing', 'scam', 'dodgy link', 'suspicious link', 'dodgy email', 'suspicious email', 'clicked a link', 'clicked on a link', 'breach', 'hack', 'hacked', 'incident', 'compromise'],
  // Something deleted and asked back is restored, however said ("can it be got back", "undelete"); not "get it back", as often a lost laptop.
  ['backup', 'back up', 'restore', 'disaster recovery', 'copy', 'replicate', 'replication', 'replica', 'mirror', 'snapshot', 'version history', 'be got back', 'undelete'],
  ['payroll', 'salary', 'wage', 'payslip', 'pension', 'pay'],
  ['telephone', 'phone', 'mobile', 'call', 'rang', 'ring', 'rung', 'text', 'sms', 'phone number', 'mobile number', 'telephone number', 'contact number'],
  // A caller is a person who rings, not a phone: a register's "callers" as whose data it is must not make "mobility" or "mobile" a person.
  ['caller', 'call', 'rang', 'ring', 'rung', 'phoned'],
  ['address', 'postal', 'postcode', 'home address', 'delivery'],
  ['delivery', 'courier', 'parcel', 'shipping', 'postage', 'post'],
  ['website', 'site', 'web', 'online', 'webshop', 'shop'],
  // CCTV is its own thing: a video call or a call recording is not camera footage.
  ['cctv', 'camera', 'footage', 'security camera', 'surveillance', 'cctv footage'],
  ['video', 'vid', 'recording', 'video call', 'video consultation', 'film', 'filming', 'filmed'],
  ['appointment', 'booking', 'calendar', 'diary', 'schedule', 'rota'],
  // Leave is time off: "book annual leave" is no client leaving (phrases only: "holiday" alone stays a word of its own).
  ['annual leave', 'time off', 'day off', 'days off', 'holiday allowance', 'leave allowance', 'maternity leave', 'paternity leave', 'parental leave', 'compassionate leave'],
  // Leaving the job, however said ("resigned", "handed in her notice"); not "leaving" or "left", which are as often things left
  // behind, nor "quit", as often a customer's ("once a member quits").
  ['leaver', 'resign', 'resigned', 'resignation', 'handed in notice', 'handed in their notice', 'handed in his notice', 'handed in her notice', 'handed their notice in', 'last shift', 'last day', 'dismissed'],
  ['sick leave', 'off sick', 'sick day', 'sick note', 'fit note', 'sickness absence'],
  ['file', 'document', 'paperwork', 'record', 'folder'],
  ['accounting', 'accounts', 'bookkeeping', 'finance', 'tax', 'vat'],
  ['chat', 'message', 'messaging', 'conversation'],
  // Where a person is, not where data is stored: "can the office see where I am?" asks after a tracker.
  ['whereabouts', 'where i am', 'where we are', 'where they are', 'where he is', 'where she is', 'where i go', 'where i have been', 'my location', 'gps', 'tracker', 'tracking', 'track', 'telematics', 'sat nav', 'satnav', 'geolocation', 'location history', 'journey'],
  ['analytics', 'tracking', 'cookie', 'visit', 'statistics', 'stats', 'ip address'],
  // A parent is no child: "pupils' data" is not what a supplier holds of parents only.
  // Staff say "kids" or "under-16s" for whom registers write "children" or "under-16s" ("juniors" are said as children
  // where the question is read: "junior staff" are staff).
  ['child', 'children', 'pupil', 'student', 'minor', 'little one', 'toddler', 'kid', 'youngster', 'under 16', 'under 16s', 'under 18', 'under 18s', 'young person', 'young people', 'young persons'],
  ['parent', 'carer', 'guardian'],
  RELATIVES,
  ['police', 'policeman', 'policemen', 'policewoman', 'police officer', 'detective', 'copper', 'cop', 'cops'],
  // The press, however named: "a reporter from the local paper" is a journalist.
  ['journalist', 'reporter', 'press', 'newspaper', 'local paper', 'media enquiry'],
  ['photo', 'photograph', 'picture', 'image', 'pic', 'snap', 'selfie'],
  // Everyday words for what policies write more formally (proposed from the stories the development sets missed, each kept only
  // where it means the same in any trade).
  ['pregnant', 'pregnancy', 'expecting a baby', 'mum-to-be'],
  ['undertaker', 'funeral director', 'funeral home', 'funeral parlour'],
  ['kick out', 'kicked out', 'chuck out', 'chucked out', 'turf out', 'asked to leave'],
  ['angry', 'irate', 'furious', 'agitated', 'kicking off', 'kicked off', 'abusive'],
  ['money', 'quid', 'tenner', 'fiver'],
  ['expired', 'expiry', 'lapsed', 'out of date'],
  ['home visit', 'house call', 'house visit', 'home call'],
  ['elderly', 'older person', 'older people', 'pensioner', 'oap'],
  ['suspicious', 'dodgy', 'fishy', 'iffy', 'dubious'],
  ['mistake', 'by mistake', 'in error', 'error'],
  ['paramedic', 'ambulance', 'ambulance crew', 'emergency services'],
  ['doctor', 'gp', 'general practitioner'],
  ['upset', 'distressed', 'distress', 'in tears', 'tearful', 'crying'],
  // Porter takes "pray" and "prayer" apart: "could we pray for him" is a prayer request.
  ['prayer', 'pray', 'praying', 'prayed'],
  // Something not right that one cannot place: "a weird login" is a suspicious one.
  ['suspicious', 'weird', 'strange', 'odd', 'unusual', 'unexpected', 'unrecognised', 'dont recognise', 'do not recognise', 'didnt recognise'],
  // A bad reaction to a product or treatment, by what staff see: "came up in a rash".
  ['reaction', 'allergic reaction', 'rash', 'swelling', 'swollen', 'itchy', 'itching', 'irritation', 'hives', 'puffy', 'blotchy', 'stinging', 'flushed', 'wheezy', 'wheezing', 'short of breath', 'anaphylaxis', 'anaphylactic'],
  ['pet', 'animal', 'dog', 'cat', 'puppy', 'kitten', 'rabbit'],
  // A worry about someone is a concern; a thing not to be told on is a secret ("asked me not to tell anyone").
  ['concern', 'worry', 'worried', 'worrying', 'worries'],
  // Feeling in danger where one works, however said: "he's making me really uncomfortable" is feeling unsafe.
  ['unsafe', 'uncomfortable', 'threatened', 'threatening', 'intimidated', 'intimidating', 'scared', 'creepy', 'aggressive', 'in danger'],
  // Someone who may not understand what they agree to: "she was really muddled" is confused, which a consent rule speaks of.
  ['confused', 'muddled', 'disoriented', 'disorientated', 'dementia', 'not with it', 'capacity'],
  ['secret', 'keep a secret', 'not to tell anyone', 'not tell anyone', 'dont tell anyone', 'promise not to tell', 'between you and me'],
  // Biometric data by its everyday names: a kind of data a register either holds or says it does not.
  ['biometric', 'biometrics', 'fingerprint', 'thumbprint', 'finger scan', 'face scan', 'facial recognition', 'face id', 'palm print', 'voiceprint'],
  // Social media by its everyday short names: "insta" is no supplier staff forgot to name.
  ['social media', 'socials', 'instagram', 'insta', 'the gram', 'facebook', 'fb', 'tiktok', 'twitter'],
  ['bank', 'account number', 'sort code', 'iban', ...BANK_DETAILS],
  BANK_DETAILS,
  ['reference', 'dbs', 'background check', 'right to work'],
  ['complaint', 'feedback', 'support ticket', 'ticket', 'enquiry', 'query'],
  ['contract', 'agreement', 'terms', 'engagement letter', 'letter of engagement'],
  // One rule by three names: papers put away at the end of the day ("is there a clean desk policy?" of a "Clear desk" policy).
  ['clear desk', 'clean desk', 'tidy desk'],
  ['accident', 'injury', 'injured', 'hurt', 'fell', 'fall', 'slipped', 'tripped', 'first aid', 'twisted', 'sprained', 'sprain', 'bumped', 'fainted', 'collapsed', 'cut themselves', 'burnt', 'bruised', 'limping', 'cut its paw', 'cut his paw', 'cut her paw',
    // An animal's bite told as staff say it ("Biscuit nipped a little girl's hand"); not "nipped to the shop", nor "a bit".
    'bonked', 'banged his head', 'banged her head', 'hit his head', 'hit her head', 'knocked his head', 'knocked her head', 'bite', 'bites', 'bitten', 'nipped a', 'nipped his', 'nipped her', 'nipped my', 'nipped their', 'nipped the', 'bit a', 'bit his', 'bit her', 'bit my', 'bit their'],
  // Someone asking us to erase their data: a request with its own policy, not how long we keep things.
  ['erasure request', 'right to be forgotten', 'to be forgotten', 'right to erasure', 'delete my data', 'delete their data', 'delete my details', 'delete their details', 'delete all my', 'delete all their', 'delete everything', 'erase everything', 'erase my data', 'erase their data', 'remove my data', 'remove their data', 'remove my details', 'remove their details', 'delete my account', 'delete their account', 'us to delete', 'us to erase', 'us to remove', 'us to wipe', 'to be deleted', 'to be removed', 'to be erased', 'wipe their data', 'wipe my data', 'details wiped', 'data wiped', 'wiped from', 'wiped off', 'wipe all'],
  ['subject access', 'sar', 'dsar', 'copy of their data', 'copy of my data', 'what we hold', 'what data we hold', 'for their data', 'see their data', 'their own data', 'access request', 'right of access', 'copy of everything', 'copy of their records', 'copy of my records', 'copy of their file', 'copy of my file', 'copy of their information', 'copy of his data', 'copy of her data', 'copy of their details', 'what we hold on', 'what we have on', 'see what we hold', 'see what we have', 'wants a copy', 'want a copy', 'asked for a copy', 'asking for a copy', 'requested a copy', 'request a copy', 'everything we hold', 'everything we have on', 'all we hold', 'all the data we hold', 'all the information we hold', 'info we hold', 'information we hold', 'info we have on', 'information we have on', 'what info we have', 'what information we have', 'what data we have', 'what details we have', 'what records we have', 'what records we hold', 'what details we hold',
    // "…what we keep on him", "…what we know about me": what we hold on the one asking.
    ...['hold', 'have', 'keep', 'store', 'know'].flatMap((verb) => ['on', 'about'].flatMap((prep) => ['them', 'me', 'him', 'her'].map((who) => `we ${verb} ${prep} ${who}`)))],
];

/**
 * Past forms Porter leaves apart from their verb: "lost phone" and "lose my phone" are one phrase. And nouns Porter joins that
 * mean apart: a recording (footage, a call) or a recorder is no record ("a member of staff wants to see their HR records" is not
 * the CCTV policy's "recordings are overwritten after 31 days"). "Recorded" may be either, and stays with record.
 */
const IRREGULAR: Readonly<Record<string, string>> = { lost: 'lose', stolen: 'steal', stole: 'steal', recording: 'recording', recordings: 'recording', recorder: 'recorder', recorders: 'recorder' };

/** The stem of one lowercased word: a Porter stem, with short words left alone. */
export function stemWord(word: string): string {
  const base = IRREGULAR[word];
  if (base) return base;
  // Plurals first ("viruses" → "virus"), so Porter gives a word and its plural the same stem.
  if (word.length <= 3) return word;
  const stemmed = stemmer(stem(word));
  // Porter leaves "referencing" as "referenc" but takes "reference" to "refer": meet them.
  return /[ae]nc$/.test(stemmed) ? stemmer(`${stemmed}e`) : stemmed;
}

/** A phrase as its stems, e.g. "memory sticks" → "memori stick". */
export function stemPhrase(phrase: string): string {
  return phrase.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(stemWord).join(' ');
}

/** Concepts by stemmed word or phrase, built once per config from the thesaurus and the firm's own groups. */
export class Thesaurus {
  private readonly concepts = new Map<string, Set<string>>();
  /** The longest phrase (in words) any group holds, so a text is scanned for no longer n-grams. */
  readonly maxWords: number;
  /** The concept of relatives: the register's word only where a document holds it. */
  readonly relatives = `~${THESAURUS.indexOf(RELATIVES)}`;
  /** Concepts narrower than their first word's own (card details, bank details): see `phraseTerms` in field-index.ts. */
  readonly narrower: ReadonlySet<string> = new Set([CARD_DETAILS, BANK_DETAILS].map((g) => `~${THESAURUS.indexOf(g)}`));

  constructor(extra: readonly (readonly string[])[] = []) {
    let maxWords = 1;
    // Built-in groups are `~n`; the firm's own are `~fn` and count in full (the firm chose them).
    [...THESAURUS.map((g) => ({ g, own: false })), ...extra.map((g) => ({ g, own: true }))].forEach(({ g: group, own }, i) => {
      const concept = own ? `~f${i}` : `~${i}`;
      for (const entry of group) {
        const key = stemPhrase(entry);
        if (!key) continue;
        maxWords = Math.max(maxWords, key.split(' ').length);
        const set = this.concepts.get(key) ?? new Set<string>();
        set.add(concept);
        this.concepts.set(key, set);
      }
    });
    this.maxWords = maxWords;
  }

  /** True when an everyday word (as typed) belongs to a concept: never taken for a supplier's name. */
  knows(word: string): boolean {
    return this.concepts.has(stemPhrase(word));
  }

  /** The concepts a stemmed word or phrase belongs to (none for most words). */
  of(stemmed: string): ReadonlySet<string> | undefined {
    const found = this.concepts.get(stemmed);
    // Something sent to, or seen by, the wrong anyone ("the wrong list", "the wrong parent") is a breach.
    if (!found && stemmed.startsWith('wrong ') && !stemmed.includes(' ', 6)) return this.concepts.get('wrong person');
    // ...and so is one sent to someone else than meant ("to a different pupil", "to another client").
    if (!found && /^to (a differ|anoth) [a-z]+$/.test(stemmed)) return this.concepts.get('wrong person');
    return found;
  }
}
