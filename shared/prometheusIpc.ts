import { z } from 'zod';
import { EARLIEST_MS, LATEST_MS } from './domain/bounds';
import {
  prometheusBaseUrlSchema,
  prometheusSourceViewSchema,
} from './slo/prometheus/prometheusSource';
import { MAX_POINTS_PER_QUERY } from './slo/prometheus/prometheusApi';

/**
 * The IPC contract's Prometheus part: the renderer sets the data source (secrets go one way, into
 * main, and never come back), tests it, and asks queries; main makes every request, only to the
 * address the person set.
 */

/** A secret left null keeps the one stored for the same user (so the form need not show it). */
const keptSecret = z.string().max(8000).nullable();

export const setPrometheusSourceRequestSchema = z
  .object({
    source: z
      .object({
        baseUrl: prometheusBaseUrlSchema,
        auth: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('none') }).strict(),
          z
            .object({ kind: z.literal('basic'), user: z.string().max(200), password: keptSecret })
            .strict(),
          z.object({ kind: z.literal('bearer'), token: keptSecret }).strict(),
          z
            .object({
              kind: z.literal('headers'),
              headers: z
                .array(z.object({ name: z.string().max(100), value: keptSecret }).strict())
                .max(10),
            })
            .strict(),
        ]),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type SetPrometheusSourceRequest = z.input<typeof setPrometheusSourceRequestSchema>;

export const prometheusSourceResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), source: prometheusSourceViewSchema.nullable() }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);
export type PrometheusSourceResult = z.infer<typeof prometheusSourceResultSchema>;

export const getPrometheusSourceRequestSchema = z.object({}).strict();
export const getPrometheusSourceResultSchema = z.object({
  source: prometheusSourceViewSchema.nullable(),
});

export const testPrometheusRequestSchema = z.object({}).strict();
export const testPrometheusResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), baseUrl: z.string(), version: z.string().nullable() }),
  z.object({ status: z.literal('failed'), kind: z.string(), message: z.string() }),
]);
export type TestPrometheusResult = z.infer<typeof testPrometheusResultSchema>;

const secondsSchema = z
  .number()
  .finite()
  .min(EARLIEST_MS / 1000)
  .max(LATEST_MS / 1000);
const querySchema = z.string().trim().min(1, 'Write a query.').max(20_000);

export const queryPrometheusRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('range'),
      query: querySchema,
      start: secondsSchema,
      end: secondsSchema,
      step: z.number().int().min(1).max(86_400),
    })
    .strict()
    .refine((r) => r.end >= r.start && (r.end - r.start) / r.step + 1 <= MAX_POINTS_PER_QUERY, {
      message: 'at most 11,000 points, end after start',
    }),
  z.object({ kind: z.literal('instant'), query: querySchema, time: secondsSchema }).strict(),
]);
export type QueryPrometheusRequest = z.infer<typeof queryPrometheusRequestSchema>;

export const queryPrometheusResultSchema = z.discriminatedUnion('status', [
  // The answer's `data` as Prometheus gave it; the renderer reads it with the client's schemas.
  z.object({ status: z.literal('ok'), data: z.unknown() }),
  z.object({ status: z.literal('failed'), kind: z.string(), message: z.string() }),
]);
export type QueryPrometheusResult = z.infer<typeof queryPrometheusResultSchema>;
