/** Limits of a logged timeline activity, checked by the API and shown by the form. */
export const ACTIVITY_LIMITS = {
  subject: 200,
  body: 10_000,
  /** How far ahead of now an activity may be dated: clock skew and "later today". */
  futureToleranceMs: 24 * 60 * 60 * 1000,
  /** Nothing the organization logs happened before this. */
  earliest: '2000-01-01T00:00:00Z',
} as const;
