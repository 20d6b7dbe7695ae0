import { z } from 'zod';

/** Imported documents are kept whole, within reason: a file's SLO is rarely over a few KB. */
export const MAX_ORIGIN_CHARACTERS = 256 * 1024;

const jsonObjectSchema = z.record(z.string(), z.json());

/**
 * What an imported SLO came with, as read, so an export gives back every field the workbook does
 * not own (metadata.name, labels, annotations, the SLI's name and its metricSource with the query
 * verbatim, alert policies) and changes only what was edited here.
 */
export const sloOriginSchema = z
  .object({
    format: z.enum(['openslo', 'sloth']),
    /**
     * OpenSLO: the SLO document (v1; a v1alpha document as translated), then the documents it
     * refers to (its SLI, service, alert policies and their parts, data sources). Sloth: the spec
     * with this SLO as its only entry.
     */
    documents: z.array(jsonObjectSchema).min(1).max(50),
    /** Which of the document's objectives this SLO is: one workbook SLO per objective. */
    objective: z.number().int().min(0).max(99),
    /** SLOs imported from one document share it, so they go back out as one document. */
    group: z.string().min(1).max(100),
  })
  .refine((origin) => JSON.stringify(origin.documents).length <= MAX_ORIGIN_CHARACTERS, {
    message: `the imported documents are over ${MAX_ORIGIN_CHARACTERS / 1024} KB`,
    path: ['documents'],
  });
export type SloOrigin = z.infer<typeof sloOriginSchema>;
export type JsonObject = z.infer<typeof jsonObjectSchema>;
