// What every contract suite starts from: each channel, on the engine harness at Monday 09:00.
import { DAILY_BACKUP, Harness } from '../fixtures/engine-harness.ts';
import { ShellDriver, SlackDriver, TeamsDriver, type ChannelDriver } from './drivers.ts';

/** Every channel the contract runs on, for `describe.each`. */
export const CHANNELS = [
  ['shell', () => new ShellDriver()],
  ['slack', () => new SlackDriver()],
  ['teams', () => new TeamsDriver()],
] as const;

/** A person's prompt for Monday 23 November's 09:00 backup check. */
export const prompt = (person: string) => `backup/person:${person}/2026-11-23T09:00:00.000Z`;

export interface ContractBed {
  h: Harness;
  channel: ChannelDriver;
  close(): Promise<void>;
}

/** The daily-backup workspace (or `base`) with `channel` started, the 09:00 tick run and its prompts delivered. */
export async function openContract(make: () => ChannelDriver, base?: string): Promise<ContractBed> {
  const h = await Harness.open(DAILY_BACKUP, '2026-11-23T09:00:00Z', base);
  const channel = make();
  await channel.start(h);
  await h.tick();
  await channel.deliver();
  return {
    h,
    channel,
    async close() {
      await channel.stop();
      await h.close();
    },
  };
}
