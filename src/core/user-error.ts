/**
 * An error whose message is a plain sentence a member of staff can act on: shown as it is. Every
 * layer may throw one; the code says what kind of refusal it is, for code that reacts to it.
 */

/**
 * `user`: the sheet or the request cannot be used as it is (the sentence says what to change);
 * `invalid-argument`: the sidebar sent something the server does not accept;
 * `busy`: another task holds the spreadsheet, so trying again later will do;
 * `limit`: one of Google's limits would be passed (a document property's 9 KB, say).
 */
export type RefusalCode = 'user' | 'invalid-argument' | 'busy' | 'limit';

export class UserError extends Error {
  constructor(
    message: string,
    readonly code: RefusalCode = 'user',
  ) {
    super(message);
    this.name = 'UserError';
  }
}
