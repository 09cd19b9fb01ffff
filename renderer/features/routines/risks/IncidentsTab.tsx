// Placeholder: replaced by the tab's real component.
export function IncidentsTab() {
  return null;
}
