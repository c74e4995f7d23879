// Light/dark theme from prefers-color-scheme; the CSS follows the same media query, the graph
// colours are swapped by the listeners here.
import { THEMES, type Theme } from "./graph/appearance";

const query = (): MediaQueryList => window.matchMedia("(prefers-color-scheme: dark)");

export function currentTheme(): Theme {
  return query().matches ? THEMES.dark : THEMES.light;
}

export function onThemeChange(listener: (theme: Theme) => void): void {
  query().addEventListener("change", () => listener(currentTheme()));
}
