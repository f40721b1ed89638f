import { type ComponentChildren, createContext } from "preact";
import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import { formatDate, formatMonth, formatSek, formatTimestamp } from "./format";
import { type Language, rememberedLanguage, rememberLanguage } from "./language";
import { catalogues, loadCatalogue, type MessageKey } from "./messages";

export type { MessageKey } from "./messages";
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders of a catalogue message. */
export function fill(message: string, params: MessageParams = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export interface I18n {
  readonly language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** A message by a key made at run time (a problem's code, an event type), if there is one. */
  tryT(key: string, params?: MessageParams): string | undefined;
  date(day: string): string;
  month(day: string): string;
  timestamp(iso: string): string;
  sek(amount: number): string;
}

function i18nFor(language: Language, setLanguage: (l: Language) => void): I18n {
  const messages = catalogues[language];
  const lookup = (key: string) => (messages as Record<string, string>)[key];
  return {
    language,
    setLanguage,
    t: (key, params) => fill(messages[key], params),
    tryT: (key, params) => {
      const message = lookup(key);
      return message === undefined ? undefined : fill(message, params);
    },
    date: (day) => formatDate(day, language),
    month: (day) => formatMonth(day, language),
    timestamp: (iso) => formatTimestamp(iso, language),
    sek: (amount) => formatSek(amount, language),
  };
}

const I18nContext = createContext<I18n>(i18nFor("sv", () => undefined));

/**
 * Provides the language and its catalogue; the switch re-renders the whole workspace. The
 * remembered language's catalogue is loaded before the first render (`main.tsx`).
 */
export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [language, setLanguageState] = useState<Language>(rememberedLanguage);
  const value = useMemo(
    () =>
      i18nFor(language, (next) => {
        // The English words come in a chunk of their own: switch once they are here.
        void loadCatalogue(next).then(() => {
          rememberLanguage(next);
          setLanguageState(next);
        });
      }),
    [language],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = () => useContext(I18nContext);
