// Placeholder: replaced by the tab's real component.
export function CultureTab() {
  return null;
}
