import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../../../shared/rules/routines/sop-diff';

describe('the line diff between two SOP versions', () => {
  it('lists lines kept, removed and added, with counts', () => {
    const diff = lineDiff(
      '# Orders\n1. Check stock\n2. Confirm\n',
      '# Orders\n1. Check stock\n2. Confirm by phone\n3. File\n',
    );
    expect(diff.lines).toEqual([
      { kind: 'same', text: '# Orders' },
      { kind: 'same', text: '1. Check stock' },
      { kind: 'removed', text: '2. Confirm' },
      { kind: 'added', text: '2. Confirm by phone' },
      { kind: 'added', text: '3. File' },
    ]);
    expect(diff).toMatchObject({ added: 2, removed: 1 });
  });

  it('treats a last line without its newline, and CRLF line ends, as the same lines', () => {
    expect(lineDiff('a\r\nb', 'a\nb\n')).toMatchObject({ added: 0, removed: 0 });
    expect(lineDiff('a\nb', 'a\nb\nc')).toEqual({
      lines: [
        { kind: 'same', text: 'a' },
        { kind: 'same', text: 'b' },
        { kind: 'added', text: 'c' },
      ],
      added: 1,
      removed: 0,
    });
  });

  it('from nothing, every line is added; blank lines count', () => {
    expect(lineDiff('', 'x\n\ny')).toMatchObject({ added: 3, removed: 0 });
    expect(lineDiff('x', '')).toMatchObject({ added: 0, removed: 1 });
  });
});
