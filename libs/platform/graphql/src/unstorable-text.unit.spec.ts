import { findUnstorableText } from './unstorable-text';

describe('text the platform cannot store', () => {
  it('names the variable holding a NUL character or a lone surrogate', () => {
    expect(findUnstorableText({ variables: { input: { description: 'nước\u0000thải' } } })).toBe('variables.input.description');
    expect(findUnstorableText({ variables: { ids: ['ok', 'x\ud800'] } })).toBe('variables.ids.1');
  });

  it('lets Vietnamese text, emoji and markup-looking text through (they are stored as text)', () => {
    expect(findUnstorableText({ query: '{ a }', variables: { t: 'Hoà Bình 🌊 <b>' } })).toBeNull();
  });
});
