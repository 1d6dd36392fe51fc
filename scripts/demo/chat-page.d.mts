export declare const DEMO_PATHS: { newChat: string; conversation: (id: string) => string };
export declare function routeDemoChat(context: import('playwright-core').BrowserContext, origin?: string): Promise<void>;
export declare function startDemoServer(opts?: { port?: number }): Promise<{ origin: string; close(): Promise<void> }>;
