import type { BrowserContext, Page, Worker } from 'playwright-core';
export declare const TOUR_MESSAGES: string[];
export declare const TOUR_FIRST_MESSAGE: string;
export declare function runDemoTour(
  page: Page,
  origin: string,
  serviceWorker: Worker,
  log?: (line: string) => void,
): Promise<{ preamble: string; preambleMs: number; refreshed: string }>;
export declare function showFirstRun(welcome: Page, log?: (line: string) => void): Promise<string>;
export declare function showPopup(context: BrowserContext, extensionId: string, log?: (line: string) => void): Promise<Page>;
