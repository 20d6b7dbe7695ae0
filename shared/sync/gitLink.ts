/** A workbook's link to the git repository it is shared through, as the database keeps it. */
export interface GitLink {
  workbookId: string;
  /** Names this link to whatever runs git (its git directory, its kept token). */
  linkId: string;
  url: string;
  branch: 'main';
  /** The last commit synced from or to the remote. */
  base: string;
  author: { name: string; email: string };
  lastSyncedAt: string;
  /** Each record's fingerprint as last synced: what counts the changes not pushed yet. */
  synced: Record<string, string>;
}
