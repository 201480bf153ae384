// Vite bundles CSS imported from a component; TypeScript only needs to know the import exists.
declare module '*.css';
