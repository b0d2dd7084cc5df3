import { isDeepStrictEqual } from 'node:util';
import type FastJsonBuild from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type JsonSchema = { [key: string]: unknown };
type Serialize = (data: unknown) => string;

/** Keywords that only validate; a serialiser needs none of them and some slow it down. */
const VALIDATION_ONLY = new Set([
  '$schema',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'propertyNames',
  'description',
  'title',
  'examples',
]);

/**
 * A zod contract's output JSON Schema shaped for fast-json-stringify: validation-only keywords
 * dropped, `additionalProperties: false` dropped (undeclared keys are left out anyway, as zod strips
 * them), `anyOf [X, null]` folded into `type: [X, 'null']` so a nullable field costs no branch test,
 * and any other union left to JSON.stringify.
 */
export function serializationSchema(schema: z.ZodType): JsonSchema {
  return lean(z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as JsonSchema) as JsonSchema;
}

function lean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(lean);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (VALIDATION_ONLY.has(key)) continue;
    if (key === 'additionalProperties' && value === false) continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, sub]) => [name, lean(sub)]));
    } else out[key] = lean(value);
  }
  const folded = foldNullable(out);
  // A real union would make fast-json-stringify load Ajv (megabytes, kept for good) to pick the
  // branch of each value; such a part is written with JSON.stringify instead. Checked mode still
  // compares it with the contract's output, so nothing unnamed slips through unnoticed.
  return 'anyOf' in folded || 'oneOf' in folded ? {} : folded;
}

function foldNullable(node: JsonSchema): JsonSchema {
  const anyOf = node.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return node;
  const nullIndex = anyOf.findIndex((b) => isNullType(b));
  if (nullIndex < 0) return node;
  const other = anyOf[1 - nullIndex] as JsonSchema;
  if (typeof other.type !== 'string' || 'anyOf' in other) return node;
  const { anyOf: _drop, ...rest } = node;
  const folded: JsonSchema = { ...rest, ...other, type: [other.type, 'null'] };
  if (Array.isArray(other.enum)) folded.enum = [...(other.enum as unknown[]), null];
  if ('const' in other) {
    delete folded.const;
    folded.enum = [other.const, null];
  }
  return folded;
}

function isNullType(b: unknown): boolean {
  return typeof b === 'object' && b !== null && (b as JsonSchema).type === 'null' && Object.keys(b).length === 1;
}

function resolveZod(schema: unknown): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  throw new Error('A response schema must be a zod schema');
}

type FastJson = typeof FastJsonBuild;
let fastJson: FastJson | null = null;
let loading: Promise<void> | null = null;

/**
 * Loads fast-json-stringify (with its schema checker it takes ~60 ms to load: kept off start-up).
 * Until it is there, answers go through the zod contract as before.
 */
export function loadFastJson(): Promise<void> {
  return (loading ??= import('fast-json-stringify').then((m) => {
    fastJson = m.default;
  }));
}

/** Contracts whose answers are written by JSON.stringify (see `writtenWhole`). */
const whole = new WeakSet<z.ZodType>();

/**
 * A copy of a contract whose answers are written by JSON.stringify rather than fast-json-stringify,
 * for a large answer whose handler builds every object to the contract's exact shape (a list of a
 * thousand summaries). fast-json-stringify joins one string piece by piece, and the pieces of a
 * 340 KB answer outgrow the server's 1 MB young generation (see lean-heap.ts): they were copied and
 * promoted, and old-generation collections took a fifth of the list's CPU. V8's own writer builds
 * one flat string. It writes every key it is given, so checked mode (tests) still compares its
 * output with the contract's.
 */
export function writtenWhole<T extends z.ZodType>(schema: T): T {
  const copy = schema.clone();
  whole.add(copy);
  return copy;
}

/** One compiled serialiser per contract (ErrorBody alone serves every route's 4xx answers). */
const compiled = new WeakMap<z.ZodType, Serialize>();

function fastSerializer(schema: z.ZodType): Serialize {
  if (whole.has(schema)) return JSON.stringify;
  let serialize = compiled.get(schema);
  if (!serialize) {
    if (!fastJson) throw new Error('fast-json-stringify is not loaded yet');
    serialize = fastJson(serializationSchema(schema) as unknown as Parameters<typeof fastJson>[0]) as Serialize;
    compiled.set(schema, serialize);
  }
  return serialize;
}

/**
 * Fastify's serializer compiler for our zod response contracts.
 *
 * `fast` (production): each contract is turned into JSON Schema and compiled by fast-json-stringify,
 * on the route's first answer (compiling ~200 routes up front would slow start-up); the module
 * itself loads a second after start, and answers before that are encoded by zod as before.
 * `checked` (the test suite): every answer is checked against its zod contract, as before, and the
 * fast serialiser's output must equal the checked one, so neither a handler nor the generated
 * schema can drift from the contract unnoticed.
 */
export async function responseSerializerCompiler(mode: 'fast' | 'checked'): Promise<FastifySerializerCompiler<unknown>> {
  if (mode === 'checked') await loadFastJson();
  else setTimeout(() => void loadFastJson(), 1000).unref();
  return (route) => {
    const schema = resolveZod(route.schema);
    const checked = zodSerializerCompiler(route as Parameters<typeof zodSerializerCompiler>[0]) as Serialize;
    if (mode === 'checked') {
      return (data) => {
        const expected = checked(data);
        const fast = fastSerializer(schema)(data);
        if (fast !== expected && !isDeepStrictEqual(JSON.parse(fast), JSON.parse(expected))) {
          throw new Error(
            `The fast serialiser of ${route.method} ${route.url} (${route.httpStatus}) differs from its contract:\n${fast}\n${expected}`,
          );
        }
        return expected;
      };
    }
    if (whole.has(schema)) return JSON.stringify;
    let serialize: Serialize | undefined;
    return (data) => {
      if (serialize) return serialize(data);
      if (!fastJson) {
        void loadFastJson();
        return checked(data);
      }
      serialize = fastSerializer(schema);
      return serialize(data);
    };
  };
}

/** Whether this process checks every answer against its contract (the test suite sets it). */
export function responseCheckFromEnv(env: NodeJS.ProcessEnv = process.env): 'fast' | 'checked' {
  return env.OFFERBOOK_CHECK_RESPONSES === '1' ? 'checked' : 'fast';
}
