import { FormActions } from '../../ui/FormActions';
import type { ReportFinding } from '../../../../shared/retro/reportFindings';
import { useUiStore } from '../../state/uiStore';
import { useDatabase } from '../../db/DatabaseContext';
import { setDismissed } from '../../db/retroRepository';
import { Dialog } from '../../ui/Dialog';
import { errorText, showError } from '../../ui/noticeStore';
import { useRetroUi } from '../retros/retroStore';
import './openFindings.css';

/** The excerpt with the phrase marked, as text (never HTML). */
function Excerpt({ finding }: { finding: ReportFinding }) {
  const at = finding.excerpt.toLowerCase().indexOf(finding.phrase.toLowerCase());
  if (at < 0) return <q>{finding.excerpt}</q>;
  return (
    <q>
      {finding.excerpt.slice(0, at)}
      <mark>{finding.excerpt.slice(at, at + finding.phrase.length)}</mark>
      {finding.excerpt.slice(at + finding.phrase.length)}
    </q>
  );
}

/**
 * Before a retrospective's report leaves the app: the blame language still open in it, each with
 * a way to rewrite it (in the retrospective) or dismiss it (the group keeps the words).
 */
export function OpenFindingsDialog({
  retroId,
  findings,
  action,
  onProceed,
  onClose,
}: {
  retroId: string;
  /** Null while the report is made again (after a dismissal): nothing to proceed with yet. */
  findings: ReportFinding[] | null;
  action: 'save' | 'copy';
  onProceed: () => void;
  onClose: () => void;
}) {
  const db = useDatabase();
  const setArea = useUiStore((s) => s.setArea);
  const { selectRetro, setSection, setTab } = useRetroUi();
  const verb = action === 'save' ? 'Save' : 'Copy';
  const count = findings?.length ?? 0;
  return (
    <Dialog
      title={
        findings === null
          ? 'Checking the report again…'
          : count === 0
            ? 'No blame language is left in this report'
            : `This blameless review still has ${count === 1 ? 'a phrase' : `${count} phrases`} that may blame`
      }
      onClose={onClose}
    >
      {findings === null ? (
        <p role="status">Making the report again with the change.</p>
      ) : count === 0 ? (
        <p>Every finding was rewritten or dismissed.</p>
      ) : (
        <>
          <p>
            Rewrite each in the retrospective, or dismiss it if the group chose those words. The
            report is headed “a blameless review”.
          </p>
          <ul className="open-findings" aria-label="Blame language in this report">
            {findings.map((f) => (
              <li key={`${f.key}@${f.start}`}>
                <p className="open-finding-where">{f.where}</p>
                <p>
                  <Excerpt finding={f} />
                </p>
                <p className="field-hint">
                  {f.why} Ask instead: {f.askInstead}
                </p>
                <div className="dialog-actions inline">
                  <button
                    type="button"
                    onClick={() => {
                      setTab('retros');
                      selectRetro(retroId);
                      setSection(f.section);
                      setArea('retros');
                    }}
                  >
                    Rewrite in the retrospective
                  </button>
                  <button
                    type="button"
                    aria-label={`Dismiss “${f.phrase}” in ${f.where}`}
                    onClick={() =>
                      void setDismissed(db, retroId, f.key, true).catch((e: unknown) =>
                        showError(errorText(e)),
                      )
                    }
                  >
                    Dismiss
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <FormActions
        cancel={{ onCancel: onClose }}
        tone={count === 0 ? 'primary' : 'plain'}
        disabled={findings === null}
        onAction={onProceed}
        label={count === 0 ? verb : `${verb} anyway`}
      />
    </Dialog>
  );
}
