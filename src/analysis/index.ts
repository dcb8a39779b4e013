export { analyze, analyzeWithLanguage } from './analyze';
export { detectLanguage } from './detect-language';
export { LANGUAGES } from './lexicon';
export type * from './types';
