/** Region names staff use, folded to the register's codes. */
const REGION_WORDS: Record<string, string> = {
  eu: 'EU', europe: 'EU', european: 'EU', eea: 'EU',
  uk: 'UK', britain: 'UK', england: 'UK', scotland: 'UK', wale: 'UK', gb: 'UK',
  us: 'US', usa: 'US', america: 'US', american: 'US',
};

/** The register code of a location string ("EU", "United States" → "US"), or the string itself. */
export function regionCode(location: string): string {
  const folded = countryName(location);
  if (folded === 'united states' || folded === 'united states of america') return 'US';
  if (folded === 'united kingdom') return 'UK';
  if (folded === 'european union') return 'EU';
  return REGION_WORDS[folded] ?? folded.toUpperCase();
}

/** Region codes named in a question's words ("in the US", "inside the EU", "in the United Kingdom"). */
export function regionsIn(words: readonly string[], raw: string): string[] {
  const found = new Set<string>();
  const lower = raw.toLowerCase();
  // "US" in capitals is the country even without "the" ("which US suppliers…"); "us" is the pronoun.
  if (/[a-z]/.test(raw) && /\bUS\b|\bU\.S\./.test(raw)) found.add('US');
  if (/\bunited states\b|\bu\.s\.?\b|\bthe us\b|\bin us\b|\bin the usa?\b|\busa\b|\bamerica|\b(to|in|from|over) the states\b|\b(which|what|any|all|our) us(-based)? (suppliers?|processors?|compan(y|ies)|vendors?|providers?|based|hosted|tools?|systems?|apps?|services?)\b/.test(lower)) found.add('US');
  if (/\bunited kingdom\b|\bthe uk\b|\bin uk\b|\bbritain\b|\bu\.k\.?/.test(lower)) found.add('UK');
  if (/\beuropean union\b|\bthe eu\b|\bin eu\b|\beurope\b|\beea\b/.test(lower)) found.add('EU');
  // A country the register may not name ("do we store data in Canada?"), in a question about data:
  // answered, not unknown ("what is the capital of France?" stays off-topic).
  if (/\b(data|stor\w*|kept|keep\w*|held|hold\w*|host\w*|suppliers?|processors?|transfer\w*|located|servers?)\b/.test(lower)) {
    for (const country of COUNTRIES) if (lower.includes(country) && new RegExp(`\\b${country}\\b`).test(lower)) found.add(regionCode(country));
  }
  const teams = teamsNamed(lower);
  for (const w of words) {
    if (w === 'us') continue; // "us" is nearly always the pronoun; the patterns above catch "the US"
    const code = REGION_WORDS[w];
    if (code && code !== 'US' && !teams.has(w)) found.add(code);
  }
  return [...found];
}

/** A nation named as its team: "putting the england game on the big screen", "the wales match", "the scotland squad". */
const TEAM_NAMED = /\b(england|scotland|wales|britain|gb|uk)\s+(?:games?|match(?:es)?|team|squad|fans?|kits?|shirts?|v|vs|rugby|football|cricket|women|lionesses|manager|players?|score)\b/gi;

/** The nations a question names as teams, as its words are ("wales" is the word "wale"). */
function teamsNamed(lower: string): Set<string> {
  return new Set([...lower.matchAll(TEAM_NAMED)].map((m) => m[1]!.replace(/s$/, '')));
}

/** "the EU", "the UK", "the US", or a country name, capitalised ("CANADA" → "Canada"). */
export function regionName(code: string): string {
  if (['EU', 'UK', 'US'].includes(code)) return `the ${code}`;
  return capitalised(code);
}

const capitalised = (name: string) => name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());

/**
 * A country's two-letter code said with its name, "Italy (IT)": "stored in IT" reads as computers, "It" as a pronoun; the code is
 * kept, as the register writes it.
 */
function countryOfCode(location: string): string | undefined {
  const code = location.trim();
  const name = countryName(code);
  return name !== code.toLowerCase() ? `${capitalised(name)} (${code})` : undefined;
}

/** Countries outside the three regions that staff ask about, besides the EU members below. */
const OTHER_COUNTRIES = [
  'canada', 'australia', 'new zealand', 'india', 'japan', 'china', 'singapore', 'hong kong', 'south africa', 'brazil', 'mexico',
  'israel', 'switzerland', 'philippines', 'south korea', 'united arab emirates', 'russia', 'ukraine', 'argentina', 'nigeria', 'kenya',
];

/** EU and EEA member states: data stored in one of them is stored in the EU for a region question. */
const EU_MEMBERS = new Set([
    'austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czechia', 'czech republic', 'denmark', 'estonia', 'finland', 'france',
    'germany', 'greece', 'hungary', 'ireland', 'republic of ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta',
    'netherlands', 'the netherlands', 'poland', 'portugal', 'romania', 'slovakia', 'slovenia', 'spain', 'sweden', 'norway', 'iceland',
    'liechtenstein', 'eea',
]);
/**
 * Every country outside the UK a question may name, longest first ("republic of ireland" before "ireland"): where a transfer
 * may go.
 */
export const COUNTRIES: readonly string[] = [...OTHER_COUNTRIES, ...[...EU_MEMBERS].filter((c) => c !== 'eea' && !c.startsWith('the '))].sort((a, b) => b.length - a.length);
const UK_NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland', 'great britain', 'gb']);

/**
 * British counties, regions and the larger towns and cities, one word each (a two-word place is read by either word, which says
 * no product's name): where staff say a client is moving or a parcel is going ("moving to cornwall", "her daughter's in leeds"),
 * a place, never a tool we do not hold.
 */
const UK_PLACES = new Set(
  ('cornwall devon somerset dorset wiltshire hampshire sussex kent surrey essex suffolk norfolk cambridgeshire lincolnshire ' +
    'yorkshire lancashire cumbria northumberland durham cheshire merseyside derbyshire nottinghamshire leicestershire ' +
    'staffordshire shropshire herefordshire worcestershire warwickshire gloucestershire oxfordshire buckinghamshire ' +
    'bedfordshire hertfordshire berkshire northamptonshire rutland teesside tyneside cotswolds ' +
    'pembrokeshire gwynedd anglesey powys ceredigion carmarthenshire glamorgan monmouthshire ' +
    'london birmingham manchester liverpool leeds sheffield bristol newcastle nottingham leicester coventry bradford ' +
    'wolverhampton southampton portsmouth plymouth exeter brighton oxford cambridge norwich ' +
    'ipswich york chester gloucester cheltenham worcester hereford shrewsbury telford swindon bournemouth ' +
    'poole salisbury winchester canterbury maidstone guildford luton watford swansea cardiff newport wrexham ' +
    'edinburgh glasgow aberdeen dundee inverness stirling perth belfast derry blackpool preston bolton wigan stockport ' +
    'sunderland middlesbrough doncaster rotherham barnsley wakefield huddersfield harrogate scarborough whitby ' +
    'carlisle kendal lancaster burnley blackburn warrington crewe northampton peterborough colchester chelmsford ' +
    'southend truro penzance newquay falmouth torquay taunton yeovil weymouth okehampton barnstaple').split(' '),
);

/**
 * ISO 3166 two-letter codes of the countries above, as a register may write a location ("AU"), so
 * that it is the country a question names ("australia"). The three regions' own codes are above.
 */
const COUNTRY_CODES: Readonly<Record<string, string>> = {
  ca: 'canada', au: 'australia', nz: 'new zealand', in: 'india', jp: 'japan', cn: 'china', sg: 'singapore', hk: 'hong kong',
  za: 'south africa', br: 'brazil', mx: 'mexico', il: 'israel', ch: 'switzerland', ph: 'philippines', kr: 'south korea',
  ae: 'united arab emirates', ru: 'russia', ua: 'ukraine', ar: 'argentina', ng: 'nigeria', ke: 'kenya',
  at: 'austria', be: 'belgium', bg: 'bulgaria', hr: 'croatia', cy: 'cyprus', cz: 'czechia', dk: 'denmark', ee: 'estonia',
  fi: 'finland', fr: 'france', de: 'germany', gr: 'greece', hu: 'hungary', ie: 'ireland', it: 'italy', lv: 'latvia',
  lt: 'lithuania', lu: 'luxembourg', mt: 'malta', nl: 'netherlands', pl: 'poland', pt: 'portugal', ro: 'romania',
  sk: 'slovakia', si: 'slovenia', es: 'spain', se: 'sweden', no: 'norway', is: 'iceland', li: 'liechtenstein',
};

/** A location folded to lower case, a country's two-letter code in capitals ("AU") read as its name. */
function countryName(location: string): string {
  const trimmed = location.trim();
  const folded = trimmed.toLowerCase();
  return (/^[A-Z]{2}$/.test(trimmed) && COUNTRY_CODES[folded]) || folded;
}

/** locatedIn's answers, by region code and location as written. */
const located = new Map<string, Map<string, boolean>>();

/** True when a register location (as written) lies in a region code a question names. */
export function locatedIn(location: string, wanted: string): boolean {
  // Remembered: a region question reads every supplier's locations, and the register names few places.
  let known = located.get(wanted);
  if (!known) located.set(wanted, (known = new Map()));
  let inside = known.get(location);
  if (inside === undefined) {
    if (known.size >= 1000) known.clear();
    known.set(location, (inside = readLocatedIn(location, wanted)));
  }
  return inside;
}

function readLocatedIn(location: string, wanted: string): boolean {
  const code = regionCode(location);
  if (code === wanted) return true;
  const folded = countryName(location);
  if (wanted === 'EU') return EU_MEMBERS.has(folded);
  if (wanted === 'UK') return UK_NATIONS.has(folded);
  return false;
}

/** A register location as staff read it: "the EU", "the US", a country's code with its name ("Italy (IT)"), or the country as written ("Canada"). */
export function placeName(location: string): string {
  const code = regionCode(location);
  return ['EU', 'UK', 'US'].includes(code) ? `the ${code}` : (countryOfCode(location) ?? location.trim());
}

/** True when a word names a region, nation, country or British county or town ("canada", "europe", "uk", "cornwall"): a place, not a kind of data. */
export function isPlaceWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in REGION_WORDS || COUNTRIES.includes(w) || UK_NATIONS.has(w) || UK_PLACES.has(w) || ['united', 'kingdom', 'states'].includes(w);
}

