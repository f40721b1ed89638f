// The address check of `z.email()` as a plain pattern, so a client (the web's contact form)
// refuses what the API would without importing zod; email-address.test.ts keeps it equal to zod's.

// From a string, character for character as zod writes it: a formatter that drops the escapes it
// deems useless in a regex literal would make the copy differ from zod's.
const ZOD_EMAIL_SOURCE = String.raw`^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$`;

/** What the API accepts as an e-mail address (zod's `z.email()` default pattern). */
export const EMAIL_ADDRESS = /* @__PURE__ */ new RegExp(ZOD_EMAIL_SOURCE);
