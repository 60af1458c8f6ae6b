import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Cli } from '../context.ts';

/** `vigil teams-package`: the Teams app zip to upload, with the bot's app id. */
export function registerTeamsPackage(program: Command, cli: Cli): void {
  const { io, say } = cli;
  program
    .command('teams-package')
    .description('build the Teams app package (the zip to upload) with the bot\'s app id')
    .option('--app-id <guid>', 'the bot\'s Entra application (client) id (default MICROSOFT_APP_ID)')
    .option('--out <file>', 'where to write the zip', 'vigil-teams.zip')
    .action(async (local: { appId?: string; out: string }) => {
      const appId = local.appId ?? io.env.MICROSOFT_APP_ID;
      if (!appId) throw new VigilError(ErrorCode.UsageError, 'give the bot\'s app id: --app-id GUID, or set MICROSOFT_APP_ID');
      const { buildTeamsPackage } = await import('../../bot/teams/package.ts');
      let zip: Uint8Array;
      try {
        zip = buildTeamsPackage(appId);
      } catch (error) {
        throw new VigilError(ErrorCode.UsageError, (error as Error).message, { cause: error });
      }
      const out = resolve(io.cwd, local.out);
      writeFileSync(out, zip);
      say(`vigil: wrote ${cli.display(out)} (manifest.json, color.png, outline.png); upload it in Teams: Apps → Manage your apps → Upload an app.`);
    });
}
