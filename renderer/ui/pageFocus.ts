/**
 * After navigation, keyboard and screen-reader users start at the new page's
 * title. Pages that load data render their title later, so the request waits
 * until a title appears.
 */
let pending = false;

function focusTitle(): boolean {
  const title = document.getElementById('page-title');
  if (!title) return false;
  title.focus();
  return true;
}

export function requestTitleFocus(): void {
  pending = !focusTitle();
}

export function titleMounted(): void {
  if (pending) pending = !focusTitle();
}
