import { describe, expect, it } from 'vitest';
import { parsePathwaysRoute, pathwayPaths } from '../../renderer/features/pathways/routes';

const parse = (path: string) =>
  parsePathwaysRoute(
    path
      .replace(/^#\/pathways\/?/, '')
      .split('/')
      .filter(Boolean),
  );

describe('Percorsi individuali routes', () => {
  it('reads back every address the area builds', () => {
    expect(parse(pathwayPaths.home())).toEqual({ name: 'home' });
    expect(parse(pathwayPaths.new())).toEqual({ name: 'new' });
    expect(parse(pathwayPaths.newFor(12))).toEqual({ name: 'new', participantId: 12 });
    expect(parse(pathwayPaths.insurance())).toEqual({ name: 'insurance' });
    expect(parse(pathwayPaths.pathway(7))).toEqual({ name: 'pathway', id: 7 });
  });

  it('refuses addresses that name nothing', () => {
    for (const path of [
      '#/pathways/new/0',
      '#/pathways/new/abc',
      '#/pathways/new/12/extra',
      '#/pathways/insurance/3',
      '#/pathways/7/edit',
      '#/pathways/99999999999999999',
    ]) {
      expect(parse(path), path).toEqual({ name: 'notFound' });
    }
  });
});
