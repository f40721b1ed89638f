import { beforeAll, describe, expect, it } from "vitest";
import { personName } from "../../src/components/person-name";
import { fill, type I18n } from "../../src/i18n/i18n";
import { catalogues, loadCatalogue, type MessageKey } from "../../src/i18n/messages";

// English is a chunk of its own, loaded when chosen.
beforeAll(() => loadCatalogue("en"));

const i18nIn = (language: "sv" | "en"): I18n => {
  const messages = catalogues[language] as Record<string, string>;
  return {
    language,
    setLanguage: () => undefined,
    t: (key: MessageKey, params) => fill(messages[key] as string, params),
    tryT: (key, params) => (key in messages ? fill(messages[key] as string, params) : undefined),
    date: (day) => day,
    month: (day) => day,
    timestamp: (iso) => iso,
    sek: (n) => String(n),
  };
};

describe("names, not ids (issue #17)", () => {
  it("finding: ids instead of people — a person by name, the daily run as Samverkan, nobody known as a neutral label", () => {
    const sv = i18nIn("sv");
    const en = i18nIn("en");
    expect(personName({ kind: "person", name: "Nora Nilsson" }, sv)).toBe("Nora Nilsson");
    expect(personName({ kind: "system", name: "Samverkan (automatic)" }, sv)).toBe(
      "Samverkan (automatiskt)",
    );
    expect(personName({ kind: "system", name: null }, en)).toBe("Samverkan (automatic)");
    expect(personName({ kind: "person", name: null }, sv)).toBe("Okänd person");
    expect(personName({ name: null }, en)).toBe("Unknown person");
    expect(personName(null, sv)).toBe("Okänd person");
  });
});

describe("R25 substitutes act for an absent signatory or coordinator", () => {
  it("R25 a substitute's act is named 'X för Y' (X for Y), whoever is unknown named neutrally", () => {
    const sv = i18nIn("sv");
    const en = i18nIn("en");
    const boForAnna = {
      kind: "person" as const,
      name: "Bo Berg",
      onBehalfOf: { name: "Anna Lind" },
    };
    expect(personName(boForAnna, sv)).toBe("Bo Berg för Anna Lind");
    expect(personName(boForAnna, en)).toBe("Bo Berg for Anna Lind");
    expect(personName({ name: "Bo Berg", onBehalfOf: { name: null } }, sv)).toBe(
      "Bo Berg för Okänd person",
    );
  });
});

describe("D-59 erased people", () => {
  it("finding: personal data has no way to be erased — a person erased under a deletion decision reads (raderad person), in either language", () => {
    expect(personName({ kind: "person", name: null, erased: true }, i18nIn("sv"))).toBe(
      "(raderad person)",
    );
    expect(personName({ kind: "person", name: null, erased: true }, i18nIn("en"))).toBe(
      "(deleted person)",
    );
  });
});
