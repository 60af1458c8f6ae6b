import type { webApi } from '@slack/bolt';
import type { ConversationRefs } from '../../app/port.ts';
import type { Logger } from '../../logger.ts';
import { DeliveryError } from '../dispatcher.ts';

/** A Slack conversation id (public `C…`, private or older `G…`), as opposed to a name. */
const CHANNEL_ID = /^[CG][A-Z0-9]{2,}$/;

/** How a channel is found: its id when known (needed for `conversations.history`), else only its name. */
export interface ResolvedChannel {
  /** What to post to: the id when known, else the name (chat.postMessage takes either). */
  postTo: string;
  /** The id, when known. */
  id?: string;
  /** True when the id was looked up from a name (and may have gone stale), not given in vigil.yaml. */
  lookedUp?: boolean;
}

/**
 * The compliance channel, named in `vigil.yaml` by id (`C…`) or by name (`#compliance`).
 * chat.postMessage accepts a name, but conversations.history, which the crash recheck reads,
 * accepts only an id and answers a name with `channel_not_found`. So a name is resolved to its
 * id once, through conversations.list (public and private channels; private ones are listed
 * only where the bot is a member), and the id kept in conversation_refs under
 * `channel:<name>`, as the Teams adapter keeps its channel; ids never change when a channel is
 * renamed. If the list cannot be read (an install without the channels:read / groups:read
 * scopes), the id a post returns is kept instead.
 */
export class SlackChannels {
  /** One lookup at a time per name, however many deliveries ask together. */
  private readonly pending = new Map<string, Promise<string | undefined>>();

  private readonly deps: { refs: ConversationRefs; client: webApi.WebClient; logger: Logger };
  constructor(deps: { refs: ConversationRefs; client: webApi.WebClient; logger: Logger }) {
    this.deps = deps;
  }

  /** Where to post for the configured channel, and its id when it can be known. */
  async resolve(configured: string): Promise<ResolvedChannel> {
    if (CHANNEL_ID.test(configured)) return { postTo: configured, id: configured };
    const name = channelName(configured);
    const cached = await this.cached(name);
    if (cached) return { postTo: cached, id: cached, lookedUp: true };
    let lookup = this.pending.get(name);
    if (!lookup) {
      lookup = this.lookUp(name).finally(() => this.pending.delete(name));
      this.pending.set(name, lookup);
    }
    const id = await lookup;
    return id ? { postTo: id, id, lookedUp: true } : { postTo: `#${name}` };
  }

  /** Keeps the id Slack answered a post by name with, so later rechecks can read the channel. */
  async learned(configured: string, id: string | undefined): Promise<void> {
    if (CHANNEL_ID.test(configured) || !id || !CHANNEL_ID.test(id)) return;
    await this.save(channelName(configured), id);
  }

  /** Forgets a kept id Slack no longer knows (the channel was deleted), so the name is looked up again. */
  async forget(configured: string): Promise<void> {
    if (CHANNEL_ID.test(configured)) return;
    await this.deps.refs.delete(refKey(channelName(configured)));
  }

  private async cached(name: string): Promise<string | undefined> {
    const id = ((await this.deps.refs.byKey(refKey(name)))?.reference as { channelId?: unknown } | undefined)?.channelId;
    return typeof id === 'string' && CHANNEL_ID.test(id) ? id : undefined;
  }

  /** Pages through conversations.list for the name; undefined when it cannot be read. */
  private async lookUp(name: string): Promise<string | undefined> {
    let cursor: string | undefined;
    try {
      for (let page = 0; page < 100; page++) {
        const listed = await this.deps.client.conversations.list({ types: 'public_channel,private_channel', exclude_archived: true, limit: 200, ...(cursor ? { cursor } : {}) });
        const found = listed.channels?.find((c) => c.name === name && typeof c.id === 'string');
        if (found?.id) {
          await this.save(name, found.id);
          return found.id;
        }
        cursor = listed.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      // Without the scopes to list channels, posting by name still works; the post's answer gives the id.
      if (code === 'missing_scope') {
        this.deps.logger.warn('slack: cannot list channels to find the compliance channel\'s id; add the channels:read and groups:read scopes', { channel: `#${name}` });
        return undefined;
      }
      throw error;
    }
    throw new DeliveryError(`the Slack channel #${name} was not found among the channels Vigil can see; check organisation.complianceChannel.slack, and invite the bot to a private channel (/invite @Vigil)`, true);
  }

  private async save(name: string, id: string): Promise<void> {
    await this.deps.refs.save(refKey(name), null, { channelName: name, channelId: id });
  }
}

/** `#Compliance` → `compliance`: Slack channel names are lower case, without the `#`. */
function channelName(configured: string): string {
  return configured.trim().replace(/^#/, '').toLowerCase();
}

function refKey(name: string): string {
  return `channel:${name}`;
}
