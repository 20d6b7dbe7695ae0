/** Annotations that carry what OpenSLO has no field for, so an export imports back whole. */
export const ANNOTATION = {
  alerts: 'slo-workbook/alerts',
  policy: 'slo-workbook/error-budget-policy',
  owners: 'slo-workbook/owners',
  rationale: 'slo-workbook/rationale',
  reviewDate: 'slo-workbook/review-date',
  csValidatedOn: 'slo-workbook/cs-validated-on',
  unit: 'slo-workbook/threshold-unit',
  description: 'slo-workbook/description',
  noService: 'slo-workbook/no-service',
} as const;

/** OpenSLO caps spec.description at 1050 characters; longer text travels in an annotation. */
export const OPENSLO_DESCRIPTION_MAX = 1050;

/** An OpenSLO name: lowercase letters, digits and dashes, at most 63 characters. */
export function toOpenSloName(text: string): string {
  const name = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return name || 'slo';
}
