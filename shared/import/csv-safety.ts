// Spreadsheet formula injection: a cell that starts with = + - @, TAB or CR may be run as a formula by
// Excel/WPS when a CSV is opened. Exports prefix such cells with a single quote (shown as text, not
// evaluated); imports strip that quote again so a file we wrote can be read back unchanged.

const dangerous = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return dangerous.test(value) ? `'${value}` : value;
}

/** Undo neutraliseCell: "'=1+1" → "=1+1". Other leading quotes are left alone. */
export function unneutraliseCell(value: string): string {
  return value.startsWith("'") && dangerous.test(value.slice(1)) ? value.slice(1) : value;
}
