import type { AreaId } from '../state/areas';

/** Where the person is in the app: enough to put them back there after a reload or Back. */
export interface Route {
  workbookId: string;
  area: AreaId;
  /** Journeys: a journey and its view, or the customer accounts tab. */
  journeyId?: string;
  journeyView?: 'steps' | 'map' | 'priority';
  journeyTab?: 'journeys' | 'accounts';
  /** Journeys, accounts tab: one customer account's page. */
  accountId?: string;
  /** SLOs: the SLO open. */
  sloId?: string;
  /** Retrospectives: one and its part, or the open action items across them. */
  retroId?: string;
  retroSection?: RetroPart;
  retroTab?: 'retros' | 'actions';
}

export type RetroPart =
  'incident' | 'timeline' | 'accounts' | 'factors' | 'business' | 'actions' | 'sessions';

const AREAS: AreaId[] = ['journeys', 'slos', 'retros', 'reports', 'settings'];
const VIEWS = ['steps', 'map', 'priority'] as const;
const PARTS: RetroPart[] = [
  'incident',
  'timeline',
  'accounts',
  'factors',
  'business',
  'actions',
  'sessions',
];

const segment = (id: string) => encodeURIComponent(id);

/** `#/w/<workbook>/journeys/<id>/map`, `#/w/<workbook>/retros/<id>/timeline`, … */
export function formatRoute(route: Route): string {
  const base = `#/w/${segment(route.workbookId)}/${route.area}`;
  switch (route.area) {
    case 'journeys':
      if (route.journeyTab === 'accounts')
        return route.accountId
          ? `${base}/accounts/${segment(route.accountId)}`
          : `${base}/accounts`;
      return route.journeyId
        ? `${base}/${segment(route.journeyId)}/${route.journeyView ?? 'steps'}`
        : base;
    case 'slos':
      return route.sloId ? `${base}/${segment(route.sloId)}` : base;
    case 'retros':
      if (route.retroTab === 'actions') return `${base}/action-items`;
      return route.retroId
        ? `${base}/${segment(route.retroId)}/${route.retroSection ?? 'incident'}`
        : base;
    default:
      return base;
  }
}

/** The route a hash names, or null for a hash that is not one of ours. */
export function parseRoute(hash: string): Route | null {
  const m = /^#\/w\/([^/]+)\/([a-z]+)(?:\/([^/]+))?(?:\/([^/]+))?\/?$/.exec(hash);
  if (!m) return null;
  let workbookId: string;
  let first: string | undefined;
  let second: string | undefined;
  try {
    workbookId = decodeURIComponent(m[1]!);
    first = m[3] === undefined ? undefined : decodeURIComponent(m[3]);
    second = m[4] === undefined ? undefined : decodeURIComponent(m[4]);
  } catch {
    return null;
  }
  const area = m[2] as AreaId;
  if (!AREAS.includes(area)) return null;
  const route: Route = { workbookId, area };
  if (area === 'journeys' && first === 'accounts')
    return second === undefined
      ? { ...route, journeyTab: 'accounts' }
      : { ...route, journeyTab: 'accounts', accountId: second };
  if (area === 'journeys' && first) {
    const view = second ?? 'steps';
    if (!(VIEWS as readonly string[]).includes(view)) return null;
    return {
      ...route,
      journeyTab: 'journeys',
      journeyId: first,
      journeyView: view as Route['journeyView'],
    };
  }
  if (area === 'slos' && first) return second === undefined ? { ...route, sloId: first } : null;
  if (area === 'retros' && first === 'action-items' && second === undefined)
    return { ...route, retroTab: 'actions' };
  if (area === 'retros' && first) {
    const part = (second ?? 'incident') as RetroPart;
    if (!PARTS.includes(part)) return null;
    return { ...route, retroTab: 'retros', retroId: first, retroSection: part };
  }
  if (first !== undefined) return null;
  return route;
}
