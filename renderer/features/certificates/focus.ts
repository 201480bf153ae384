/** Moves focus to an element once React has rendered it (a result just shown, a list after a change). */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
