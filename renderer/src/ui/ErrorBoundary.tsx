import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What is shown instead of the children once one of them threw; `reset` tries them again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
  /** Told once per error, e.g. to remember which workbook failed. */
  onError?: (error: Error) => void;
  children: ReactNode;
}

/**
 * Keeps a failure in one area from blanking the whole window: React unmounts everything up to
 * the nearest boundary, so without one a single bad record leaves an empty page.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const e = error instanceof Error ? error : new Error(String(error));
    this.props.onError?.(e);
    console.error(e, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  override render(): ReactNode {
    return this.state.error
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children;
  }
}
