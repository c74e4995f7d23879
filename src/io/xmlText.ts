// Text handed to saxes in chunks: a surrogate half without its pair (a JavaScript string can hold
// one; decoded files cannot) makes saxes throw a RangeError of its own, so each chunk is made
// well-formed first, a high surrogate at its end kept back for the next chunk.

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export class WellFormedChunks {
  private carry = "";

  /** The chunk with lone surrogates replaced by U+FFFD (a trailing high one waits for its pair). */
  next(chunk: string): string {
    let text = this.carry + chunk;
    this.carry = "";
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    return LONE.test(text) ? text.replace(LONE, "\uFFFD") : text;
  }

  /** What is left at the end of the text: a high surrogate never paired. */
  end(): string {
    const rest = this.carry === "" ? "" : "\uFFFD";
    this.carry = "";
    return rest;
  }
}
