export * from './participants';
export * from './users';
export * from './audit';
export * from './settings';
export * from './projects';
export * from './courses';
export * from './pathways';
export * from './services';
