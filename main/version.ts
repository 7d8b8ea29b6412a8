/** The application version, injected at build time (tests read package.json through vitest's define). */
export const APP_VERSION: string = typeof __COPIL_VERSION__ === 'string' ? __COPIL_VERSION__ : '0.0.0'
