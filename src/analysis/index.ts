export { analyze, analyzeWithLanguage } from './analyze';
export { detectLanguage, languageOfTag } from './detect-language';
export { LANGUAGES } from './lexicon';
export { warmUpSteps } from './warm-up';
export type * from './types';
