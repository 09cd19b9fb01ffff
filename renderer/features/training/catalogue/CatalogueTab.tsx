// Placeholder until this tab is built.
export function CatalogueTab() {
  return null;
}
