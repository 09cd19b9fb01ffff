// Placeholder until this tab is built.
export function PlansTab() {
  return null;
}
