import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { platform } from './platform';

/** The app's version and shell, once known (null until then). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void platform.getAppInfo({}).then((value) => live && setInfo(value));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
