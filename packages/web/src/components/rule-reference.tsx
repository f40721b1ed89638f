import { useI18n } from "../i18n/i18n";
import { RULE_CLAUSE } from "../letter/letter-text";
import { Link } from "../router/link";

// The letter's headings by a key of their own, so that the English mode names them in English
// (#16.1); the Swedish catalogue has the letter's own words.
const CLAUSE_KEYS: Readonly<Record<string, string>> = {
  "Inledning (parterna)": "clause.introduction",
  Syfte: "clause.purpose",
  "Kommunal utveckling och tillväxt": "clause.municipalGrowth",
  "Forskning, utveckling och innovation": "clause.research",
  "Kompetensutveckling och digitalisering": "clause.competence",
  "Samverkan på ledningsnivå och uppföljning": "clause.leadership",
  Giltighet: "clause.validity",
};

/** The clause's name in the language shown, or undefined for a heading the letter does not have. */
export function clauseName(
  heading: string | undefined,
  tryT: (key: string) => string | undefined,
): string | undefined {
  return heading ? (tryT(CLAUSE_KEYS[heading] ?? "") ?? heading) : undefined;
}

/** "Regel R14 · Samverkan på ledningsnivå och uppföljning", linked to the rule in the letter. */
export function RuleReference({ rule, letterId }: { rule: string; letterId: string }) {
  const { t, tryT } = useI18n();
  const heading = RULE_CLAUSE[rule];
  const clause = clauseName(heading, tryT);
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
