import type { ReactNode } from 'react';

interface FormActionsProps {
  /** The main action, in words ("Add pain point", "Delete workbook"). */
  label: ReactNode;
  /** Runs the main action from a plain button; without it the button submits its form. */
  onAction?: () => void;
  disabled?: boolean;
  /**
   * How the main action is drawn: 'primary' (the default), 'danger' when it destroys something,
   * 'plain' when going on is allowed but not advised ("Save anyway").
   */
  tone?: 'primary' | 'danger' | 'plain';
  /** The way out ("Cancel", or "Keep journey" beside a delete); none when omitted. */
  cancel?: { label?: string; onCancel: () => void; autoFocus?: boolean };
  /** Other buttons, shown before the way out (e.g. "Export a copy first"). */
  children?: ReactNode;
}

/**
 * The row of buttons that ends every dialog and form: other actions, the way out, then the main
 * action last, where the eye and the Tab key end up.
 */
export function FormActions({
  label,
  onAction,
  disabled = false,
  tone = 'primary',
  cancel,
  children,
}: FormActionsProps) {
  return (
    <div className="dialog-actions">
      {children}
      {cancel && (
        <button type="button" onClick={cancel.onCancel} autoFocus={cancel.autoFocus}>
          {cancel.label ?? 'Cancel'}
        </button>
      )}
      <button
        type={onAction ? 'button' : 'submit'}
        className={tone === 'plain' ? undefined : tone}
        disabled={disabled}
        onClick={onAction}
      >
        {label}
      </button>
    </div>
  );
}
