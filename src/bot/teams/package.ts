import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';

/** The files of the Teams app package, beside the manifest. */
export const TEAMS_MANIFEST_DIR = new URL('../../../manifests/teams/', import.meta.url);

/**
 * Builds the Teams app package (the zip to upload): `manifest.json` with the app and bot id set
 * to the bot's Entra app id, and the two icons.
 */
export function buildTeamsPackage(appId: string, dir: URL = TEAMS_MANIFEST_DIR): Uint8Array {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(appId)) {
    throw new Error(`the app id must be the bot's Entra application (client) id, a GUID; got "${appId}"`);
  }
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { id: string; bots: { botId: string }[] };
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = appId;
  return zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': readFileSync(new URL('color.png', dir)),
    'outline.png': readFileSync(new URL('outline.png', dir)),
  });
}
