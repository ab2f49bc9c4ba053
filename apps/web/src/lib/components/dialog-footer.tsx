interface DialogFooterProps {
  /** The main button's label, and what it says while its action runs. */
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  /** Off for another reason than running (e.g. nothing to choose yet). */
  disabled?: boolean;
  /** Omitted: the main button submits its form. */
  onConfirm?: () => void;
  cancelLabel: string;
  onCancel: () => void;
  /** A main button that deletes or removes something. */
  danger?: boolean;
  /** Focus on Cancel when it appears: the safe answer to a destructive question. */
  focusCancel?: boolean;
  confirmTestId?: string;
  cancelTestId?: string;
  /** Small buttons, for a form inside a table row. */
  small?: boolean;
  /** More classes for the row, e.g. a form's sticky footer. */
  className?: string;
}

/**
 * The buttons that close a dialog, panel or form: the main action (busy while it runs) and
 * Cancel. On a phone each takes the whole width, in reach of a thumb.
 */
export function DialogFooter(props: DialogFooterProps) {
  const size = props.small ? ' button--small' : '';
  const confirmClass = `button button--primary${props.danger ? ' button--danger' : ''}${size}`;
  return (
    <div className={['button-row', 'dialog-footer', props.className].filter(Boolean).join(' ')}>
      <button
        type={props.onConfirm ? 'button' : 'submit'}
        className={confirmClass}
        disabled={props.busy || props.disabled}
        onClick={props.onConfirm}
        data-testid={props.confirmTestId}
      >
        {props.busy ? props.busyLabel : props.confirmLabel}
      </button>
      <button type="button" className={`button button--secondary${size}`} onClick={props.onCancel} autoFocus={props.focusCancel} data-testid={props.cancelTestId}>
        {props.cancelLabel}
      </button>
    </div>
  );
}
