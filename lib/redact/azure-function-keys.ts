import { regexFinder, simple, type Finder } from './rules';

/**
 * BA's round: an Azure Functions key in the `code=` parameter of a function's URL
 * (`https://app.azurewebsites.net/api/fn?code=…==`), as Azure's portal hands it out to call a function with a function
 * or host key: anyone with the URL runs the function. Read only on an `azurewebsites.net` host, where `code` is the
 * key's one documented name; a `code=` of another site (an OAuth redirect's) is a one-time grant the rules leave.
 */
const FUNCTION_KEY_IN_URL = /\.azurewebsites\.net\/[^\s"'<>?#]{0,200}\?(?:[^\s"'<>#&]{0,200}&){0,10}code=([A-Za-z0-9_-]{30,100}={0,2})(?![A-Za-z0-9_=-])/dg;

export const AZURE_FUNCTION_KEY_FINDERS: readonly Finder[] = [{ ...regexFinder(simple('azure-function-keys', 'api key', FUNCTION_KEY_IN_URL, undefined, 1)), trigger: /azurewebsites/ }];
