import { diffLines } from 'diff';

// What changed between two versions of a process document, line by line: each line of the later version
// that is new, each line of the earlier one that is gone, and the lines both hold. Computed, so the diff
// between any two versions says exactly what their (never edited) bodies say.

export type DiffLineKind = 'added' | 'removed' | 'same';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
}

export interface LineDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
}

/** The lines of `text` ("a\nb\n" is two lines; a last line without a newline counts too). */
function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The line diff from `before` to `after` (line ends normalised: CRLF and LF bodies compare equal). */
export function lineDiff(before: string, after: string): LineDiff {
  // A last line without its newline is the same line as with it.
  const norm = (s: string) => {
    const text = s.replace(/\r\n?/g, '\n');
    return text === '' || text.endsWith('\n') ? text : `${text}\n`;
  };
  const lines: DiffLine[] = [];
  let added = 0;
  let removed = 0;
  for (const part of diffLines(norm(before), norm(after))) {
    const kind: DiffLineKind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of splitLines(part.value)) {
      lines.push({ kind, text });
      if (kind === 'added') added++;
      if (kind === 'removed') removed++;
    }
  }
  return { lines, added, removed };
}
