// The address check of `z.email()` as a plain pattern, so a client (the web's contact form)
// refuses what the API would without importing zod; email-address.test.ts keeps it equal to zod's.

/** What the API accepts as an e-mail address (zod's `z.email()` default pattern). */
export const EMAIL_ADDRESS =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
