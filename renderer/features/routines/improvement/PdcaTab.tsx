// Placeholder: replaced by the tab's real component.
export function PdcaTab() {
  return null;
}
