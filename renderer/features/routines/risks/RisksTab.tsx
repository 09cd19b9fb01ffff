// Placeholder: replaced by the tab's real component.
export function RisksTab() {
  return null;
}
