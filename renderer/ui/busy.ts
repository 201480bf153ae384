import type { SyntheticEvent } from 'react';

function ignore(event: SyntheticEvent): void {
  event.preventDefault();
  event.stopPropagation();
}

/**
 * Props for a button whose action is running: announced and drawn as unavailable, but
 * not `disabled`, because the browser takes focus away from a disabled button and a
 * keyboard user would find themselves back at the top of the page. A click while busy
 * (or Enter in one of the form's fields, which clicks its submit button) does nothing.
 */
export function whileBusy(busy: boolean): {
  'aria-disabled': true | undefined;
  onClickCapture: ((event: SyntheticEvent) => void) | undefined;
} {
  return { 'aria-disabled': busy || undefined, onClickCapture: busy ? ignore : undefined };
}
