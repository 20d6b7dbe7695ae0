import { describe, expect, it } from 'vitest';
import { searchPalette, type PaletteEntry } from '../../renderer/src/app/palette/paletteSearch';

const entry = (label: string, kind = 'Journey'): PaletteEntry => ({
  id: label,
  label,
  kind,
  run: () => undefined,
});
const ENTRIES = [
  entry('Go to Journeys', 'Command'),
  entry('Export workbook', 'Command'),
  entry('Checkout'),
  entry('Pay', 'Step of Checkout'),
  entry('Self-checkout kiosk'),
  entry('Checkout payment succeeds', 'SLO'),
  entry('Crème brûlée orders'),
];

describe('the command palette finds by name', () => {
  it('ranks a name that starts with the words first, then a word that does, then anywhere', () => {
    expect(searchPalette(ENTRIES, 'checkout').map((e) => e.label)).toEqual([
      'Checkout',
      'Checkout payment succeeds',
      'Self-checkout kiosk',
      // Found by its kind: a step of Checkout comes after every name that holds the word.
      'Pay',
    ]);
  });

  it('needs every word, in the name or the kind, ignoring case and accents', () => {
    expect(searchPalette(ENTRIES, 'pay checkout').map((e) => e.label)).toEqual([
      'Pay',
      'Checkout payment succeeds',
    ]);
    expect(searchPalette(ENTRIES, 'creme').map((e) => e.label)).toEqual(['Crème brûlée orders']);
    expect(searchPalette(ENTRIES, 'slo').map((e) => e.label)).toEqual([
      'Checkout payment succeeds',
    ]);
  });

  it('shows everything, in order, for an empty query, up to the limit', () => {
    expect(searchPalette(ENTRIES, '  ', 2).map((e) => e.label)).toEqual([
      'Go to Journeys',
      'Export workbook',
    ]);
  });
});
