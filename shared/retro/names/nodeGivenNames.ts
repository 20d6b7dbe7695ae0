import { GIVEN_NAMES_EN } from './givenNamesEn';
import { setGivenNames } from './personNames';

/** Installs the given-names list at once: for tests, benches and the command line. */
export function installGivenNames(): void {
  setGivenNames(GIVEN_NAMES_EN);
}
