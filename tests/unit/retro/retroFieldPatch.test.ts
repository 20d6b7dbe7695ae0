import { describe, expect, it } from 'vitest';
import type { Retro } from '../../../shared/domain/retro';
import { retroFieldChange } from '../../../shared/retro/retroFieldPatch';

const current = {
  title: 'Outage',
  impact: '',
  prompts: [
    { id: 'p1', question: 'What happened?', answer: 'old' },
    { id: 'p2', question: 'What helped?', answer: '' },
  ],
  business: { metric: '', revenue: 'r', users: '' },
} as unknown as Retro; // only the fields the changes read

describe('the change a retrospective text field makes', () => {
  it('writes the title (never a blank one), the impact, one prompt or one business answer', () => {
    expect(retroFieldChange('title', 'New')!(current)).toEqual({ title: 'New' });
    expect(retroFieldChange('title', '  ')!(current)).toEqual({});
    expect(retroFieldChange('impact', 'Down')!(current)).toEqual({ impact: 'Down' });
    expect(retroFieldChange('prompt:p2', 'Support')!(current)).toEqual({
      prompts: [
        { id: 'p1', question: 'What happened?', answer: 'old' },
        { id: 'p2', question: 'What helped?', answer: 'Support' },
      ],
    });
    expect(retroFieldChange('business:users', 'Yes')!(current)).toEqual({
      business: { metric: '', revenue: 'r', users: 'Yes' },
    });
  });

  it('knows no other field', () => {
    expect(retroFieldChange('business:nope', 'x')).toBeNull();
    expect(retroFieldChange('severity', 'SEV1')).toBeNull();
  });
});
