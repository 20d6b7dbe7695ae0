import { describe, expect, it } from 'vitest';
import type { Slo } from '../../shared/domain/slo';
import { renderSloReport } from '../../shared/report/sloReport';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { describeSli } from '../../shared/slo/describeSlo';
import { emptySloForm, formToDraft, sloToForm } from '../../renderer/src/features/slos/sloForm';

const GOOD = 'sum(rate(http_requests_total{job="pay",code!~"5.."}[5m]))';
const VALID = 'sum(rate(http_requests_total{job="pay"}[5m]))';

function queried(words: { good?: string; valid?: string }): Pick<Slo, 'sli'> {
  return {
    sli: {
      kind: 'ratio',
      goodDescription: GOOD,
      validDescription: VALID,
      ...(words.good ? { goodInWords: words.good } : {}),
      ...(words.valid ? { validInWords: words.valid } : {}),
    },
  };
}

describe('plain words kept beside an SLI query', () => {
  it('are what people read of the SLI, where the side is a query', () => {
    expect(describeSli(queried({ good: 'payments answered', valid: 'payment requests' }))).toBe(
      'payments answered / payment requests',
    );
    // One side without words reads as typed.
    expect(describeSli(queried({ good: 'payments answered' }))).toBe(
      `payments answered / ${VALID}`,
    );
    // Beside words, words are the description itself.
    expect(
      describeSli({
        sli: {
          kind: 'ratio',
          goodDescription: 'HTTP 2xx',
          validDescription: 'all requests',
          goodInWords: 'ignored',
        },
      }),
    ).toBe('HTTP 2xx / all requests');
  });

  it('go into the SLO report before the query, which stays as code', () => {
    const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-21T09:00:00Z') });
    const slo = sample.slos[0]!;
    const withWords = {
      ...sample,
      slos: [{ ...slo, ...queried({ good: 'payments answered 2xx', valid: 'payment requests' }) }],
    };
    const report = renderSloReport(withWords, slo.id, {
      generatedAt: '2026-11-21T09:00:00.000Z',
      timeZone: 'UTC',
    }).markdown;
    expect(report).toContain(
      `good payments answered 2xx (\`${GOOD}\`) over valid payment requests (\`${VALID}\`)`,
    );
  });

  it('are kept by the form beside a query and dropped beside words', () => {
    const form = {
      ...emptySloForm(),
      name: 'Payments',
      goodDescription: GOOD,
      validDescription: 'every payment request',
      goodInWords: '  payments answered  ',
      validInWords: 'would repeat the words',
    };
    const { draft } = formToDraft(form);
    expect(draft?.sli).toEqual({
      kind: 'ratio',
      goodDescription: GOOD,
      validDescription: 'every payment request',
      goodInWords: 'payments answered',
    });
    const again = sloToForm({ ...({} as Slo), ...draft!, id: 's', workbookId: 'w' } as Slo);
    expect(again.goodInWords).toBe('payments answered');
    expect(again.validInWords).toBe('');
  });
});
