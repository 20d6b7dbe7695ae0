/** Path of the installed Electron binary, or null where it could not be downloaded. */
export function electronBinaryPath(): string | null;
