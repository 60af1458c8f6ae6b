import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/index.ts';
import { DAILY_BACKUP, ENGINE_BASE } from '../fixtures/engine-harness.ts';

const withControls = (controls: string) => ENGINE_BASE + DAILY_BACKUP + `    controls: ${controls}\n`;

describe('controls on an attestation', () => {
  it('takes framework:reference ids, and none by default', () => {
    const config = parseConfig(withControls('[CE:malware-protection, "ISO27001:A.8.13", "GDPR:Art.32(1)(d)"]'), 'v.yaml');
    expect(config.attestations[0]!.controls).toEqual(['CE:malware-protection', 'ISO27001:A.8.13', 'GDPR:Art.32(1)(d)']);
    expect(parseConfig(ENGINE_BASE + DAILY_BACKUP, 'v.yaml').attestations[0]!.controls).toEqual([]);
  });

  it.each(['ISO 27001 A.8.13', 'malware-protection', 'CE:', ':A.8.13', 'CE:a:b'])('refuses %j, naming it, where it is and what a control id looks like', (bad) => {
    let error: unknown;
    try {
      parseConfig(withControls(`["CE:firewalls", ${JSON.stringify(bad)}]`), 'v.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('attestations[0].controls[1]');
    expect(message).toContain(`"${bad}" is not a control id`);
    expect(message).toContain('e.g. "CE:malware-protection", "ISO27001:A.8.13", "GDPR:Art.32(1)(d)"');
    expect(message).toMatch(/^v\.yaml:\d+:\d+/m);
  });
});
