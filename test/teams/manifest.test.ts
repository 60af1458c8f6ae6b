import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../src/bot/teams/package.ts';
import { pngSize } from '../../src/bot/teams/png.ts';

const dir = new URL('../../manifests/teams/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8'));
// The schema that ships inside @microsoft/app-manifest: validation needs no network.
const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.22/MicrosoftTeams.schema.json'), 'utf8'));

describe('the Teams app manifest', () => {
  it('is valid against the Teams 1.22 schema, checked by @microsoft/app-manifest', async () => {
    expect(manifest.manifestVersion).toBe('1.22');
    expect(await AppManifestUtils.validateAgainstSchema(manifest, schema)).toEqual([]);
  });

  it('the check can fail (a broken manifest is caught)', async () => {
    const errors = await AppManifestUtils.validateAgainstSchema({ ...manifest, accentColor: 'blue', bots: [{ scopes: ['nowhere'] }] }, schema);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('has the bot in personal and team scopes with its commands listed', () => {
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team']);
    expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(['status', 'pending', 'preview', 'away', 'back', 'help']);
  });

  it('ships real icons: color 192×192 and outline 32×32', () => {
    expect(pngSize(readFileSync(new URL('color.png', dir)))).toEqual({ width: 192, height: 192 });
    expect(pngSize(readFileSync(new URL('outline.png', dir)))).toEqual({ width: 32, height: 32 });
  });

  it('packages the manifest with the bot id and both icons into a zip', async () => {
    const appId = '11111111-2222-4333-8444-555555555555';
    const files = unzipSync(buildTeamsPackage(appId));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const packaged = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(packaged.id).toBe(appId);
    expect(packaged.bots[0].botId).toBe(appId);
    expect(await AppManifestUtils.validateAgainstSchema(packaged, schema)).toEqual([]);
    expect(Buffer.from(files['color.png']!).equals(readFileSync(new URL('color.png', dir)))).toBe(true);
    expect(() => buildTeamsPackage('not-a-guid')).toThrow(/a GUID; got "not-a-guid"/);
  });
});
