/** A file that cannot be read as a document. The message names the file and the reason. */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "IngestError";
    this.file = file;
    this.reason = reason;
  }
}
