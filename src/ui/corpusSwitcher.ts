// The corpus switcher: every corpus loaded in this session (the default one and each import),
// so a curator can go back and forth without loading anything again.
import { h } from "./dom";

export class CorpusSwitcher {
  constructor(
    private readonly select: HTMLSelectElement,
    onChoose: (corpusId: string) => void,
  ) {
    select.addEventListener("change", () => onChoose(select.value));
  }

  /** Adds the corpus if new, and shows it as the current one. */
  show(corpusId: string, label: string): void {
    let option = [...this.select.options].find((o) => o.value === corpusId);
    if (!option) {
      option = h("option", { attrs: { value: corpusId } }, label);
      this.select.append(option);
    }
    this.select.value = corpusId;
    this.select.disabled = this.select.options.length < 2;
  }
}
