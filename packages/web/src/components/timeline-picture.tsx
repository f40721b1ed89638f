import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { daysBetween } from "../i18n/format";
import { type MessageKey, useI18n } from "../i18n/i18n";
import { markText } from "../timeline/mark-text";
import { monthTicks } from "../timeline/month-ticks";
import { LANES, type Timeline } from "../timeline/timeline-items";
import { LEGEND, TimelineMarker } from "../timeline/timeline-marker";
import { ScrollRegion } from "./scroll-region";

const WIDTH = 820;
const LABELS = 175;
const RIGHT = 16;
const TOP = 28;
const LANE = 34;
const HEIGHT = TOP + LANES.length * LANE + 8;

/** The past and next twelve months as a picture, with a legend and the same in words. */
export function TimelinePicture({ timeline }: { timeline: Timeline }) {
  const i18n = useI18n();
  const span = daysBetween(timeline.from, timeline.to);
  const x = (day: string) =>
    LABELS +
    (Math.min(Math.max(daysBetween(timeline.from, day), 0), span) / span) *
      (WIDTH - LABELS - RIGHT);
  const y = (lane: (typeof LANES)[number]) => TOP + LANES.indexOf(lane) * LANE + LANE / 2;
  const texts = timeline.marks.map((mark) => markText(mark, i18n));
  const scroller = useRef<HTMLElement>(null);
  // On a narrow screen the picture scrolls: open it at today, where the next deadlines are.
  useEffect(() => {
    const box = scroller.current;
    if (box && box.scrollWidth > box.clientWidth)
      box.scrollLeft = (x(timeline.today) / WIDTH) * box.scrollWidth - box.clientWidth / 2;
  }, [timeline.today]);
  return (
    <figure class="timeline">
      <ScrollRegion
        class="timeline__scroll"
        scrollRef={scroller}
        label={i18n.t("timeline.scrollLabel")}
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby="timeline-title timeline-desc"
          class="timeline__svg"
        >
          <title id="timeline-title">{i18n.t("timeline.title")}</title>
          <desc id="timeline-desc">
            {i18n.t("timeline.desc", {
              from: i18n.date(timeline.from),
              to: i18n.date(timeline.to),
              count: timeline.marks.length,
            })}
          </desc>
          {LANES.map((lane) => (
            <g key={lane}>
              <line
                class="timeline__lane"
                x1={LABELS}
                x2={WIDTH - RIGHT}
                y1={y(lane)}
                y2={y(lane)}
              />
              <text class="timeline__label" x={LABELS - 10} y={y(lane) + 5} text-anchor="end">
                {i18n.t(`timeline.lane.${lane}` as MessageKey)}
              </text>
            </g>
          ))}
          {monthTicks(timeline.from, timeline.to).map((tick, index) => (
            <g key={tick}>
              <line class="timeline__tick" x1={x(tick)} x2={x(tick)} y1={TOP - 6} y2={HEIGHT - 8} />
              {index % 3 === 0 && (
                <text class="timeline__month" x={x(tick)} y={TOP - 10} text-anchor="middle">
                  {i18n.month(tick)}
                </text>
              )}
            </g>
          ))}
          <line
            class="timeline__today"
            x1={x(timeline.today)}
            x2={x(timeline.today)}
            y1={TOP - 4}
            y2={HEIGHT - 4}
          />
          {timeline.marks.map((mark, index) => (
            <g key={`${mark.lane}${mark.on}${index}`}>
              <title>{texts[index]}</title>
              {mark.until ? (
                <rect
                  class="timeline__notice"
                  x={x(mark.on)}
                  y={y(mark.lane) - 9}
                  width={Math.max(x(mark.until) - x(mark.on), 4)}
                  height={18}
                />
              ) : (
                <TimelineMarker status={mark.status} x={x(mark.on)} y={y(mark.lane)} />
              )}
            </g>
          ))}
        </svg>
      </ScrollRegion>
      <figcaption>
        <Legend>{i18n.t("timeline.todayLine")}</Legend>
        <details class="details">
          <summary>{i18n.t("timeline.asText")}</summary>
          {texts.length === 0 ? (
            <p>{i18n.t("timeline.empty")}</p>
          ) : (
            <ul class="list">
              {texts.map((text, index) => (
                <li key={`${index}${text}`}>{text}</li>
              ))}
            </ul>
          )}
        </details>
      </figcaption>
    </figure>
  );
}

function Legend({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <ul class="legend" aria-label={t("timeline.legend")}>
      {LEGEND.map((status) => (
        <li key={status}>
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <TimelineMarker status={status} x={10} y={11} />
          </svg>
          {t(`timeline.status.${status}` as MessageKey)}
        </li>
      ))}
      <li>
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <rect class="timeline__notice" x={1} y={5} width={18} height={10} />
        </svg>
        {t("timeline.lane.notice")}
      </li>
      <li>
        <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <line class="timeline__today" x1={10} x2={10} y1={1} y2={19} />
        </svg>
        {children}
      </li>
    </ul>
  );
}
