import type { Substitution } from "@samverkan/client";
import { useEffect, useState } from "preact/hooks";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { chooseActingFor, currentActingFor } from "../auth/acting-for";
import type { Session } from "../auth/session";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";

const MYSELF = "";

/** The substitutions that name this person as substitute and run today (R25). */
export const standingInFor = (items: readonly Substitution[], sub: string) =>
  items.filter((item) => item.substitute.sub === sub && item.runsToday);

/**
 * R25: "Du agerar för Y" while the person acts for someone, and the choice of whom to act for
 * when they stand in for anyone today. Shown on every page under the header; nothing at all for
 * a person who is nobody's substitute today.
 */
export function ActingBanner({ session }: { session: Session }) {
  const i18n = useI18n();
  const { sub, orgNumber } = session.person;
  const acting = currentActingFor();
  const list = useResource(
    () => api().GET("/v1/substitutions", { params: { query: { limit: 100 } } }),
    [sub, orgNumber, acting?.id],
  );
  const available = standingInFor(list.data?.items ?? [], sub);
  const [choice, setChoice] = useState(acting?.id ?? MYSELF);
  useEffect(() => setChoice(acting?.id ?? MYSELF), [acting?.id]);
  // A substitution revoked or ended while it was chosen: the person acts for themselves again.
  useEffect(() => {
    if (!acting) return;
    if (list.problem?.code === "not-acting-for") chooseActingFor(undefined);
    else if (list.data && !available.some((item) => item.id === acting.id))
      chooseActingFor(undefined);
  }, [list.data, list.problem]);
  if (!acting && available.length === 0) return null;
  const nameOf = (item: Substitution) => item.appointer.name ?? i18n.t("person.unknown");
  const choose = (event: Event) => {
    event.preventDefault();
    const chosen = available.find((item) => item.id === choice);
    chooseActingFor(
      chosen
        ? {
            id: chosen.id,
            substitute: sub,
            orgNumber,
            appointerName: nameOf(chosen),
            roles: chosen.roles,
            to: chosen.to,
          }
        : undefined,
    );
  };
  return (
    <section
      class={`banner acting-banner${acting ? " acting-banner--acting" : ""}`}
      aria-label={i18n.t("acting.region")}
      data-testid="acting-banner"
    >
      {acting ? (
        <>
          <p class="banner__title">{i18n.t("acting.now", { name: acting.appointerName })}</p>
          <p>
            {i18n.t("acting.nowText", { name: acting.appointerName, you: session.person.name })}
          </p>
        </>
      ) : (
        <p>{i18n.t("acting.available", { names: available.map(nameOf).join(", ") })}</p>
      )}
      <form class="acting-banner__form" onSubmit={choose}>
        <label class="label" for="acting-for">
          {i18n.t("acting.choose")}
        </label>
        <select
          id="acting-for"
          class="select"
          value={choice}
          onChange={(event) => setChoice((event.target as HTMLSelectElement).value)}
        >
          <option value={MYSELF}>{i18n.t("acting.myself")}</option>
          {available.map((item) => (
            <option key={item.id} value={item.id}>
              {i18n.t("acting.forPerson", { name: nameOf(item), to: i18n.date(item.to) })}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="button button--secondary">
          {i18n.t("acting.apply")}
        </button>{" "}
        {acting && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => chooseActingFor(undefined)}
          >
            {i18n.t("acting.stop", { name: acting.appointerName })}
          </button>
        )}{" "}
        <Link href="/ersattare">{i18n.t("header.substitutes")}</Link>
      </form>
    </section>
  );
}
