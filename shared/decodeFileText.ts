/**
 * A file's bytes as text, the same way everywhere a file is read (the app's window, Electron's
 * main process, the command line): UTF-8 with or without its byte-order mark, and UTF-16 (little
 * or big endian) by its mark, or without one when every other byte is zero, as Excel and
 * PowerShell write "Unicode" text. The mark never reaches the text.
 */
export function decodeFileText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked) return new TextDecoder(unmarked).decode(bytes);
  // TextDecoder drops a UTF-8 byte-order mark by itself.
  return new TextDecoder('utf-8').decode(bytes);
}

/** ASCII-heavy text in UTF-16 has a zero in every other byte of its first characters. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 200);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return 'utf-16le';
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return 'utf-16be';
  return null;
}
