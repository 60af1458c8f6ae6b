import type { VigilConfig } from '../config/schema.ts';
import type { Reading } from './model-reader.ts';

/**
 * A model's reading as a question the deterministic answerer reads plainly ("where is Xero data
 * stored?"), so every fact in the answer comes from the register or a policy, with its citation.
 */
export function readingQuestion(reading: Reading, config: VigilConfig): string | undefined {
  const name = reading.supplier ? config.suppliers.find((s) => s.id === reading.supplier)?.name : undefined;
  const topic = reading.topic?.replace(/[^\p{L}\p{N} '-]/gu, ' ').trim() || undefined;
  const place = reading.region ? ` ${reading.regionMode === 'only' ? 'only in' : reading.regionMode === 'outside' ? 'outside' : 'in'} the ${reading.region}` : '';
  const except = reading.except.map((id) => config.suppliers.find((s) => s.id === id)?.name).filter(Boolean);
  const but = except.length ? ` except ${except.join(' and ')}` : '';
  const which = reading.count ? 'how many suppliers' : 'which suppliers';
  if (name) {
    const about: Partial<Record<Reading['intent'], string>> = {
      location: `where is ${name} data stored?`,
      retention: `how long does ${name} keep our data?`,
      statement: `do we have ${name}'s GDPR statement?`,
      security: `is ${name} secure?`,
      access: `who can see ${name} data?`,
      data: `what personal data does ${name} hold?`,
      purpose: `what do we use ${name} for?`,
      owner: `who looks after ${name}?`,
      transfer: `what safeguard covers the transfer to ${name}?`,
      'lawful-basis': `what is the lawful basis for ${name}?`,
      role: `is ${name} a processor or a controller?`,
      summary: `tell me about ${name}`,
    };
    return about[reading.intent] ?? `tell me about ${name}`;
  }
  switch (reading.intent) {
    case 'location':
      return place ? `${which} store${topic ? ` ${topic}` : ' data'}${place}${but}?` : topic ? `where is ${topic} stored?` : undefined;
    case 'retention':
      return topic ? `how long do we keep ${topic}?` : undefined;
    case 'holders':
    case 'data':
      return topic ? `${which} hold ${topic}${but}?` : undefined;
    case 'missing-statements':
    case 'statement':
      return `${which}${place ? ` storing data${place}` : ''}${but} have no GDPR statement on file?`;
    case 'list-suppliers':
      return reading.count ? 'how many suppliers do we have?' : 'list all our suppliers';
    case 'policy':
      return topic ? `what is our policy on ${topic}?` : undefined;
    case 'purpose':
      return topic ? `which supplier do we use for ${topic}?` : undefined;
    default:
      return undefined;
  }
}
