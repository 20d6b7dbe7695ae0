import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../renderer/src/app/routes';

describe('an address for every screen', () => {
  it.each([
    ['#/w/wb1/journeys', { workbookId: 'wb1', area: 'journeys' }],
    [
      '#/w/wb1/journeys/j1/map',
      {
        workbookId: 'wb1',
        area: 'journeys',
        journeyTab: 'journeys',
        journeyId: 'j1',
        journeyView: 'map',
      },
    ],
    ['#/w/wb1/journeys/accounts', { workbookId: 'wb1', area: 'journeys', journeyTab: 'accounts' }],
    ['#/w/wb1/slos/s1', { workbookId: 'wb1', area: 'slos', sloId: 's1' }],
    [
      '#/w/wb1/retros/r1/timeline',
      {
        workbookId: 'wb1',
        area: 'retros',
        retroTab: 'retros',
        retroId: 'r1',
        retroSection: 'timeline',
      },
    ],
    ['#/w/wb1/retros/action-items', { workbookId: 'wb1', area: 'retros', retroTab: 'actions' }],
    ['#/w/wb1/reports', { workbookId: 'wb1', area: 'reports' }],
  ] as [string, Route][])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('refuses what is not one of its addresses', () => {
    for (const hash of [
      '',
      '#',
      '#/w/',
      '#/w/wb1/nowhere',
      '#/w/wb1/journeys/j1/sideways',
      '#/w/wb1/slos/a/b',
      '#/w/%E0%A4%A/slos',
      '#/w/wb1/reports/x',
    ])
      expect(parseRoute(hash), hash).toBeNull();
  });

  it('round-trips any ids, whatever characters they hold', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (wb, id) => {
        const route: Route = { workbookId: wb, area: 'slos', sloId: id };
        return JSON.stringify(parseRoute(formatRoute(route))) === JSON.stringify(route);
      }),
    );
  });
});
