import type { Substitution } from "@samverkan/client";
import { useState } from "preact/hooks";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { currentActingFor } from "../auth/acting-for";
import { hasRole } from "../auth/person";
import { useSession } from "../auth/use-session";
import { ErrorSummary } from "../components/error-summary";
import { PageHeading } from "../components/page-heading";
import { rolesText } from "../components/roles-text";
import { SuccessBanner } from "../components/success-banner";
import { CommandForm } from "../forms/command-form";
import { TextField } from "../forms/text-field";
import { latestDone, useCommandForm } from "../forms/use-command-form";
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
  const list = useResource(
    () => api().GET("/v1/substitutions", { params: { query: { limit: 100 } } }),
    [],
  );
  const [substitute, setSubstitute] = useState("");
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState("");
  const person = session?.person;
  // While acting for someone nobody appoints (the API refuses it too: no chains).
  const mayAppoint =
    person !== undefined &&
    !currentActingFor() &&
    (hasRole(person, "signatory") || hasRole(person, "coordinator"));
  const nameOf = (who: Substitution["appointer"]) => who.name ?? who.sub;

  const appoint = useCommandForm({
    send: () =>
      api().POST("/v1/substitutions", { body: { substitute: substitute.trim(), from, to } }),
    accepted: (made) => {
      setSubstitute("");
      list.reload();
      return i18n.t("substitutes.appointed", {
        name: nameOf(made.substitute),
        from: i18n.date(made.from),
        to: i18n.date(made.to),
      });
    },
  });
  // Each row's button sends its substitution's id.
  const revoke = useCommandForm({
    send: (id) => {
      const item = list.data?.items.find((listed) => listed.id === id);
      // Revoked as the version listed: a substitution changed meanwhile is 412, not revoked.
      return api().DELETE("/v1/substitutions/{id}", {
        params: { path: { id: id ?? "" } },
        headers: { "If-Match": `"${item?.version ?? 0}"` },
      });
    },
    accepted: () => {
      list.reload();
      return i18n.t("substitutes.revoked");
    },
  });
  const done = latestDone(appoint, revoke)?.done;
  const mayRevoke = (item: Substitution) =>
    person !== undefined &&
    !currentActingFor() &&
    (item.appointer.sub === person.sub || hasRole(person, "coordinator"));
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeading>{i18n.t("substitutes.title")}</PageHeading>
      <p class="lead">{i18n.t("substitutes.intro")}</p>
      <ErrorSummary problem={list.problem} />
      {done && <SuccessBanner title={done} />}
      <h2>{i18n.t("substitutes.appoint")}</h2>
      <CommandForm
        form={appoint}
        banner={false}
        submit={i18n.t("substitutes.submit")}
        instead={mayAppoint ? undefined : <p>{i18n.t("substitutes.appointOnlyFor")}</p>}
      >
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
      </CommandForm>
      <h2>{i18n.t("substitutes.list")}</h2>
      <CommandForm
        form={revoke}
        banner={false}
        instead={items.length === 0 ? <p>{i18n.t("substitutes.none")}</p> : undefined}
      >
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
                      type="submit"
                      value={item.id}
                      class="button button--secondary"
                      disabled={revoke.busy}
                      aria-label={i18n.t("substitutes.revokeFor", {
                        name: nameOf(item.substitute),
                        for: nameOf(item.appointer),
                      })}
                    >
                      {i18n.t("substitutes.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </CommandForm>
    </>
  );
}
