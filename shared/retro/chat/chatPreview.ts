import { chatDrafts, type ChatDrafts, type NameChoice } from './chatDrafts';
import type { TimeChoice } from './chatTimes';
import type { SkippedLine } from './chatTypes';
import { readChatFiles, type ChatFile } from './readChatLog';

/** What the paste dialog asks for: the log, the day and zone, and the choices made on names. */
export interface ChatPreviewRequest {
  files: ChatFile[];
  year: number;
  time: TimeChoice;
  names: Omit<NameChoice, 'keep'> & { keep: string[] };
}

/** What the dialog shows: the reading, the people to give roles, the names found, the events. */
export interface ChatPreview extends ChatDrafts {
  format: string;
  messageCount: number;
  /** Everyone who wrote, was written to privately, or relayed someone. */
  speakers: string[];
  skipped: SkippedLine[];
}

/**
 * Reads the log and drafts its events in one go, so the dialog can run it away from the window's
 * thread (a worker) and receive only plain data.
 */
export function chatPreview(request: ChatPreviewRequest): ChatPreview {
  const read = readChatFiles(request.files, { year: request.year });
  const drafts = chatDrafts(read, request.time, {
    ...request.names,
    keep: new Set(request.names.keep),
  });
  const speakers = new Set<string>();
  for (const m of read.messages) {
    speakers.add(m.speaker);
    if (m.to) speakers.add(m.to);
    if (m.relayedBy) speakers.add(m.relayedBy);
  }
  return {
    ...drafts,
    format: read.format,
    messageCount: read.messages.length,
    speakers: [...speakers],
    skipped: read.skipped,
  };
}
