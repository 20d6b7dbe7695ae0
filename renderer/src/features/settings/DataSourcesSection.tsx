import { useEffect, useId, useState } from 'react';
import type { PrometheusSourceView } from '../../../../shared/slo/prometheus/prometheusSource';
import type { SetPrometheusSourceRequest } from '../../../../shared/prometheusIpc';
import { platform } from '../../platform/platform';

type AuthKind = PrometheusSourceView['authKind'];

const KEPT: Record<PrometheusSourceView['secretKept'], string> = {
  encrypted:
    'The sign-in is kept encrypted by this computer’s keychain, by the app, never in the window.',
  'plain-text':
    'This computer has no keychain: the sign-in is kept in plain text in the app’s settings folder.',
  memory:
    'The sign-in is kept only by the start:web server’s memory: give it again after the server restarts.',
  none: 'No sign-in.',
};

/** Settings → Data sources: where Prometheus is, how to sign in, and whether it answers. */
export function DataSourcesSection() {
  const id = useId();
  const [saved, setSaved] = useState<PrometheusSourceView | null>(null);
  const [baseUrl, setBaseUrl] = useState('');
  const [kind, setKind] = useState<AuthKind>('none');
  const [user, setUser] = useState('');
  const [secret, setSecret] = useState('');
  const [headerName, setHeaderName] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void platform.getPrometheusSource({}).then(({ source }) => {
      if (!live || !source) return;
      setSaved(source);
      setBaseUrl(source.baseUrl);
      setKind(source.authKind);
      setUser(source.user ?? '');
      setHeaderName(source.headerNames[0] ?? '');
    });
    return () => {
      live = false;
    };
  }, []);

  function request(): SetPrometheusSourceRequest {
    const given = secret === '' ? null : secret;
    const auth: NonNullable<SetPrometheusSourceRequest['source']>['auth'] =
      kind === 'basic'
        ? { kind, user, password: given }
        : kind === 'bearer'
          ? { kind, token: given }
          : kind === 'headers'
            ? { kind, headers: [{ name: headerName, value: given }] }
            : { kind: 'none' };
    return { source: { baseUrl, auth } };
  }

  async function saveAndTest() {
    setBusy(true);
    setMessage(null);
    try {
      const result = await platform.setPrometheusSource(request());
      if (result.status === 'failed') {
        setMessage({ tone: 'error', text: result.message });
        return;
      }
      setSaved(result.source);
      setSecret('');
      const test = await platform.testPrometheus({});
      setMessage(
        test.status === 'ok'
          ? {
              tone: 'ok',
              text: `Connected: Prometheus ${test.version ?? '(version not given)'} answered at ${test.baseUrl}.`,
            }
          : { tone: 'error', text: test.message },
      );
    } finally {
      setBusy(false);
    }
  }

  const secretLabel =
    kind === 'basic' ? 'Password' : kind === 'bearer' ? 'Bearer token' : 'Header value';
  const secretKeptHint =
    saved && saved.authKind === kind && saved.authKind !== 'none'
      ? ' (leave empty to keep the one stored)'
      : '';

  return (
    <section className="data-sources" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Data sources</h3>
      <p>
        A Prometheus to pull SLI history from. Requests go only to this address, from the app itself
        {saved?.secretKept === 'memory' ? ' (here, through the start:web server)' : ''}.
      </p>
      <form
        className="data-source-form"
        onSubmit={(event) => {
          event.preventDefault();
          void saveAndTest();
        }}
      >
        <label htmlFor={`${id}-url`}>Prometheus address</label>
        <input
          id={`${id}-url`}
          type="url"
          value={baseUrl}
          placeholder="http://localhost:9090"
          onChange={(e) => setBaseUrl(e.target.value)}
        />
        <label htmlFor={`${id}-auth`}>Sign-in</label>
        <select
          id={`${id}-auth`}
          value={kind}
          onChange={(e) => setKind(e.target.value as AuthKind)}
        >
          <option value="none">None</option>
          <option value="basic">User and password (Basic auth)</option>
          <option value="bearer">Bearer token</option>
          <option value="headers">A custom header</option>
        </select>
        {kind === 'basic' && (
          <>
            <label htmlFor={`${id}-user`}>User</label>
            <input
              id={`${id}-user`}
              autoComplete="username"
              value={user}
              onChange={(e) => setUser(e.target.value)}
            />
          </>
        )}
        {kind === 'headers' && (
          <>
            <label htmlFor={`${id}-header`}>Header name</label>
            <input
              id={`${id}-header`}
              value={headerName}
              placeholder="X-Scope-OrgID"
              onChange={(e) => setHeaderName(e.target.value)}
            />
          </>
        )}
        {kind !== 'none' && (
          <>
            <label htmlFor={`${id}-secret`}>
              {secretLabel}
              {secretKeptHint}
            </label>
            <input
              id={`${id}-secret`}
              type="password"
              autoComplete="current-password"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
            />
          </>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || baseUrl.trim() === ''}>
            {busy ? 'Testing…' : 'Save and test connection'}
          </button>
        </div>
      </form>
      <p role="status" className={message?.tone === 'error' ? 'field-error' : 'field-hint'}>
        {message?.text ?? (saved ? KEPT[saved.secretKept] : '')}
      </p>
    </section>
  );
}
