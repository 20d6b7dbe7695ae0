import type { Retro } from '../../../../shared/domain/retro';
import { useUiStore } from '../../state/uiStore';
import { useRetroUi } from '../retros/retroStore';

/** The retrospectives of incidents that hurt a step, each one a click away. */
export function StepRetroLinks({ stepName, retros }: { stepName: string; retros: Retro[] }) {
  const setArea = useUiStore((s) => s.setArea);
  const { selectRetro, setSection, setTab } = useRetroUi();
  if (retros.length === 0) return null;
  return (
    <p className="step-retros">
      Hurt in {retros.length === 1 ? 'an incident' : `${retros.length} incidents`}:{' '}
      {retros.map((retro, i) => (
        <span key={retro.id}>
          {i > 0 ? ', ' : ''}
          <button
            type="button"
            className="link-button"
            aria-label={`Open the retrospective “${retro.title}” (hurt ${stepName})`}
            onClick={() => {
              setTab('retros');
              setSection('incident');
              selectRetro(retro.id);
              setArea('retros');
            }}
          >
            {retro.title}
          </button>
        </span>
      ))}
    </p>
  );
}
