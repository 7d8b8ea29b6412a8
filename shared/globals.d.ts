/** Replaced at build time by the version in package.json. */
declare const __COPIL_VERSION__: string
