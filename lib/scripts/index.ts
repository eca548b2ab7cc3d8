export * from './parseTemplate';
export * from './renderScript';
export * from './scriptVariables';
export * from './scriptContext';
export * from './searchScripts';
export * from './effectiveness';
export { DEFAULT_SCRIPTS, DEFAULT_SCRIPTS_CREATED_AT, defaultScriptId } from './defaultScripts';
export * from './labelKeys';
