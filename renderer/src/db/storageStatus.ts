export interface StorageStatus {
  /** null when the browser cannot say (no StorageManager). */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Asks once at start-up that the browser never evict our data under storage pressure. */
export async function requestPersistentStorage(
  storage: StorageManager | undefined = navigator.storage,
): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export async function readStorageStatus(
  storage: StorageManager | undefined = navigator.storage,
): Promise<StorageStatus> {
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.().catch(() => null) ?? Promise.resolve(null),
    storage.estimate?.().catch(() => undefined) ?? Promise.resolve(undefined),
  ]);
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}
