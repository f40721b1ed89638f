import { api } from "../api/api-client";
import { useResource } from "../api/use-resource";
import { useI18n } from "../i18n/i18n";
import { Link } from "../router/link";
import { agreementPath } from "./agreement-context";

/**
 * Every page of a letter names the letter it is on, and offers the person's other letters
 * (issue #20: "a way to switch letters"). The list is the start page's, read once per letter.
 */
export function LetterBar({ letterId, title }: { letterId: string; title: string }) {
  const { t } = useI18n();
  const list = useResource(
    () => api().GET("/v1/agreements", { params: { query: { limit: 200 } } }),
    [],
  );
  const others = (list.data?.items ?? []).filter((letter) => letter.id !== letterId);
  return (
    <div class="letter-bar" data-testid="letter-bar">
      <p class="letter-bar__current">
        <span class="letter-bar__label">{t("letterBar.label")}</span>{" "}
        <Link class="letter-bar__title" href={agreementPath(letterId)}>
          {title}
        </Link>
      </p>
      {others.length > 0 && (
        <details class="letter-bar__switch">
          <summary>{t("letterBar.switch")}</summary>
          <ul class="letter-bar__list">
            {others.map((letter) => (
              <li key={letter.id}>
                <Link href={agreementPath(letter.id)}>{letter.title}</Link>
              </li>
            ))}
            <li>
              <Link href="/">{t("letterBar.all")}</Link>
            </li>
          </ul>
        </details>
      )}
    </div>
  );
}
