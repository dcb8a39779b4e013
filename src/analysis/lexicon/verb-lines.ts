import type { ReportingVerb, VerbFrame } from './types';

/**
 * "say says said saying" → one verb entry; irregular forms are written out. After "|" come the
 * particles, "!" marking one the verb needs ("point out!").
 */
export function verbs(frame: VerbFrame, ...lines: string[]): ReportingVerb[] {
  return lines.map((line) => {
    const [formsPart, particlePart] = line.split('|');
    const particles = particlePart?.trim().split(/\s*,\s*/);
    const required = particlePart?.includes('!') ?? false;
    return {
      forms: formsPart!.trim().split(/\s+/),
      frame,
      ...(particles ? { particles: particles.map((p) => p.replace('!', '')), particleRequired: required } : {}),
    };
  });
}

/** Every form of every verb, for the lists of finite verbs that end a source phrase. */
export function allForms(list: readonly ReportingVerb[]): string[] {
  return [...new Set(list.flatMap((verb) => verb.forms))];
}
