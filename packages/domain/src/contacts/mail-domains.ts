import { type ContactList, normalizedEmail } from "./contact";

/** The domain of an address, lower case: `ltu.se` for `Anna.Lind@LTU.se`. */
export const domainOf = (email: string) => normalizedEmail(email).split("@").at(-1) ?? "";

/** Whether an address is at one of the domains (the domain itself or a subdomain of it). */
export const atDomains = (email: string, domains: readonly string[]) => {
  const domain = domainOf(email);
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
};

/**
 * D-39: the organisation whose people an address belongs to, when one of the letter's lists
 * declared the address's domain as its own (`mailDomains`); otherwise undefined (nobody claims it).
 */
export function declaredOwnerOf(email: string, lists: readonly ContactList[]): string | undefined {
  return lists.find((list) => atDomains(email, list.mailDomains ?? []))?.orgNumber;
}

/** Why a list breaks D-39, each problem on its field (the API's field errors). */
export interface MailDomainProblem {
  readonly code:
    | "contact-outside-mail-domains"
    | "address-of-another-organisation"
    | "mail-domain-of-another-organisation";
  /** `contacts.2.email` or `mailDomains.0`. */
  readonly path: string;
  readonly message: string;
}

/**
 * D-39, checked when an organisation replaces its list, against the other lists of the letter:
 * - with `mailDomains`, each of its contacts is at one of them (`contact-outside-mail-domains`);
 * - none of its contacts is at a domain another organisation declared as its own
 *   (`address-of-another-organisation`): one organisation cannot speak for another's people;
 * - it does not declare a domain another organisation declared (`mail-domain-of-another-organisation`).
 */
export function mailDomainProblems(
  list: ContactList,
  others: readonly ContactList[],
): MailDomainProblem[] {
  const problems: MailDomainProblem[] = [];
  const rest = others.filter((other) => other.orgNumber !== list.orgNumber);
  const own = list.mailDomains ?? [];
  own.forEach((domain, index) => {
    const owner = rest.find((other) => (other.mailDomains ?? []).includes(domain));
    if (owner)
      problems.push({
        code: "mail-domain-of-another-organisation",
        path: `mailDomains.${index}`,
        message: `${domain} is declared by organisation ${owner.orgNumber} as the domain of its people`,
      });
  });
  list.contacts.forEach((contact, index) => {
    const path = `contacts.${index}.email`;
    const owner = declaredOwnerOf(contact.email, rest);
    if (owner)
      problems.push({
        code: "address-of-another-organisation",
        path,
        message: `${domainOf(contact.email)} belongs to organisation ${owner}: only it lists its people`,
      });
    else if (own.length > 0 && !atDomains(contact.email, own))
      problems.push({
        code: "contact-outside-mail-domains",
        path,
        message: `Contact ${index + 1} must have an address at ${own.join(", ")}`,
      });
  });
  return problems;
}
