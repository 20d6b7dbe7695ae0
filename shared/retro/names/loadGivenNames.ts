import { hasGivenNames, setGivenNames } from './personNames';

let loading: Promise<void> | null = null;

/**
 * Loads the given-names list (60 KB) on first need, so the window's start-up does not carry it:
 * the report check and "Replace with a role" wait for it, nothing else uses it.
 */
export function loadGivenNames(): Promise<void> {
  if (hasGivenNames()) return Promise.resolve();
  loading ??= import('./givenNamesEn').then(({ GIVEN_NAMES_EN }) => setGivenNames(GIVEN_NAMES_EN));
  return loading;
}
