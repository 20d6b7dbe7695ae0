/**
 * The colours of every chart: the app's (recharts) and the reports' SVG files, so a chart reads
 * the same on screen and in a shared report. Each passes WCAG AA contrast on white.
 */
export const CHART_PALETTE = {
  background: '#ffffff',
  ink: '#1f2328',
  muted: '#57606a',
  grid: '#d0d7de',
  /** The measured line: budget left, the journey's feeling. */
  series: '#0b5cad',
  /** A second measured line (burn rate). */
  seriesAlt: '#2f7d4f',
  /** Targets, limits and pages. */
  limit: '#b42318',
  /** Tickets: a slow burn. */
  warning: '#8a5a00',
  /** Incidents and other marks laid over the data. */
  event: '#6b3fa0',
} as const;

export type ChartColour = keyof typeof CHART_PALETTE;
