import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EVENT_MARK_LABELS, plural } from '../../../../shared/domain/labels';
import type { Retro, TimelineEvent } from '../../../../shared/domain/retro';
import type { EventAgreement } from '../../../../shared/retro/accountAgreement';
import { impactWindow, INCIDENT_MOMENTS } from '../../../../shared/retro/impactWindow';
import { crowdDots, placeLabels, timeExtent } from '../../../../shared/retro/timelineAxis';
import { roughSpan, spansDays, zoomedTimelineAxis } from '../../../../shared/retro/timelineZoom';
import type { EventMark } from '../../../../shared/domain/retro';
import { formatHoursMinutes } from '../../../../shared/slo/duration';
import {
  formatLocalDayMonth,
  formatLocalDayTime,
  formatLocalTime,
  localDayKey,
} from '../../ui/localTime';
import './timelineAxis.css';

/** Past this many events, only marked ones and those seen differently are buttons on the axis. */
const ALL_PICKABLE = 400;
/** Events that are not buttons share one dot per this many px of the axis. */
const CROWD_PX = 3;
/** The axis's label type: --text-xs, bold (see timelineAxis.css). */
const LABEL_FONT_REM = 0.78;
/** A label's padding and its line at the event, with a little room. */
const LABEL_EDGE_PX = 14;
let measureContext: CanvasRenderingContext2D | null | undefined;

/**
 * A label's width in px as the page draws its text, so its box (which clips, never spills) holds
 * it whole; where there is no canvas (tests without a layout), a generous guess from its length.
 */
function labelPx(text: string, fontFamily: string): number {
  if (measureContext === undefined)
    measureContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  if (!measureContext) return text.length * 0.6 * LABEL_FONT_REM * rootPx + LABEL_EDGE_PX;
  measureContext.font = `600 ${LABEL_FONT_REM * rootPx}px ${fontFamily}`;
  return Math.ceil(measureContext.measureText(text).width) + LABEL_EDGE_PX;
}

/** Which label keeps its place first when lanes run out: the decisions the review turns on. */
const MARK_PRIORITY: Record<EventMark, number> = { decision: 3, detection: 2, key: 1 };
const MARK_LANES = 3;
/** The incident's four moments always have a lane each. */
const MOMENT_LANES = 4;
/** A break's share of the axis: room for its "⋯ 16 h earlier" under its dots. */
const BREAK_PX = 112;
/** Half a tick's "09:30" and a little room. */
const TICK_CLEAR_PX = 26;

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(800);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || 800);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width || 800);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * This computer's offset from UTC at the timeline's first event: ticks then fall on the reader's
 * round hours and midnights (a zone change inside the timeline moves later ticks by its hour).
 */
function localOffsetMinutes(times: readonly number[]): number {
  return -new Date(times[0] ?? 0).getTimezoneOffset();
}

/**
 * The timeline drawn to scale: each event a dot at its time, marked ones coloured and labelled,
 * those a participant sees differently ringed, over the incident's impact window and moments.
 * A dot is a button to the event's row.
 */
export function TimelineAxisView({
  events,
  agreement,
  retro,
  onPick,
}: {
  events: TimelineEvent[];
  agreement: Map<string, EventAgreement>;
  retro: Pick<Retro, 'startedAt' | 'detectedAt' | 'mitigatedAt' | 'resolvedAt'>;
  onPick: (eventId: string) => void;
}) {
  const [plotRef, width] = useWidth<HTMLDivElement>();
  // The labels' typeface, read once the plot is on the page (the theme may change it).
  const [fontFamily, setFontFamily] = useState('system-ui, sans-serif');
  useLayoutEffect(() => {
    if (plotRef.current) setFontFamily(getComputedStyle(plotRef.current).fontFamily);
  }, [plotRef]);
  const moments = useMemo(
    () =>
      INCIDENT_MOMENTS.flatMap(([key, label]) => {
        const value = retro[key];
        return value ? [{ label, atMs: Date.parse(value) }] : [];
      }),
    [retro],
  );
  const times = useMemo(() => events.map((e) => Date.parse(e.at)), [events]);
  const impact = useMemo(() => impactWindow(retro), [retro]);
  const [whole, setWhole] = useState(false);
  const multiDay = useMemo(
    () => spansDays([...(timeExtent(times) ?? []), ...moments.map((m) => m.atMs)], localDayKey),
    [times, moments],
  );
  const zoomed = useMemo(
    () =>
      zoomedTimelineAxis([...times, ...moments.map((m) => m.atMs)], impact, {
        maxTicks: Math.max(3, Math.floor(width / 90)),
        breakShare: BREAK_PX / width,
        utcOffsetMinutes: localOffsetMinutes(times),
      }),
    [times, moments, impact, width],
  );
  const zoomable = (zoomed?.breaks.length ?? 0) > 0;
  const wholeAxis = useMemo(
    () =>
      whole && zoomable
        ? zoomedTimelineAxis([...times, ...moments.map((m) => m.atMs)], null, {
            maxTicks: Math.max(3, Math.floor(width / 90)),
            utcOffsetMinutes: localOffsetMinutes(times),
          })
        : null,
    [whole, zoomable, times, moments, width],
  );
  const axis = wholeAxis ?? zoomed;
  const when = multiDay ? formatLocalDayTime : formatLocalTime;
  const marked = useMemo(() => events.filter((e) => e.marks.length > 0), [events]);
  const labels = useMemo(
    () =>
      axis
        ? placeLabels(
            marked.map((e) => {
              const text = `${formatLocalTime(Date.parse(e.at))} ${EVENT_MARK_LABELS[e.marks[0]!]}`;
              return {
                place: axis.place(Date.parse(e.at)),
                width: labelPx(text, fontFamily) / width,
                priority: Math.max(...e.marks.map((m) => MARK_PRIORITY[m])),
              };
            }),
            MARK_LANES,
          )
        : [],
    [axis, marked, width, fontFamily],
  );
  const momentLabels = useMemo(
    () =>
      axis
        ? placeLabels(
            moments.map((m) => ({
              place: axis.place(m.atMs),
              width: labelPx(m.label, fontFamily) / width,
              priority: 0,
            })),
            MOMENT_LANES,
          )
        : [],
    [axis, moments, width, fontFamily],
  );
  // Which events get a dot of their own, and the crowd of the rest: one pass over the events,
  // kept across renders (each pass over fifty thousand events took ~80 ms, three per render).
  const dots = useMemo(() => {
    const differs = events.map((event) => (agreement.get(event.id)?.differs.length ?? 0) > 0);
    const differing = differs.filter(Boolean).length;
    const pickable = events.map(
      (event, i) => events.length <= ALL_PICKABLE || event.marks.length > 0 || differs[i]!,
    );
    const pickableCount = pickable.filter(Boolean).length;
    // The other events of a long timeline are drawn as one dot per few pixels, with their
    // count: fifty thousand dots of their own took seconds to draw and looked the same.
    const crowd = axis
      ? crowdDots(
          times.filter((_, i) => !pickable[i]),
          axis.place,
          Math.max(1, Math.floor(width / CROWD_PX)),
        )
      : [];
    return { pickable, pickableCount, differing, crowd };
  }, [events, agreement, times, axis, width]);
  // One dot is in the Tab order; ← → Home End go along the axis (a roving focus, as in a toolbar).
  const [active, setActive] = useState(0);
  if (!axis || events.length === 0) return null;
  const onDotKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const dots = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.axis-dot')];
    const at = dots.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to =
      e.key === 'ArrowRight'
        ? Math.min(dots.length - 1, at + 1)
        : e.key === 'ArrowLeft'
          ? Math.max(0, at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? dots.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    dots[to]?.focus();
  };
  const share = (place: number) => `${(place * 100).toFixed(3)}%`;
  const pct = (atMs: number) => share(axis.place(atMs));
  const mainFrom = axis.place(axis.mainStartMs);
  const mainTo = axis.place(axis.mainEndMs);
  const [first, last] = timeExtent(times) ?? [axis.startMs, axis.endMs];
  const { pickable, pickableCount, differing, crowd } = dots;
  const usedLanes = Math.max(0, ...labels.map((l) => l.lane + 1));
  const momentLanes = Math.max(1, ...momentLabels.map((l) => l.lane + 1));
  // A tick's time, centred on it, keeps clear of a break's distance written beside it.
  const clearOfBreaks = TICK_CLEAR_PX / width;
  const ticks = axis.ticks.filter((tick) => {
    const place = axis.place(tick);
    return axis.breaks.every((b) =>
      b.side === 'earlier' ? place - b.to >= clearOfBreaks : b.from - place >= clearOfBreaks,
    );
  });
  // What a break holds, in words: its tooltip, and the caption when the axis is zoomed.
  const gathered = axis.breaks.map(
    (b) =>
      `${plural(b.count, 'moment')} ${roughSpan(b.awayMs)} ${b.side === 'earlier' ? 'before' : 'after'} the customer impact (${when(b.firstMs)}${b.count > 1 ? ` to ${when(b.lastMs)}` : ''})`,
  );
  let pickableIndex = 0;

  return (
    <figure className="timeline-axis" aria-label="Timeline on a time axis">
      <figcaption>
        <span>
          {plural(events.length, 'event')} from {when(first)} to {when(last)} (
          {formatHoursMinutes((last - first) / 60_000)})
          {marked.length > 0 && `, ${marked.length} marked`}
          {differing > 0 && `, ${differing} seen differently by a participant`}.
          {gathered.length > 0 &&
            ` Zoomed to the customer impact; gathered at the edge: ${gathered.join('; ')}.`}
        </span>
        <span className="axis-legend" aria-hidden="true">
          <span className="legend-dot mark-detection" /> {EVENT_MARK_LABELS.detection}
          <span className="legend-dot mark-decision" /> {EVENT_MARK_LABELS.decision}
          <span className="legend-dot mark-key" /> {EVENT_MARK_LABELS.key}
          <span className="legend-dot differs" /> seen differently
          {impact && (
            <>
              <span className="legend-band" /> customer impact
            </>
          )}
        </span>
        {zoomable && (
          <button type="button" className="axis-zoom" onClick={() => setWhole(!whole)}>
            {whole ? 'Zoom to the customer impact' : 'Show the whole span'}
          </button>
        )}
      </figcaption>
      <div
        className="axis-plot"
        ref={plotRef}
        role="group"
        aria-label="Events along the time axis: ← and → go from one to the next"
        onKeyDown={onDotKey}
        style={{
          ['--label-lanes' as string]: String(usedLanes),
          ['--moment-lanes' as string]: String(momentLanes),
        }}
      >
        {impact && (
          <div
            className="axis-impact"
            style={{
              left: pct(impact.startMs),
              width: share(axis.place(impact.endMs) - axis.place(impact.startMs)),
            }}
            title={`Customer impact ${when(impact.startMs)}–${when(impact.endMs)}`}
          />
        )}
        {moments.map((moment, i) => {
          const box = momentLabels[i]!;
          const title = `${moment.label} ${when(moment.atMs)}`;
          return (
            <div key={moment.label}>
              <div
                className="axis-moment"
                style={{
                  left: pct(moment.atMs),
                  ['--lane' as string]: String(Math.max(0, box.lane)),
                }}
                title={title}
              />
              {box.lane >= 0 && (
                <span
                  className={`axis-moment-label${box.readsLeft ? ' reads-left' : ''}`}
                  style={{
                    left: share(box.left),
                    width: share(box.width),
                    ['--lane' as string]: String(box.lane),
                  }}
                  title={title}
                >
                  {moment.label}
                </span>
              )}
            </div>
          );
        })}
        <div
          className="axis-line"
          style={{ left: share(mainFrom), width: share(mainTo - mainFrom) }}
        />
        {axis.breaks.map((b, i) => (
          <div
            key={b.side}
            className={`axis-break ${b.side}`}
            style={{ left: share(b.from), width: share(b.to - b.from) }}
            title={gathered[i]}
          >
            <span className="axis-break-label">
              {b.side === 'earlier'
                ? `⋯ ${roughSpan(b.awayMs)} earlier`
                : `${roughSpan(b.awayMs)} later ⋯`}
            </span>
          </div>
        ))}
        {ticks.map((tick) => (
          <span key={tick} className="axis-tick" style={{ left: pct(tick) }} aria-hidden="true">
            {multiDay && formatLocalTime(tick) === '00:00'
              ? formatLocalDayMonth(tick)
              : formatLocalTime(tick)}
          </span>
        ))}
        {crowd.map((bucket) => (
          <span
            key={bucket.place}
            className="axis-dot"
            style={{ left: share(bucket.place) }}
            title={`${bucket.count} event${bucket.count === 1 ? '' : 's'} around ${when(bucket.atMs)}`}
          />
        ))}
        {events.map((event, i) => {
          if (!pickable[i]) return null;
          const views = agreement.get(event.id);
          const differs = (views?.differs.length ?? 0) > 0;
          const mark = event.marks[0];
          const className = `axis-dot${mark ? ` mark-${mark}` : ''}${differs ? ' differs' : ''}`;
          const style = { left: pct(times[i]!) };
          const time = when(times[i]!);
          const pickIndex = pickableIndex++;
          const about = [
            ...event.marks.map((m) => EVENT_MARK_LABELS[m].toLowerCase()),
            ...(differs
              ? [`seen differently by ${views!.differs.map((d) => d.role).join(', ')}`]
              : []),
          ];
          return (
            <button
              key={event.id}
              type="button"
              className={className}
              style={style}
              tabIndex={pickIndex === Math.min(active, pickableCount - 1) ? 0 : -1}
              onFocus={() => setActive(pickIndex)}
              aria-label={`Go to the event at ${time}${about.length ? ` (${about.join('; ')})` : ''}`}
              title={`${time} ${event.role ? `${event.role}: ` : ''}${event.what}`}
              onClick={() => onPick(event.id)}
            />
          );
        })}
        {marked.map((event, i) => {
          const box = labels[i]!;
          if (box.lane < 0) return null;
          const atMs = Date.parse(event.at);
          const words = EVENT_MARK_LABELS[event.marks[0]!];
          return (
            <span
              key={event.id}
              className={`axis-label mark-${event.marks[0]}${box.readsLeft ? ' reads-left' : ''}`}
              style={{
                left: share(box.left),
                width: share(box.width),
                ['--lane' as string]: String(box.lane),
              }}
              title={`${when(atMs)} ${words}`}
              aria-hidden="true"
            >
              {formatLocalTime(atMs)} {words}
            </span>
          );
        })}
      </div>
    </figure>
  );
}
