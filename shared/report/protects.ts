import type { ActionItem } from '../domain/retro';
import type { WorkbookContents } from '../domain/workbookFile';

/** "SLO Checkout completes, journey Checkout": what an action item protects, for a table cell. */
export function protectsText(
  contents: WorkbookContents,
): (item: Pick<ActionItem, 'sloId' | 'journeyId'>) => string | null {
  const names = new Map([
    ...contents.slos.map((s): [string, string] => [s.id, `SLO ${s.name}`]),
    ...contents.journeys.map((j): [string, string] => [j.id, `journey ${j.name}`]),
  ]);
  return (item) =>
    [item.sloId, item.journeyId]
      .map((id) => (id ? names.get(id) : undefined))
      .filter(Boolean)
      .join(', ') || null;
}
