/** A calendar date as a log states it, before any time zone is applied. */
export interface LogDate {
  year: number;
  month: number;
  day: number;
}

/** When a message was sent, as exactly as its log says. */
export type MessageTime =
  /** An exact instant (Slack's export, Google Chat's takeout): no zone needed. */
  | { kind: 'instant'; ms: number }
  /**
   * A wall-clock time in the log's zone. `date` when the line or a date separator gave one,
   * `daysAfterChosen` for “Today” / “Yesterday” (relative to the day chosen in the dialog).
   */
  | {
      kind: 'wall';
      secondOfDay: number;
      date: LogDate | null;
      daysAfterChosen: number | null;
      /** Seconds were written: the time is shown with them. */
      seconds: boolean;
    };

export interface ChatMessage {
  /** 1-based line of the pasted text where the message starts (for a JSON file: its index). */
  line: number;
  /** The name the log shows: a display name, a handle or a full name. */
  speaker: string;
  text: string;
  time: MessageTime;
  /** Lines after the first that belong to this message (its text, blank lines between). */
  continuations?: number[];
  /** A private message (Zoom's “(Privately)”, a direct message): whom it was sent to. */
  to?: string;
  /** A bridge or bot that relayed it (“<ircbridge> <alice> …”): the speaker is the relayed one. */
  relayedBy?: string;
}

/** Someone the log itself knows more about (Slack's users file, Google Chat's creator). */
export interface KnownPerson {
  /** The name shown as the speaker. */
  shown: string;
  /** Other ways they appear: full name, display name, handle, email. */
  aliases: string[];
  /** Stand-ins the log uses in message text, e.g. Slack's `<@U024BE7LH>`. */
  tokens: string[];
}

export interface SkippedLine {
  line: number;
  text: string;
  reason: string;
}

export interface ChatRead {
  /** The tool the log came from, as a person names it: “Slack (copied)”. */
  format: string;
  messages: ChatMessage[];
  skipped: SkippedLine[];
  people: KnownPerson[];
}
