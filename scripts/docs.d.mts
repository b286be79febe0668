/** One documented option, as `scripts/docs.mjs` reads it from `src/core/options`. */
export interface OptionDoc {
  path: string;
  group: string;
  description: string;
  balanced: number;
  lenient: number;
  strict: number;
  range: readonly [number, number, ('integer' | undefined)?];
}

/** A page with option tables: what it holds now and what the generator would write. */
export interface OptionPage {
  file: string;
  current: string;
  expected: string;
}

export declare const PAGES: Readonly<Record<string, string>>;
export declare function readOptions(root?: string): { options: OptionDoc[]; errors: string[] };
export declare function renderTable(options: readonly OptionDoc[], root?: string): Promise<string>;
export declare function replaceBlock(text: string, group: string, table: string, file?: string): string;
export declare function proseErrors(root: string, options: readonly OptionDoc[]): string[];
export declare function optionPages(root?: string): Promise<{ pages: OptionPage[]; errors: string[] }>;
export declare const HELP_FILE: string;
export declare function firstSentence(text: string): string;
export declare function helpPage(root?: string): Promise<OptionPage>;
export declare function firstDifference(current: string, expected: string): string;
