// Tools and services everyone in a small British firm has heard of, by what they do. Staff type them in lower case like
// any other word ("can i put the pool rota on trello", "can the riders talk on discord instead"), and a question that
// names one asks after a product, wherever the name sits: if no supplier of ours is it, it is a tool we do not use.
//
// Only names that are no English word, or that are one only with the word after them that makes them the product ("ring
// doorbell", "golf genius"): "zoom", "slack", "teams", "notion", "square" and "nest" alone are everyday words, found only
// where a product sits (word-named-tools.ts). No social network: where something was seen or posted tells a story, not
// leave asked, and no way of calling ("has her on facetime"); no bank, whose card may be one's own ("on my Monzo card"); and
// no name a slip of an everyday word makes ("famly" for family). A firm that holds one of these under its name or an alias is never told it does not.

const BY_JOB: Record<string, readonly string[]> = {
  files: ['dropbox', 'wetransfer', 'onedrive', 'icloud', 'gdrive', 'pcloud', 'tresorit', 'backblaze', 'carbonite', 'idrive', 'filemail', 'sendanywhere', 'box.com', 'mega.nz', 'acronis', 'veeam', 'synology', 'qnap'],
  boards: ['trello', 'asana', 'airtable', 'clickup', 'miro', 'padlet', 'basecamp', 'wrike', 'smartsheet', 'todoist', 'evernote', 'onenote', 'jira', 'lucidchart', 'figma', 'monday.com', 'mentimeter', 'slido', 'when2meet'],
  forms: ['typeform', 'jotform', 'surveymonkey', 'wufoo', 'formstack', 'cognito forms', 'paperform'],
  design: ['canva', 'capcut', 'snapseed', 'lightroom', 'vsco', 'picsart', 'imovie', 'inshot'],
  booking: ['calendly', 'setmore', 'simplybook', 'bookwhen', 'fresha', 'treatwell', 'booksy', 'vagaro', 'phorest', 'mindbody', 'glofox', 'gymcatch', 'youcanbookme', 'appointedd', 'opentable', 'resdiary', 'sevenrooms', 'quandoo', 'designmynight', 'eventbrite', 'ticketsource', 'ticket tailor', 'tickettailor', 'ticketmaster', 'skiddle', 'fatsoma', 'booking.com', 'airbnb', 'vrbo', 'expedia', 'tripadvisor', 'pitchup', 'hoseasons', 'sykes cottages', 'freetobook', 'eviivo', 'lodgify', 'guesty', 'hostaway', 'smoobu', 'beds24', 'cloudbeds', 'vetstoria', 'clubspark', 'teamup app', 'churchsuite', 'uber eats', 'deliveroo', 'spareroom', 'rightmove', 'zoopla', 'onthemarket', 'openrent', 'goodlord', 'reapit', 'fixflo', 'bridebook'],
  chat: ['whatsapp', 'skype', 'viber', 'threema', 'wechat', 'discord', 'gotomeeting', 'webex', 'jitsi', 'slack channel', 'slack workspace', 'signal app', 'telegram app', 'ringcentral', 'dialpad', 'aircall', 'vonage', 'zendesk', 'freshdesk', 'tidio', 'livechat', 'protonmail', 'proton mail', 'zoho mail'],
  marketing: ['mailchimp', 'mailerlite', 'brevo', 'sendinblue', 'klaviyo', 'convertkit', 'aweber', 'campaign monitor', 'activecampaign', 'moosend', 'substack', 'beehiiv', 'hootsuite', 'planoly', 'linktree', 'hubspot', 'salesforce', 'pipedrive', 'zapier', 'checkatrade', 'mybuilder', 'ratedpeople', 'trustatrader', 'flodesk', 'mailgun', 'vistaprint', 'instantprint', 'solopress', 'totaljobs', 'cv-library', 'reed.co.uk', 'glassdoor'],
  money: ['sumup', 'zettle', 'izettle', 'paypal', 'teya', 'takepayments', 'worldpay', 'klarna', 'clearpay', 'afterpay', 'venmo', 'payoneer', 'gocardless', 'mypos', 'xero', 'quickbooks', 'freeagent', 'kashflow', 'freshbooks', 'clearbooks', 'pandle', 'dext', 'hubdoc', 'receiptbank', 'autoentry', 'brightpay', 'moneysoft', 'taxcalc', 'countingup', 'justgiving', 'gofundme', 'crowdfunder', 'donorbox', 'epos now', 'eposnow', 'loyverse', 'goodtill', 'tevalis', 'iris payroll', 'moorepay', 'paycircle', 'employment hero', 'donorfy', 'beacon crm', 'localgiving', 'givepenny', 'virgin money giving', 'zoho books', 'zoho crm', 'karbon', 'senta', 'taxfiler', 'creditsafe'],
  shops: ['etsy', 'ebay', 'vinted', 'depop', 'gumtree', 'shpock', 'notonthehighstreet', 'wix', 'godaddy', 'weebly', 'squarespace', 'shopify', 'woocommerce', 'webflow', 'bigcommerce', 'ecwid', 'big cartel', 'gumroad', 'patreon', 'kajabi', 'thinkific', 'udemy', 'jimdo', 'carrd', 'namecheap', 'ionos', '123-reg', 'fasthosts', 'hostinger', 'siteground', 'bluehost', 'cloudflare', 'netlify', 'heroku', 'github'],
  staff: ['rotacloud', 'planday', 'bamboohr', 'personio', 'breathehr', 'breathe hr', 'charliehr', 'hibob', 'peoplehr', 'brighthr', 'rotaready', 'findmyshift', 'connecteam', '7shifts', 'deputy app', 'the peoples pension', 'peoples pension', "people's pension", 'smart pension'],
  signing: ['docusign', 'pandadoc', 'hellosign', 'adobe sign', 'signnow', 'yousign', 'dropbox sign'],
  schools: ['moodle', 'quizlet', 'kahoot', 'classdojo', 'parentmail', 'schoolcomms', 'parentpay', 'scopay', 'tapestry app', 'spond', 'teamsnap', 'pitchero', 'clubbuzz', 'kinderly', 'eyworks', 'brightwheel', 'storypark', 'blossom educational', 'hudl', 'playwaze', 'teachworks', 'my music staff'],
  clinics: ['cliniko', 'writeupp', 'pabau', 'semble', 'jane app', 'power diary', 'powerdiary', 'nookal', 'halaxy', 'physitrack', 'accurx', 'doctolib', 'heidi health', 'rxworks', 'provet cloud', 'petsapp', 'log my care', 'coolcare', 'birdie app', 'nourish care'],
  trades: ['onfleet', 'routexl', 'tradify', 'commusoft', 'servicem8', 'simpro', 'joblogic', 'bigchange', 'companycam', 'housecall pro', 'fieldpulse', 'circuit route planner', 'routific', 'optimoroute', 'tookan', 'quartix', 'trakm8', 'microlise', 'fleetcheck', 'smartwitness', 'lytx', 'addison lee'],
  cameras: ['ring doorbell', 'ring camera', 'ring cam', 'blink camera', 'blink cam', 'nest cam', 'nest camera', 'nest doorbell', 'arlo', 'hikvision', 'eufy', 'wyze', 'reolink', 'simplisafe', 'verisure', 'webfleet', 'teletrac', 'verizon connect', 'nextbase', 'life360', 'airtag', 'airtags'],
  ai: ['chatgpt', 'chat gpt', 'openai', 'midjourney', 'grammarly', 'quillbot', 'deepl', 'otter.ai', 'otter ai', 'fireflies.ai', 'tldv', 'read.ai', 'descript', 'elevenlabs', 'synthesia', 'heygen', 'trint', 'sonix', 'rev.com', 'gemini ai', 'claude ai', 'copilot ai'],
  passwords: ['bitwarden', 'lastpass', '1password', 'dashlane', 'nordpass', 'keepass', 'roboform'],
  support: ['teamviewer', 'anydesk', 'logmein', 'splashtop', 'vimeo', 'wistia', 'screencastify', 'strava', 'komoot', 'what3words', 'golf genius', 'dropbox transfer', 'mcafee', 'bitdefender', 'kaspersky', 'malwarebytes', 'sophos', 'webroot', 'shootproof', 'smugmug', 'flickr', 'zenfolio', 'pic-time', 'cloudspot'],
};

/** Every well-known tool's name, lower case, words apart by one space. */
export const WELL_KNOWN_TOOL_NAMES: readonly string[] = [...new Set(Object.values(BY_JOB).flat())];

const escaped = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** Any of {@link WELL_KNOWN_TOOL_NAMES} as a whole word or phrase, longest first so that "dropbox sign" is one name. */
export const WELL_KNOWN_TOOLS = new RegExp(
  String.raw`\b(${[...WELL_KNOWN_TOOL_NAMES].sort((a, b) => b.length - a.length).map(escaped).join('|')})\b`,
  'gi',
);

/** What a product is, said after its maker's name ("ring doorbell", "otter ai", "deputy app"): the maker alone may be a supplier of ours. */
const PRODUCT_KIND = / (?:camera|cam|doorbell|app|ai|channel|workspace|mail|sign|transfer|trackers?)$/;

/** The maker's name in a well-known tool's name ("ring" of "ring doorbell"), or the name itself. */
export const makerOf = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').replace(PRODUCT_KIND, '');
