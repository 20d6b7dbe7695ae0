import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import {
  createWorkbook,
  deleteWorkbook,
  importWorkbookContents,
  listWorkbooks,
  readWorkbookContents,
  updateWorkbook,
} from '../../renderer/src/db/workbookRepository';
import { StorageError } from '../../renderer/src/db/storageErrors';
import { freshIndexedDb } from './helpers';

async function db() {
  return openDatabase({ indexedDB: freshIndexedDb() });
}

describe('workbook repository', () => {
  it('creates, lists by name, renames and deletes workbooks', async () => {
    const d = await db();
    const globex = await createWorkbook(d, { name: '  Globex  ', description: 'Enterprise' });
    const acme = await createWorkbook(d, { name: 'Acme' });
    expect((await listWorkbooks(d)).map((w) => w.name)).toEqual(['Acme', 'Globex']);
    expect(globex.description).toBe('Enterprise');
    expect(acme.id).not.toBe(globex.id);

    await updateWorkbook(d, acme.id, { name: 'Acme Corp', description: 'Checkout' });
    const renamed = (await listWorkbooks(d)).find((w) => w.id === acme.id)!;
    expect(renamed).toMatchObject({ name: 'Acme Corp', description: 'Checkout' });
    expect(renamed.updatedAt >= acme.updatedAt).toBe(true);

    await deleteWorkbook(d, globex.id);
    expect((await listWorkbooks(d)).map((w) => w.name)).toEqual(['Acme Corp']);
  });

  it('refuses a blank name with a message a person understands, and writes nothing', async () => {
    const d = await db();
    await expect(createWorkbook(d, { name: '   ' })).rejects.toThrow(/Give the workbook a name/);
    expect(await listWorkbooks(d)).toEqual([]);
  });

  it('turns a full disk into one clear message and keeps what was already saved', async () => {
    const d = await db();
    await createWorkbook(d, { name: 'Saved before' });
    const spy = vi
      .spyOn(d.workbooks, 'add')
      .mockRejectedValueOnce(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      );
    const failure = await createWorkbook(d, { name: 'Too much' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('quota');
    expect((failure as StorageError).message).toMatch(/no room left.*still on screen/);
    spy.mockRestore();
    expect((await listWorkbooks(d)).map((w) => w.name)).toEqual(['Saved before']);
  });

  it('imports a workbook as it is, and as a copy when that workbook is already here', async () => {
    const d = await db();
    const original = await createWorkbook(d, { name: 'Acme' });
    const contents = (await readWorkbookContents(d, original.id))!;
    const copy = await importWorkbookContents(d, contents);
    expect(copy.id).not.toBe(original.id);
    expect(copy.name).toBe('Acme (imported)');

    const other = await openDatabase({ indexedDB: freshIndexedDb() });
    const same = await importWorkbookContents(other, contents);
    expect(same).toEqual(original);
  });
});
