// The one error a decisions file can raise: it names the file and, inside it, the entry and field.

export class DecisionsFileError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = "DecisionsFileError";
    this.file = file;
  }
}
