import { describe, expect, it } from 'vitest';
import { dismissedOn, parseDismissals, withDismissal } from '../../src/shared/dismissals';

describe('dismissals', () => {
  it('are kept per site and term, normalised, and undone', () => {
    let d = withDismissal({}, 'News.Example.', '  Reform ', true);
    d = withDismissal(d, 'news.example', 'reform', true);
    d = withDismissal(d, 'other.example', 'experts', true);
    expect(d).toEqual({ 'news.example': ['reform'], 'other.example': ['experts'] });
    expect(dismissedOn(d, 'NEWS.example')).toEqual(['reform']);
    expect(withDismissal(d, 'news.example', 'REFORM', false)).toEqual({ 'other.example': ['experts'] });
  });

  it.each([null, 'x', [], { 'a.example': 'reform' }, { '': ['x'] }])('read %j as nothing dismissed', (raw) => {
    expect(parseDismissals(raw)).toEqual({});
  });

  it('drop malformed terms one by one', () => {
    expect(parseDismissals({ 'a.example': ['ok', 3, '', 'x'.repeat(500), 'OK'] })).toEqual({ 'a.example': ['ok'] });
  });
});
