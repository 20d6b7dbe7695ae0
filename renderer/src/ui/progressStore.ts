import { create } from 'zustand';

interface ProgressState {
  /** What is being done, e.g. "Importing “Acme”"; null when nothing long is running. */
  label: string | null;
  /** Share done, or null when the work cannot say how far it is (a file being checked). */
  fraction: number | null;
  start: (label: string, indeterminate?: boolean) => void;
  set: (fraction: number) => void;
  finish: () => void;
}

/** Long work (a large import) shows how far it has got; the rest of the app waits for it. */
export const useProgressStore = create<ProgressState>()((set) => ({
  label: null,
  fraction: 0,
  start: (label, indeterminate = false) => set({ label, fraction: indeterminate ? null : 0 }),
  set: (fraction) => set({ fraction }),
  finish: () => set({ label: null, fraction: 0 }),
}));

/** Runs `work` with the progress shown, and always takes it away afterwards. */
export async function withProgress<T>(
  label: string,
  work: (report: (fraction: number) => void) => Promise<T>,
  options: { indeterminate?: boolean } = {},
): Promise<T> {
  const store = useProgressStore.getState();
  store.start(label, options.indeterminate);
  let last = 0;
  try {
    return await work((fraction) => {
      // Repainting for every slice of records would cost more than it tells.
      if (fraction - last >= 0.01 || fraction === 1) {
        last = fraction;
        useProgressStore.getState().set(fraction);
      }
    });
  } finally {
    useProgressStore.getState().finish();
  }
}
