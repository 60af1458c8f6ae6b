export * from './schema.ts';
export { ConfigError, formatPath, formatProblems, loadConfigFile, parseConfig, type ConfigProblem } from './load.ts';
export { vigilJsonSchema, vigilJsonSchemaText } from './json-schema.ts';
export * from './duration.ts';
