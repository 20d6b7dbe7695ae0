import { describe, expect, it } from 'vitest';
import { workbookFileName } from '../../renderer/src/features/workbooks/workbookFiles';

describe('workbook file names', () => {
  it('makes a safe file name from any workbook name', () => {
    expect(workbookFileName('Acme Corp: Checkout!')).toBe('acme-corp-checkout.slo-workbook.json');
    expect(workbookFileName('../../etc/passwd')).toBe('etc-passwd.slo-workbook.json');
    expect(workbookFileName('日本')).toBe('workbook.slo-workbook.json');
  });
});
