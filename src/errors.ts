/**
 * Vigil's few error classes. Each carries a stable string `code` that callers and tests match on;
 * messages are lowercase and say what to do. Unknown errors are wrapped once, at the edge (the CLI
 * or an adapter), with {@link toVigilError}.
 */
export const ErrorCode = {
  ConfigInvalid: 'config_invalid',
  ConfigNotFound: 'config_not_found',
  StoreError: 'store_error',
  NotBuilt: 'not_built',
  NotFound: 'not_found',
  Forbidden: 'forbidden',
  InvalidAnswer: 'invalid_answer',
  TooLong: 'too_long',
  DeliveryFailed: 'delivery_failed',
  PlatformAuth: 'platform_auth',
  UsageError: 'usage_error',
  Unexpected: 'unexpected',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base class of every error Vigil raises on purpose. */
export class VigilError extends Error {
  readonly code: ErrorCode;
  constructor(
    code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.name = 'VigilError';
  }
}

/** Wraps anything thrown into a VigilError, keeping the original as `cause`. */
export function toVigilError(error: unknown): VigilError {
  if (error instanceof VigilError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new VigilError(ErrorCode.Unexpected, `unexpected error: ${message}`, { cause: error });
}
