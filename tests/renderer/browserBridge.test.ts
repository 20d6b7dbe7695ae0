import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { createBrowserBridge, reportArchive } from '../../renderer/src/platform/browserBridge';
import { bridgeKeys } from '../../shared/ipcChannels';

describe('browser adapter', () => {
  it('offers exactly the keys the preload bridge exposes', () => {
    const bridge = createBrowserBridge({} as Document);
    expect(Object.keys(bridge).sort()).toEqual([...bridgeKeys].sort());
  });
});

describe('a report with charts saved in the browser', () => {
  it('is one archive of a folder holding the report and its charts', () => {
    const archive = reportArchive('retro-x.md', '# R\n\n![c](x-budget.svg)\n', [
      { name: 'x-budget.svg', content: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
    ]);
    expect(archive.name).toBe('retro-x.zip');
    const files = unzipSync(archive.bytes);
    expect(Object.keys(files).sort()).toEqual(['retro-x/retro-x.md', 'retro-x/x-budget.svg']);
    expect(strFromU8(files['retro-x/retro-x.md']!)).toContain('![c](x-budget.svg)');
  });
});
