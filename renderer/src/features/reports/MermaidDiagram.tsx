import { useEffect, useId, useState } from 'react';
import './mermaidDiagram.css';

type Drawn =
  { status: 'drawing' } | { status: 'drawn'; url: string } | { status: 'failed'; reason: string };

/**
 * A Mermaid block of a report, drawn as the reader's Markdown viewer would draw it. Mermaid runs
 * with `securityLevel: 'strict'` (labels are text, no links or scripts), is loaded only when a
 * report has a diagram, and its SVG is shown through <img>, which can run nothing whatever it holds.
 */
export function MermaidDiagram({ source, label }: { source: string; label: string }) {
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' });
  useEffect(() => {
    // A new source mounts a new diagram (the preview keys it by its text), so no reset here.
    let live = true;
    void (async () => {
      try {
        const { default: mermaid } = await import('mermaid');
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          theme: 'neutral',
          fontFamily: 'system-ui, sans-serif',
        });
        const { svg } = await mermaid.render(id, source);
        if (live)
          setDrawn({
            status: 'drawn',
            url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
          });
      } catch (error) {
        if (live)
          setDrawn({
            status: 'failed',
            reason: error instanceof Error ? error.message : String(error),
          });
      } finally {
        // Mermaid leaves its measuring element behind when a diagram fails.
        document.getElementById(`d${id}`)?.remove();
      }
    })();
    return () => {
      live = false;
    };
  }, [id, source]);

  if (drawn.status === 'drawn')
    return (
      // Focusable so a keyboard can scroll a wide timeline sideways.
      <figure className="report-diagram" tabIndex={0} aria-label={`${label} (scrolls sideways)`}>
        <img src={drawn.url} alt={label} />
      </figure>
    );
  return (
    <figure className="report-diagram">
      {drawn.status === 'failed' && (
        <figcaption className="field-hint">
          The diagram could not be drawn here ({drawn.reason.split('\n')[0]}); its text is below and
          is saved as it is.
        </figcaption>
      )}
      {drawn.status === 'drawing' && (
        <figcaption className="field-hint">Drawing the diagram…</figcaption>
      )}
      <pre>
        <code>{source}</code>
      </pre>
    </figure>
  );
}
