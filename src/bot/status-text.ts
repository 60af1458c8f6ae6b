// The status text moved to the use-case layer (src/app/status-text.ts); this name stays for callers not yet moved.
export { statusText } from '../app/status-text.ts';
