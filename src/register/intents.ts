import { COUNTRIES } from './regions.ts';

/** What a question asks. */
export type Intent =
  | 'greeting'
  | 'contact'
  | 'help'
  | 'list-suppliers'
  | 'statement'
  | 'retention'
  | 'location'
  | 'access'
  | 'data'
  | 'security'
  | 'purpose'
  | 'owner'
  | 'transfer'
  | 'lawful-basis'
  | 'role'
  | 'policy'
  | 'supplier'
  | 'unknown-supplier'
  | 'unknown';

/** "Which of our systems can the IT firm reach?": what a supplier reaches, not who reaches it. */
export const WHAT_IT_REACHES = /^\s*(which|what) (of )?(our |the )?(systems|apps|tools|accounts|software|suppliers|data)\b.*\b(can|could|do|does) .+ (reach|get into|get in to|log into|log in to|get at|access)\b/i;

/**
 * "Would X tell us if they got hacked?", "if they got hacked would they let us know": whether a
 * supplier tells us of a breach of its own, which its register entry's breach promise answers (with
 * how fast), not our own breach policy. Both orders, since staff ask it either way round; "us" is
 * what makes it the supplier telling the firm: "can you tell me what to do if my email gets hacked?" asks us what to do.
 */
const SUPPLIER_TELLS_OF_ITS_HACK = /\b(tell|let|notify|warn|inform)\w* us\b.*\b(hacked|breached|breach)\b|\b(got|get|gets|was|were|is|are) (hacked|breached)\b.*\b(tell|let|notify|warn|inform)\w* us\b/;

/** A supplier's breach and our being told of it: "if X has a breach …, how fast do they have to tell us?". */
const BREACH_THEN_TOLD = /\b(?:has|have|had|gets?|got|suffers?|suffered) (?:a )?(?:data )?(?:breach|hack)\b.*\b(?:tell|let|notify|warn|inform)\w* us\b/i;

/** How soon they must keep the promise, asked of them: "how fast do they…", "how quickly must the lab…"; not "how long do we have". */
const PROMISE_TIME = /\b(?:how (?:fast|quick|quickly|soon|long)|how many (?:hours|days)|within how (?:long|many \w+))\s+(?:do|does|did|must|will|would|should|have|has|are|is)\s+(?!we\b|i\b|you\b)\w+/i;

/** How soon a supplier must tell us of its own breach, asked: the entry's promise, not our policy on breaches of ours. */
export function asksBreachPromise(text: string): boolean {
  return (SUPPLIER_TELLS_OF_ITS_HACK.test(text.toLowerCase()) || BREACH_THEN_TOLD.test(text)) && PROMISE_TIME.test(text);
}

/**
 * "Have they sent the joint controller agreement yet?", "has X signed the data sharing agreement?": whether
 * a supplier's data-protection agreement has come, its statement's status (a role named in it is only
 * which agreement); not what we did ("have we signed…"), nor any other agreement ("the installer agreement").
 */
export const SENT_AGREEMENT = /\b(?:have|has) (?!we\b|i\b)\S+ (?:sent|returned|signed|sent back)\b.*\b(?:joint controller|controller|processing|processor|data sharing|data protection|gdpr) (?:agreements?|contracts?|arrangements?)\b/;

/**
 * "Did the accountants ever send back their data protection bit?", "did X send over their gdpr terms?", "do we have a
 * signed agreement with X?": whether a supplier's data-protection paper has come, said in everyday words; not what we sent.
 */
export const SENT_DATA_PROTECTION = /\b(?:did|has|have) (?!we\b|i\b|you\b)\S+(?: \S+){0,3}?(?: ever| yet)? (?:send|sent|return|returned|sign|signed)(?: (?:back|over|us|through))*\b.*\b(?:data protection|gdpr|privacy|dpa)\b(?! (?:officer|lead|contact|person|training|course))|\b(?:do|have) we (?:have|got) (?:a |an |their |the )?signed (?:agreement|contract|dpa)\b/;

/** Patterns over the lowercased question, tried in order: the first that matches names the intent. */
const RULES: [Intent, RegExp][] = [
  ['contact', /data[- ]protection (officer|lead|contact|person)|\bdpo\b|who (do|should|can|could) i (ask|contact|tell|speak to|talk to|go to|turn to)|who(?:'s| is) (responsible|in charge) (for|of) (data|gdpr|privacy|compliance)/],
  ['statement', SENT_AGREEMENT],
  // "Is X's statement in-progress?" in the register's own word; "do we have their statement?" with the statement said after.
  ['statement', /\b(?:statements?|dpas?)\b.*\b(?:in-progress|on-file|not[- ]available)\b|\b(?:have|got|get|received?)\s+(?:their|its|his|her|the)\s+(?:gdpr\s+|signed\s+)?(?:statement|dpa)\b/],
  // "Has Rob the sunbed engineer signed anything about GDPR?": the supplier's data-protection papers.
  ['statement', /\bsigned (?:anything|something|(?:a|an|the|any|our) (?:[\w-]+ )?(?:form|paper|document|thing|agreement)s?) (?:about|for|re|on|to do with|covering) (?:gdpr|data protection)\b(?! (?:training|course|quiz|test|module|policy|consent))/],
  ['statement', SENT_DATA_PROTECTION],
  // "Did X ever send us their signed GDPR addendum?": the processor's terms came back, not a transfer's safeguard.
  ['statement', /\b(?:send|sent|return\w*|get|got|had|receiv\w*|back)\b.*\b(?:gdpr|data protection|data processing|dpa) addend(?:um|a)\b|\bsigned (?:gdpr |data protection |data processing |dpa )?addend(?:um|a)\b/],
  // The register's only review date is its statements': "when is X due for review?" asks after it.
  ['statement', /\b(?:suppliers?|processors?|vendors?)\b.*(?:\bnot (?:been |yet )?|n['’]t (?:been |yet )?|\bnever (?:been )?|\blast )reviewed\b|gdpr[- ]compliant|\b(gdpr|data protection) reviews?\b|\breview\w*\b.*\b(statements?|dpas?|agreements?)\b|\b(statements?|dpas?|agreements?)\b.*\b(review|overdue|expired|out of date|due)|\b((due|up|overdue) for|overdue|due) (a |an |its |their )?review\b|(?=.*\b(?:suppliers?|processors?|vendors?|statements?|gdpr|dpas?|privacy|data protection)\b)(?<!\b(?:my|his|her|your|their|annual|staff|performance|pay|salary|probation|appraisal|customer|google|client|rent|rental|lease)\s)\breviews? (?:are |is )?(?:\w+ )?(?:overdue|past due|coming up|due)\b|^\s*(?:are |is there )?any reviews? (?:overdue|past due|coming up|due)\b|\b(?:supplier|processor|vendor)s?['’]? reviews?\b|\b(anything|something|it|terms) in writing\b|\b(anything|something|paperwork)( \S+)? from \S+( \S+)? (about|on|re|for) (gdpr|data protection)\b|\breview (date|due)\b|\bnext review\b|compliant with (the )?gdpr|(?<!\bour )\b(gdpr|privacy) (statement|notice|policy|terms|page)|\blinks?\b.*\b(gdpr|privacy|dpa)\b|\bgdpr (docs?|documents?|paperwork|things?|stuff|status|position)\b|\b(happening|going on|update|news)\b.*\bstatement\b|\bdpa\b|data processing agreement|\b(?:data protection|processor|gdpr) agreements?\b|\bdata[- ]sharing agreement|\b(any|got|have) data (processing )?terms\b|\b(?:get|got|had|received|back|chas\w+|request\w*|waiting|asked for)\b.*\b(?:data protection|data processing|processor|processing|gdpr) (?:terms|paperwork|papers|docs|documents|agreement|contract)\b|\b(?:data protection|data processing|processor|processing|gdpr) (?:terms|paperwork|papers|docs|documents|agreement|contract)\b.*\b(?:back|yet|received|come|came|chas\w+)\b|\b(statements?|dpas)\b.*\b(on file|missing|awaited|waiting|outstanding|have|got|chasing|chased|come back|came back|received|requested|in progress|pending)|(?<!\b(?:keep|keeping|kept|store|storing|stored|hold|holding|held|save|saving|saved|leave|leaving)\b[^.?!]{0,40})\bon file\b/],
  // "How long do we keep protection cases?": how long a thing is kept, whatever the thing is called ("protection", "backups").
  // "Deleted something off the shared drive by mistake, how long have i got to get it back": the supplier's copies (its
  // replication, where it says how long deleted files can be restored), not how long it keeps our data.
  ['security', /\b(?:deleted|wiped|removed|binned|overwr\w+)\b[^?]*\b(?:by mistake|by accident|accidentally)\b[^?]*\b(?:get (?:it|them|\w+) back|restor\w*|recover\w*|undelete|retriev\w*)|\baccidentally (?:deleted|wiped|removed)\b[^?]*\b(?:get (?:it|them) back|restor\w*|recover\w*|retriev\w*)|\b(?:restore|recover|retrieve|undelete)\w* (?:a |the |my |our |some )?(?:deleted|lost) (?:files?|folders?|docs?|documents?|emails?|photos?|stuff|things?)\b/],
  ['retention', /^how long (do|does|did|should|must|will|can|are|is) (we|you|i|they|it|\w+)( \w+)? (keep|kept|retain|retained|hold|held|store|stored)\b/],
  // "How long do emails stay in the bookings@ mailbox?", "how long do the texts sit on the texting system": kept, by another verb.
  ['retention', /^how long (?:do|does|will|would|are|is|can) (?:the |our |sent |old )?[\w@/'’ -]{1,40}? (?:stay|stays|remain|remains|sit|sits|live|lives|hang around|stick around|last) (?:in|on|inside)\b/],
  // "How far back do we have to keep the paperwork?", "…have to have the cremation paperwork": how long kept, said as how far back.
  // "How far back does the telematics journey history go?": a record kept may be named, not only "we" or "it" ("how far back
  // does the garden go" is no record).
  ['retention', /\bhow far back (do|does|should|must|are|is|can) (we|you|i|they|it)\b.*\b(keep|kept|have|hold|held|retain\w*|store\w*|go|goes)\b|\bhow far back (?:do|does|did|will|can) (?:the |our |your |its |their )?(?:[\w'’-]+ ){0,3}?(?:history|records|footage|cctv|backups?|recordings?|data|logs?|journeys|emails|messages|texts|files|notes|photos|videos|clips|archives?|bookings|invoices|transactions|chats?) go\b/],
  // "Where does the NAS get backed up to?" asks where the copy is, not how it is kept safe.
  // "Do the IT lot keep any backups of our stuff?" asks a supplier's copies (its replication), not how long we keep a thing.
  // "Safe" is how well kept, but a key safe or a cash safe is a thing kept somewhere ("where are the key safe codes?").
  ['security', /\bbreach (promise|notification|notice)|\bpromise\w*\b.*\bbreach|support (staff|team)|\b(staff|employees|engineers|support|technicians) (can )?(read|see|access|look at|get into|get in to|log into|log in to|go into)\b|protect|(?<!\b(?:key|cash|fire|wall|floor) )\bsafe\b(?!\s+(?:place|spot)s?\b)|\b(has|have|suffers?|had) a (data )?breach|back ?up (our|the)|\b(?<!\b(?:we|i|you) )(?:keep|keeps|kept|hold|holds|take|takes|make|makes|have|has) (?:any |their own |its own |a )?back-?ups?\b|\bbacks? (itself|themselves|everything|(our |the )?(data|files)) up\b|^(?!where\b[^,?]*\bbacked up to\b).*\bbacked up|disaster|encrypt|\b2fa\b|two[- ]?(factor|step)|\bmfa\b|multi[- ]?factor|\bsoc ?2\b|certif(?!icates?\b)|accredit|^(?!.*\b(keep|keeps|kept|store|stores|stored|hold on to|hang on to|retain|retains|retained|delete|deleted|destroy|destroyed|shred|shredded|how long|where)\b)(?!.*\bwhat(?:['’]?s| is)\s+(?:actually\s+|really\s+)?(?:on|in)\b[^?]*\bcertificates?\b|.*\bwhat\s+(?:his|her|their|the|a|an|[\w-]+['’]?s?)\s+(?:[\w'’-]+\s+){0,2}?certificates?\s+says?\b).*\bcertificates?\b|iso ?\d{4,5}|\bpci\b|cyber essentials|\bhipaa\b|secur|uptime|\breliab(?:le|ility)\b|\b(?:go|goes|going|went) (?:down|offline) (?:much|often|a lot)\b|\boutages?\b|replicat|firewall|mask|anonymi|pseudonymi|(notify|tell|warn|inform)\w* (us|me|the (firm|company|practice|business|office))\b.*\bbreach|breach notification|\bif .* (is|are|get|gets) (hacked|breached)/],
  ['security', SUPPLIER_TELLS_OF_ITS_HACK],
  // "Where does X keep passport info for APIs?" asks where: "for" there says what it is for, not for how long.
  // "Do we keep PVG certificates?" asks whether and how long, unless it asks where ("…in the UK?").
  ['retention', /^(do|does|should|must|can|shall) (we|i|you) (still |ever |really )?(keep|retain|hold on to|hang on to)\b(?!.*\b(in|outside|out of) (the )?(uk|eu|us|usa|eea|europe|america|britain|united)\b)|\b(is|are) (leaving|going)\b.*\bwhat happens to\b|\bwhat happens to\b.*\b(when|after|once)\b.*\b(leave|leaves|left|go|goes|end|ends|finish\w*|move|moves|cancel\w*|close|closes)\b|how long|longer than|retention|retain|\bkept for\b|^(?!\s*where\b).*\bkeep\b.*\bfor\b|\bdelet|\bpurg|\b(eras|wip|destroy|get rid of|remov)(e|ed|es|ing)?\b|\bhow many (years|months|days)|^when (?:do|does|are|is|will|did)\b.*\b(?:taken|took|get|gets|come|comes) off\b/],
  // "Is there a supplier for sending texts to clients?" asks which one we use, whatever it does.
  ['purpose', /^\s*(is there|are there|do we have|have we got) (a|an|any) (supplier|tool|software|service|app|company|system|provider|platform)s? (for|to|that|which|we use)\b/],
  // "Does RingCentral send any of our call data to America?": where a supplier sends our data abroad is where it is kept, not whom we pass it to.
  ['location', /^(?:does|do|will|would|is|are|has|have) (?!(?:we|i|you)\b)[\w'’&.-]+(?: [\w'’&.-]+){0,2} (?:send|sending|sent|transfer|transferring|move|moving|store|storing|keep|keeping|put|putting)\b(?: any(?: of)?)?(?: our| the| your)?(?: [\w-]+){0,2}? (?:data|info|information|details|stuff|records|files|recordings|calls|messages|photos|footage|videos?) (?:(?:over |out )?(?:to|in|into) (?:the )?(?:us|usa|america|united states|states|eu|eea|europe)\b|abroad\b|overseas\b)/],
  // "Which of our systems can the IT firm reach?": what a supplier reaches, access asked the other way round.
  ['access', WHAT_IT_REACHES],
  // "Can the accountants get into Reapit?": whether someone else reaches a system, not what we do; "who else has (got) a way
  // into X" asks the same.
  ['access', /^(can|could|do|does|is|are|will) (?!i\b|we\b|you\b|(the |our |any )?(customers|guests|clients|visitors|members|patients|public|kids|children|pupils|students)\b)(the |our |any )?\w+( \w+)? ((just|still|really) )?(get into|get in to|get (onto|on to) (?!(the |our )?(wi-?fi|internet)\b)((our|the|my|your|their) )?((laptops?|pcs?|computers?|machines?|systems?|network|servers?|accounts?|e-?mails?|mailbox(es)?|tills?|tablets?|ipads?|phones?|cameras?|cctv|data|files)\b|[\w.&-]+( [\w.&-]+)? ?(remotely\b|whenever\b|\?|$))|log into|log in to|log on to|log onto|get at|access|reach|remote (onto|into|in to|in))|^(can|could|do|does|will) (the |their )?[\w'’&.-]+( [\w'’&.-]+){0,2} (?:support|helpdesk|help desk|help line|helpline)( (staff|people|team|guys|lot))? (?:(?:just|still|really) )?(dial|connect|log|get|go|look|see)( in)? ?(into|in to|to|at|and)\b|(?:support|helpdesk|help desk) (staff|people|team|guys|lot) (see|look|get|go|view|read|access)\b|\b(pass|send|give|hand|share)\w* (any |personal |our )?(\w+ )?(data|information|details) (on )?(to|with)\b|who (else )?((apart from|other than|except( for)?) (us|me|ourselves|myself),? )?(has|have|can|could|gets?|is given|(is|are) (able|allowed) to) (got )?(access|see|get at|get into|get in to|log ?in|open|look|reach|view|a (way|route|login|back ?door) (in|into|in to|to|for))|access to|\b(anyone|anybody|someone) else (who )?(can |could )?(is |are )?(able to |allowed to )?(access|see|view|reach|get into|get at|look at|look in)\b|\bcan see\b|\bsee (our|the|it|them)\b|who do we (share|send|pass|give)|share\w* .*\bwith\b|\bpass(ed|es)? (on )?to\b|\bsend\w* .* to\b|\bgiven to\b|third part\w* .* (see|access)|\b(get|gets|allowed) to (see|access|look at|look in|watch|view)\b|^what (do|does|can) (\S+ ){1,3}(see|access)\b|^(?!.*\b(?:customers?|clients?|guests?|visitors?|members?|patients?|public|kids|children|pupils?|students?|staff|i|we|you|parents?)\s+(?:just\s+)?(?:log|get|come|dial|connect)\b)(?=.*\b(?:get|log|dial|come|connect|remote) (?:in|on|back in)\b(?: to \w+)? (?:whenever|any ?time|when ?ever|as and when|when (?:they|he|she) (?:like|likes|want|wants)))/],
  // "Does X store data outside the UK?" asks where, whatever data it names.
  ['location', /^(does|is|do|are|has|have) .*\b(stor\w*|keep\w*|hold\w*|host\w*|kept|held|put|sen[dt]\w*|go|goes)\b.*\b(in|outside|out of|to) (the )?(uk|eu|us|usa|eea|europe|america|britain|united|states)\b/],
  // "The books software - is that only UK or somewhere else too?", "is it UK based?": where the thing named before is, asked of "it".
  // Not "is it us who sends…" (the pronoun), nor "is that UK law…", "UK time", "a UK plug": the place must end the clause.
  ['location', /\b(?:is|are) (?:that|it|this|they|those|these) (?:only |all |just )?(?:in )?(?:the )?(?:uk|eu|eea|europe|britain)(?: only| based|-based)?(?= or | too\b|\s*[?.!]|\s*$)/],
  // "Does anyone else get our Cliniko data?", "who else sees it?": who besides us reaches an entry's data, not what it holds.
  ['access', /\b(?:anyone|anybody|someone|somebody|who) else (?:get|gets|got|see|sees|receive|receives|have access|has access|look at|looks at)\b/],
  // "Can anyone outside the charity get into Xero?": who reaches it, from outside us.
  ['access', /\b(?:anyone|anybody|someone|somebody) (?:from )?outside (?:(?:the|our|this) )?(?:[a-z]+ )?(?:(?:can|could) )?(?:get into|get in to|log into|log in to|get at|access|see)\b/],
  // "Which outside company can get into tallis besides us?": who reaches it, asked as which of them.
  ['access', /\b(?:which|what)\s+(?:outside\s+|other\s+|external\s+|third[- ]party\s+)?(?:compan(?:y|ies)|firms?|suppliers?|organisations?|business(?:es)?)\s+(?:can|could)\s+(?:get into|get in to|log into|log in to|get at|access|see into)\b/],
  // "Does anyone outside the firm have a login to acturis?": who else holds a login, said as having one.
  ['access', /^(?!.*\b(?:borrow|lend|share|use|wi-?fi|password)\b).*\b(?:anyone|anybody|someone|somebody|who)(?: else| (?:from )?outside(?: (?:the|our|this))?(?: [a-z]+)?)? (?:have|has|got|hold|holds) (?:a |an |their own )?(?:log-?ins?|logins?|accounts?|user accounts?|access) (?:to|for|on|into)\b/],
  // "What does the card reader at the bar actually store about customers?": what it holds, however far off the thing is named.
  ['data', /what (personal |kind of |sort of |types? of )?(data|information|info|details)|\bwhat do we (actually |really |usually |normally )?(give|send|pass|share with|hand)\b|\bwhat (?:exactly )?(?:are|am) (?:we|i) (?:supposed|meant|expected|required|obliged) to (?:give|send|pass|hand)(?: over)? to\b|\bwhat (do|does) (\S+ ){1,3}(get|receive) from us\b|\bwhat (do|does) (\S+ ){1,3}(get|receive|know|hold|have|keep|store) (about|on) (the|our|a|an|each|every|me|us|him|her|them|my)\b|\bwhat (do|does) (\S+ ){1,6}(actually |really )?(store|hold|keep|record)s? about\b|\bwhose (data|information|info|details|records)\b|^(does|is) .*\b(have|hold|keep|store|get)s? .*\b(data|details|information|records|addresses|numbers)\b|which (personal )?(data|information|details)|what do we (send|give|put|store|keep) (in|on|to|with)|personal data (go|goes|do|does|is)|what (is|gets) (sent|passed|stored|kept) (to|in|with)/],
  // "Asked me where the new family lives" asks after a person's home, not where data is stored ("where do the contracts live?",
  // "where does the customer live on the system?").
  ['location', /\bwhere\b(?!(?: [\w'’]+){0,3}? (?:he|she|someone|somebody|(?:mr|mrs|ms|miss|dr) [a-z]+|family|families|parents?|mum|dad|child(?:ren)?|kids?|customers?|clients?|guests?|bride|groom|members?|patients?|tenants?|pupils?|girl|boy|man|woman|lady|bloke|person|people|neighbours?|nann(?:y|ies)|carers?|residents?|students?|colleague)(?:['’]s)? (?:lives|live|living|is living|stays|staying|moved to|goes to school)\b(?! (?:on|in) (?:the |our )?(?:x|system|database|crm|app|cloud|spreadsheet|files?|folders?|drive|computer|register)\b))|^wher\b|stored in|\b(are|is) (there )?(any|some|all)?\s?\S*( \S+)? (in|outside) (the )?(uk|eu|us|usa|eea|europe|america|britain|states|united states|united kingdom)\b|\bbased (in|outside|out of|abroad|overseas)\b|\b(uk|eu|us|usa|europe|british|american)[- ]based\b|\bheadquartered\b|\bhosted\b|\bcountr|\bregion\b|data cent|located|\blocation\b|\bhosting\b|\bservers? (are|is)\b|\b(held|kept|stored|hosted|keep data) (in|outside)\b|\b(?:held|kept|stored|hosted) (?:here|in the uk|in britain) or (?:over |out )?(?:in|over) (?:the )?(?:eu|us|usa|europe|america|states)\b|\bin the (eu|uk|us|usa)\b|(eu|uk|usa|europe|america|^us|\b(the|in|to|our) us)\b.*\b(data|store|stored|hold)|\bstore\w* .*\b(eu|uk|us|usa|europe)\b|outside the (uk|eu)/],
  ['purpose', /used? for\b|\bwhat (is|does|do) .* (for|do)\b|\bwhich (supplier|tool|software|service|app|company|system|provider)|\bis there (a|an|any) (supplier|tool|software|service|app|company|system|provider)|\bwho do we use\b|\bwhat do we use\b|\bdo we (use|have|work with)\b|\bis \w+ (one of )?our (supplier|processor)|\bwhat (is|are) \w+( \w+)?\??$|\bwhy do we (use|have)/],
];

const GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|thanks|thank you|cheers|ta)\b[\s!.,]*(vigil|there|all)?[\s!.]*$/;
// "Help" alone or with a few words ("help me with gdpr"); "HELP one of the kids has wandered off" tells a story.
const HELP = /^(help\b(?!\W+(?:\w+\W+){3,}\w)|\?|what can (you|i) (do|ask)|how do(es)? (this|you) work(?! out\b| with\b| on\b| for\b| in\b| at\b)|what do you know|commands?)\b/;
const LIST = /\b(list|all|every)\b.*\b(supplier|processor|vendor|software|third[- ]part|compan|tool|service|system|app|platform|provider)|\b(which|what) (supplier|processor|vendor|third[- ]part\w*|software|compan\w*|tools|services|systems|apps|platforms|providers)\w* do we (use|have|work with)\??$|\bwho are our (supplier|processor|vendor|provider)|\bhow many (supplier|processor|vendor|system|app|provider)/;
const POLICY = /breach|hack|\blost\b|stolen|backup|back up|password|virus|malware|ransomware|scan|firewall|laptop|local|usb|policy|policies|incident|report|image|recovery|outage|disrupt|opt out|cookie|mask|consent|debt|overdue/;

/** One person set aside inside the question ("who else apart from ken can get into X"): the question is asked as if unsaid. */
const ONE_SET_ASIDE = /(?<=^who else) (?:apart from|besides|except(?: for)?|other than|not counting|bar) [\p{L}'’]+(?= (?:can|could|has|have|uses?|is|are|gets?|does|do|knows?|sees?)\b)/u;

/** The intent of a question, from its wording alone (entities are found separately). */
export function classify(question: string): Intent {
  const q = question.toLowerCase().trim().replace(/\s+/g, ' ').replace(ONE_SET_ASIDE, '');
  if (q === '' || HELP.test(q)) return 'help';
  if (GREETING.test(q)) return 'greeting';
  if (LIST.test(q)) return 'list-suppliers';
  for (const [intent, pattern] of RULES) if (pattern.test(q)) return intent;
  if (POLICY.test(q)) return 'policy';
  return 'unknown';
}

/** True when a question's wording points at the firm's policies rather than one supplier. */
export function soundsLikePolicy(question: string): boolean {
  return POLICY.test(question.toLowerCase());
}

/** A field of one supplier that the general intents do not cover, or its whole entry. */
export type Aspect = 'owner' | 'transfer' | 'lawful-basis' | 'supplier' | 'role';

/** Where a transfer goes: the US or the EU as staff say them, or another country by name ("sending job data to Australia"). */
const ABROAD = `(us|usa|america|united states|states|eu|eea|europe|${COUNTRIES.join('|')})`;

/** Questions about one field of a named supplier that the general intents do not cover. */
const ASPECTS: [Aspect, RegExp][] = [
  ['owner', /\b(?:anyone|anybody|someone|somebody) (?:looks? after|owns?|manages?|responsible for|in charge of)\b|\bwho(?:'s| is)? (?:looks? after|owns?|manages?|runs?|(?:is )?responsible for|(?:is )?in charge of|handles?|deals? with|the owner of|(?:the |our )?(?:contact|lead|person) (?:for|on))\b|\bwho do i (?:ask|speak to|talk to) about\b/],
  // "Safeguarding" is child protection, not a transfer's safeguard; "covered for sending it to America" asks after one,
  // and so does "what covers X?" alone (what follows a question about where X sends data).
  // "A proper agreement for sending data to the States" is the transfer's safeguard, not the GDPR statement.
  // "X is American isn't it, how are we allowed to send the list over there?": a transfer asked by the country's adjective and "there".
  // "X sends stuff to America, what's the legal cover for that?": the cover asked after the country; so are "what's covering
  // us for that", "the legal bit that makes that ok" ("what covers the cost in the US" names no cover of us or of it).
  ['transfer', new RegExp(String.raw`\b(?:legal|lawful|allowed|ok|okay|alright)\b.*\b(?:send|sent|transfer|mov|upload|pass)\w*\b.*\b(?:to|into) (?:the us\b|the usa\b|${ABROAD.replace('(us|', '(')})|\b(to|in|into) (the )?${ABROAD}\b.*\b(what(?:'?s| is| are)? (?:covering|covers?|protecting|protects?) (?:us|that|it|this)|how (?:is|are) (?:that|it|this|they) (?:covered|protected|allowed|legal)|(?:legal|lawful) (?:bit|side|thing|stuff)|makes? (?:that|it|this) (?:ok|okay|legal|lawful|allowed|alright|fine))\b|\b(american|us-based|us based|based in (the )?(us|usa|states|america))\b.*\b(send\w*|sent|transfer\w*|mov\w*|upload\w*)\b.*\bthere\b|^what covers \S+( \S+)?\??$|\b(agreements?|contracts?|paperwork|clauses|arrangements?)\b.*\b(send\w*|sent|transfer\w*|mov\w*|goes|going)\b.*\b(to|into) (the )?${ABROAD}\b|\b(protect(s|ed|ing)?|cover(s|ed|ing)?)\b.*\b(in|to|into) (the )?${ABROAD}\b|\b(american|us-based|us based|based in (the )?(us|usa|states|america))\b.*\bwhat(?:'?s| is)? (covering|covers?|protecting|protects?) (us|that|it|this)\b|\b(to|in|into) (the )?${ABROAD}\b.*\b(legal|lawful) (cover|protection|footing)\b|\babroad\b|\boverseas\b|\btransfer|safeguard(?!ing)|\bsccs?\b|standard contractual|adequacy|\bidta\b|addendum(?<!\b(?:gdpr|data protection|data processing|dpa|signed) addendum)|data privacy framework|\bdpf\b|international`)],
  // A bare request for a summary, however put ("the lowdown on X", "fill me in on X"): the whole entry; "signed anything about
  // GDPR" and "anything on file from X" ask after its papers.
  ['supplier', /\btell me (about|more about)\b|\bwhat do (we|you) know (about|of)\b|(?<!\bsigned )\banything (about|on(?! file\b))\b|\bnotes? (on|about|for)\b|\b(summary|overview|rundown|run-down|low-?down|low down) (of|on)\b|\b(fill|brief) me in (on|about)\b|\bbrief me (on|about)\b|\bwhat(?:'s| is) the (story|deal|score) (with|on)\b/],
  // "What's their GDPR role", "X's role under data protection", "what role does X have".
  ['role', /\b(a|our|the) (data )?(processor|controller|joint controller|recipient)\b(?! (?:agreements?|contracts?)\b)|\b(are we|is it|is \S+) (the |a )?(joint )?controllers?\b|\bjoint controllers? with\b|\bwhat (is|are) \S+( \S+)?'?s? role\b|\bprocessor or (a )?controller\b|\bprocessor or (what|not|something else)\b|\bwhat (is|are) \S+( \S+)? to us\b.*\b(gdpr|data protection)\b|\b(gdpr|data protection|data) role\b|\brole (under|in) (the )?(gdpr|data protection)\b|\bwhat role (do|does|is)\b/],
  ['lawful-basis', /lawful basis|legal basis|\b(?:legal|lawful) (?:reason|grounds?|justification)s? (?:for|to)\b|\b(need|needs|require|requires|have|get|got) (their |his |her |the |any |written |explicit )?(consent|permission)\b|\bwhat gives us the right\b|\bright to (share|send|use|keep|hold|process|pass)\b|\bon what basis\b|\bon what grounds\b|\bgrounds (for|to)\b|\bbasis (for|of)\b|\b(allowed|permitted|entitled) to (share|pass|send|give|tell|put|upload|post|disclose|hand|provide|submit)|\bcan (i|we) (give|share|pass|send|tell|hand|post|forward|disclose|provide)\b|\bjustif|\bwhy (do|did|can|may) we (give|share|pass|send|disclose|hand|put|upload|post|submit|provide)\b/],
];

/** Intents that ask what data goes where: "the owner" in them is whose data ("what do we give X about the owner?"). */
const DATA_INTENTS: readonly Intent[] = ['data', 'access', 'retention', 'location'];

/** A statement asked as sent or signed: "has calendly sent their dpa yet?". */
const STATEMENT_SENT = /\b(?:have|has) (?!we\b|i\b)\S+ (?:sent|returned|signed|sent back)(?: (?:us|over|back))? (?:the|their|its|a|an|our) (?:dpa|gdpr statement|data processing agreement)\b/;

/** A country or the world abroad named as where data goes. */
const PLACE_NAMED = /\b(?:usa|america|united states|the us|the states|eu|eea|europe|abroad|overseas|international\w*)\b/;

/** Data said as what goes abroad: "does hubspot send our data abroad when we transfer money to them?". */
const DATA_SAID = /\b(?:data|details|records|info|information|files)\b/;

/** Money sent to a person abroad: "sending money to a man she met online who is stuck abroad". */
const MONEY_SENT = /\b(?:send\w*|sent|wir\w*|lend\w*|lent|transferr?\w*)\s+(?:(?:her|his|their|some|the|all (?:her|his|their))\s+)?(?:money|cash|savings|funds|£\s?\d)/;

/**
 * A transfer's words that ask no transfer: the UK addendum named only to say which statement is asked as sent ("has calendly sent their
 * dpa yet? the uk addendum thing"), or money, not data, sent abroad.
 */
function notATransfer(q: string): boolean {
  return (STATEMENT_SENT.test(q) && !PLACE_NAMED.test(q)) || (MONEY_SENT.test(q) && !DATA_SAID.test(q));
}

/**
 * The register field a question about a named supplier asks for, when it is owner, transfer or
 * lawful basis. The word "owner" alone asks who looks after a supplier unless the question's
 * intent is about data, where the owner is a person the data is about (a pet's, a home's).
 */
export function aspectOf(question: string, intent?: Intent): Aspect | undefined {
  const q = question.toLowerCase();
  // The role named in "have they sent the joint controller agreement?" only says which agreement.
  const found = ASPECTS.find(([aspect, pattern]) => pattern.test(q) && !(aspect === 'role' && SENT_AGREEMENT.test(q)) && !(aspect === 'transfer' && notATransfer(q)))?.[0];
  if (found) return found;
  return /\bowner\b/.test(q) && !(intent && DATA_INTENTS.includes(intent)) ? 'owner' : undefined;
}

/**
 * "Is the office tracking where I go at weekends?": whether someone watches me, told as
 * going on now; a rule of ours where the firm has a policy on it (the caller checks that), else the
 * tracker's entry says what it records.
 */
export const ASKS_IF_WATCHED = /^\s*(is|are) (?!(?:i|we|you|it|they|there|this|that)\b)[\w']+( [\w']+)? (watching|tracking|checking|monitoring|spying on|following)\b.*\b(where i|what i|my|me)\b/i;

/** Getting rid of things, or being done with them. */
const DISPOSAL = /\b(get|gets|getting|got) rid of\b|\b(throw|throwing|threw|thrown|chuck|chucking|chucked) (them |it )?(away|out)\b|\bdispos(e|ing) of\b|\b(done|finished) with (them|it)\b/i;

/** Who tells a story: someone, a customer or one of ours, a member of staff, I, we. */
const TELLER = String.raw`(someone|somebody|((a|an|one of our|our|the)( \w+)? )?(customer|client|patient|member|colleague|visitor|parent|donor|tenant|landlord|guest|user|employee|applicant|candidate|subscriber|supporter|volunteer|student|pupil|resident|caller|contact|courier|driver|contractor|cleaner|supplier|starter|leaver)s?|a member of staff|i|we|my|our)`;
/** What a story tells was done, asked or happened. */
const TOLD = String.raw`(asked|asks|asking|emailed|sent|lost|left|deleted|clicked|opened|shared|posted|leaked|told|says|said|wants?|forgot|found|fell|fallen|slipped|tripped|injured|hurt|broke|complained|rang|phoned|called|texted|wrote|requested|demanded|delivered|dropped|gave|twisted|sprained|cut|bumped|fainted|collapsed|burnt|burned|stolen|nicked|pinched|robbed|swiped|nabbed|burgled|hacked|infected|smashed|cracked|broken|crashed|died|dead|disappeared|vanished|gone missing|went missing|put|forwarded|attached|uploaded|printed|copied|cced|cc'd|replied|pasted|saved|downloaded|left open|published)`;

/** The shapes of a question that asks what to do; any one of them is enough. Matched against the lower-cased question. */
const WHAT_TO_DO_SHAPES: readonly RegExp[] = [
  // A story told: someone did or wants something ("a customer emailed…", "I left the laptop on the train").
  new RegExp(String.raw`^${TELLER}\b.*\b${TOLD}\b`),
  // "Our new starter said…", "a client has emailed…": someone named by what they are told or did something.
  /^(a|an|one of (our|my|the)|our|my) (\w+('s|s')? ){1,2}(says|said|asked|asks|wants|wanted|told|tells|emailed|rang|phoned|called|texted|complained|reported|forwarded|saw|found|lost|left|sent|has (asked|emailed|phoned|complained|lost|sent))\b/,
  // After "the", only someone asking or wanting ("the sponsor wants…"): "the website says we hold card details, is that true?"
  // or "the insurer asked if our footage is kept in the UK" asks the register.
  /^the (\w+('s|s')? ){1,2}(asked|asks|wants|wanted|emailed|rang|phoned|called|texted|complained|has (asked|emailed|phoned|complained))\b(?! (us |me )?(if|whether|where|how|what|when|which|to know)\b)/,
  // What to do, what now, what if, what next.
  /\bwhat (do|should|can|must) (i|we) do\b(?! with)/,
  /\bwhat (do|will|should|must) (i|we) (need|have) to (do|see|check|ask for|ask|get|take|bring|know)\b/,
  /\bwhat (happens|to do) (if|when)\b/,
  /\bwhat if\b/,
  /\bwhat (now|next)\b/,
  /\bwhat (needs|has) (doing|sorting|to be (done|sorted)|to happen)\b/,
  /\bnow what\b/,
  /\bwhat happens now\b/,
  /\bwhat (are|is) the next steps?\b/,
  // "If I…", "when a customer…": a situation supposed.
  /^(if|when) (i|we|a|an|someone|somebody|my|our|the)\b/,
  /\b(if|when) (i|we) (think|suspect|believe|fear)\b/,
  // Leave asked, or how to do something, or whether we must.
  /\basked (us|me|to)\b/,
  /\bhow (do|should|can) (i|we)\b/,
  /\bam i allowed\b/,
  /^can i\b/,
  /^should (i|we)\b/,
  /^(do|must) i (need|have) to\b/,
  /^do i need\b/,
  /\bis it ok/,
  // Whom to tell.
  /\bwho (do|should|can|must) (i|we) (ring|call|phone|text|email|tell|inform|notify|report (it )?to)\b/,
  // "I lost…", "I have sent…": told in the first person anywhere in the question.
  /\bi (have )?(lost|left|deleted|sent|clicked|opened)\b/,
];

/** Where one should write a thing down: "where am i supposed to note down the key safe code", "where should i write the alarm code"; not "where do we record…", which asks which system holds it. */
const WHERE_TO_WRITE = /^\s*where\s+(?:(?:should|shall|must)\s+(?:i|we)|(?:am|do)\s+i|are\s+we)\s+(?:supposed to\s+|meant to\s+)?(?:note|write|jot|record|log|put)\b/i;

/** True when a question asks what to do, so a policy answers it rather than a supplier's entry. */
export function asksWhatToDo(question: string): boolean {
  // "How much holiday do I have left?" asks what remains: nothing was left behind.
  if (/\bhow (much|many)\b.*\b(have|has|got) left\b/i.test(question)) return false;
  // "If the CCTV firm got hacked would they tell us?" asks the supplier's breach promise, not what we do after a breach.
  if (SUPPLIER_TELLS_OF_ITS_HACK.test(question.toLowerCase())) return false;
  // "A client wants to know where their backups are kept" asks the register's question for them.
  if (/\b(wants? to know|would like to know|asked( us| me)?|asking( us| me)?|asks( us| me)?|wondering|wonders)( about)? (where|how long|which (suppliers?|companies|countries|country))\b/i.test(question)) return false;
  // "Where should I note down the key safe code?": where to write a thing down is a rule for us, not where a supplier stores data.
  if (WHERE_TO_WRITE.test(question)) return true;
  // Where things go when we are rid of them asks how to dispose of them, not where data is stored ("where do old forms go when we get rid of them?").
  if (/^\s*where\b/i.test(question) && DISPOSAL.test(question)) return true;
  // "How soon after a shoot do the cards need backing up?": by when we must do something is a rule for us, not a supplier's fact.
  // "How fast do job sheets need shredding?" asks the same of how quickly.
  // So does one after the story it is asked of ("bloke replied to the newsletter saying take me off. how quick do i have to do it").
  if (/(?:^|[.?!,]\s*)how (soon|quick|quickly|fast)\b.*\b(need|needs|must|should|have to|has to|got to)\b/i.test(question)) return true;
  // "A vaccination card got left behind, what happens to it?": what becomes of the thing a told event left is what we do with it.
  if (/,\s*what happens (to|with) (it|them)\s*[?!.]*\s*$/i.test(question)) return true;
  // "A customer handed back a signed contract, what do I do with it?", "the new coach showed me his DBS certificate, should I scan it?":
  // a thing come to us, told, then what to do with it or whether to act on it, asked after the comma.
  if (/,\s*(?:so\s+)?(?:what (?:do|should|shall|can) (?:i|we) do with (?:it|them|that|this)\b|(?:do|should|shall|must) (?:i|we) (?!(?:have|hold|keep|store|use|need|get)\b)[a-z]+ (?:it|them|that|this)\b)/i.test(question)) return true;
  // Someone wanting something of theirs taken down or deleted asks us to act on a request ("couple want a pic taken off insta").
  if (/\b(wants?|wanted|would like|asked for|asking for|asks for)\b.*\b(taken (off|down)|took down|deleted|removed|erased|wiped|stopped)\b/i.test(question)) return true;
  // "Can Dylan check where I drove on Sunday with the tracker?": whether someone may watch me is a rule of ours, not a supplier's fact.
  // "Can the office see where I am?" stays a question of who can see the tracker's data.
  // "Is Gary able to see where I am?" stays a question of what the tracker holds.
  if (/^\s*(can|could|may) (?!(?:i|we|you|the|our|a|an|they|it)\b)[\w']+( [\w']+)? (allowed to |able to )?(check|see|look at|watch|track|view|monitor|read)\b.*\b(where i|what i|my|me)\b/i.test(question)) return true;
  const q = question.toLowerCase().trim();
  return WHAT_TO_DO_SHAPES.some((shape) => shape.test(q));
}
