// Placeholder: replaced by the tab's real component.
export function CareTab() {
  return null;
}
