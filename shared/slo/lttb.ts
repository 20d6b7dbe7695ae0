/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson, "Downsampling Time Series for Visual
 * Representation", 2013): keeps the points that shape the line, so a year of minutes draws as
 * the same picture in a few thousand points. NaN points (gaps) are skipped.
 */
export function lttb(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  threshold: number,
): { x: number[]; y: number[] } {
  const idx: number[] = [];
  for (let i = 0; i < xs.length; i += 1) if (!Number.isNaN(ys[i]!)) idx.push(i);
  const n = idx.length;
  if (threshold >= n || threshold < 3) {
    return { x: idx.map((i) => xs[i]!), y: idx.map((i) => ys[i]!) };
  }
  const outX: number[] = [xs[idx[0]!]!];
  const outY: number[] = [ys[idx[0]!]!];
  const bucketSize = (n - 2) / (threshold - 2);
  let a = 0;
  for (let b = 0; b < threshold - 2; b += 1) {
    const nextStart = Math.floor((b + 1) * bucketSize) + 1;
    const nextEnd = Math.min(Math.floor((b + 2) * bucketSize) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j += 1) {
      avgX += xs[idx[j]!]!;
      avgY += ys[idx[j]!]!;
    }
    const count = Math.max(1, nextEnd - nextStart);
    avgX /= count;
    avgY /= count;
    const start = Math.floor(b * bucketSize) + 1;
    const end = Math.floor((b + 1) * bucketSize) + 1;
    const ax = xs[idx[a]!]!;
    const ay = ys[idx[a]!]!;
    let maxArea = -1;
    let chosen = start;
    for (let j = start; j < end; j += 1) {
      const area = Math.abs((ax - avgX) * (ys[idx[j]!]! - ay) - (ax - xs[idx[j]!]!) * (avgY - ay));
      if (area > maxArea) {
        maxArea = area;
        chosen = j;
      }
    }
    outX.push(xs[idx[chosen]!]!);
    outY.push(ys[idx[chosen]!]!);
    a = chosen;
  }
  outX.push(xs[idx[n - 1]!]!);
  outY.push(ys[idx[n - 1]!]!);
  return { x: outX, y: outY };
}
