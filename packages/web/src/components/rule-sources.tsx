import { Fragment } from "preact";
import { useI18n } from "../i18n/i18n";
import { RULE_CLAUSE } from "../letter/letter-text";
import { Link } from "../router/link";
import { clauseName } from "./rule-reference";

/**
 * Where a page's rules come from, after its introduction: "Ur avsiktsförklaringen: Samverkan på
 * ledningsnivå och uppföljning (R10, R12)". Sentences lead with what the letter asks; the rule ids
 * stand here, small, as links to the clause in the letter's text (#16.1: ids used to stand inside
 * almost every sentence).
 */
export function RuleSources({ rules, letterId }: { rules: readonly string[]; letterId: string }) {
  const i18n = useI18n();
  const byClause = new Map<string, string[]>();
  for (const rule of rules) {
    const heading = RULE_CLAUSE[rule] ?? "";
    byClause.set(heading, [...(byClause.get(heading) ?? []), rule]);
  }
  return (
    <p class="rule-sources">
      {i18n.t("rule.sources")}{" "}
      {[...byClause].map(([heading, ids], index) => (
        <Fragment key={heading}>
          {index > 0 ? "; " : ""}
          <Link
            class="rule-ref"
            href={`/avtal/${encodeURIComponent(letterId)}/avsiktsforklaringen#${ids[0]}`}
          >
            {clauseName(heading, i18n.tryT) ?? i18n.t("rule.reference", { rule: ids[0] ?? "" })}
            <span class="rule-sources__ids"> ({ids.join(", ")})</span>
          </Link>
        </Fragment>
      ))}
    </p>
  );
}
