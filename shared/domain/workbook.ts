import { z } from 'zod';
import { idSchema, isoTimeSchema } from './ids';

export const WORKBOOK_NAME_MAX = 120;
export const WORKBOOK_DESCRIPTION_MAX = 2000;

export const workbookNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the workbook a name, for example the product or customer it is about.')
  .max(WORKBOOK_NAME_MAX, `Keep the name under ${WORKBOOK_NAME_MAX} characters.`);

export const workbookDescriptionSchema = z
  .string()
  .trim()
  .max(
    WORKBOOK_DESCRIPTION_MAX,
    `Keep the description under ${WORKBOOK_DESCRIPTION_MAX} characters.`,
  );

export const workbookSchema = z.object({
  id: idSchema,
  name: workbookNameSchema,
  description: workbookDescriptionSchema,
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
});

export type Workbook = z.infer<typeof workbookSchema>;

/** What a person types into the create / rename form. */
export const workbookDraftSchema = z.object({
  name: workbookNameSchema,
  description: workbookDescriptionSchema.default(''),
});
export type WorkbookDraft = z.input<typeof workbookDraftSchema>;
