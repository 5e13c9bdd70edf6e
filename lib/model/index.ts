export * from './contact';
export * from './dates';
export * from './events';
export * from './settings';
export * from './vocabulary';
