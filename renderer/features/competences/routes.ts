/** The screens of the Competenze e attestati area, below #/competences. */
export type CompetencesRoute =
  /** The competence framework (quadro delle competenze). */
  | { name: 'framework' }
  /** The certificate registry (features/certificates). */
  | { name: 'certificates' }
  /** Checking a certificate by code or file (features/certificates). */
  | { name: 'verify' }
  | { name: 'notFound' };

/** `parts` are the path segments after `competences`. */
export function parseCompetencesRoute(parts: readonly string[]): CompetencesRoute {
  const [first, second] = parts;
  if (second !== undefined) return { name: 'notFound' };
  switch (first) {
    case undefined:
      return { name: 'framework' };
    case 'certificates':
      return { name: 'certificates' };
    case 'verify':
      return { name: 'verify' };
    default:
      return { name: 'notFound' };
  }
}

export const competencePaths = {
  framework: () => '#/competences',
  certificates: () => '#/competences/certificates',
  verify: () => '#/competences/verify',
};
