import { useEffect, useId, useRef } from "preact/hooks";
import { useI18n } from "../i18n/i18n";

/**
 * GOV.UK's notification banner for success: what just happened, at the top of what changed. It
 * takes focus (tabindex -1) whenever its text changes, so a screen reader reads it and the next
 * Tab goes on from there instead of from the top of the page; being focused it is read out, so
 * it needs no `role="alert"` (which would read it twice). Named by its header, it is a region.
 */
export function SuccessBanner({ title, children }: { title: string; children?: string }) {
  const { t } = useI18n();
  const banner = useRef<HTMLDivElement>(null);
  const id = useId();
  useEffect(() => banner.current?.focus(), [title, children]);
  return (
    <section
      class="banner banner--success"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      ref={banner}
    >
      <h2 class="banner__header" id={`${id}-title`}>
        {t("banner.success")}
      </h2>
      <p class="banner__title">{title}</p>
      {children && <p>{children}</p>}
    </section>
  );
}
