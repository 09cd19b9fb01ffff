// Placeholder: replaced by the tab's real component.
export function EventsTab() {
  return null;
}
