/** The certificate screens live in the Competenze e attestati area (see features/competences/routes.ts). */
export const certificatePaths = {
  registry: () => '#/competences/certificates',
  verify: () => '#/competences/verify',
};

/** Moves focus to an element once React has rendered it (a result just shown, a list after a change). */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}
