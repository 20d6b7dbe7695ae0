import type { AreaId } from '../state/areas';

/** Line drawings, one per area: what a collapsed sidebar shows. Decorative; the name is beside. */
const PATHS: Record<AreaId, string> = {
  // A path through three stops.
  journeys: 'M4 18c3 0 3-6 8-6s5-6 8-6M4 18h.01M12 12h.01M20 6h.01',
  // A gauge.
  slos: 'M4 16a8 8 0 1 1 16 0M12 16l4-5',
  // A clock turned back.
  retros: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v3h3M12 8v4l3 2',
  // A page with lines.
  reports: 'M7 3h7l4 4v14H7zM14 3v4h4M10 12h5M10 16h5',
  // Sliders.
  settings: 'M5 6h14M5 12h14M5 18h14M9 4v4M15 10v4M8 16v4',
};

export function AreaIcon({ area }: { area: AreaId }) {
  return (
    <svg
      className="area-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[area]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
