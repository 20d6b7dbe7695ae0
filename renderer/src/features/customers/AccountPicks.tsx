import { useState, type ReactNode } from 'react';
import type { Account } from '../../../../shared/domain/journey';

/** More accounts than this and the list gets a search box, with the ones picked kept on top. */
const ACCOUNTS_WITHOUT_SEARCH = 12;
/** Accounts listed at once while searching; typing narrows the rest. */
const ACCOUNTS_LISTED = 30;

/**
 * Choosing some of the workbook's accounts: checkboxes, and past a dozen accounts a search box
 * (Enter picks the only match). `children` go at the end, e.g. a way to add an account.
 */
export function AccountPicks({
  id,
  legend,
  accounts,
  value,
  onChange,
  empty,
  children,
}: {
  id: string;
  legend: string;
  accounts: readonly Account[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  /** Said when the workbook has no account yet. */
  empty: string;
  children?: ReactNode;
}) {
  const [search, setSearch] = useState('');
  const searching = accounts.length > ACCOUNTS_WITHOUT_SEARCH;
  const picked = accounts.filter((a) => value.includes(a.id));
  const needle = search.trim().toLowerCase();
  const matching = accounts.filter(
    (a) => !value.includes(a.id) && (needle === '' || a.name.toLowerCase().includes(needle)),
  );
  const listed = searching ? [...picked, ...matching.slice(0, ACCOUNTS_LISTED)] : accounts;
  const hidden = searching ? matching.length - Math.min(matching.length, ACCOUNTS_LISTED) : 0;
  return (
    <fieldset className="account-picks">
      <legend>{legend}</legend>
      {accounts.length === 0 && <p className="field-hint">{empty}</p>}
      {searching && (
        <div className="field account-search">
          <label htmlFor={`${id}-find`}>Find an account</label>
          <input
            id={`${id}-find`}
            type="search"
            value={search}
            placeholder={`${accounts.length} accounts: type part of a name`}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              // Enter picks the only match instead of submitting the form half-done.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              const only = matching.length === 1 ? matching[0] : undefined;
              if (only) {
                onChange([...value, only.id]);
                setSearch('');
              }
            }}
          />
        </div>
      )}
      {listed.map((account) => (
        <label key={account.id}>
          <input
            type="checkbox"
            checked={value.includes(account.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...value, account.id] : value.filter((a) => a !== account.id),
              )
            }
          />
          {account.name}
        </label>
      ))}
      {searching && matching.length === 0 && needle !== '' && (
        <p className="field-hint">No other account has “{search.trim()}” in its name.</p>
      )}
      {hidden > 0 && (
        <p className="field-hint">
          {hidden} more {hidden === 1 ? 'account' : 'accounts'}: type to narrow the list.
        </p>
      )}
      {children}
    </fieldset>
  );
}
