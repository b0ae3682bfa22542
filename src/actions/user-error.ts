/** An error whose message is a plain sentence a member of staff can act on: shown as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
