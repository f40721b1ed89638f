import { useAgreement } from "../agreement/agreement-context";
import { useI18n } from "../i18n/i18n";
import { mayGiveNotice } from "../permissions/permissions";
import { Link } from "../router/link";
import { ClaimedNotice } from "./claimed-notice";
import { NotAllowed } from "./not-allowed";

/** The letter's notice: given and when it ends, or the way to give it (R18, R19). */
export function NoticeSummary({ noticeHref }: { noticeHref: string }) {
  const i18n = useI18n();
  const { agreement, session } = useAgreement();
  const notice = agreement.notice;
  const giver = agreement.parties.find((party) => party.orgNumber === notice?.givenBy);
  const permission = mayGiveNotice(session.person, agreement, i18n.t("list.or"));
  return (
    <section aria-labelledby="notice-heading">
      <h2 id="notice-heading">{i18n.t("overview.notice")}</h2>
      <ClaimedNotice />
      {notice ? (
        <p>
          {i18n.t("notice.given", {
            party: giver?.name ?? notice.givenBy,
            received: i18n.date(notice.receivedOn),
            ends: i18n.date(notice.endsOn),
          })}
        </p>
      ) : (
        <p>{i18n.t("notice.terms", { months: agreement.terms.noticeMonths })}</p>
      )}
      {/* A plain link: the notice page says what it would do and asks to confirm (issue #17). */}
      {permission.allowed ? (
        <Link href={noticeHref}>{i18n.t("notice.start")}</Link>
      ) : (
        !notice && <NotAllowed permission={permission} />
      )}
    </section>
  );
}
