/**
 * An error whose message is a plain sentence a member of staff can act on: shown as it is. Every
 * layer may throw it; the server turns it into a refusal, never a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
