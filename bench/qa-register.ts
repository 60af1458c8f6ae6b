// The generated register and questions of the Q&A benchmarks (bench/qa.ts, bench/qa-ab.ts).
export const SUPPLIERS = 500;
const PURPOSES = ['invoices', 'payroll', 'email', 'file storage', 'live chat', 'website backups', 'analytics', 'crm', 'debt recovery', 'bookkeeping'];
const REGIONS = ['EU', 'UK', 'US'];
const WORDS = ['nimbus', 'quartz', 'harbor', 'lumen', 'vertex', 'cobalt', 'juniper', 'atlas', 'ember', 'solace', 'tundra', 'meadow', 'zephyr', 'orbit', 'falcon'];

function supplierName(i: number): string {
  return `${WORDS[i % WORDS.length]![0]!.toUpperCase()}${WORDS[i % WORDS.length]!.slice(1)}${WORDS[Math.floor(i / WORDS.length) % WORDS.length]} ${i}`;
}

export function workspaceYaml(): string {
  const suppliers = Array.from({ length: SUPPLIERS }, (_, i) => `  - id: s${i}
    name: ${supplierName(i)}
    aliases: [${WORDS[i % WORDS.length]}-${i}]
    purpose: ${PURPOSES[i % PURPOSES.length]} for team ${i}.
    purposeKeywords: [${PURPOSES[i % PURPOSES.length]}]
    dataCategories: [email address, customer records]
    locations: [${REGIONS[i % REGIONS.length]}]
    retention: P${(i % 7) + 1}Y
    gdprStatement: { status: ${i % 4 === 0 ? 'awaited' : 'on-file'} }
    owner: p0
`).join('');
  return `version: 1
organisation: { name: Bench Ltd, timezone: Europe/London, dataProtectionContact: { name: Pat Doe, email: pat@bench.example } }
people:
  - { id: p0, name: Pat Doe, email: pat@bench.example, roles: [staff, compliance] }
suppliers:
${suppliers}policies:
  - { id: breach, title: Breach reporting, text: Report any suspected breach at once., keywords: [breach, incident] }
  - { id: backups, title: Backups, text: We back up daily to the cloud., keywords: [backup] }
`;
}

export function questions(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const name = supplierName((i * 37) % SUPPLIERS);
    const templates = [
      `where is ${name} data stored?`,
      `how long do we keep ${name.toLowerCase()} data`,
      `do we have ${name}'s GDPR statement?`,
      `what do we use for ${PURPOSES[i % PURPOSES.length]}?`,
      'which suppliers store data in the US?',
      `who has access to ${name}?`,
      `is ${name} encrypted?`,
      'what do I do about a data breach?',
      `where is Salesforce${i} data stored?`,
      `wher is ${name.slice(0, -1)}x data`, // a typo
      'which suppliers store data only in the UK?',
      `who looks after ${name}?`,
      'which suppliers hold customer records?', // every holder: a filter over all 500
      'what do I do if I lose my laptop?',
    ];
    out.push(templates[i % templates.length]!);
  }
  return out;
}
