import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../src/index";

/**
 * The rule catalogue is the repository's own `docs/rules.md`: this test reads nothing outside the
 * repository, so a bare clone tests on its own. The format it reads (also described at the top of
 * docs/rules.md):
 *
 * - an active rule is a line `### R<n> — short name` (level-3 heading, id, em dash, name); its
 *   section runs to the next heading of any level;
 * - in the section: rule text, a line `Clause: …`, then a line `Code:` and a line `Tests:`, each
 *   followed by a list (`- ` items) whose items begin with a backticked path;
 * - a code item may cite names right after its path, as `path` (`name`, `other`), then a free note
 *   after `—`; a test item is a backticked `*.test.ts` path;
 * - anything else (reserved ids under `## Reserved`, decisions) is not an active rule.
 */
const repoRoot = resolve(__dirname, "../../..");
const CATALOGUE = "docs/rules.md";

const RULE_HEADING = /^### (R\d+) — (\S.*)$/;
const ANY_HEADING = /^#{1,6}\s/;
/** A heading that seems to mean a rule but is not in the form above (so it would be skipped). */
const RULE_LIKE_HEADING = /^#{1,6}\s+R\d+\b/;
/** A backticked token that is a file path: no spaces, at least one `/`, and an extension. */
const BACKTICKED_PATH = /`([^`\s/]+(?:\/[^`\s/]+)+\.[A-Za-z]+)`/g;
/** A backticked path followed by names in parentheses: `path` (`a`, `b`). */
const PATH_WITH_NAMES = /`([^`\s/]+(?:\/[^`\s/]+)+\.[A-Za-z]+)`\s*\(([^)]*)\)/g;
const CODE_ITEM = /^`([^`]+)`(?:\s*\(([^)]*)\))?(?:\s*—\s*\S.*)?$/;
const TEST_ITEM = /^`([^`]+\.test\.ts)`(?:\s*—\s*\S.*)?$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface CodeRef {
  readonly path: string;
  readonly names: readonly string[];
}

interface RuleEntry {
  readonly id: string;
  readonly line: number;
  readonly text: string[];
  clause: string | null;
  readonly code: CodeRef[];
  readonly tests: string[];
}

interface Catalogue {
  readonly source: string;
  readonly rules: RuleEntry[];
  /** Lines that break the format, with their line numbers. */
  readonly problems: string[];
}

function parseCatalogue(source: string): Catalogue {
  const rules: RuleEntry[] = [];
  const problems: string[] = [];
  let rule: RuleEntry | null = null;
  let field: "text" | "clause" | "code" | "tests" = "text";
  for (const [index, raw] of source.split("\n").entries()) {
    const line = raw.trimEnd();
    const at = `${CATALOGUE}:${index + 1}`;
    if (ANY_HEADING.test(line)) {
      const heading = RULE_HEADING.exec(line);
      rule = null;
      if (heading) {
        rule = {
          id: heading[1] as string,
          line: index + 1,
          text: [],
          clause: null,
          code: [],
          tests: [],
        };
        field = "text";
        rules.push(rule);
      } else if (RULE_LIKE_HEADING.test(line)) {
        problems.push(`${at}: "${line}" is not a rule heading; write "### R<n> — short name"`);
      }
      continue;
    }
    if (rule === null) continue;
    const current: RuleEntry = rule;
    if (line === "") {
      if (field === "clause") field = "text";
      continue;
    }
    const clause = /^Clause:\s*(.*)$/.exec(line);
    if (clause) {
      current.clause = (clause[1] as string).trim();
      field = "clause";
      continue;
    }
    if (/^Code:\s*$/.test(line)) {
      field = "code";
      continue;
    }
    if (/^Tests:\s*$/.test(line)) {
      field = "tests";
      continue;
    }
    const item = /^- (.*)$/.exec(line)?.[1]?.trim();
    if (field === "code" || field === "tests") {
      if (item === undefined) {
        problems.push(`${at}: ${current.id}'s ${field} list has a line that is not a "- " item`);
      } else if (field === "code") {
        const ref = CODE_ITEM.exec(item);
        if (!ref) {
          problems.push(
            `${at}: ${current.id}'s code item must be \`path\` (\`name\`, …) — note; got: ${item}`,
          );
          continue;
        }
        const names = (ref[2] ?? "").split(",").map((name) => name.trim());
        const cited =
          ref[2] === undefined ? [] : names.map((name) => /^`([^`]+)`$/.exec(name)?.[1]);
        if (cited.some((name) => name === undefined || !IDENTIFIER.test(name))) {
          problems.push(
            `${at}: ${current.id}: the parentheses after a code path hold only backticked names, as (\`a\`, \`b\`); put notes after "—"; got: ${item}`,
          );
          continue;
        }
        current.code.push({ path: ref[1] as string, names: cited as string[] });
      } else {
        const test = TEST_ITEM.exec(item);
        if (test) current.tests.push(test[1] as string);
        else
          problems.push(
            `${at}: ${current.id}'s test item must be a backticked *.test.ts path; got: ${item}`,
          );
      }
      continue;
    }
    if (field === "clause") current.clause = `${current.clause} ${line.trim()}`.trim();
    else current.text.push(line);
  }
  return { source, rules, problems };
}

const catalogue = parseCatalogue(readFileSync(join(repoRoot, CATALOGUE), "utf8"));
const activeIds = (): string[] => catalogue.rules.map((rule) => rule.id);

/** The repository file a catalogue path names, or null when it would lie outside the repository. */
function insideRepo(path: string): string | null {
  const full = resolve(repoRoot, path);
  const rel = relative(repoRoot, full);
  return isAbsolute(path) || rel === "" || rel.startsWith("..") || isAbsolute(rel) ? null : full;
}

/** The source with comments and string contents blanked out; line breaks are kept. */
function codeOnly(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === "/" && (next === "/" || next === "*")) {
      const end = next === "/" ? source.indexOf("\n", i) : source.indexOf("*/", i + 2);
      const stop = end === -1 ? source.length : next === "/" ? end : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
    } else if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (j < source.length && source[j] !== c && (c === "`" || source[j] !== "\n")) {
        j += source[j] === "\\" ? 2 : 1;
      }
      out += `${c}${source.slice(i + 1, j).replace(/[^\n]/g, "")}${c}`;
      i = source[j] === c ? j + 1 : j;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

function closingParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i += 1) {
    if (code[i] === "(") depth += 1;
    else if (code[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

const MODIFIERS =
  "(?:(?:export|default|declare|abstract|async|public|private|protected|static|readonly|override|get|set)\\s+)*";

/**
 * Whether `source` declares `name` (outside comments and strings): `function name`, `const name`,
 * `let`/`var`/`class`/`type`/`interface`/`enum name`, an object or type member `name:` at the
 * start of a line, or a method `name(…) {` / `name(…): T {`. A call `name(…);` or a mention in a
 * comment is not a declaration.
 */
function declares(source: string, name: string): boolean {
  const code = codeOnly(source);
  const n = name.replace(/\$/g, "\\$");
  const binding = new RegExp(
    `(?:^|[^\\w$.])(?:function\\s*\\*?|const|let|var|class|type|interface|enum|namespace)\\s+${n}(?![\\w$])`,
  );
  const member = new RegExp(`^\\s*${MODIFIERS}${n}\\s*\\??\\s*:`, "m");
  if (binding.test(code) || member.test(code)) return true;
  const method = new RegExp(`^\\s*${MODIFIERS}\\*?${n}\\s*(?:<[^>\\n]*>)?\\(`, "gm");
  for (const match of code.matchAll(method)) {
    const close = closingParen(code, match.index + match[0].length - 1);
    if (close !== -1 && /^\s*[:{]/.test(code.slice(close + 1))) return true;
  }
  return false;
}

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
}

// Titles are the first string argument of describe/it/test, or of the call after `.each([...])`.
const TITLE =
  /(?:\b(?:describe|it|test)(?:\.(?:only|skip|concurrent))?|\))\(\s*(["'`])((?:\\.|(?!\1)[^\\\n])*)\1/g;

let titlesCache: Array<{ file: string; title: string }> | undefined;

/** Every test title in the repository's packages, functions and infra, with the file it is in. */
function testTitles(): Array<{ file: string; title: string }> {
  titlesCache ??= ["packages", "functions", "infra"]
    .flatMap((dir) => testFiles(join(repoRoot, dir)))
    .flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(TITLE)].map((match) => ({
        file: relative(repoRoot, file).split("\\").join("/"),
        title: match[2] as string,
      })),
    );
  return titlesCache;
}

const names = (id: string) => new RegExp(`\\b${id}\\b`);

const report = (what: string, problems: string[]) =>
  `${what}:\n  ${problems.join("\n  ")}\n(the format is described at the top of ${CATALOGUE})`;

describe("rule coverage", () => {
  it("rule coverage: the active rules of docs/rules.md are exactly the domain's RULE_IDS, in order", () => {
    expect(
      activeIds().length,
      `${CATALOGUE} has no "### R<n> — name" rule headings`,
    ).toBeGreaterThan(0);
    expect(
      activeIds(),
      `the "### R<n> — name" sections of ${CATALOGUE} and RULE_IDS (packages/domain/src/rules/rule-ids.ts) differ`,
    ).toEqual([...RULE_IDS]);
  });

  it("rule coverage: every rule in docs/rules.md has its text, clause, code and tests", () => {
    const problems = [...catalogue.problems];
    for (const rule of catalogue.rules) {
      const at = `${rule.id} (${CATALOGUE}:${rule.line})`;
      if (rule.text.join(" ").trim().length < 20) problems.push(`${at}: no rule text`);
      if (!rule.clause) problems.push(`${at}: no "Clause:" line`);
      if (rule.code.length === 0) problems.push(`${at}: no "Code:" list`);
      if (rule.tests.length === 0) problems.push(`${at}: no "Tests:" list`);
    }
    expect(problems, report("rules that break the catalogue's format", problems)).toEqual([]);
  });

  it("rule coverage: every active rule is named by at least one test title", () => {
    const titles = testTitles();
    const untested = activeIds().filter((id) => !titles.some(({ title }) => names(id).test(title)));
    expect(
      untested,
      `rules that no test title in packages/, functions/ or infra/ names: ${untested.join(", ")}`,
    ).toEqual([]);
  });

  it("rule coverage: every path docs/rules.md cites exists in the repository", () => {
    const paths = [
      ...new Set([
        ...[...catalogue.source.matchAll(BACKTICKED_PATH)].map((match) => match[1] as string),
        ...catalogue.rules.flatMap((rule) => [...rule.code.map((ref) => ref.path), ...rule.tests]),
      ]),
    ];
    expect(paths.length, `${CATALOGUE} cites hardly any paths`).toBeGreaterThan(20);
    const broken = paths.flatMap((path) => {
      const full = insideRepo(path);
      if (full === null) return [`${path}: outside the repository`];
      return existsSync(full) ? [] : [`${path}: no such file`];
    });
    expect(broken, report(`${CATALOGUE} points at files that do not exist`, broken)).toEqual([]);
  });

  it("rule coverage: every name cited after a path is declared in that file", () => {
    const citations = [...catalogue.source.matchAll(PATH_WITH_NAMES)].flatMap((match) =>
      [...(match[2] as string).matchAll(/`([^`]+)`/g)].map((name) => ({
        path: match[1] as string,
        name: name[1] as string,
      })),
    );
    expect(citations.length, `${CATALOGUE} cites no names after paths`).toBeGreaterThan(0);
    const missing = citations.flatMap(({ path, name }) => {
      const full = insideRepo(path);
      if (full === null || !existsSync(full)) return []; // reported by the path test
      if (!IDENTIFIER.test(name)) return [`${path}: \`${name}\` is not a name`];
      return declares(readFileSync(full, "utf8"), name)
        ? []
        : [`${path}: no declaration of ${name}`];
    });
    expect(missing, report(`${CATALOGUE} cites names its files do not declare`, missing)).toEqual(
      [],
    );
  });

  it("rule coverage: each test file listed for a rule has a test title naming that rule", () => {
    const titles = testTitles();
    const wrong = catalogue.rules.flatMap((rule) =>
      rule.tests
        .filter((file) => !titles.some((t) => t.file === file && names(rule.id).test(t.title)))
        .map((file) => `${rule.id}: ${file} has no test title naming ${rule.id}`),
    );
    expect(wrong, report(`${CATALOGUE} lists test files that do not test the rule`, wrong)).toEqual(
      [],
    );
  });
});
