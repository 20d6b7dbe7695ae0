import { FormActions } from '../../ui/FormActions';
import type { ReportFinding } from '../../../../shared/retro/reportFindings';
import type { ReportNames } from '../../../../shared/retro/reportNames';
import { useUiStore } from '../../state/uiStore';
import { useDatabase } from '../../db/DatabaseContext';
import { setDismissed } from '../../db/retroRepository';
import { Dialog } from '../../ui/Dialog';
import { errorText, showError } from '../../ui/noticeStore';
import { useRetroUi } from '../retros/retroStore';
import { NameFindingItem } from './NameFindingItem';
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
 * a way to rewrite it (in the retrospective) or dismiss it (the group keeps the words), and the
 * people it names, each to replace with a role or dismiss.
 */
export function OpenFindingsDialog({
  retroId,
  findings,
  names,
  action,
  onProceed,
  onClose,
}: {
  retroId: string;
  /** Null while the report is made again (after a dismissal): nothing to proceed with yet. */
  findings: ReportFinding[] | null;
  /** Null with `findings`, while the report is made again. */
  names: ReportNames | null;
  action: 'save' | 'copy';
  onProceed: () => void;
  onClose: () => void;
}) {
  const db = useDatabase();
  const setArea = useUiStore((s) => s.setArea);
  const { selectRetro, setSection, setTab } = useRetroUi();
  const verb = action === 'save' ? 'Save' : 'Copy';
  const phrases = findings?.length ?? 0;
  const people = names?.findings.length ?? 0;
  const count = phrases + people;
  const phraseText = phrases === 1 ? 'a phrase' : `${phrases} phrases`;
  const peopleText = people === 1 ? 'a person’s name' : `${people} people’s names`;
  return (
    <Dialog
      title={
        findings === null || names === null
          ? 'Checking the report again…'
          : count === 0
            ? 'No blame language is left in this report'
            : phrases === 0
              ? `This blameless review still has ${peopleText}`
              : `This blameless review still has ${phraseText} that may blame${people ? ` and ${peopleText}` : ''}`
      }
      onClose={onClose}
    >
      {findings === null || names === null ? (
        <p role="status">Making the report again with the change.</p>
      ) : count === 0 ? (
        <p>Every finding was rewritten or dismissed.</p>
      ) : (
        <div className="open-findings-scroll">
          {phrases > 0 && (
            <p>
              Rewrite each in the retrospective, or dismiss it if the group chose those words. The
              report is headed “a blameless review”.
            </p>
          )}
          {phrases > 0 && (
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
          )}
          {people > 0 && (
            <>
              <p>
                Names: replace each with a role (one of this retrospective’s or one you type), or
                dismiss it if the person asked to be named.
              </p>
              <ul className="open-findings" aria-label="Names in this report">
                {names.findings.map((f) => (
                  <NameFindingItem key={f.key} retroId={retroId} finding={f} roles={names.roles} />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <FormActions
        cancel={{ onCancel: onClose }}
        tone={count === 0 ? 'primary' : 'plain'}
        disabled={findings === null || names === null}
        onAction={onProceed}
        label={count === 0 ? verb : `${verb} anyway`}
      />
    </Dialog>
  );
}
