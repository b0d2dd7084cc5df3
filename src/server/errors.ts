/** Every error code the API answers with, and its HTTP status: the one table. */
export const ERROR_STATUS = {
  validation: 400,
  'invalid-json': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  /** Local mode: the request named a host other than this server's loopback address. */
  misdirected: 421,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An expected failure with a stable code, a human message and, for bad input, the field at fault. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The JSON body the API answers with. */
  toBody(): { error: { code: string; message: string; field?: string } } {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

/** Shorthand for the 404 that hides whether an object exists for someone else. */
export function notFound(what: string): AppError {
  return new AppError('not-found', `${what} not found`);
}
