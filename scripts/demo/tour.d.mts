import type { Page, Worker } from 'playwright-core';
export declare const TOUR_MESSAGES: string[];
export declare const TOUR_FIRST_MESSAGE: string;
export declare function storedTurnCount(serviceWorker: Worker): Promise<number>;
export declare function runDemoTour(
  page: Page,
  origin: string,
  serviceWorker: Worker,
  log?: (line: string) => void,
): Promise<{ preamble: string; preambleMs: number; refreshed: string }>;
