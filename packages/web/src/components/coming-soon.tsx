import type { MessageKey } from "../i18n/i18n";
import { useI18n } from "../i18n/i18n";
import { PageHeading } from "./page-heading";

/** A page whose API comes later (#12, #13): its place in the navigation, and a short note. */
export function ComingSoon({ title, note }: { title: MessageKey; note: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t(title)}</PageHeading>
      <p class="tag tag--info">{t("comingSoon.tag")}</p>
      <p>{t(note)}</p>
    </>
  );
}
