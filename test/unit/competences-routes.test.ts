import { describe, expect, it } from 'vitest';
import { competencePaths, parseCompetencesRoute } from '../../renderer/features/competences/routes';

const parse = (path: string) =>
  parseCompetencesRoute(
    path
      .replace(/^#\/competences\/?/, '')
      .split('/')
      .filter(Boolean),
  );

describe('Competenze e attestati routes', () => {
  it('reads back every address the area builds', () => {
    expect(parse(competencePaths.framework())).toEqual({ name: 'framework' });
    expect(parse(competencePaths.certificates())).toEqual({ name: 'certificates' });
    expect(parse(competencePaths.verify())).toEqual({ name: 'verify' });
  });

  it('refuses addresses that name nothing', () => {
    for (const path of ['#/competences/12', '#/competences/verify/3', '#/competences/new/x']) {
      expect(parse(path), path).toEqual({ name: 'notFound' });
    }
  });
});
