import { describe, expect, it } from 'vitest';
import { invokeContract, eventContract, saveFileRequestSchema } from '../../shared/ipc';
import { bridgeKeys, eventChannels, invokeChannels } from '../../shared/ipcChannels';

describe('IPC contract', () => {
  it('pairs every channel with a schema and nothing more', () => {
    expect(Object.keys(invokeContract).sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(Object.keys(eventContract).sort()).toEqual(Object.keys(eventChannels).sort());
    expect([...bridgeKeys].sort()).toEqual(
      [...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort(),
    );
  });

  it('accepts a file name but never a path chosen by the renderer', () => {
    const ok = { suggestedName: 'report.md', content: '# hi', kind: 'markdown' };
    expect(saveFileRequestSchema.safeParse(ok).success).toBe(true);
    for (const suggestedName of ['../evil.md', '/etc/passwd', 'a\\b.md', '..', 'x\0.md', '']) {
      expect(saveFileRequestSchema.safeParse({ ...ok, suggestedName }).success).toBe(false);
    }
  });

  it('refuses unknown fields and unknown kinds', () => {
    const ok = { suggestedName: 'a.md', content: '', kind: 'markdown' };
    expect(saveFileRequestSchema.safeParse({ ...ok, path: '/tmp/x' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...ok, kind: 'exe' }).success).toBe(false);
  });
});
