// Benchmarks of policy Q&A against a generated 500-supplier register. Run: npm run bench:qa
//   1. building the index (PolicyQa construction);
//   2. latency of 1,000 questions of 14 kinds (names, typos, regions, owners, holders, policies): p50, p99, max.
import { parseConfig } from '../src/config/index.ts';
import { PolicyQa } from '../src/register/index.ts';
import { median, quantile } from './stats.ts';

const SUPPLIERS = 500;
const PURPOSES = ['invoices', 'payroll', 'email', 'file storage', 'live chat', 'website backups', 'analytics', 'crm', 'debt recovery', 'bookkeeping'];
const REGIONS = ['EU', 'UK', 'US'];
const WORDS = ['nimbus', 'quartz', 'harbor', 'lumen', 'vertex', 'cobalt', 'juniper', 'atlas', 'ember', 'solace', 'tundra', 'meadow', 'zephyr', 'orbit', 'falcon'];

function supplierName(i: number): string {
  return `${WORDS[i % WORDS.length]![0]!.toUpperCase()}${WORDS[i % WORDS.length]!.slice(1)}${WORDS[Math.floor(i / WORDS.length) % WORDS.length]} ${i}`;
}

function workspaceYaml(): string {
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

function questions(): string[] {
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

const yaml = workspaceYaml();
const config = parseConfig(yaml, 'bench.yaml');
const builds: number[] = [];
let qa!: PolicyQa;
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  qa = new PolicyQa(config);
  builds.push(performance.now() - t);
}
const qs = questions();
for (const q of qs.slice(0, 200)) qa.ask(q); // warm up
const times: number[] = [];
for (const q of qs) {
  const t = performance.now();
  qa.ask(q);
  times.push(performance.now() - t);
}
const pct = (p: number) => quantile(times, p);
console.log(`node ${process.version}, ${SUPPLIERS} suppliers, ${qs.length} questions`);
console.log(`index build: median ${median(builds).toFixed(1)} ms, first (cold) ${builds[0]!.toFixed(1)} ms (target <= 200 ms)`);
console.log(`question latency: p50 ${pct(0.5).toFixed(3)} ms, p99 ${pct(0.99).toFixed(3)} ms, max ${Math.max(...times).toFixed(3)} ms (target p99 <= 2 ms)`);

// What the questions were taken for, so a fast answer is not a useless one.
const intents = new Map<string, number>();
for (const q of qs) {
  const { intent } = qa.ask(q);
  intents.set(intent, (intents.get(intent) ?? 0) + 1);
}
console.log(`intents: ${[...intents].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
