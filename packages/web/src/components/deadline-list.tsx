import type { Obligation } from "@samverkan/client";
import { useAgreement } from "../agreement/agreement-context";
import { deadlineAction } from "../deadlines/deadline-action";
import { nextDeadlines } from "../deadlines/deadline-order";
import { deadlineTitle } from "../deadlines/deadline-title";
import { type I18n, useI18n } from "../i18n/i18n";
import { asPartyCoordinator } from "../permissions/permissions";
import { Link } from "../router/link";
import { NotAllowed } from "./not-allowed";
import { RuleReference } from "./rule-reference";
import { StatusTag, type TagTone } from "./status-tag";

const TONE: Record<Obligation["status"], TagTone> = {
  overdue: "overdue",
  "due-soon": "attention",
  upcoming: "neutral",
  fulfilled: "ok",
  lapsing: "neutral",
  lapsed: "neutral",
};

/** When the deadline is, in words; a lapsing one says it lapses with the letter (R20). */
function dueText(obligation: Obligation, endsOn: string | undefined, i18n: I18n): string {
  if (obligation.status === "lapsing")
    return i18n.t("deadline.lapsesOn", { date: i18n.date(endsOn ?? obligation.dueOn) });
  return i18n.t(obligation.status === "overdue" ? "deadline.wasDue" : "deadline.due", {
    date: i18n.date(obligation.dueOn),
  });
}

/** The next deadlines, overdue first: what, by when, which rule and clause, and how to do it. */
export function DeadlineList({ obligations }: { obligations: readonly Obligation[] }) {
  const i18n = useI18n();
  const { agreement, letterId, session } = useAgreement();
  const deadlines = nextDeadlines(obligations);
  const permission = asPartyCoordinator(session.person, agreement, i18n.t("list.or"));
  if (deadlines.length === 0) return <p>{i18n.t("deadline.none")}</p>;
  return (
    <ol class="deadlines">
      {deadlines.map((obligation) => {
        const action = deadlineAction(obligation, letterId);
        return (
          <li key={obligation.id} class={`deadline deadline--${obligation.status}`}>
            <StatusTag tone={TONE[obligation.status]}>
              {i18n.t(`obligation.status.${obligation.status}`)}
            </StatusTag>
            <h3 class="deadline__title">
              {deadlineTitle(obligation, agreement.terms.basisLeadDays, i18n)}
            </h3>
            <p class="deadline__due">{dueText(obligation, agreement.notice?.endsOn, i18n)}</p>
            <p class="deadline__rule">
              <RuleReference rule={obligation.rule} letterId={letterId} />
            </p>
            {obligation.status === "lapsing" ? null : permission.allowed ? (
              <Link class="button button--secondary" href={action.href}>
                {i18n.t(action.label)}
              </Link>
            ) : (
              <NotAllowed permission={permission} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
