export {
  createParticipantGenerator,
  DEFAULT_REFERENCE_DATE,
  generateParticipants,
  type GeneratorOptions,
  type SyntheticParticipant,
} from './generate';
export { insertSyntheticParticipants, type InsertOptions } from './insert';
export { createRandom, weightedTable, type Random, type WeightedTable } from './prng';
export { insertSyntheticCourses, SCALE_L, type CourseScale } from './courses';
export { insertSyntheticPathways, PATHWAYS_L, type PathwayScale } from './pathways';
export {
  insertSyntheticCompetenceRecords,
  COMPETENCES_L,
  type CompetenceScale,
} from './competences';
