import type { ExportIntegrity } from './checkpoint-integrity.ts';
import { html } from './html.ts';

/** Styles the integrity section needs, for pages that include it. */
export const INTEGRITY_STYLE = `.integrity-failed { color: #9b2226; border: 2px solid #9b2226; padding: 4px 8px; } .integrity-failed strong { color: #9b2226; }
  .checkpoint-box { display: flex; gap: 8px; align-items: flex-start; } .checkpoint-box p { margin: 0; font-size: 9px; line-height: 1.25; } .checkpoint-box code { font-size: 8px; }
  pre.checkpoint { flex: 0 0 auto; max-width: 50%; font-size: 9px; line-height: 1.2; background: #f1f3f5; padding: 2px 6px; margin: 0; white-space: pre-wrap; word-break: break-all; }`;

/**
 * The integrity section of an evidence pack: what was verified (the chain's records, each
 * evidence table and its rows) and the checkpoint the pack was made at; or, in red, what did not
 * verify. It never says "verifies" when anything failed.
 */
export function integrityHtml(integrity: ExportIntegrity, file = 'FILE'): string {
  const { checkpoint } = integrity;
  const signed = checkpoint.signedBy === 'unsigned'
    ? 'unsigned (no signing key set): keep a copy where the database\'s administrators cannot rewrite it'
    : `signed by ${html(checkpoint.signedBy)}: check with the firm's verifier key (<code>--key</code>)`;
  const statement = integrity.ok
    ? `<p>Verified when this pack was made: ${integrity.verified.map(html).join(' ')}</p>`
    : `<div class="integrity-failed"><p><strong>Integrity does NOT verify.</strong> What failed:</p><ul>${integrity.failures.map((s) => `<li>${html(s)}</li>`).join('')}</ul><p>Until this is explained, treat the evidence in this pack as possibly altered.</p></div>`;
  const prove = file === 'FILE' ? '<code>vigil audit verify --checkpoint FILE</code>, FILE being this page' : `<code>vigil audit verify --checkpoint ${html(file)}</code>`;
  return `${statement}
<div class="checkpoint-box"><pre class="checkpoint">
${html(checkpoint.text)}</pre><p>Made at this audit checkpoint: record ${checkpoint.size.toLocaleString('en-GB')} of log ${html(checkpoint.origin)}, hash <code>${html(checkpoint.hash)}</code>, ${signed}. To prove later the database still holds it: ${prove}.</p></div>`;
}
