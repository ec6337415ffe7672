/** A mistake in how tollgate was called or configured: one line for the user, exit code 2. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** A broken promise inside tollgate or its policy bundle (for example a malformed rule result): exit code 2. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, violations: 1, error: 2 } as const;
