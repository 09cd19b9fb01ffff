import { describe, expect, it } from 'vitest';
import { chunks } from '../../../shared/chunks';
import { errorMessage } from '../../../shared/error-message';

describe('chunks', () => {
  it('cuts a list into pieces of the size, in order, the last shorter', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
    expect(chunks([1, 2], 5)).toEqual([[1, 2]]);
  });

  it('refuses a size that would never end', () => {
    expect(() => chunks([1], 0)).toThrow(/at least 1/);
    expect(() => chunks([1], Number.NaN)).toThrow(/at least 1/);
  });
});

describe('errorMessage', () => {
  it('is an error’s message, or the value as text', () => {
    expect(errorMessage(new TypeError('disk full'))).toBe('disk full');
    expect(errorMessage('no file')).toBe('no file');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
