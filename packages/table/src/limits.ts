/**
 * The request limits, declared once: the API enforces the per-organisation write limit itself
 * (429 with Retry-After) and infra/ sets API Gateway's stage throttling from the same numbers, so
 * the two agree (docs/operations.md says how to change them).
 */
export const REQUEST_LIMITS = {
  /** Writes (POST, PUT, PATCH, DELETE) one organisation may make per minute, per API instance. */
  writesPerOrganisationPerMinute: 120,
  /** API Gateway: steady requests per second for the whole stage, and the burst above it. */
  gatewayRequestsPerSecond: 50,
  gatewayBurst: 100,
} as const;
