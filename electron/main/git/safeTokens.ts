import { readFileSync } from 'node:fs';
import type { SecretBox } from '../prometheusHandlers';
import type { TokenKeeper } from './gitService';

/**
 * The desktop app's git tokens: encrypted with the operating system's keychain (safeStorage)
 * and kept in one file of main's own. Where the system has no real secret store (Linux without
 * a keyring falls back to a fixed key, no better than plain text), a token is kept in memory
 * for this session only and never written.
 */
export function safeStorageTokens(
  secrets: SecretBox,
  file: string,
  write: (text: string) => Promise<void>,
): TokenKeeper {
  const memory = new Map<string, string>();
  const stored = new Map<string, string>();
  const canEncrypt = () =>
    secrets.isEncryptionAvailable() && secrets.getSelectedStorageBackend?.() !== 'basic_text';
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const [id, data] of Object.entries(parsed))
      if (typeof data === 'string') stored.set(id, data);
  } catch {
    // No file yet, or an unreadable one: no kept tokens; the person is asked again.
  }
  const save = () => void write(JSON.stringify(Object.fromEntries(stored))).catch(() => undefined);
  return {
    get(id) {
      const inMemory = memory.get(id);
      if (inMemory) return inMemory;
      const data = stored.get(id);
      if (!data || !canEncrypt()) return null;
      try {
        return secrets.decryptString(Buffer.from(data, 'base64'));
      } catch {
        return null;
      }
    },
    set(id, token) {
      memory.delete(id);
      stored.delete(id);
      if (token && canEncrypt()) stored.set(id, secrets.encryptString(token).toString('base64'));
      else if (token) memory.set(id, token);
      save();
    },
  };
}
