// The browser half of src/components/Island.astro: reads the island's props and hydrates the server HTML.
import { h, hydrate, type ComponentType } from "preact";

export function mountIsland<Props extends object>(name: string, Component: ComponentType<Props>): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  const data = document.querySelector(`script[data-island-props="${name}"]`);
  if (!root || !data) return;
  hydrate(h(Component, JSON.parse(data.textContent ?? "{}") as Props), root);
}
