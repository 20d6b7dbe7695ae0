import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  /** What this area is for, in the words of the people who use it. */
  purpose: string;
  /** How to begin. */
  children: ReactNode;
}

export function EmptyState({ title, purpose, children }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <p className="purpose">{purpose}</p>
      <div className="how-to-begin">{children}</div>
    </section>
  );
}
