import { expect, type Page } from '@playwright/test';

/** From an empty browser profile: create the first workbook, then open an area. */
export async function firstWorkbookAt(page: Page, area: string, name = 'Acme'): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create your first workbook' }).click();
  await page.getByRole('textbox', { name: 'Workbook name' }).fill(name);
  await page.getByRole('button', { name: 'Create workbook' }).click();
  await openArea(page, area);
}

export async function openArea(page: Page, area: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: area }).click();
}

/** From an empty browser profile: a workbook with one journey of one step, shown. */
export async function journeyWithStep(page: Page, journey: string, step: string): Promise<void> {
  await firstWorkbookAt(page, 'Journeys');
  await page.getByRole('textbox', { name: 'Journey name' }).fill(journey);
  await page.getByRole('button', { name: 'Create journey' }).click();
  await page.getByRole('textbox', { name: 'New step' }).fill(step);
  await page.getByRole('textbox', { name: 'New step' }).press('Enter');
  await expect(page.getByRole('listitem', { name: new RegExp(`: ${step}$`) })).toBeVisible();
}

export type WorkbookCommand =
  | 'New workbook…'
  | 'Rename workbook…'
  | 'Import workbook…'
  | 'Export workbook'
  | 'Delete workbook…';

/** Runs a command of the app bar's Workbook menu. */
export async function workbookCommand(page: Page, name: WorkbookCommand): Promise<void> {
  await page.getByRole('button', { name: 'Workbook', exact: true }).click();
  await page.getByRole('menu', { name: 'Workbook' }).getByRole('menuitem', { name }).click();
}
