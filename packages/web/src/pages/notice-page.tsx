import { noticeEndDate } from "@samverkan/domain/vocabulary";
import { useState } from "preact/hooks";
import { agreementPath, useAgreement } from "../agreement/agreement-context";
import { api } from "../api/api-client";
import { useCommand } from "../api/use-command";
import { ErrorSummary } from "../components/error-summary";
import { NotAllowed } from "../components/not-allowed";
import { PageHeading } from "../components/page-heading";
import { RuleSources } from "../components/rule-sources";
import { SuccessBanner } from "../components/success-banner";
import { type FormErrors, isDay, onlyErrors, summaryOf } from "../forms/form-errors";
import { TextField } from "../forms/text-field";
import { useI18n } from "../i18n/i18n";
import { mayGiveNotice } from "../permissions/permissions";
import { Link } from "../router/link";

/** The end date a notice gives, by the domain's own rule (R18, D-6): never a copy of it here. */
const earliestEnd = (receivedOn: string, months: number): string =>
  noticeEndDate(receivedOn as Parameters<typeof noticeEndDate>[0], months);

/**
 * Give notice for one's own party: three months, from the day it is received (R18, R19). It
 * cannot be undone, so it takes two steps (issue #17, "irreversible acts are one click"): the
 * form, then a page that says the day the letter would end and asks "Ja, säg upp" or cancel.
 */
export default function NoticePage() {
  const i18n = useI18n();
  const { agreement, letterId, session, reload } = useAgreement();
  const command = useCommand();
  const [receivedOn, setReceivedOn] = useState(agreement.asOf);
  const [requestedEnd, setRequestedEnd] = useState("");
  const [errors, setErrors] = useState<FormErrors>({});
  const [endsOn, setEndsOn] = useState<string | undefined>();
  const [claimed, setClaimed] = useState(false);
  /** The end date shown for confirmation; set once the form is filled in. */
  const [confirming, setConfirming] = useState<string | undefined>();
  const permission = mayGiveNotice(session.person, agreement, i18n.t("list.or"));
  const party = agreement.parties.find((p) => p.orgNumber === session.person.orgNumber);
  const review = (event: Event) => {
    event.preventDefault();
    const earliest = isDay(receivedOn)
      ? earliestEnd(receivedOn, agreement.terms.noticeMonths)
      : undefined;
    const found = onlyErrors({
      receivedOn: earliest ? "" : i18n.t("notice.errors.date"),
      endsOn:
        requestedEnd === "" || isDay(requestedEnd)
          ? earliest && requestedEnd !== "" && requestedEnd < earliest
            ? i18n.t("notice.errors.endsOnEarly", { date: i18n.date(earliest) })
            : ""
          : i18n.t("notice.errors.endsOn"),
    });
    setErrors(found);
    if (Object.keys(found).length > 0 || !earliest) return;
    setConfirming(requestedEnd || earliest);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const notice = await command.run(() =>
      api().POST("/v1/agreements/{id}/termination", {
        params: { path: { id: letterId } },
        body: { receivedOn, ...(requestedEnd ? { endsOn: requestedEnd } : {}) },
      }),
    );
    if (!notice) return;
    setEndsOn(notice.endsOn);
    setClaimed(notice.state === "claimed");
    reload();
  };
  return (
    <>
      <Link class="back-link" href={agreementPath(letterId)}>
        {i18n.t("notice.back")}
      </Link>
      {endsOn && (
        <SuccessBanner title={i18n.t(claimed ? "notice.claimedDone" : "notice.done")}>
          {claimed
            ? i18n.t("notice.claimedEndsOn", {
                date: i18n.date(endsOn),
                receiver:
                  agreement.parties.find((p) => p.orgNumber !== party?.orgNumber)?.name ?? "",
              })
            : i18n.t("notice.endsOn", { date: i18n.date(endsOn) })}
        </SuccessBanner>
      )}
      <PageHeading caption={agreement.title}>{i18n.t("notice.title")}</PageHeading>
      <p class="lead">{i18n.t("notice.explain", { months: agreement.terms.noticeMonths })}</p>
      <RuleSources rules={["R18", "R20"]} letterId={letterId} />
      {endsOn ? (
        <Link class="button" href={agreementPath(letterId)}>
          {i18n.t("notice.toOverview")}
        </Link>
      ) : !permission.allowed ? (
        <NotAllowed permission={permission} />
      ) : confirming ? (
        <form onSubmit={submit} noValidate aria-labelledby="confirm-notice-heading">
          <ErrorSummary problem={command.problem} letterId={letterId} />
          <h2 id="confirm-notice-heading">{i18n.t("notice.confirm.title")}</h2>
          <dl class="summary-list">
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("notice.confirm.party")}</dt>
              <dd class="summary-list__value">{party?.name ?? session.person.orgNumber}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("notice.receivedOn")}</dt>
              <dd class="summary-list__value">{i18n.date(receivedOn)}</dd>
            </div>
            <div class="summary-list__row">
              <dt class="summary-list__key">{i18n.t("notice.confirm.endsOn")}</dt>
              <dd class="summary-list__value" data-testid="notice-ends-on">
                {i18n.date(confirming)}
              </dd>
            </div>
          </dl>
          <p class="warning-text">
            {i18n.t("notice.confirm.warning", { date: i18n.date(confirming) })}
          </p>
          <div class="button-row">
            <button type="submit" class="button button--warning" disabled={command.busy}>
              {i18n.t("notice.confirm.yes")}
            </button>
            <button
              type="button"
              class="button button--secondary"
              disabled={command.busy}
              onClick={() => setConfirming(undefined)}
            >
              {i18n.t("notice.confirm.change")}
            </button>
          </div>
          <p>
            <Link href={agreementPath(letterId)}>{i18n.t("notice.confirm.cancel")}</Link>
          </p>
        </form>
      ) : (
        <form onSubmit={review} noValidate>
          <ErrorSummary errors={summaryOf(errors)} problem={command.problem} letterId={letterId} />
          <TextField
            name="receivedOn"
            type="date"
            width="short"
            label={i18n.t("notice.receivedOn")}
            hint={i18n.t("notice.receivedOnHint")}
            value={receivedOn}
            error={errors.receivedOn}
            onInput={setReceivedOn}
          />
          <TextField
            name="endsOn"
            type="date"
            width="short"
            label={i18n.t("notice.endsOnLabel")}
            hint={i18n.t("notice.endsOnHint", { months: agreement.terms.noticeMonths })}
            value={requestedEnd}
            error={errors.endsOn}
            onInput={setRequestedEnd}
          />
          <p class="warning-text">{i18n.t("notice.warning")}</p>
          <button type="submit" class="button">
            {i18n.t("notice.submit")}
          </button>
        </form>
      )}
    </>
  );
}
