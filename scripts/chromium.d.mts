export declare const CHROMIUM_CANDIDATES: string[];
export declare const CHROMIUM_ARGS: string[];
export declare function chromiumPath(): string;
export declare function waitForServer(url: string, tries?: number): Promise<void>;
export declare function startPreview(
  dist: string,
  port: number,
): Promise<import("node:child_process").ChildProcess>;
