import { useEffect, useState } from 'react';

export type AreaId =
  'participants' | 'courses' | 'pathways' | 'competences' | 'reports' | 'settings';

/** The areas of the navigation, in order. */
export const AREAS: readonly AreaId[] = [
  'participants',
  'courses',
  'pathways',
  'competences',
  'reports',
  'settings',
];

export type Route =
  | { name: 'participants' }
  | { name: 'participantNew' }
  | { name: 'participantImport' }
  | { name: 'participant'; id: number }
  | { name: 'participantEdit'; id: number }
  /** The Corsi area parses the rest of its path itself (features/courses/routes.ts). */
  | { name: 'courses'; parts: string[] }
  /** The Percorsi individuali area parses the rest of its path itself (features/pathways/routes.ts). */
  | { name: 'pathways'; parts: string[] }
  /** Competenze e attestati parses the rest of its path itself (features/competences/routes.ts). */
  | { name: 'competences'; parts: string[] }
  /** The Report area reads its filters from the query (features/reports/routes.ts). */
  | { name: 'reports'; parts: string[]; query: string }
  | { name: 'settings'; section: SettingsSection }
  | { name: 'notFound' };

/** The sections of Impostazioni, in order. */
export const SETTINGS_SECTIONS = [
  'profile',
  'organisation',
  'users',
  'services',
  'audit',
  'backups',
  'retention',
] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

function isSettingsSection(value: string): value is SettingsSection {
  return (SETTINGS_SECTIONS as readonly string[]).includes(value);
}

/** Hash routes: #/participants, #/participants/new, #/participants/12, #/participants/12/edit, #/settings/users, #/courses … */
export function parseRoute(hash: string): Route {
  // A query after `?` (only the Report area has one) is not part of the path.
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  const [area, second, third] = parts;
  if (area === undefined || (area === 'participants' && second === undefined)) {
    return { name: 'participants' };
  }
  if (area === 'participants') {
    if (second === 'new' && third === undefined) return { name: 'participantNew' };
    if (second === 'import' && third === undefined) return { name: 'participantImport' };
    const id = /^[1-9][0-9]{0,15}$/.test(second ?? '') ? Number(second) : NaN;
    if (Number.isSafeInteger(id)) {
      if (third === undefined) return { name: 'participant', id };
      if (third === 'edit' && parts.length === 3) return { name: 'participantEdit', id };
    }
    return { name: 'notFound' };
  }
  if (area === 'settings' && third === undefined) {
    if (second === undefined) return { name: 'settings', section: 'profile' };
    if (isSettingsSection(second)) return { name: 'settings', section: second };
    return { name: 'notFound' };
  }
  if (area === 'courses') return { name: 'courses', parts: parts.slice(1) };
  if (area === 'pathways') return { name: 'pathways', parts: parts.slice(1) };
  if (area === 'competences') return { name: 'competences', parts: parts.slice(1) };
  if (area === 'reports') return { name: 'reports', parts: parts.slice(1), query };
  return { name: 'notFound' };
}

export function routeArea(route: Route): AreaId | null {
  switch (route.name) {
    case 'reports':
      return 'reports';
    case 'settings':
      return 'settings';
    case 'courses':
      return 'courses';
    case 'pathways':
      return 'pathways';
    case 'competences':
      return 'competences';
    case 'notFound':
      return null;
    default:
      return 'participants';
  }
}

export const paths = {
  participants: () => '#/participants',
  participantNew: () => '#/participants/new',
  participantImport: () => '#/participants/import',
  participant: (id: number) => `#/participants/${id}`,
  participantEdit: (id: number) => `#/participants/${id}/edit`,
  area: (area: AreaId) => `#/${area}`,
  settings: (section: SettingsSection) => `#/settings/${section}`,
};

export function navigate(path: string): void {
  window.location.hash = path;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
