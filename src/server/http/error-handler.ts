import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';

interface ValidationIssue {
  instancePath: string;
  message: string;
  keyword: string;
  params?: { keys?: string[] };
}

/** Names the field a validation issue is about: `salaryMax`, `tags.2`, or the unknown key. */
function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (issue.keyword === 'unrecognized_keys' && issue.params?.keys?.length) {
    return [path, issue.params.keys[0]].filter(Boolean).join('.');
  }
  return path || context || 'body';
}

/** A driver error's code and text, whichever engine raised it. */
interface DriverError {
  code?: unknown;
  detail?: unknown;
  constraint?: unknown;
  message: string;
}

/**
 * A unique-key or row-level security violation: somebody's row already has this key (typically a
 * client-chosen id that another account used; with row-level security on, the row is invisible to
 * the service's own check, so the database is the one that notices). A 409 naming the column.
 */
export function conflictOf(err: Error): AppError | null {
  const e = err as DriverError;
  const code = typeof e.code === 'string' ? e.code : '';
  let column: string | undefined;
  // With row-level security on, PostgreSQL leaves the key out of the detail; the constraint still says primary key.
  if (code === '23505')
    column = /Key \(([\w, ]+)\)=/.exec(String(e.detail ?? ''))?.[1] ?? (String(e.constraint ?? '').endsWith('_pkey') ? 'id' : undefined);
  else if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE')
    column = /constraint failed: \w+\.(\w+)/.exec(e.message)?.[1];
  else if (code === '42501' && /row-level security/.test(e.message)) column = 'id';
  else return null;
  const field = column && /^\w+$/.test(column) ? column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()) : undefined;
  const message = field === 'id' ? 'This id is already in use' : 'This conflicts with something that already exists';
  return new AppError('conflict', message, { ...(field ? { field } : {}), cause: err });
}

/** Turns any thrown error into the one error shape; bad input never becomes a 500. */
export function toAppError(err: FastifyError | AppError | Error): AppError {
  if (err instanceof AppError) return err;
  const conflict = conflictOf(err);
  if (conflict) return conflict;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0] as unknown as ValidationIssue;
    const field = fieldOf(issue, err.validationContext);
    const message = issue.keyword === 'unrecognized_keys' ? 'is not a known field' : issue.message;
    return new AppError('validation', `${field} ${message}`, { field });
  }
  const code = (err as FastifyError).code;
  const status = (err as FastifyError).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('payload-too-large', 'The request body is too large');
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError('unsupported-media-type', 'Send JSON (Content-Type: application/json)');
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY') return new AppError('invalid-json', 'The request body is not valid JSON');
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return new AppError('invalid-json', 'The request body is empty; send a JSON object');
  if (err instanceof SyntaxError && status === 400)
    return new AppError('invalid-json', `The request body is not valid JSON: ${err.message}`);
  if (code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') return new AppError('validation', 'Content-Length does not match the body');
  if (status === 429) return new AppError('rate-limited', 'Too many requests; try again shortly');
  if (status && status >= 400 && status < 500) return new AppError('validation', err.message);
  return new AppError('internal', 'Something went wrong on our side. Your data is safe; please try again.', { cause: err });
}

/** Fastify error handler: logs real failures, answers `{ error: { code, message, field } }`. */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(err);
  if (appError.code === 'internal') req.log.error({ err }, 'unhandled error');
  void reply.code(appError.status).send(appError.toBody());
}
