import { useI18n } from "../i18n/i18n";
import { RULE_CLAUSE } from "../letter/letter-text";
import { Link } from "../router/link";

/** "Regel R14 · Samverkan på ledningsnivå och uppföljning", linked to the rule in the letter. */
export function RuleReference({ rule, letterId }: { rule: string; letterId: string }) {
  const { t, tryT } = useI18n();
  const clause = RULE_CLAUSE[rule];
  const name = tryT(`rule.${rule}`);
  return (
    <Link
      class="rule-ref"
      href={`/avtal/${encodeURIComponent(letterId)}/avsiktsforklaringen#${rule}`}
    >
      {t("rule.reference", { rule })}
      {name ? ` ${name}` : ""}
      {clause ? ` · ${clause}` : ""}
    </Link>
  );
}
