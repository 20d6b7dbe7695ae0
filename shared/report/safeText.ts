/**
 * Characters that must never reach a saved `.md` or `.svg`: C0 controls but tab and newline
 * (a carriage return is folded into the newline), DEL, C1, the non-characters U+FFFE and U+FFFF,
 * and lone surrogates, which no XML parser accepts and no editor shows.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is this regex's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripUnsafeCharacters(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

/** True when the text holds nothing `stripUnsafeCharacters` would take out. */
export function hasUnsafeCharacters(text: string): boolean {
  return /\r/.test(text) || new RegExp(UNSAFE.source).test(text);
}
