/** The daily run's time of day in Europe/Stockholm (issue #4, infra's CronV2 uses the same). */
export const RUN_AT = { hour: 6, minute: 0, timeZone: "Europe/Stockholm" } as const;

const parts = new Intl.DateTimeFormat("en-GB", {
  timeZone: RUN_AT.timeZone,
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** Milliseconds from `nowMs` to the next 06:00 in Stockholm (DST-aware: it asks the time zone). */
export function millisUntilNextRun(nowMs: number): number {
  const [hour, minute, second] = parts.format(new Date(nowMs)).split(":").map(Number) as [
    number,
    number,
    number,
  ];
  const sinceMidnight = (hour * 60 + minute) * 60 + second;
  const target = (RUN_AT.hour * 60 + RUN_AT.minute) * 60;
  const seconds =
    target > sinceMidnight ? target - sinceMidnight : 24 * 3600 - sinceMidnight + target;
  return seconds * 1000;
}
