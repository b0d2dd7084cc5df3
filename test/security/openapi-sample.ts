import { uuidv7 } from '../../src/core/ids.js';

/** The subset of JSON Schema the API document uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number | boolean;
  maximum?: number;
  minItems?: number;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  default?: unknown;
}

/** Fills a uuid-valued field: a known object of the kind its name says (`opportunityId` → opportunity), else a fresh id. */
export type IdFor = (fieldName: string) => string | undefined;

const STRING_CANDIDATES = [
  'UTC',
  'USD',
  'x',
  'a1',
  'note',
  '2026-03-02',
  '2026-03-02T09:00:00.000Z',
  '09:00',
  'https://example.org/x',
  'b@example.org',
];

function sampleString(schema: JsonSchema, name: string, idFor: IdFor): string {
  switch (schema.format) {
    case 'uuid':
      return idFor(name) ?? uuidv7();
    case 'date-time':
      return '2026-03-02T09:00:00.000Z';
    case 'date':
      return '2026-03-02';
    case 'email':
      return 'b@example.org';
    case 'uri':
    case 'url':
      return 'https://example.org/x';
  }
  const min = schema.minLength ?? 0;
  const fits = (s: string) =>
    s.length >= min &&
    (schema.maxLength === undefined || s.length <= schema.maxLength) &&
    (!schema.pattern || new RegExp(schema.pattern, 'u').test(s));
  for (const c of STRING_CANDIDATES) if (fits(c)) return c;
  const padded = 'x'.repeat(Math.max(min, 1));
  if (fits(padded)) return padded;
  throw new Error(`no sample string for ${name} (pattern ${schema.pattern ?? '-'}): add a candidate in test/security/openapi-sample.ts`);
}

/** A minimal valid value for a schema: required properties only, first enum value, smallest numbers. */
export function sampleValue(schema: JsonSchema, name: string, idFor: IdFor, resolve: (ref: string) => JsonSchema, full = false): unknown {
  const sampleValue = (s: JsonSchema, n: string, i: IdFor, r: (ref: string) => JsonSchema) => sampleAny(s, n, i, r, full);
  return sampleAny(schema, name, idFor, resolve, full, sampleValue);
}

/**
 * `full` also fills optional properties: the fallback for bodies whose rules JSON Schema cannot say
 * ("change at least one field", "text or questionId").
 */
function sampleAny(
  schema: JsonSchema,
  name: string,
  idFor: IdFor,
  resolve: (ref: string) => JsonSchema,
  full: boolean,
  sampleValue: (s: JsonSchema, n: string, i: IdFor, r: (ref: string) => JsonSchema) => unknown = (s, n, i, r) =>
    sampleAny(s, n, i, r, full),
): unknown {
  if (schema.$ref) return sampleValue(resolve(schema.$ref), name, idFor, resolve);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum.find((v) => v !== null) ?? null;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives?.length) {
    const pick = alternatives.find((a) => a.type !== 'null' && !(a.enum?.length === 1 && a.enum[0] === null)) ?? alternatives[0]!;
    return sampleValue(pick, name, idFor, resolve);
  }
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => sampleValue(s, name, idFor, resolve)));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
    case undefined: {
      if (!schema.properties) return type === 'object' ? {} : null;
      const out: Record<string, unknown> = {};
      const keys = full ? Object.keys(schema.properties) : (schema.required ?? []);
      for (const key of keys) out[key] = sampleValue(schema.properties[key] ?? {}, key, idFor, resolve);
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(schema.items ?? {}, name.replace(/s$/, ''), idFor, resolve));
    case 'string':
      return sampleString(schema, name, idFor);
    case 'integer':
    case 'number': {
      const exclusive = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
      return exclusive ?? schema.minimum ?? 1;
    }
    case 'boolean':
      return false;
    default:
      return null;
  }
}
