import { useEffect, useRef } from 'react';
import type { Workbook } from '../../../shared/domain/workbook';
import { useJourneyUi } from '../features/journeys/journeyStore';
import { useRetroUi } from '../features/retros/retroStore';
import { useSloUi } from '../features/slos/sloStore';
import { formatRoute, parseRoute, type Route } from './routes';
import { useUiStore } from '../state/uiStore';

/** The route of what is on screen now, read from the areas' UI state. */
export function routeOfScreen(workbookId: string): Route {
  const { area } = useUiStore.getState();
  const route: Route = { workbookId, area };
  if (area === 'journeys') {
    const j = useJourneyUi.getState();
    if (j.tab === 'accounts')
      return j.selectedAccountId
        ? { ...route, journeyTab: 'accounts', accountId: j.selectedAccountId }
        : { ...route, journeyTab: 'accounts' };
    if (j.selectedJourneyId)
      return {
        ...route,
        journeyTab: 'journeys',
        journeyId: j.selectedJourneyId,
        journeyView: j.view,
      };
  }
  if (area === 'slos') {
    const s = useSloUi.getState();
    if (s.selectedSloId) return { ...route, sloId: s.selectedSloId };
  }
  if (area === 'retros') {
    const r = useRetroUi.getState();
    if (r.tab === 'actions') return { ...route, retroTab: 'actions' };
    if (r.selectedRetroId)
      return { ...route, retroTab: 'retros', retroId: r.selectedRetroId, retroSection: r.section };
  }
  return route;
}

/** Puts the screen where a route says: only the state of the route's own area changes. */
export function showRoute(route: Route): void {
  useUiStore.getState().setArea(route.area);
  if (route.area === 'journeys') {
    const j = useJourneyUi.getState();
    j.setTab(route.journeyTab ?? 'journeys');
    if (j.selectedAccountId !== (route.accountId ?? null)) j.selectAccount(route.accountId ?? null);
    if (j.selectedJourneyId !== (route.journeyId ?? null)) j.selectJourney(route.journeyId ?? null);
    if (route.journeyView) j.setView(route.journeyView);
  }
  if (route.area === 'slos') {
    const s = useSloUi.getState();
    if (s.selectedSloId !== (route.sloId ?? null)) s.select(route.sloId ?? null);
  }
  if (route.area === 'retros') {
    const r = useRetroUi.getState();
    r.setTab(route.retroTab ?? 'retros');
    if (r.selectedRetroId !== (route.retroId ?? null)) r.selectRetro(route.retroId ?? null);
    if (route.retroSection) r.setSection(route.retroSection);
  }
}

/**
 * Keeps the address in step with the screen: every move is an entry in the history (Back and
 * Forward work), a reload or a link opens the place its address names.
 */
export function useHashRoute(current: Workbook, workbooks: Workbook[]): void {
  // On open and on Back/Forward the address decides; a route that names another workbook
  // switches to it and is shown once that workbook is open.
  const pending = useRef<Route | null>(null);
  const opened = useRef(false);
  useEffect(() => {
    const follow = (route: Route | null) => {
      if (route && route.workbookId !== current.id) {
        const other = route;
        if (workbooks.some((w) => w.id === other.workbookId)) {
          pending.current = other;
          useUiStore.getState().selectWorkbook(other.workbookId);
          return;
        }
        route = null; // a workbook no longer here: stay, and say where we are
      }
      if (route) showRoute(route);
      else history.replaceState(null, '', formatRoute(routeOfScreen(current.id)));
    };
    if (pending.current?.workbookId === current.id) {
      showRoute(pending.current);
      pending.current = null;
    } else if (!opened.current) follow(parseRoute(window.location.hash));
    // Switched by the person (the workbook menu): the address follows the screen.
    else history.pushState(null, '', formatRoute(routeOfScreen(current.id)));
    opened.current = true;
    const onPop = () => follow(parseRoute(window.location.hash));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // The workbook list is read when a route names another workbook, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [current.id]);

  // Every change of place is written as one history entry, even when it sets several stores.
  useEffect(() => {
    let queued = false;
    const write = () => {
      queued = false;
      const hash = formatRoute(routeOfScreen(current.id));
      if (hash !== window.location.hash) history.pushState(null, '', hash);
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      queueMicrotask(write);
    };
    const unsubscribe = [
      useUiStore.subscribe(schedule),
      useJourneyUi.subscribe(schedule),
      useSloUi.subscribe(schedule),
      useRetroUi.subscribe(schedule),
    ];
    return () => unsubscribe.forEach((u) => u());
  }, [current.id]);
}
