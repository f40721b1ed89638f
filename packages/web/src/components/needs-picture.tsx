import type { Need } from "@samverkan/client";
import { useFocusAreaName } from "../agreement/focus-area-names";
import { useI18n } from "../i18n/i18n";
import { ScrollRegion } from "./scroll-region";

interface NeedsPictureProps {
  readonly needs: readonly Need[];
  readonly focusAreas: readonly string[];
  /** Who raised each need, in words (needSource). */
  readonly sourceOf: (need: Need) => string;
  /** Rows shown even with no needs yet: the parties and the configured municipalities. */
  readonly knownSources: readonly string[];
}

const shade = (count: number, max: number) => (count === 0 ? 0 : Math.ceil((count / max) * 4));

/**
 * Needs per municipality (or party, or dialog) × focus area, as a shaded grid: a table, so a
 * screen reader reads every count with its row and column; the shade only repeats the number.
 */
export function NeedsPicture({ needs, focusAreas, sourceOf, knownSources }: NeedsPictureProps) {
  const i18n = useI18n();
  const nameOf = useFocusAreaName();
  const rows = [...new Set([...knownSources, ...needs.map(sourceOf)])];
  const count = (row: string, area: string) =>
    needs.filter((need) => sourceOf(need) === row && need.focusAreas.includes(area)).length;
  const max = Math.max(1, ...rows.flatMap((row) => focusAreas.map((area) => count(row, area))));
  return (
    <ScrollRegion class="scroll" label={i18n.t("needs.pictureTitle")}>
      <table class="table grid">
        <caption class="table__caption">{i18n.t("needs.pictureTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t("needs.raisedBy")}</th>
            {focusAreas.map((area) => (
              <th scope="col" key={area} class="grid__area">
                {nameOf(area)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row}>
              <th scope="row">{row}</th>
              {focusAreas.map((area) => {
                const n = count(row, area);
                return (
                  <td key={area} class={`grid__cell grid__cell--${shade(n, max)}`}>
                    {n}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
