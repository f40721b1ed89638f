import { useI18n } from "../i18n/i18n";

/**
 * The switch to the other language, named in that language ("English" / "Svenska", marked with
 * its `lang` so a screen reader says it right) and then, for screen readers, what it does. The
 * visible word starts the button's name (WCAG 2.5.3). The choice is remembered.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === "sv" ? "en" : "sv";
  return (
    <button type="button" class="header__button" onClick={() => setLanguage(other)}>
      <span lang={other}>{other === "en" ? "English" : "Svenska"}</span>
      <span class="visually-hidden"> ({t("language.switchLabel")})</span>
    </button>
  );
}
