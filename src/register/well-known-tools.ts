// Tools and services everyone in a small British firm has heard of, by what they do. Staff type them in lower case like
// any other word ("can i put the pool rota on trello", "can the riders talk on discord instead"), and a question that
// names one asks after a product, wherever the name sits: if no supplier of ours is it, it is a tool we do not use.
//
// Only names that are no English word, or that are one only with the word after them that makes them the product ("ring
// doorbell", "golf genius"): "zoom", "slack", "teams", "notion", "square" and "nest" alone are everyday words, found only
// where a product sits (word-named-tools.ts). No social network: where something was seen or posted tells a story, not
// leave asked, and no way of calling ("has her on facetime"); no bank, whose card may be one's own ("on my Monzo card"); and
// no name a slip of an everyday word makes ("famly" for family). A person's name, an everyday phrase or a service staff use
// for themselves counts only where a tool is taken on or asked about ({@link FRAMED_TOOL_NAMES}). A firm that holds one of these under its name or an alias is never told it does not.

import { escapeRegExp } from './text.ts';

const BY_JOB: Record<string, readonly string[]> = {
  files: ['dropbox', 'wetransfer', 'onedrive', 'icloud', 'gdrive', 'pcloud', 'tresorit', 'backblaze', 'carbonite', 'filemail', 'sendanywhere', 'box.com', 'mega.nz', 'acronis', 'veeam', 'synology', 'qnap', 'egnyte', 'sync.com', 'spideroak', 'nextcloud', 'owncloud', 'goodsync', 'google one', 'amazon photos', 'amazon drive', 'imgur', 'photobucket', 'shutterfly', 'snapfish', 'photobox', 'ilovepdf', 'smallpdf', 'adobe acrobat', 'pdf24', 'pdfescape'],
  boards: ['trello', 'asana', 'airtable', 'clickup', 'miro', 'padlet', 'basecamp', 'wrike', 'smartsheet', 'todoist', 'evernote', 'onenote', 'jira', 'lucidchart', 'figma', 'monday.com', 'mentimeter', 'slido', 'when2meet', 'goodnotes', 'simplenote', 'joplin', 'bear app', 'doodle poll', 'rallly', 'bubble.io', 'glide apps', 'adalo', 'softr'],
  forms: ['signupgenius', 'signup genius', 'sign up genius', 'typeform', 'jotform', 'surveymonkey', 'wufoo', 'formstack', 'cognito forms', 'paperform', 'microsoft forms', 'smartsurvey', 'qualtrics', 'iauditor', 'safetyculture', 'goaudits', 'lumiform', 'gocanvas'],
  design: ['bingo baker', 'canva', 'facetune', 'capcut', 'snapseed', 'lightroom', 'vsco', 'picsart', 'imovie', 'inshot', 'photoroom', 'remove.bg', 'pixlr', 'fotor', 'adobe express', 'clipchamp', 'kapwing', 'veed', 'vidyard', 'adobe scan', 'camscanner', 'genius scan', 'microsoft lens', 'office lens', 'tinyscanner', 'scanner pro', 'scanbot', 'evernote scannable', 'jotnot'],
  booking: ['playtomic', 'calendly', 'setmore', 'simplybook', 'bookwhen', 'fresha', 'treatwell', 'booksy', 'vagaro', 'phorest', 'mindbody', 'glofox', 'gymcatch', 'youcanbookme', 'appointedd', 'opentable', 'resdiary', 'sevenrooms', 'quandoo', 'designmynight', 'eventbrite', 'ticketsource', 'ticket tailor', 'tickettailor', 'ticketmaster', 'skiddle', 'fatsoma', 'booking.com', 'pitchup', 'hoseasons', 'sykes cottages', 'freetobook', 'eviivo', 'lodgify', 'guesty', 'hostaway', 'smoobu', 'beds24', 'cloudbeds', 'vetstoria', 'clubspark', 'teamup app', 'churchsuite', 'reapit', 'fixflo', 'bridebook', 'microsoft bookings', 'bookafy', '10to8', 'setster', 'square appointments', 'acuity scheduling', 'gettimely', 'honeybook', 'dubsado', '17hats', 'studio ninja', 'trainerize', 'truecoach', 'mypthub', 'everfit', 'pawshake', 'equilab', 'fareharbor', 'rezdy', 'bokun', 'checkfront', 'trekksoft', 'regiondo', 'planning center', 'elvanto', 'churchapp'],
  chat: ['whatsapp', 'skype', 'viber', 'threema', 'wechat', 'discord', 'gotomeeting', 'webex', 'jitsi', 'slack channel', 'slack workspace', 'ringcentral', 'dialpad', 'aircall', 'vonage', 'zendesk', 'freshdesk', 'tidio', 'livechat', 'protonmail', 'proton mail', 'zoho mail', 'textnow', 'textline', 'esendex', 'clicksend', 'textmagic', 'twilio', 'messagebird', 'bulksms', 'voodoo sms', '3cx', 'nfon', 'whatsapp business'],
  marketing: ['simpletexting', 'houzz', 'casting networks', 'mailchimp', 'mailerlite', 'brevo', 'sendinblue', 'klaviyo', 'convertkit', 'aweber', 'campaign monitor', 'activecampaign', 'moosend', 'substack', 'beehiiv', 'hootsuite', 'planoly', 'linktree', 'hubspot', 'salesforce', 'pipedrive', 'zapier', 'checkatrade', 'mybuilder', 'ratedpeople', 'trustatrader', 'flodesk', 'mailgun', 'sprout social', 'meta business suite', 'feefo', 'reviews.io', 'capsule crm', 'freshsales', 'wordpress'],
  money: ['sumup', 'zettle', 'izettle', 'paypal', 'takepayments', 'worldpay', 'klarna', 'clearpay', 'afterpay', 'venmo', 'payoneer', 'gocardless', 'mypos', 'xero', 'quickbooks', 'freeagent', 'kashflow', 'freshbooks', 'clearbooks', 'pandle', 'dext', 'hubdoc', 'receiptbank', 'autoentry', 'brightpay', 'moneysoft', 'taxcalc', 'countingup', 'donorbox', 'eposnow', 'loyverse', 'goodtill', 'tevalis', 'iris payroll', 'moorepay', 'paycircle', 'employment hero', 'donorfy', 'beacon crm', 'localgiving', 'givepenny', 'virgin money giving', 'zoho books', 'zoho crm', 'karbon', 'taxfiler', 'creditsafe', 'invoice2go', 'zervant', 'invoice ninja', 'expensify', 'pleo', 'spendesk', 'shoeboxed'],
  shops: ['gunstar', 'judge.me', 'etsy', 'ebay', 'chrono24', 'catawiki', 'discogs', 'stockx', 'onbuy', 'vinted', 'depop', 'gumtree', 'shpock', 'pets4homes', 'notonthehighstreet', 'wix', 'godaddy', 'weebly', 'squarespace', 'shopify', 'woocommerce', 'webflow', 'bigcommerce', 'ecwid', 'big cartel', 'gumroad', 'patreon', 'kajabi', 'thinkific', 'udemy', 'jimdo', 'carrd', 'namecheap', 'ionos', '123-reg', 'fasthosts', 'hostinger', 'siteground', 'bluehost', 'cloudflare', 'netlify', 'heroku', 'github', 'moo.com', 'printed.com', 'solopress', 'helloprint', 'zazzle', 'autotrader', 'auto trader', 'redbubble', 'printful', 'printify', 'teespring', 'spreadshirt', 'purplebricks', 'jupix', 'arthur online', 'landlord vision', 'zillow'],
  staff: ['rotacloud', 'planday', 'bamboohr', 'personio', 'breathehr', 'breathe hr', 'charliehr', 'hibob', 'peoplehr', 'brighthr', 'rotaready', 'findmyshift', 'connecteam', '7shifts', 'deputy app', 'the peoples pension', 'peoples pension', "people's pension", 'recruitee', 'homebase app', 'sling app'],
  signing: ['docusign', 'pandadoc', 'hellosign', 'adobe sign', 'signnow', 'yousign', 'dropbox sign'],
  schools: ['moodle', 'quizlet', 'kahoot', 'classdojo', 'parentmail', 'schoolcomms', 'parentpay', 'scopay', 'tapestry app', 'spond', 'teamsnap', 'pitchero', 'clubbuzz', 'kinderly', 'eyworks', 'brightwheel', 'storypark', 'blossom educational', 'hudl', 'playwaze', 'teachworks', 'tinkercad', 'minecraft education', 'khan academy', 'code.org', 'replit', 'codecombat', 'tynker', 'codemonkey', 'microsoft makecode', 'makecode', 'seesaw app', 'google classroom', 'tinkercad circuits'],
  clinics: ['cliniko', 'writeupp', 'doxy.me', 'pabau', 'semble', 'power diary', 'powerdiary', 'nookal', 'halaxy', 'physitrack', 'accurx', 'doctolib', 'heidi health', 'rxworks', 'provet cloud', 'petsapp', 'coolcare'],
  trades: ['onfleet', 'routexl', 'tradify', 'commusoft', 'servicem8', 'simpro', 'joblogic', 'bigchange', 'companycam', 'housecall pro', 'fieldpulse', 'circuit route planner', 'routific', 'optimoroute', 'tookan', 'quartix', 'trakm8', 'microlise', 'fleetcheck', 'smartwitness', 'lytx', 'parcel2go', 'packlink', 'shiply', 'fieldwire', 'procore', 'buildertrend', 'plangrid', 'sketchup', 'magicplan', 'roomsketcher', 'homestyler', 'floorplanner', 'matterport', 'waze'],
  cameras: ['tile tracker', 'tile trackers', 'tile mate', 'samsung smarttag', 'smarttag', 'ring doorbell', 'ring doorbells', 'ring camera', 'ring cameras', 'ring cam', 'ring cams', 'blink camera', 'blink cameras', 'blink cam', 'nest cam', 'nest camera', 'nest cameras', 'nest doorbell', 'hikvision', 'eufy', 'wyze', 'reolink', 'simplisafe', 'verisure', 'webfleet', 'teletrac', 'verizon connect'],
  ai: ['chatgpt', 'chat gpt', 'openai', 'midjourney', 'grammarly', 'quillbot', 'deepl', 'otter.ai', 'otter ai', 'fireflies.ai', 'tldv', 'read.ai', 'descript', 'elevenlabs', 'synthesia', 'heygen', 'trint', 'sonix', 'rev.com', 'adobe firefly', 'dall-e', 'stable diffusion', 'character.ai', 'jasper ai', 'writesonic', 'copy.ai', 'rytr', 'notion ai', 'krisp', 'airgram', 'tactiq', 'avoma', 'sembly', 'meetgeek', 'noty.ai', 'speechmatics', 'happy scribe', 'scribie', 'transcribeme', 'gotranscript', 'express scribe', 'inqscribe', 'nvivo', 'dragon dictate', 'dragon naturallyspeaking', 'perplexity ai', 'google gemini', 'claude ai'],
  legal: ['192.com', 'actionstep', 'smokeball', 'leap legal', 'practice evolve', 'lawware', 'yoti', 'onfido', 'thirdfort', 'credas', 'smart search'],
  passwords: ['bitwarden', 'lastpass', '1password', 'dashlane', 'nordpass', 'keepass', 'roboform', 'nordvpn', 'expressvpn', 'surfshark', 'protonvpn', 'sophos', 'norton antivirus'],
  genealogy: ['myheritage', 'findmypast', 'familysearch', 'gedmatch', 'wikitree', 'thegenealogist'],
  support: ['loom video', 'loom videos', 'loom recording', 'teamviewer', 'anydesk', 'logmein', 'splashtop', 'vimeo', 'wistia', 'screencastify', 'strava', 'komoot', 'garmin connect', 'trainingpeaks', 'training peaks', 'golf genius', 'dropbox transfer', 'shootproof', 'smugmug', 'flickr', 'zenfolio', 'pic-time', 'cloudspot'],
};

/**
 * Names that are also a person's ("teya", "arlo") or everyday words ("log my care notes", "no signal, app won't load", "restart
 * the epos now"), and services staff also use for themselves, whose names tell stories of their own day ("i'm raising money on
 * justgiving", "staying in an airbnb for the trade show", "my home laptop has mcafee on it", "my parcel from evri never came"): a tool asked after only where the
 * question takes it on or asks about it as one ("can we list the cottage on airbnb?", "is what3words ok for the site
 * location?", "shall we post the job on totaljobs?", "should we switch to epos now?").
 */
export const FRAMED_TOOL_NAMES: readonly string[] = ['ancestry', 'too good to go', 'olio', 'teya', 'arlo', 'senta', 'log my care', 'my music staff', 'epos now', 'signal app', 'telegram app', 'idrive', 'jane app', 'birdie app', 'nourish care', 'smart pension', 'airbnb', 'vrbo', 'expedia', 'what3words', 'justgiving', 'gofundme', 'crowdfunder', 'vistaprint', 'instantprint', 'totaljobs', 'cv-library', 'reed.co.uk', 'rightmove', 'zoopla', 'onthemarket', 'openrent', 'spareroom', 'goodlord', 'mcafee', 'bitdefender', 'kaspersky', 'malwarebytes', 'webroot', 'deliveroo', 'uber eats', 'life360', 'airtag', 'airtags', 'nextbase', 'otter', 'constant contact', 'jobber', 'goodreads', 'parcelforce', 'evri', 'dpd', 'dhl', 'fedex', 'yodel', 'parcel2go', 'parcelhero'];

/**
 * Names that tell a story as often as they ask after a tool: social networks and calling apps ("saw it on tiktok", "has her on
 * facetime"), products whose name is a word staff also use otherwise ("zoom", "telegram", "copilot", "stripe", "deputy", "square", "notion", "samsara"), and Google's forms and documents, which staff use for
 * themselves, and names that are also a car's ("clio"). Not a day or an everyday word ("monday", "teams", "signal", "threads"; "slack" is seldom one in a question about a tool): those are found only where a product sits
 * (word-named-tools.ts). Each is a tool asked after only where the question-kind model is all but sure a tool is (answers-by-kind.ts), as are
 * the {@link FRAMED_TOOL_NAMES} wherever said there.
 */
export const TOOL_WHEN_ASKED_NAMES: readonly string[] = ['zoom', 'copilot', 'stripe', 'deputy', 'tapestry', 'youtube', 'tiktok', 'tiktok shop', 'instagram', 'facebook', 'facebook marketplace', 'twitter', 'snapchat', 'linkedin', 'pinterest', 'bluesky', 'nextdoor', 'trustpilot', 'google reviews', 'tripadvisor', 'facetime', 'telegram', 'imessage', 'google form', 'google forms', 'google docs', 'google doc', 'google sheets', 'google sheet', 'google meet', 'google calendar', 'google drive', 'google photos', 'gmail', 'hotmail', 'outlook.com', 'microsoft teams', 'just eat', 'slack', 'google translate', 'facebook messenger', 'messenger', 'youtube live', 'instagram live', 'facebook live', 'clio', 'square', 'notion', 'samsara', 'spotify', 'soundcloud', 'apple music'];

/** Every well-known tool's name, lower case, words apart by one space. */
export const WELL_KNOWN_TOOL_NAMES: readonly string[] = [...new Set(Object.values(BY_JOB).flat())];

/** A name as a pattern: its characters as typed, its words apart by any space. */
const escaped = (name: string) => escapeRegExp(name).replace(/ /g, '\\s+');

/** Any of {@link WELL_KNOWN_TOOL_NAMES} as a whole word or phrase, longest first so that "dropbox sign" is one name. */
export const WELL_KNOWN_TOOLS = new RegExp(
  String.raw`\b(${[...WELL_KNOWN_TOOL_NAMES].sort((a, b) => b.length - a.length).map(escaped).join('|')})\b`,
  'gi',
);

const framedNames = [...FRAMED_TOOL_NAMES].sort((a, b) => b.length - a.length).map(escaped).join('|');

/**
 * A {@link FRAMED_TOOL_NAMES} name taken on or asked about as a tool: after a verb of taking it on ("use", "list on", "sign up
 * to", "post the job on", "install"), or before what is asked of a tool ("ok", "allowed", "gdpr", "safe", "any good").
 */
export const FRAMED_TOOLS = new RegExp(
  String.raw`\b(?:use|using|try|trying|switch to|move to|sign (?:us )?up (?:to|for|with|on)|set up|join|install|get|list (?:\w+ ){0,3}?on|listed on|listing (?:\w+ ){0,3}?on|advertise (?:\w+ ){0,3}?on|post (?:\w+ ){0,3}?on|put (?:\w+ ){0,3}?on|upload(?:ing)? (?:[\w'’]+ ){0,3}?(?:to|into|onto)|through|via|with) (?:an? |the |our )?(${framedNames})\b|\b(${framedNames}) (?:can (?:transcribe|record|write|scan|track|book|send|take (?:notes|payments|bookings))\b|(?:be |is |are )?(?:ok|okay|alright|allowed|safe|fine|gdpr|legit|approved|any good|worth it|for (?:the |our )?(?:\w+ ){0,3}?(?:site|job|bookings?|cottages?|lets?|orders?|deliveries|fundraising|appeal|vans?|staff|laptops?|pcs?|computers?)))\b`,
  'gi',
);

/** A tool's name where a question says it: the name, and where it starts and ends in the question. */
export interface ToolSaid {
  name: string;
  at: number;
  end: number;
}

/** Every well-known name a question says ({@link WELL_KNOWN_TOOLS}), every framed one where it is taken on or asked about ({@link FRAMED_TOOLS}), and every name of a tool when asked taken on beyond doubt ({@link TAKEN_ON_WHEN_ASKED}), in that order. */
export function toolsSaidIn(question: string): ToolSaid[] {
  const plain = [...question.matchAll(WELL_KNOWN_TOOLS)].map((m) => ({ name: m[1]!, at: m.index, end: m.index + m[0].length }));
  const framed = [...question.matchAll(FRAMED_TOOLS)].map((m) => {
    const name = (m[1] ?? m[2])!;
    // The frame's words ("list the cottage on") are around the name, which is where the name itself sits.
    const at = m.index + (m[1] !== undefined ? m[0].length - name.length : 0);
    return { name, at, end: at + name.length };
  });
  const taken = [...question.matchAll(TAKEN_ON_WHEN_ASKED)].map((m) => {
    const name = (m[1] ?? m[2] ?? m[3])!;
    const at = m.index + m[0].toLowerCase().lastIndexOf(name.toLowerCase());
    return { name, at, end: at + name.length };
  });
  return [...plain, ...framed, ...taken];
}

const whenAskedNames = [...new Set([...TOOL_WHEN_ASKED_NAMES, ...FRAMED_TOOL_NAMES])].sort((a, b) => b.length - a.length).map(escaped).join('|');
const TOOLS_WHEN_ASKED = new RegExp(String.raw`\b(${whenAskedNames})\b`, 'gi');

/**
 * A {@link TOOL_WHEN_ASKED_NAMES} name taken on as a tool beyond doubt: a job advertised on it ("post the Richmond live-in role on
 * LinkedIn"), its kit to be fitted ("fit samsara trackers in the new vehicles"), or paying through it ("pay by a Stripe link").
 */
const TAKEN_ON_WHEN_ASKED = new RegExp(
  String.raw`\b(?:post|posting|put|putting|advertise|advertising|list|listing|stick|sticking)\s+(?:(?:the|a|our|this|that|an|these|those)\s+)?(?:[\w'’-]+\s+){0,3}?(?:jobs?|roles?|vacanc(?:y|ies)|positions?|openings?|adverts?)\s+(?:up\s+)?on\s+(${whenAskedNames})\b` +
    String.raw`|\b(?:fit|fitting|install|installing|get|getting|try|trying|buy|buying)\s+(?:some\s+|the\s+|a\s+|an\s+)?(${whenAskedNames})\s+(?:trackers?|cameras?|cams?|units?|boxes|devices?|dash ?cams?)\b` +
    // Paid through it: "can they pay the holiday club by a Stripe link instead".
    String.raw`|\b(?:pay|paying|paid|payments?)\b[^.?!]{0,40}?\b(?:by|with|through|via)\s+(?:a\s+|an\s+)?(${whenAskedNames})\b`,
  'gi',
);

/** Said just before a name, where it is a place one stays, not a tool: "i'm staying in an airbnb for the trade show". */
const STAYED_IN = /\b(?:staying|stay|stopping|sleeping|booked)\s+(?:in|at)\s+(?:an?|the|our|my|this)\s+$/i;

/**
 * Every {@link TOOL_WHEN_ASKED_NAMES} or {@link FRAMED_TOOL_NAMES} name a question says, framed or not, but for a place one stays
 * ("staying in an airbnb … can i work on their wifi"): for a question surely asking after a tool.
 */
export function toolsNamedWhenAsked(question: string): ToolSaid[] {
  return [...question.matchAll(TOOLS_WHEN_ASKED)]
    .filter((m) => !STAYED_IN.test(question.slice(0, m.index)))
    .map((m) => ({ name: m[1]!, at: m.index, end: m.index + m[0].length }));
}

/** What a product is, said after its maker's name ("ring doorbell", "otter ai", "deputy app"): the maker alone may be a supplier of ours. */
const PRODUCT_KIND = / (?:camera|cam|doorbell|app|ai|channel|workspace|mail|sign|transfer|trackers?)$/;

/** The maker's name in a well-known tool's name ("ring" of "ring doorbell"), or the name itself. */
export const makerOf = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').replace(PRODUCT_KIND, '');
