import { type MessageKey, useI18n } from "../i18n/i18n";
import { Link } from "../router/link";
import { useLocation } from "../router/location";
import { agreementPath } from "./agreement-context";

/** The letter's pages, in the order a group member works through them. */
const PAGES: ReadonlyArray<{ sub: string; label: MessageKey }> = [
  { sub: "", label: "nav.overview" },
  { sub: "avsiktsforklaringen", label: "nav.letter" },
  { sub: "dialoger", label: "nav.dialogs" },
  { sub: "samverkansgrupp", label: "nav.group" },
  { sub: "behov", label: "nav.needs" },
  { sub: "aktiviteter", label: "nav.activities" },
  { sub: "finansiering", label: "nav.funding" },
  { sub: "strukturuppfoljning", label: "nav.structureReviews" },
  { sub: "handelser", label: "nav.auditTrail" },
  { sub: "diarium", label: "nav.registry" },
  { sub: "aviseringar", label: "nav.notifications" },
  { sub: "kalender", label: "nav.calendar" },
  { sub: "kontakter", label: "nav.contacts" },
  { sub: "uppfoljning", label: "nav.followUp" },
];

/** The side navigation of a letter's pages; the current one is marked for screen readers too. */
export function AgreementNavigation({ letterId }: { letterId: string }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const current = (sub: string) => {
    const href = agreementPath(letterId, sub);
    return sub === "" ? path === href : path === href || path.startsWith(`${href}/`);
  };
  return (
    <nav class="side-nav" aria-label={t("nav.label")}>
      <ul class="side-nav__list">
        {PAGES.map(({ sub, label }) => (
          <li key={sub} class={`side-nav__item${current(sub) ? " side-nav__item--current" : ""}`}>
            <Link
              href={agreementPath(letterId, sub)}
              aria-current={current(sub) ? "page" : undefined}
            >
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
