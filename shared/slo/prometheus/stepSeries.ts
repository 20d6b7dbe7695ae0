import type { Matrix } from './prometheusApi';
import type { QueryForm } from './pullQueries';

/**
 * One query's answer for a run of steps, summed over its series. Evaluation times are the step
 * boundaries t₀ … tₙ (tₖ = startMs + k·stepMs); step k covers [tₖ, tₖ₊₁) and is read from the
 * sample at tₖ₊₁ (a rate or increase looks back over its range), or for a counter from the
 * difference between tₖ and tₖ₊₁. A step no series answered for is NaN: a gap, never zero.
 */
export function sumSteps(
  matrix: Matrix,
  form: QueryForm,
  startMs: number,
  stepMs: number,
  count: number,
): Float64Array {
  const sum = new Float64Array(count).fill(Number.NaN);
  const stepS = stepMs / 1000;
  for (const series of matrix) {
    // The series' values at t₀ … tₙ; NaN where it had no sample (a gap, a target that was down).
    const at = new Float64Array(count + 1).fill(Number.NaN);
    for (const [ts, text] of series.values) {
      const k = Math.round((ts * 1000 - startMs) / stepMs);
      const v = Number(text);
      if (k >= 0 && k <= count && Number.isFinite(v)) at[k] = v;
    }
    for (let k = 0; k < count; k += 1) {
      let amount: number;
      if (form === 'counter') {
        const before = at[k]!;
        const after = at[k + 1]!;
        if (Number.isNaN(before) || Number.isNaN(after)) continue;
        // A counter that went down was restarted: it counted `after` since (Prometheus' rule).
        amount = after >= before ? after - before : after;
      } else {
        const v = at[k + 1]!;
        if (Number.isNaN(v)) continue;
        amount = form === 'rate' ? v * stepS : v;
      }
      sum[k] = Number.isNaN(sum[k]!) ? amount : sum[k]! + amount;
    }
  }
  return sum;
}
