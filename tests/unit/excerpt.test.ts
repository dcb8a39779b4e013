import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, excerpt } from '../../src/report/excerpt';

describe('excerpt', () => {
  it('keeps short text whole, its spaces collapsed', () => {
    expect(excerpt('  the plan was\n "dead   on arrival" ')).toBe('the plan was "dead on arrival"');
  });

  it('cuts long text at a word boundary, with an ellipsis, within the limit', () => {
    const long = 'the minister said that the talks, which began in March, would go on; '.repeat(4);
    const short = excerpt(long);
    expect(short.length).toBeLessThanOrEqual(EXCERPT_CHARS);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/[ ,;]…$/);
    expect(excerpt('one two three four five', 12)).toBe('one two…');
  });

  it('cuts inside a word longer than half the excerpt, never inside a surrogate pair', () => {
    expect(excerpt('x'.repeat(30), 10)).toBe('xxxxxxxxx…');
    const emoji = excerpt(`${'a'.repeat(8)}😀😀`, 10);
    expect(emoji).toBe(`${'a'.repeat(8)}…`);
  });
});
