/** The part of turndown (which ships no types) that the Markdown quality test uses. */
declare module 'turndown' {
  export default class TurndownService {
    constructor(options?: { headingStyle?: 'atx' | 'setext'; codeBlockStyle?: 'fenced' | 'indented' });
    remove(filter: string[]): this;
    turndown(html: string): string;
  }
}
