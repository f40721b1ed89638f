import type { Substitution } from "@samverkan/client";
import { useState } from "preact/hooks";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { useResource } from "../api/use-resource";
import { currentActingFor } from "../auth/acting-for";
import { hasRole } from "../auth/person";
import { useSession } from "../auth/use-session";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { rolesText } from "../components/roles-text";
import { SuccessBanner } from "../components/success-banner";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";
// The page's own words come with its chunk.
import "../i18n/substitutes-messages";

/** Today in Stockholm: the first day a substitution may have. */
const today = () => new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

/**
 * "Ersättare" (R25): appoint a colleague as your substitute for a date range, see who stands in
 * for whom in your organisation, revoke a substitution. Acting for someone is chosen in the
 * banner under the header (ActingBanner).
 */
export default function SubstitutesPage() {
  const i18n = useI18n();
  const session = useSession();
  const command = useCommand();
  const list = useResource(
    () => api().GET("/v1/substitutions", { params: { query: { limit: 100 } } }),
    [],
  );
  const [substitute, setSubstitute] = useState("");
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState("");
  const [done, setDone] = useState<string | undefined>();
  const person = session?.person;
  // While acting for someone nobody appoints (the API refuses it too: no chains).
  const mayAppoint =
    person !== undefined &&
    !currentActingFor() &&
    (hasRole(person, "signatory") || hasRole(person, "coordinator"));
  const nameOf = (who: Substitution["appointer"]) => who.name ?? who.sub;

  const appoint = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    const made = await command.run(() =>
      api().POST("/v1/substitutions", { body: { substitute: substitute.trim(), from, to } }),
    );
    if (!made) return;
    setDone(
      i18n.t("substitutes.appointed", {
        name: nameOf(made.substitute),
        from: i18n.date(made.from),
        to: i18n.date(made.to),
      }),
    );
    setSubstitute("");
    list.reload();
  };
  const revoke = async (item: Substitution) => {
    setDone(undefined);
    let revoked = false;
    await command.run(async () => {
      // Revoked as the version listed: a substitution changed meanwhile is 412, not revoked.
      const result = await api().DELETE("/v1/substitutions/{id}", {
        params: { path: { id: item.id } },
        headers: { "If-Match": `"${item.version}"` },
      });
      revoked = result.response.ok;
      return result;
    });
    if (!revoked) return;
    setDone(i18n.t("substitutes.revoked"));
    list.reload();
  };
  const mayRevoke = (item: Substitution) =>
    person !== undefined &&
    !currentActingFor() &&
    (item.appointer.sub === person.sub || hasRole(person, "coordinator"));
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeading>{i18n.t("substitutes.title")}</PageHeading>
      <p class="lead">{i18n.t("substitutes.intro")}</p>
      <ErrorSummary problem={command.problem ?? list.problem} />
      {done && !command.problem && <SuccessBanner title={done} />}
      <h2>{i18n.t("substitutes.appoint")}</h2>
      {mayAppoint ? (
        <form onSubmit={appoint} noValidate>
          <TextField
            name="substitute"
            label={i18n.t("substitutes.substitute")}
            hint={i18n.t("substitutes.substituteHint")}
            value={substitute}
            onInput={setSubstitute}
          />
          <TextField
            name="from"
            type="date"
            label={i18n.t("substitutes.from")}
            value={from}
            onInput={setFrom}
          />
          <TextField
            name="to"
            type="date"
            label={i18n.t("substitutes.to")}
            value={to}
            onInput={setTo}
          />
          <button type="submit" class="button" disabled={command.busy}>
            {i18n.t("substitutes.submit")}
          </button>
        </form>
      ) : (
        <p>{i18n.t("substitutes.appointOnlyFor")}</p>
      )}
      <h2>{i18n.t("substitutes.list")}</h2>
      {items.length === 0 ? (
        <p>{i18n.t("substitutes.none")}</p>
      ) : (
        <table class="table">
          <caption class="table__caption">{i18n.t("substitutes.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t("substitutes.column.substitute")}</th>
              <th scope="col">{i18n.t("substitutes.column.for")}</th>
              <th scope="col">{i18n.t("substitutes.column.days")}</th>
              <th scope="col">{i18n.t("substitutes.column.roles")}</th>
              <th scope="col">{i18n.t("substitutes.column.action")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{nameOf(item.substitute)}</td>
                <td>{nameOf(item.appointer)}</td>
                <td>
                  {i18n.t("substitutes.days", {
                    from: i18n.date(item.from),
                    to: i18n.date(item.to),
                  })}
                  {item.runsToday && ` (${i18n.t("substitutes.runsToday")})`}
                </td>
                <td>{rolesText(item.roles, i18n)}</td>
                <td>
                  {mayRevoke(item) && (
                    <button
                      type="button"
                      class="button button--secondary"
                      disabled={command.busy}
                      aria-label={i18n.t("substitutes.revokeFor", {
                        name: nameOf(item.substitute),
                        for: nameOf(item.appointer),
                      })}
                      onClick={() => revoke(item)}
                    >
                      {i18n.t("substitutes.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
