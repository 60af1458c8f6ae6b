/** Region names staff use, folded to the register's codes. */
const REGION_WORDS: Record<string, string> = {
  eu: 'EU', europe: 'EU', european: 'EU', eea: 'EU',
  uk: 'UK', britain: 'UK', england: 'UK', scotland: 'UK', wale: 'UK', gb: 'UK',
  us: 'US', usa: 'US', america: 'US', american: 'US',
};

/** The register code of a location string ("EU", "United States" → "US"), or the string itself. */
export function regionCode(location: string): string {
  const folded = location.trim().toLowerCase();
  if (folded === 'united states' || folded === 'united states of america') return 'US';
  if (folded === 'united kingdom') return 'UK';
  if (folded === 'european union') return 'EU';
  return REGION_WORDS[folded] ?? location.trim().toUpperCase();
}

/** Region codes named in a question's words ("in the US", "inside the EU", "in the United Kingdom"). */
export function regionsIn(words: readonly string[], raw: string): string[] {
  const found = new Set<string>();
  const lower = raw.toLowerCase();
  // "US" in capitals is the country even without "the" ("which US suppliers…"); "us" is the pronoun.
  if (/[a-z]/.test(raw) && /\bUS\b|\bU\.S\./.test(raw)) found.add('US');
  if (/\bunited states\b|\bu\.s\.?\b|\bthe us\b|\bin us\b|\bin the usa?\b|\busa\b|\bamerica/.test(lower)) found.add('US');
  if (/\bunited kingdom\b|\bthe uk\b|\bin uk\b|\bbritain\b|\bu\.k\.?/.test(lower)) found.add('UK');
  if (/\beuropean union\b|\bthe eu\b|\bin eu\b|\beurope\b|\beea\b/.test(lower)) found.add('EU');
  for (const w of words) {
    if (w === 'us') continue; // "us" is nearly always the pronoun; the patterns above catch "the US"
    const code = REGION_WORDS[w];
    if (code && code !== 'US') found.add(code);
  }
  return [...found];
}

/** "the EU", "the UK", "the US", or a country name as written. */
export function regionName(code: string): string {
  return ['EU', 'UK', 'US'].includes(code) ? `the ${code}` : code;
}
