/**
 * A query or a metric name rather than prose: PromQL-like (a function call, label braces, a
 * range), or one identifier such as `http_requests_total`.
 */
export function looksLikeQuery(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return (
    (/^[A-Za-z_:][A-Za-z0-9_:.]*$/.test(t) && /[_:.]/.test(t)) ||
    /\w\(|\{[^}]*[=~][^}]*\}|\[\d+[smhdwy]\]/.test(t)
  );
}
