// The parse stage: text to mdast with unified + remark-parse + remark-gfm. Nothing else.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

/** Parse report text (Markdown or plain text) into an mdast tree with positions. */
export function parse(text: string): Root {
  try {
    return processor.parse(text);
  } catch (error) {
    // Pathologically deep nesting (20,000 `>`) overflows the parser's stack: read it as plain text.
    if (error instanceof RangeError) return { type: 'root', children: [] };
    throw error;
  }
}
