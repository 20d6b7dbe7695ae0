import type { Account, PainPoint } from '../domain/journey';
import type { Retro } from '../domain/retro';

/**
 * Revenue at risk: the annual revenue (ARR) of the distinct accounts with pain on something (a
 * step, a journey, an SLO's step, an incident). Each account counts once however many pain
 * points name it, and revenue is only summed within one currency: a workbook with accounts in
 * USD and EUR shows two sums, never a made-up conversion.
 */
export interface CurrencySum {
  currency: string;
  total: number;
  /** The accounts summed, largest first. */
  accounts: { id: string; name: string; arr: number }[];
}

export interface RevenueAtRisk {
  /** One sum per currency, largest first. */
  sums: CurrencySum[];
  /** Accounts with pain whose ARR nobody recorded: named, not summed. */
  unknown: { id: string; name: string }[];
  /** Distinct named accounts counted (with or without ARR). */
  accounts: number;
}

export const NO_REVENUE_AT_RISK: RevenueAtRisk = { sums: [], unknown: [], accounts: 0 };

/** The revenue at risk of the accounts `accountIds` name; ids of accounts not in `accounts` are skipped. */
export function revenueOfAccounts(
  accountIds: Iterable<string>,
  accounts: ReadonlyMap<string, Account>,
): RevenueAtRisk {
  const byCurrency = new Map<string, CurrencySum>();
  const unknown: RevenueAtRisk['unknown'] = [];
  const seen = new Set<string>();
  for (const id of accountIds) {
    if (seen.has(id)) continue;
    const account = accounts.get(id);
    if (!account) continue;
    seen.add(id);
    if (account.arr === null) {
      unknown.push({ id, name: account.name });
      continue;
    }
    let sum = byCurrency.get(account.currency);
    if (!sum)
      byCurrency.set(
        account.currency,
        (sum = { currency: account.currency, total: 0, accounts: [] }),
      );
    sum.total += account.arr;
    sum.accounts.push({ id, name: account.name, arr: account.arr });
  }
  const sums = [...byCurrency.values()].sort(
    (a, b) => b.total - a.total || a.currency.localeCompare(b.currency),
  );
  for (const sum of sums)
    sum.accounts.sort((a, b) => b.arr - a.arr || a.name.localeCompare(b.name));
  unknown.sort((a, b) => a.name.localeCompare(b.name));
  return { sums, unknown, accounts: seen.size };
}

/** The revenue at risk of the accounts named by these pain points. */
export function revenueAtRisk(
  painPoints: Iterable<Pick<PainPoint, 'accountIds'>>,
  accounts: ReadonlyMap<string, Account>,
): RevenueAtRisk {
  const ids: string[] = [];
  for (const pain of painPoints) ids.push(...pain.accountIds);
  return revenueOfAccounts(ids, accounts);
}

/** The revenue at risk per group of pain points (per step, per journey…), by the group's key. */
export function revenueBy<P extends Pick<PainPoint, 'accountIds'>>(
  painPoints: Iterable<P>,
  keyOf: (pain: P) => string,
  accounts: ReadonlyMap<string, Account>,
): Map<string, RevenueAtRisk> {
  const groups = new Map<string, P[]>();
  for (const pain of painPoints) {
    const key = keyOf(pain);
    const list = groups.get(key);
    if (list) list.push(pain);
    else groups.set(key, [pain]);
  }
  return new Map([...groups].map(([key, pains]) => [key, revenueAtRisk(pains, accounts)]));
}

/** The revenue at risk on each step with pain, by step id (steps without pain are absent). */
export function revenueByStep(
  painPoints: Iterable<Pick<PainPoint, 'accountIds' | 'stepId'>>,
  accounts: ReadonlyMap<string, Account>,
): Map<string, RevenueAtRisk> {
  return revenueBy(painPoints, (p) => p.stepId, accounts);
}

/**
 * The revenue an incident touched: the accounts its retrospective names, and those of the pain
 * points that say they are about it.
 */
export function incidentRevenue(
  retro: Pick<Retro, 'id' | 'accountIds'>,
  painPoints: Iterable<Pick<PainPoint, 'accountIds' | 'retroId'>>,
  accounts: ReadonlyMap<string, Account>,
): RevenueAtRisk {
  const ids = [...retro.accountIds];
  for (const pain of painPoints) if (pain.retroId === retro.id) ids.push(...pain.accountIds);
  return revenueOfAccounts(ids, accounts);
}

/** The figure to rank by: the largest currency's sum (0 when nothing is known). */
export function rankingValue(risk: RevenueAtRisk): number {
  return risk.sums[0]?.total ?? 0;
}

/** One formatter per currency: making one costs ~0.1 ms, and a workbook report formats thousands. */
const moneyFormats = new Map<string, Intl.NumberFormat | null>();

/** "$480,000"; the app's language is English, so amounts read the same everywhere. */
export function formatMoney(amount: number, currency: string): string {
  let format = moneyFormats.get(currency);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      });
    } catch {
      format = null;
    }
    moneyFormats.set(currency, format);
  }
  // A code Intl does not know still reads as an amount.
  return format
    ? format.format(amount)
    : `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
}

/** "$630,000" or "$630,000 + €40,000"; "none known" when no account has ARR. */
export function formatRevenue(risk: RevenueAtRisk): string {
  if (risk.sums.length === 0) return risk.accounts ? 'ARR not recorded' : 'none';
  return risk.sums.map((s) => formatMoney(s.total, s.currency)).join(' + ');
}

/**
 * How the sum was made, as the priority list shows its score:
 * "Northwind Outfitters $480,000 + Lumen Health Supplies $150,000 = $630,000; ARR not recorded
 * for Tidepool Games".
 */
export function explainRevenue(risk: RevenueAtRisk): string {
  if (risk.accounts === 0) return 'No named accounts have pain here.';
  const parts = risk.sums.map((sum) => {
    const terms = sum.accounts.map((a) => `${a.name} ${formatMoney(a.arr, sum.currency)}`);
    const total = formatMoney(sum.total, sum.currency);
    return terms.length === 1 ? terms[0]! : `${terms.join(' + ')} = ${total}`;
  });
  if (risk.unknown.length)
    parts.push(`ARR not recorded for ${risk.unknown.map((a) => a.name).join(', ')}`);
  return parts.join('; ');
}

export function accountsById(accounts: Iterable<Account>): Map<string, Account> {
  const map = new Map<string, Account>();
  for (const account of accounts) map.set(account.id, account);
  return map;
}
