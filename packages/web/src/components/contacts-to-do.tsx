import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

/**
 * D-30: a principal party without contact persons is something to do on the overview: until it
 * names someone, the letter's reminders reach nobody there (they are delivered when it does).
 * Its own coordinator gets the way to the contacts page; the other party sees that it is missing.
 */
export function ContactsToDo() {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const lists = useResource(
    () => api().GET("/v1/agreements/{id}/contacts", { params: { path: { id: letterId } } }),
    [letterId],
  );
  if (!lists.data) return null;
  const missing = agreement.parties.filter(
    (party) =>
      !lists.data?.items.some((l) => l.orgNumber === party.orgNumber && l.contacts.length > 0),
  );
  if (missing.length === 0) return null;
  return (
    <section aria-labelledby="contacts-to-do-heading" class="inset" data-testid="contacts-to-do">
      <h2 id="contacts-to-do-heading">{i18n.t("overview.contacts.missing")}</h2>
      <ul class="list">
        {missing.map((party) => {
          const own = party.orgNumber === session.person.orgNumber;
          return (
            <li key={party.orgNumber}>
              <p class="warning-text">
                {i18n.t(own ? "overview.contacts.ownMissing" : "overview.contacts.otherMissing", {
                  org: party.name,
                })}
              </p>
              {own && (
                <Link href={agreementPath(letterId, "kontakter")}>
                  {i18n.t("overview.contacts.add", { org: party.name })}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
