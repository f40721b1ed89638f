// The workspace's language: Swedish by default, English by the switch, remembered in
// localStorage (a preference, not a secret).

export type Language = "sv" | "en";

const KEY = "samverkan.language";

export function rememberedLanguage(): Language {
  try {
    return localStorage.getItem(KEY) === "en" ? "en" : "sv";
  } catch {
    return "sv";
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // A browser that refuses storage still switches, for this visit.
  }
  document.documentElement.lang = language;
}
