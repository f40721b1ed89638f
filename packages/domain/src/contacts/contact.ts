import * as z from "zod/mini";
import { OrgNumber } from "../organisation/org-number";

/** What a contact person does for their organisation in the collaboration (R23). */
export const ContactRole = /* @__PURE__ */ z.enum(["signatory", "coordinator", "group"]);
export type ContactRole = z.infer<typeof ContactRole>;

/** The language a contact reads reminders in; Swedish unless they chose English (R23). */
export const ContactLanguage = /* @__PURE__ */ z.enum(["sv", "en"]);
export type ContactLanguage = z.infer<typeof ContactLanguage>;

/** An organisation keeps at most this many contacts per letter: the list is one bounded item. */
export const MAX_CONTACTS_PER_ORGANISATION = 50;

/** An e-mail address as compared and deduplicated: trimmed, lower case. */
export const normalizedEmail = (email: string) => email.trim().toLowerCase();

/** A person who is told about the letter's reminders for their organisation (R23). */
export const Contact = /* @__PURE__ */ z.object({
  name: /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  email: /* @__PURE__ */ z.email().check(z.maxLength(254)),
  roles: /* @__PURE__ */ z.array(ContactRole).check(
    z.minLength(1),
    z.maxLength(ContactRole.options.length),
    z.refine((roles) => new Set(roles).size === roles.length, { message: "a role twice" }),
  ),
  language: /* @__PURE__ */ z._default(ContactLanguage, "sv"),
});
export type Contact = z.infer<typeof Contact>;

/** An organisation declares at most this many mail domains of its people (D-39). */
export const MAX_MAIL_DOMAINS = 10;

/** A mail domain such as `ltu.se`: lower case, at least two labels (D-39). */
export const MailDomain = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(253),
  z.regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: "a mail domain such as ltu.se",
  }),
);

/**
 * One organisation's contacts on one letter; each address at most once. `mailDomains`, when
 * given, are the domains of the organisation's own people (D-39): see `mailDomainProblems`.
 */
export const ContactList = /* @__PURE__ */ z.object({
  orgNumber: OrgNumber,
  mailDomains: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(MailDomain).check(
      z.maxLength(MAX_MAIL_DOMAINS),
      z.refine((domains) => new Set(domains).size === domains.length, {
        message: "a mail domain is listed twice",
      }),
    ),
  ),
  contacts: /* @__PURE__ */ z.array(Contact).check(
    z.maxLength(MAX_CONTACTS_PER_ORGANISATION),
    z.refine(
      (contacts) => new Set(contacts.map((c) => normalizedEmail(c.email))).size === contacts.length,
      { message: "an e-mail address is listed twice" },
    ),
  ),
});
export type ContactList = z.infer<typeof ContactList>;

/** What another organisation sees of a list: names and roles, never addresses (api.md). */
export function withoutEmails(list: ContactList) {
  return {
    orgNumber: list.orgNumber,
    ...(list.mailDomains ? { mailDomains: list.mailDomains } : {}),
    contacts: list.contacts.map(({ name, roles }) => ({ name, roles })),
  };
}
