// Placeholder: replaced by the tab's real component.
export function ActionsTab() {
  return null;
}
