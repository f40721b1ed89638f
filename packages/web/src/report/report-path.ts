// The report page's address. A report of a year as it stood on a day (D-29) is a link of its
// own, `/avtal/ltu-nok/uppfoljning?ar=2026&per=2026-11-27`, so a structure review can link to the
// report it was held on and that report reads the same later.

/** The names of the report's address' query: the year, and the day it is read as of. */
export const REPORT_QUERY = { year: "ar", asOf: "per" } as const;

export function reportPath(letterId: string, report?: { year: number; asOf: string }): string {
  const path = `/avtal/${letterId}/uppfoljning`;
  if (!report) return path;
  const query = new URLSearchParams({
    [REPORT_QUERY.year]: String(report.year),
    [REPORT_QUERY.asOf]: report.asOf,
  });
  return `${path}?${query}`;
}
