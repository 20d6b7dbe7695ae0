import { describe, expect, it } from 'vitest';
import { WorkbookDatabase } from '../../renderer/src/db/database';
import { RECORD_KIND_DESCRIPTORS, RECORD_KINDS } from '../../shared/domain/recordKinds';
import { freshIndexedDb } from './helpers';

describe('record kind descriptors', () => {
  it('name every table of the latest database version, with its indexes', async () => {
    const db = new WorkbookDatabase('kinds', { indexedDB: freshIndexedDb() });
    await db.open();
    const tables = new Map(db.tables.map((t) => [t.name, t.schema]));
    for (const d of RECORD_KIND_DESCRIPTORS) {
      const schema = tables.get(d.kind);
      expect(schema, d.kind).toBeDefined();
      const declared = [schema!.primKey.src, ...schema!.indexes.map((i) => i.src)];
      expect(declared.sort(), d.kind).toEqual(d.indexes.split(/,\s*/).sort());
    }
    // Besides the kinds, only the workbooks themselves, SLI data and each workbook's git link
    // (not a record of the workbook: it never travels in a file) live in the database.
    expect([...tables.keys()].sort()).toEqual(
      ['workbooks', 'sliChunks', 'gitLinks', ...RECORD_KINDS].sort(),
    );
    db.close();
  });

  it('give each kind its own folder, and link only to kinds that exist', () => {
    const folders = RECORD_KIND_DESCRIPTORS.map((d) => d.folder);
    expect(new Set(folders).size).toBe(folders.length);
    for (const d of RECORD_KIND_DESCRIPTORS) {
      for (const link of d.links) expect(RECORD_KINDS).toContain(link.to);
    }
  });
});
