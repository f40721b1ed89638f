import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogues, loadCatalogue } from "../../src/i18n/messages";
// The report page's words join the catalogues when its chunk loads: check them too.
import "../../src/i18n/report-messages";
import "../../src/i18n/accessibility-messages";
import "../../src/i18n/substitutes-messages";
// So do "Mina uppgifter"'s (D-48).
import "../../src/i18n/tasks-messages";

const SRC = join(import.meta.dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? files(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

describe("message catalogues", () => {
  it("Swedish and English have the same messages, none empty, with the same placeholders", async () => {
    await loadCatalogue("en");
    const { sv, en } = catalogues;
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const [key, swedish] of Object.entries(sv)) {
      const english = en[key as keyof typeof en];
      expect(swedish.trim(), key).not.toBe("");
      expect(english.trim(), key).not.toBe("");
      const placeholders = (text: string) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(english), key).toEqual(placeholders(swedish));
    }
  });

  it("finding: rule ids stand inside almost every sentence — no message carries an id like (R12); pages name the clause in a link after their introduction instead", async () => {
    await loadCatalogue("en");
    for (const [language, catalogue] of Object.entries(catalogues))
      for (const [key, text] of Object.entries(catalogue))
        expect(text, `${language} ${key}`).not.toMatch(/\(R\d+(, R\d+)*\)/);
  });

  it("components and pages show no Swedish or English words of their own: text comes from the catalogues", () => {
    // JSX text between a tag and its closing tag on one line: `<p>Hej</p>`, not `<p>{t("x")}</p>`.
    const literal = /(?<![=>])>([^<>{}()=;]*[A-Za-zÅÄÖåäö]{2,}[^<>{}()=;]*)<\//;
    const offenders = files(SRC)
      .filter((file) => file.endsWith(".tsx"))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .filter((line) => literal.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
