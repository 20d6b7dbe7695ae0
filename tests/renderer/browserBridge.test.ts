import { describe, expect, it } from 'vitest';
import { createBrowserBridge } from '../../renderer/src/platform/browserBridge';
import { bridgeKeys } from '../../shared/ipcChannels';

describe('browser adapter', () => {
  it('offers exactly the keys the preload bridge exposes', () => {
    const bridge = createBrowserBridge({} as Document);
    expect(Object.keys(bridge).sort()).toEqual([...bridgeKeys].sort());
  });
});
