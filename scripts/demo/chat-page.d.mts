export declare const DEMO_PATHS: { newChat: string; conversation: (id: string) => string };
export declare function demoChatPage(): string;
export declare function startDemoServer(opts?: { port?: number }): Promise<{ origin: string; close(): Promise<void> }>;
