/** Research: priorities, fit and the research checklist, for server, web and CLI. */
export * from './priorities.js';
export * from './fit.js';
export * from './checklist.js';
