// The error a selection parser reports: a message for people and a 0-based offset for editors to underline.

export class SelectionSyntaxError extends Error {
  /** 0-based character offset into the selection text where the problem was found. */
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = "SelectionSyntaxError";
    this.position = position;
  }
}
