// Placeholder: replaced by the tab's real component.
export function SopsTab() {
  return null;
}
