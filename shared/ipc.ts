import { z } from 'zod';
import type { EventName, InvokeName } from './ipcChannels';
import {
  getPrometheusSourceRequestSchema,
  getPrometheusSourceResultSchema,
  prometheusSourceResultSchema,
  queryPrometheusRequestSchema,
  queryPrometheusResultSchema,
  setPrometheusSourceRequestSchema,
  testPrometheusRequestSchema,
  testPrometheusResultSchema,
} from './prometheusIpc';
import {
  gitCallResultSchema,
  gitConnectRequestSchema,
  gitOpenRequestSchema,
  gitShareRequestSchema,
  gitSyncRequestSchema,
} from './sync/gitLinkRequests';

/** Largest file the app reads or writes in one go: a year of per-minute SLI data fits well. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export const fileKindSchema = z.enum([
  'markdown',
  'workbook',
  'openslo',
  'sloth',
  'rules',
  'csv',
  'pdf',
  'chat',
]);
export type FileKind = z.infer<typeof fileKindSchema>;

/** A file name only: main owns every path, so separators and dot-names are refused. */
const suggestedNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'a file name, not a path',
  });

/** A chart saved beside a report: an SVG file name (never a path) and its text. */
export const attachmentSchema = z
  .object({
    name: suggestedNameSchema.refine((name) => /^[^.][^/\\]*\.svg$/i.test(name), {
      message: 'an .svg file name',
    }),
    content: z.string().max(5 * 1024 * 1024),
  })
  .strict();

export const saveFileRequestSchema = z
  .object({
    suggestedName: suggestedNameSchema,
    content: z.string().max(MAX_FILE_BYTES),
    kind: fileKindSchema,
    /** Files written into the same folder as the saved file (charts linked from a report). */
    attachments: z.array(attachmentSchema).max(50).optional(),
  })
  .strict();

export const printToPdfRequestSchema = z.object({ suggestedName: suggestedNameSchema }).strict();

/** Text for the clipboard: a report's Markdown to paste into an issue, a wiki or a chat. */
export const copyTextRequestSchema = z.object({ text: z.string().max(MAX_FILE_BYTES) }).strict();
export const copyTextResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('copied') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('canceled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

/** `multiple`: the person may pick several files at once (SLO files that refer to each other). */
export const openFileRequestSchema = z
  .object({ kind: fileKindSchema, multiple: z.boolean().optional() })
  .strict();

/** Most files one open may read: more is a folder's worth, better imported in parts. */
export const MAX_OPEN_FILES = 50;

export const openFileResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('opened'),
    fileName: z.string(),
    text: z.string(),
    /** Every file chosen, the first being fileName and text; present when `multiple` was asked. */
    files: z
      .array(z.object({ fileName: z.string(), text: z.string() }))
      .max(MAX_OPEN_FILES)
      .optional(),
  }),
  z.object({ status: z.literal('canceled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

export const appInfoRequestSchema = z.object({}).strict();
export const appInfoSchema = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
});

export const menuCommandSchema = z.enum([
  'new-workbook',
  'import-workbook',
  'export-workbook',
  'open-sample',
  'show-about',
]);

/** channel -> request schema -> response schema, for every call the renderer can make. */
export const invokeContract = {
  saveFile: { request: saveFileRequestSchema, response: saveFileResultSchema },
  openFile: { request: openFileRequestSchema, response: openFileResultSchema },
  getAppInfo: { request: appInfoRequestSchema, response: appInfoSchema },
  printToPdf: { request: printToPdfRequestSchema, response: saveFileResultSchema },
  copyText: { request: copyTextRequestSchema, response: copyTextResultSchema },
  getPrometheusSource: {
    request: getPrometheusSourceRequestSchema,
    response: getPrometheusSourceResultSchema,
  },
  setPrometheusSource: {
    request: setPrometheusSourceRequestSchema,
    response: prometheusSourceResultSchema,
  },
  testPrometheus: { request: testPrometheusRequestSchema, response: testPrometheusResultSchema },
  queryPrometheus: { request: queryPrometheusRequestSchema, response: queryPrometheusResultSchema },
  gitConnect: { request: gitConnectRequestSchema, response: gitCallResultSchema },
  gitShare: { request: gitShareRequestSchema, response: gitCallResultSchema },
  gitOpen: { request: gitOpenRequestSchema, response: gitCallResultSchema },
  gitSync: { request: gitSyncRequestSchema, response: gitCallResultSchema },
} as const satisfies Record<InvokeName, { request: z.ZodType; response: z.ZodType }>;

/** Messages main pushes to the renderer. */
export const eventContract = {
  onMenuCommand: { payload: menuCommandSchema },
} as const satisfies Record<EventName, { payload: z.ZodType }>;

export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;
export type OpenFileResult = z.infer<typeof openFileResultSchema>;
export type AppInfo = z.infer<typeof appInfoSchema>;
export type CopyTextRequest = z.infer<typeof copyTextRequestSchema>;
export type CopyTextResult = z.infer<typeof copyTextResultSchema>;
export type MenuCommand = z.infer<typeof menuCommandSchema>;

type InvokeApi = {
  [K in InvokeName]: (
    request: z.input<(typeof invokeContract)[K]['request']>,
  ) => Promise<z.infer<(typeof invokeContract)[K]['response']>>;
};
type EventApi = {
  [K in EventName]: (
    listener: (payload: z.infer<(typeof eventContract)[K]['payload']>) => void,
  ) => () => void;
};

/** The one typed object the preload exposes and the browser adapter imitates. */
export type BridgeApi = InvokeApi & EventApi;

/** File dialog filters per kind, shared by main's dialogs and the browser's file input. */
export const fileKinds: Record<FileKind, { label: string; extensions: string[] }> = {
  markdown: { label: 'Markdown report', extensions: ['md'] },
  workbook: { label: 'SLO Workbook file', extensions: ['json'] },
  openslo: { label: 'SLO files (OpenSLO, Sloth)', extensions: ['yaml', 'yml', 'json'] },
  sloth: { label: 'Sloth spec', extensions: ['yaml', 'yml'] },
  rules: { label: 'Prometheus rules', extensions: ['yaml', 'yml'] },
  csv: { label: 'CSV data', extensions: ['csv'] },
  pdf: { label: 'PDF document', extensions: ['pdf'] },
  chat: { label: 'Chat logs and exports', extensions: ['txt', 'log', 'json'] },
};

export function describeFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function filesTooLargeMessage(count: number, bytes: number): string {
  return (
    `The ${count} files come to ${describeFileSize(bytes)}. SLO Workbook opens up to ` +
    `${describeFileSize(MAX_FILE_BYTES)} at once; import them in parts.`
  );
}

export function fileTooLargeMessage(fileName: string, bytes: number): string {
  return (
    `“${fileName}” is ${describeFileSize(bytes)}. SLO Workbook opens files up to ` +
    `${describeFileSize(MAX_FILE_BYTES)}; split the data or export a shorter period.`
  );
}
