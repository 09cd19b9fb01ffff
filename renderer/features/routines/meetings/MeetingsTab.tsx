// Placeholder: replaced by the tab's real component.
export function MeetingsTab() {
  return null;
}
