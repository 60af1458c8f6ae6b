import { z } from 'zod';
import { VigilConfigSchema } from './schema.ts';

/** A JSON Schema node, as far as Vigil reads one. */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  [key: string]: unknown;
}

let cached: JsonSchemaNode | undefined;

/**
 * The JSON Schema of `vigil.yaml` (draft 2020-12), generated from the zod schema. Describes the
 * input side: keys with defaults are optional. Committed as `vigil.schema.json` for editors.
 */
export function vigilJsonSchema(): JsonSchemaNode {
  cached ??= {
    ...(z.toJSONSchema(VigilConfigSchema, { io: 'input', target: 'draft-2020-12' }) as JsonSchemaNode),
    $id: 'https://vigil.example/vigil.schema.json',
    title: 'Vigil workspace (vigil.yaml)',
  };
  return cached;
}

/** The text committed as `vigil.schema.json`. */
export function vigilJsonSchemaText(): string {
  return JSON.stringify(vigilJsonSchema(), null, 2) + '\n';
}

/** The schema node at a config path (array indexes step into `items`), or undefined. */
export function schemaAt(path: readonly (string | number)[]): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = vigilJsonSchema();
  for (const step of path) {
    if (!node) return undefined;
    const options: JsonSchemaNode[] = node.anyOf ?? [node];
    node = undefined;
    for (const option of options) {
      const next = typeof step === 'number' ? option.items : option.properties?.[step];
      if (next) {
        node = next;
        break;
      }
    }
  }
  return node;
}
