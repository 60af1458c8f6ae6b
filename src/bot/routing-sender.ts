import { refOfPerson, type Db } from '../store/index.ts';
import { DeliveryError, type Delivery, type Sender } from './dispatcher.ts';

/**
 * Sends through whichever platform reaches the recipient, when a workspace runs on both: a
 * person through Teams when they have installed the app there, else through Slack; the
 * compliance channel through Slack when it is configured there, else Teams.
 */
export class RoutingSender implements Sender {
  readonly platform: string;

  private readonly db: Db;
  private readonly senders: { slack?: Sender | undefined; teams?: Sender | undefined; slackChannel: boolean };
  constructor(
    db: Db,
    senders: { slack?: Sender | undefined; teams?: Sender | undefined; slackChannel: boolean },
  ) {
    this.db = db;
    this.senders = senders;
    this.platform = [senders.slack && 'slack', senders.teams && 'teams'].filter(Boolean).join('+');
  }

  /** The longer of the two platforms' request timeouts (see Sender). */
  get requestTimeoutMs(): number | undefined {
    const known = [this.senders.slack?.requestTimeoutMs, this.senders.teams?.requestTimeoutMs].filter((ms): ms is number => ms !== undefined);
    return known.length ? Math.max(...known) : undefined;
  }

  async send(delivery: Delivery): Promise<unknown> {
    return (await this.pick(delivery)).send(delivery);
  }

  private async pick(delivery: Delivery): Promise<Sender> {
    const { slack, teams } = this.senders;
    if (slack && !teams) return slack;
    if (teams && !slack) return teams;
    if (!slack || !teams) throw new DeliveryError('no platform is configured', true);
    if (delivery.message.recipient.kind === 'channel') return this.senders.slackChannel ? slack : teams;
    const inTeams = await refOfPerson(this.db, 'teams', delivery.message.recipient.id);
    return inTeams ? teams : slack;
  }
}
