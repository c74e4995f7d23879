// How data maps to colour and size: community → colour (Tableau 10 for the largest communities, a
// quiet grey for the long tail), identity → colour (Okabe–Ito), paper count → node size (sqrt).
import { scaleOrdinal, scaleSqrt } from "d3-scale";
import { schemeTableau10 } from "d3-scale-chromatic";

export type ThemeName = "light" | "dark";

export interface Theme {
  name: ThemeName;
  background: string;
  label: string;
  /** Nodes outside the focus (hover/selection) and long-tail communities. */
  faded: string;
  neutral: string;
  edge: string;
  edgeFocus: string;
}

export const THEMES: Record<ThemeName, Theme> = {
  light: {
    name: "light",
    background: "#ffffff",
    label: "#1b1f24",
    faded: "#e6e8eb",
    neutral: "#a3a8ae",
    edge: "#d3d6da",
    edgeFocus: "#59606a",
  },
  dark: {
    name: "dark",
    background: "#15181c",
    label: "#eef1f4",
    faded: "#2a2f36",
    neutral: "#6b727b",
    edge: "#353b43",
    edgeFocus: "#b8c0ca",
  },
};

/** Tableau 10 without its grey, which is kept for the long tail. */
const COMMUNITY_COLOURS = schemeTableau10.filter((c) => c !== "#bab0ab");
/** Okabe–Ito, minus black, which disappears on a dark background. */
export const IDENTITY_COLOURS = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
];

const communityScale = scaleOrdinal<number, string>()
  .domain(COMMUNITY_COLOURS.map((_, i) => i))
  .range(COMMUNITY_COLOURS);

/** Communities are numbered largest first, so the first few get distinct colours. */
export function communityColour(community: number, theme: Theme): string {
  return community >= 0 && community < COMMUNITY_COLOURS.length
    ? communityScale(community)
    : theme.neutral;
}

export function distinctCommunityColours(): number {
  return COMMUNITY_COLOURS.length;
}

export function identityColour(index: number, theme: Theme): string {
  return IDENTITY_COLOURS[index] ?? theme.neutral;
}

export function nodeSizeScale(maxPapers: number): (papers: number) => number {
  return scaleSqrt()
    .domain([1, Math.max(2, maxPapers)])
    .range([2, 18])
    .clamp(true);
}
