import { z } from 'zod';
import type { Supplier, VigilConfig } from '../config/schema.ts';
import type { Logger } from '../logger.ts';
import { scrub } from './gaps.ts';

/**
 * What a language model may say about a question: which kind of question it is, which supplier
 * and filters it names. Never a fact: the register answers the reading, and cites.
 */
export interface Reading {
  intent: (typeof READING_INTENTS)[number];
  /** A supplier id of the register, or null. */
  supplier: string | null;
  /** Filters for questions over the whole register. */
  region: 'UK' | 'EU' | 'US' | null;
  regionMode: 'in' | 'only' | 'outside';
  /** A kind of data or whose data ("health data", "tenants"), in the register's words where it can. */
  topic: string | null;
  except: string[];
  count: boolean;
}

export const READING_INTENTS = [
  'location', 'retention', 'statement', 'security', 'access', 'data', 'purpose', 'owner', 'transfer', 'lawful-basis', 'role',
  'summary', 'policy', 'list-suppliers', 'missing-statements', 'holders', 'unknown',
] as const;

const ReadingSchema = z.object({
  intent: z.enum(READING_INTENTS),
  supplier: z.string().nullish().transform((v) => v ?? null),
  region: z.enum(['UK', 'EU', 'US']).nullish().transform((v) => v ?? null),
  regionMode: z.enum(['in', 'only', 'outside']).nullish().transform((v) => v ?? 'in'),
  topic: z.string().max(80).nullish().transform((v) => v ?? null),
  except: z.array(z.string()).nullish().transform((v) => v ?? []),
  count: z.boolean().nullish().transform((v) => v ?? false),
});

/** The settings of the model, from vigil.yaml (endpoint, model, timeout) and the environment (key). */
export interface ModelSettings {
  /** Base URL of an OpenAI-compatible API, ending before `/chat/completions`. */
  endpoint: string;
  model: string;
  timeoutMs: number;
  /** Only from the environment, through the composition root; never logged. */
  apiKey?: string;
}

function systemPrompt(config: VigilConfig): string {
  const suppliers = config.suppliers.map((s: Supplier) => `${s.id}: ${s.name}${s.aliases.length ? ` (also ${s.aliases.join(', ')})` : ''} - ${s.purpose}`);
  return [
    'You classify one staff question about a firm\'s register of data processors. Reply with one JSON object only:',
    `{"intent": one of ${READING_INTENTS.join('|')}, "supplier": a supplier id below or null, "region": "UK"|"EU"|"US"|null,`,
    ' "regionMode": "in"|"only"|"outside", "topic": the kind of data or people asked about, or null, "except": [supplier ids], "count": true when it asks how many}.',
    'Never answer the question and never add facts. Use "unknown" for anything not about the register or the firm\'s policies.',
    'Suppliers:',
    ...suppliers,
  ].join('\n');
}

/**
 * Turns a phrasing into a {@link Reading} through an OpenAI-compatible chat-completions endpoint
 * (a local Ollama, the firm's own Azure OpenAI…). The question is sent with the workspace's
 * people's names, emails and phone numbers taken out. Any failure (timeout, refusal, a reply that
 * is not a valid reading, a supplier the register does not hold) gives undefined, and the
 * deterministic answer stands.
 */
export class ModelReader {
  private readonly settings: ModelSettings;
  private readonly logger: Logger | undefined;
  constructor(settings: ModelSettings, logger?: Logger) {
    this.settings = settings;
    this.logger = logger;
  }

  async read(question: string, config: VigilConfig): Promise<Reading | undefined> {
    try {
      const response = await fetch(`${this.settings.endpoint.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.settings.apiKey ? { authorization: `Bearer ${this.settings.apiKey}` } : {}) },
        body: JSON.stringify({
          model: this.settings.model,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: systemPrompt(config) },
            { role: 'user', content: scrub(question, config) },
          ],
        }),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      if (!response.ok) throw new Error(`the model endpoint answered HTTP ${response.status}`);
      const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
      const content = body.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('the model sent no message content');
      const reading = ReadingSchema.parse(JSON.parse(content.replace(/^```(?:json)?\s*|\s*```$/g, '')));
      const known = (id: string | null) => id === null || config.suppliers.some((s) => s.id === id);
      if (!known(reading.supplier) || !reading.except.every(known)) throw new Error('the model named a supplier the register does not hold');
      return reading;
    } catch (error) {
      // The message only: never the key, never the question.
      this.logger?.warn('language model reading failed; answering from the register alone', { error: (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message.slice(0, 200) });
      return undefined;
    }
  }
}

/** The reader a workspace configures, or undefined (the default: no model). The key comes from the composition root. */
export function modelReaderFor(config: VigilConfig, apiKey: string | undefined, logger?: Logger): ModelReader | undefined {
  const model = config.languageModel;
  if (!model?.enabled) return undefined;
  return new ModelReader({ endpoint: model.endpoint, model: model.model, timeoutMs: model.timeoutMs, ...(apiKey ? { apiKey } : {}) }, logger);
}
