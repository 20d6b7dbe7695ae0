import { createContext, useContext } from 'react';
import type { WorkbookDatabase } from './database';

export const DatabaseContext = createContext<WorkbookDatabase | null>(null);

/** The open database; only components under <DatabaseContext.Provider> may call this. */
export function useDatabase(): WorkbookDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase called outside the database provider');
  return db;
}
