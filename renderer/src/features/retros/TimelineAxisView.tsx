import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { EVENT_MARK_LABELS, plural } from '../../../../shared/domain/labels';
import type { Retro, TimelineEvent } from '../../../../shared/domain/retro';
import type { EventAgreement } from '../../../../shared/retro/accountAgreement';
import { impactWindow, INCIDENT_MOMENTS } from '../../../../shared/retro/impactWindow';
import {
  crowdDots,
  labelLanes,
  timeExtent,
  timelineAxis,
} from '../../../../shared/retro/timelineAxis';
import { formatHoursMinutes } from '../../../../shared/slo/duration';
import { formatLocalTime } from '../../ui/localTime';
import './timelineAxis.css';

/** Past this many events, only marked ones and those seen differently are buttons on the axis. */
const ALL_PICKABLE = 400;
/** Events that are not buttons share one dot per this many px of the axis. */
const CROWD_PX = 3;
/** A mark's label on the axis, in px: wider labels go to the next lane. */
const LABEL_PX = 118;

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
  const moments = useMemo(
    () =>
      INCIDENT_MOMENTS.flatMap(([key, label]) => {
        const value = retro[key];
        return value ? [{ label, atMs: Date.parse(value) }] : [];
      }),
    [retro],
  );
  const times = useMemo(() => events.map((e) => Date.parse(e.at)), [events]);
  const axis = useMemo(
    () =>
      timelineAxis([...times, ...moments.map((m) => m.atMs)], Math.max(3, Math.floor(width / 90))),
    [times, moments, width],
  );
  const marked = useMemo(() => events.filter((e) => e.marks.length > 0), [events]);
  const lanes = useMemo(
    () =>
      axis
        ? labelLanes(
            marked.map((e) => axis.place(Date.parse(e.at))),
            LABEL_PX / width,
          )
        : [],
    [axis, marked, width],
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
  const impact = impactWindow(retro);
  const pct = (atMs: number) => `${(axis.place(atMs) * 100).toFixed(3)}%`;
  const [first, last] = timeExtent(times) ?? [axis.startMs, axis.endMs];
  const { pickable, pickableCount, differing, crowd } = dots;
  const usedLanes = Math.max(0, ...lanes) + 1;
  let pickableIndex = 0;

  return (
    <figure className="timeline-axis" aria-label="Timeline on a time axis">
      <figcaption>
        {plural(events.length, 'event')} from {formatLocalTime(first)} to {formatLocalTime(last)} (
        {formatHoursMinutes((last - first) / 60_000)})
        {marked.length > 0 && `, ${marked.length} marked`}
        {differing > 0 && `, ${differing} seen differently by a participant`}.
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
      </figcaption>
      <div
        className="axis-plot"
        ref={plotRef}
        role="group"
        aria-label="Events along the time axis: ← and → go from one to the next"
        onKeyDown={onDotKey}
        style={{ ['--label-lanes' as string]: String(usedLanes) }}
      >
        {impact && (
          <div
            className="axis-impact"
            style={{
              left: pct(impact.startMs),
              width: `${((axis.place(impact.endMs) - axis.place(impact.startMs)) * 100).toFixed(3)}%`,
            }}
            title={`Customer impact ${formatLocalTime(impact.startMs)}–${formatLocalTime(impact.endMs)}`}
          />
        )}
        {moments.map((moment) => (
          <div
            key={moment.label}
            className={axis.place(moment.atMs) > 0.85 ? 'axis-moment near-end' : 'axis-moment'}
            style={{ left: pct(moment.atMs) }}
            title={`${moment.label} ${formatLocalTime(moment.atMs)}`}
          >
            <span>{moment.label}</span>
          </div>
        ))}
        <div className="axis-line" />
        {axis.ticks.map((tick) => (
          <span key={tick} className="axis-tick" style={{ left: pct(tick) }} aria-hidden="true">
            {formatLocalTime(tick)}
          </span>
        ))}
        {crowd.map((bucket) => (
          <span
            key={bucket.place}
            className="axis-dot"
            style={{ left: `${(bucket.place * 100).toFixed(3)}%` }}
            title={`${bucket.count} event${bucket.count === 1 ? '' : 's'} around ${formatLocalTime(bucket.atMs)}`}
          />
        ))}
        {events.map((event, i) => {
          if (!pickable[i]) return null;
          const views = agreement.get(event.id);
          const differs = (views?.differs.length ?? 0) > 0;
          const mark = event.marks[0];
          const className = `axis-dot${mark ? ` mark-${mark}` : ''}${differs ? ' differs' : ''}`;
          const style = { left: pct(times[i]!) };
          const time = formatLocalTime(times[i]!);
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
        {marked.map((event, i) =>
          lanes[i]! < 0 ? null : (
            <span
              key={event.id}
              className={`axis-label mark-${event.marks[0]}${axis.place(Date.parse(event.at)) > 0.88 ? ' near-end' : ''}`}
              style={{ left: pct(Date.parse(event.at)), ['--lane' as string]: String(lanes[i]) }}
              aria-hidden="true"
            >
              {formatLocalTime(Date.parse(event.at))} {EVENT_MARK_LABELS[event.marks[0]!]}
            </span>
          ),
        )}
      </div>
    </figure>
  );
}
