/** The screens of the Percorsi individuali area, below #/pathways. */
export type PathwaysRoute =
  | { name: 'home' }
  /** A new pathway, for a person already chosen when opened from their page. */
  | { name: 'new'; participantId?: number }
  | { name: 'insurance' }
  | { name: 'pathway'; id: number }
  | { name: 'notFound' };

function toId(value: string | undefined): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(value ?? '')) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** `parts` are the path segments after `pathways`. */
export function parsePathwaysRoute(parts: readonly string[]): PathwaysRoute {
  const [first, second, third] = parts;
  if (first === undefined) return { name: 'home' };
  if (first === 'new' && second !== undefined && third === undefined) {
    const participantId = toId(second);
    return participantId === null ? { name: 'notFound' } : { name: 'new', participantId };
  }
  if (second !== undefined) return { name: 'notFound' };
  if (first === 'new') return { name: 'new' };
  if (first === 'insurance') return { name: 'insurance' };
  const id = toId(first);
  return id === null ? { name: 'notFound' } : { name: 'pathway', id };
}

export const pathwayPaths = {
  home: () => '#/pathways',
  new: () => '#/pathways/new',
  /** The new-pathway form with this person already chosen. */
  newFor: (participantId: number) => `#/pathways/new/${participantId}`,
  insurance: () => '#/pathways/insurance',
  pathway: (id: number) => `#/pathways/${id}`,
};
