/** The screens of the Percorsi individuali area, below #/pathways. */
export type PathwaysRoute =
  { name: 'home' } | { name: 'new' } | { name: 'pathway'; id: number } | { name: 'notFound' };

function toId(value: string | undefined): number | null {
  if (!/^[1-9][0-9]{0,15}$/.test(value ?? '')) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** `parts` are the path segments after `pathways`. */
export function parsePathwaysRoute(parts: readonly string[]): PathwaysRoute {
  const [first, second] = parts;
  if (first === undefined) return { name: 'home' };
  if (second !== undefined) return { name: 'notFound' };
  if (first === 'new') return { name: 'new' };
  const id = toId(first);
  return id === null ? { name: 'notFound' } : { name: 'pathway', id };
}

export const pathwayPaths = {
  home: () => '#/pathways',
  new: () => '#/pathways/new',
  pathway: (id: number) => `#/pathways/${id}`,
};
