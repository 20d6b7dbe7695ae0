import type { ActionItem } from '../domain/retro';

export interface ActionOverview {
  /** Open or in progress, due today or later, soonest first. */
  open: ActionItem[];
  /** Open or in progress and past their due date, oldest first. */
  overdue: ActionItem[];
}

const isOpen = (item: ActionItem) => item.status === 'open' || item.status === 'in progress';

/** `today` is the local date as YYYY-MM-DD: an item due today is not yet overdue. */
export function actionOverview(items: ActionItem[], today: string): ActionOverview {
  const live = items
    .filter(isOpen)
    .sort(
      (a, b) => a.dueDate.localeCompare(b.dueDate) || a.description.localeCompare(b.description),
    );
  return {
    open: live.filter((item) => item.dueDate >= today),
    overdue: live.filter((item) => item.dueDate < today),
  };
}

export function isOverdue(item: ActionItem, today: string): boolean {
  return isOpen(item) && item.dueDate < today;
}

/** The local calendar date of `ms`, as YYYY-MM-DD. */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
