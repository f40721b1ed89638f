import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import type { Session } from "../auth/session";
import { ErrorSummary } from "../components/error-summary";
import { Loading } from "../components/loading";
import { MainContent } from "../components/main-content";
import { PageHeading } from "../components/page-heading";
import { useI18n } from "../i18n/i18n";
import { AgreementContext, type AgreementView } from "./agreement-context";
import { AgreementNavigation } from "./agreement-navigation";
import { LetterBar } from "./letter-bar";

interface AgreementLayoutProps {
  readonly letterId: string;
  readonly session: Session;
  readonly children: ComponentChildren;
}

/**
 * A letter's pages: its navigation beside the page (outside <main>, so the skip link passes its
 * links), and the letter loaded once for all.
 */
export function AgreementLayout({ letterId, session, children }: AgreementLayoutProps) {
  const { t } = useI18n();
  const letter = useResource(
    () => api().GET("/v1/agreements/{id}", { params: { path: { id: letterId } } }),
    [letterId, session.token],
  );
  const view = useMemo<AgreementView | undefined>(
    () =>
      letter.data
        ? { letterId, agreement: letter.data, session, reload: letter.reload }
        : undefined,
    [letter.data, letterId, session, letter.reload],
  );
  if (letter.problem)
    return (
      <MainContent>
        <PageHeading>{t("agreement.unavailable")}</PageHeading>
        <ErrorSummary problem={letter.problem} letterId={letterId} />
      </MainContent>
    );
  if (!view)
    return (
      <MainContent>
        <Loading />
      </MainContent>
    );
  return (
    <AgreementContext.Provider value={view}>
      <LetterBar letterId={letterId} title={view.agreement.title} />
      <div class="with-sidebar">
        <AgreementNavigation letterId={letterId} />
        <MainContent class="with-sidebar__content">{children}</MainContent>
      </div>
    </AgreementContext.Provider>
  );
}
