// Regenerates the files derived from the zod schema: vigil.schema.json and the README's config
// reference. `npm test` fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { vigilJsonSchemaText } from '../src/config/json-schema.ts';
import { REFERENCE_BEGIN, REFERENCE_END, configReferenceMarkdown } from '../src/config/reference.ts';

const root = new URL('..', import.meta.url);
writeFileSync(new URL('vigil.schema.json', root), vigilJsonSchemaText());

const readmeUrl = new URL('README.md', root);
const readme = readFileSync(readmeUrl, 'utf8');
const start = readme.indexOf(REFERENCE_BEGIN);
const end = readme.indexOf(REFERENCE_END);
if (start < 0 || end < start) throw new Error(`README.md lacks the ${REFERENCE_BEGIN} … ${REFERENCE_END} markers`);
writeFileSync(readmeUrl, readme.slice(0, start) + REFERENCE_BEGIN + '\n\n' + configReferenceMarkdown() + '\n' + readme.slice(end));
console.log('wrote vigil.schema.json and the config reference in README.md');
