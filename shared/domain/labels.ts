import type { EventMark } from './retro';

/**
 * Words shown for stored codes, the same in the app and in the reports: a report must say what
 * the screen said.
 */

/** How the customer feels at a step, −2..+2. */
export const EMOTION_LABELS: Record<number, string> = {
  [-2]: '−2 angry',
  [-1]: '−1 frustrated',
  0: '0 neutral',
  1: '+1 pleased',
  2: '+2 delighted',
};

export const EMOTION_VALUES = [-2, -1, 0, 1, 2] as const;

export function emotionLabel(emotion: number): string {
  return EMOTION_LABELS[emotion] ?? String(emotion);
}

/** A timeline event's marks, as a heading or a chip shows them. */
export const EVENT_MARK_LABELS: Record<EventMark, string> = {
  detection: 'Detection',
  decision: 'Decision point',
  key: 'Key moment',
};

/** The same marks inside a sentence ("… a decision point"). */
export function eventMarkWords(mark: EventMark): string {
  return EVENT_MARK_LABELS[mark].toLowerCase();
}

/** "1 pain point", "3 pain points", "12,000 accounts": a count with its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
