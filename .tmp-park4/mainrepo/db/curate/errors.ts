// Expected failures of a curation action: bad target, clash with existing data. The handler
// table turns them into { ok: false } with the code; nothing has been changed when one is thrown.
export type CurationErrorCode = "not_found" | "conflict" | "invalid";

export class CurationError extends Error {
  constructor(
    readonly code: CurationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CurationError";
  }
}
