import { sendMessage, type PageApi, type PageMethod } from '../messaging/protocol';
import { CONTENT_METHODS } from '../messaging/protocol';
import { METHODS } from '../messaging/admit';

/**
 * What the popup and options page may ask of the background: the contract's page methods. Components take an `api`
 * prop of this type so tests can hand them a fake.
 */
export type ReverieApi = PageApi;

const PAGE_METHODS = METHODS.filter((m): m is PageMethod => !(CONTENT_METHODS as readonly string[]).includes(m));

/** The real api: every call is the contract's message of the same name, sent to the background. */
export function createMessagingApi(): PageApi {
  return Object.fromEntries(PAGE_METHODS.map((method) => [method, (data?: unknown) => sendMessage(method, data as never)])) as PageApi;
}
