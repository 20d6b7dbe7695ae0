import type { PainPoint } from '../../domain/journey';
import type { BurnRateAlert, SloWindow } from '../../domain/slo';
import { sloHearsCustomer } from '../../customer/sloHearsCustomer';
import { budgetConsumed } from '../budgetMath';
import { defaultAlertsForPeriod } from '../burnRateAlerts';
import { evaluationWindow } from '../evaluateSlo';
import type { BudgetUnits } from '../sliSeries';
import { replayAlerts, type AlertReplay } from './alertReplay';
import { pastWindows, windowVerdict, type PastWindow, type WindowVerdict } from './pastWindows';

/** The targets teams usually weigh (SRE Workbook, "Implementing SLOs"), plus the one typed. */
export const STANDARD_TARGETS = [0.99, 0.995, 0.999, 0.9995, 0.9999] as const;

export interface CandidateWindow {
  startMs: number;
  endMs: number;
  verdict: WindowVerdict;
  /** Bad over what the window's own valid events allow; null without data. */
  consumed: number | null;
  coverage: number;
}

export interface TargetCandidate extends Omit<AlertReplay, 'target'> {
  target: number;
  /** The SLO's current target. */
  isCurrent: boolean;
  windows: CandidateWindow[];
  met: number;
  missed: number;
  partial: number;
  /** The most budget any window judged whole spent (may pass 1); null when none was. */
  worstConsumed: number | null;
  /** Pain points on the step heard in or just after a bad day at this target. */
  painHeard: number;
  /** Pain points that fall on days with data, so could be heard at all. */
  painJudged: number;
}

export interface TargetChoice {
  candidates: TargetCandidate[];
  /** The lowest target that hears as many pain points as any candidate; null when none hears one. */
  lowestHearing: number | null;
  /** The alerts replayed: the SLO's own, or the SRE Workbook's defaults when it has none. */
  alerts: BurnRateAlert[];
  alertsAreDefaults: boolean;
}

export interface TargetChoiceInput {
  units: BudgetUnits;
  window: SloWindow;
  currentTarget: number;
  alerts: readonly BurnRateAlert[];
  painPoints: readonly Pick<PainPoint, 'id' | 'date' | 'quote'>[];
  /** The step the SLO protects, or null when it is on none (then no pain is judged). */
  stepName: string | null;
}

const sameTarget = (a: number, b: number) => Math.abs(a - b) < 1e-12;

/** The standard targets and the typed one, lowest first, each once. */
export function candidateTargets(current: number): number[] {
  const all = [...STANDARD_TARGETS, current].sort((a, b) => a - b);
  return all.filter((t, i) => i === 0 || !sameTarget(t, all[i - 1]!));
}

function judgeWindows(windows: readonly PastWindow[], target: number): CandidateWindow[] {
  return windows.map((w) => ({
    startMs: w.startMs,
    endMs: w.endMs,
    verdict: windowVerdict(w, target),
    consumed: budgetConsumed(w.bad, w.valid, target),
    coverage: w.coverage,
  }));
}

/**
 * For the SLI data at hand: what each candidate target would have said about the past. Met or
 * missed per window, budget spent, alerts fired, how soon the budget would have run out while
 * they fired, and how many of the step's pain points it would have heard. The table a CSM and
 * an SRE read together to pick "the lowest target that still hears our customers".
 */
export function targetCandidates(input: TargetChoiceInput): TargetChoice {
  const { units, window, currentTarget, painPoints, stepName } = input;
  const alertsAreDefaults = input.alerts.length === 0;
  const alerts = alertsAreDefaults
    ? defaultAlertsForPeriod(evaluationWindow(window, units.startMs).periodMinutes)
    : [...input.alerts];
  const targets = candidateTargets(currentTarget);
  const windows = pastWindows(units, window);
  const replays = replayAlerts(units, window, alerts, targets);
  const candidates = targets.map((target, i): TargetCandidate => {
    const judged = judgeWindows(windows, target);
    const whole = judged.filter((w) => w.verdict === 'met' || w.verdict === 'missed');
    const hearing = sloHearsCustomer({ target, window }, units, painPoints, stepName);
    const replay = replays[i]!;
    return {
      target,
      isCurrent: sameTarget(target, currentTarget),
      windows: judged,
      met: judged.filter((w) => w.verdict === 'met').length,
      missed: judged.filter((w) => w.verdict === 'missed').length,
      partial: judged.filter((w) => w.verdict === 'partial').length,
      worstConsumed: whole.length ? Math.max(...whole.map((w) => w.consumed ?? 0)) : null,
      pageDays: replay.pageDays,
      ticketDays: replay.ticketDays,
      pageMinutes: replay.pageMinutes,
      ticketMinutes: replay.ticketMinutes,
      exhaustion: replay.exhaustion,
      painHeard: hearing.pains.filter((p) => p.hearing === 'heard').length,
      painJudged: hearing.pains.filter((p) => p.hearing !== 'unwatched').length,
    };
  });
  const mostHeard = Math.max(0, ...candidates.map((c) => c.painHeard));
  const lowest = candidates.find((c) => mostHeard > 0 && c.painHeard === mostHeard);
  return { candidates, lowestHearing: lowest?.target ?? null, alerts, alertsAreDefaults };
}
