/**
 * The password half of a basic-auth pair that services tell you to fill with anything, because the token is the user
 * half: BambooHR and Freshdesk (`-u TOKEN:x`, `-u TOKEN:X`), Toggl (`TOKEN:api_token`), GitHub's old `x-oauth-basic`,
 * Mailchimp's `anystring` (on the other side). One or two characters, or one of the words the docs write there.
 */
const THROWAWAY_WORD = /^(?:any|anystring|anything|whatever|dummy|unused|blank|none|null|api_token|api|apikey|token|x-oauth-basic)$/i;

export function isThrowawayPassword(value: string): boolean {
  return value.length <= 2 || THROWAWAY_WORD.test(value);
}
