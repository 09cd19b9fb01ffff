import { Box } from '@mantine/core';
import MarkdownIt from 'markdown-it';
import { createElement, type ReactNode, useMemo } from 'react';

// A process document's Markdown shown safely: markdown-it parses it with raw HTML off (a `<script>` or
// `<b>` in the body is text), and its tokens become React elements from a fixed list of tags — no HTML
// string is ever put into the page, so nothing in a body (typed here or from an imported package) can
// add an element, an attribute or a handler of its own. Links go only to http(s) and mailto addresses;
// images are not fetched (their text shows instead).

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
md.disable(['image']);

/** Only web and mail links: no javascript:, data:, file: or relative ones. */
export const safeHref = (href: string): string | null => {
  const value = href.trim();
  return /^(https?:\/\/|mailto:)/i.test(value) ? value : null;
};

// The page has its h1 and the document sits under h2/h3: its own headings start at h4.
const headingLevel = (tag: string) => `h${Math.min(6, Number(tag.slice(1)) + 3)}`;

const allowed = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'strong',
  'em',
  's',
  'hr',
  'br',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

type Token = ReturnType<typeof md.parse>[number];

interface Frame {
  tag: string;
  attrs: Record<string, string>;
  children: ReactNode[];
}

function element(frame: Frame, key: number): ReactNode {
  let tag = allowed.has(frame.tag) ? frame.tag : 'span';
  if (/^h[1-6]$/.test(tag)) tag = headingLevel(tag);
  return createElement(tag, { key, ...frame.attrs }, ...(frame.children.length > 0 ? frame.children : []));
}

function attrsOf(token: Token): Record<string, string> {
  if (token.tag === 'a') {
    const href = safeHref(String(token.attrGet('href') ?? ''));
    return href ? { href, target: '_blank', rel: 'noopener noreferrer' } : {};
  }
  if (token.tag === 'ol') {
    const start = Number(token.attrGet('start'));
    return Number.isInteger(start) && start > 1 ? { start: String(start) } : {};
  }
  return {};
}

/** The tokens of a parse as React elements. */
function render(tokens: readonly Token[]): ReactNode[] {
  const root: Frame = { tag: 'root', attrs: {}, children: [] };
  const stack: Frame[] = [root];
  let key = 0;
  const top = () => stack[stack.length - 1] as Frame;
  const walk = (list: readonly Token[]) => {
    for (const token of list) {
      if (token.hidden) {
        // A tight list's paragraphs: their inline content goes straight into the item.
        if (token.children) walk(token.children);
        continue;
      }
      if (token.nesting === 1) {
        const attrs = attrsOf(token);
        // A link to an address it may not open is its text only.
        const tag = token.tag === 'a' && !attrs.href ? 'span' : token.tag;
        stack.push({ tag, attrs, children: [] });
      } else if (token.nesting === -1) {
        const done = stack.pop() as Frame;
        top().children.push(element(done, key++));
      } else if (token.type === 'inline') walk(token.children ?? []);
      else if (token.type === 'text' || token.type === 'html_inline' || token.type === 'html_block')
        top().children.push(token.content);
      else if (token.type === 'code_inline') top().children.push(<code key={key++}>{token.content}</code>);
      else if (token.type === 'fence' || token.type === 'code_block')
        top().children.push(
          <pre key={key++}>
            <code>{token.content}</code>
          </pre>,
        );
      else if (token.type === 'softbreak') top().children.push('\n');
      else if (token.type === 'hardbreak') top().children.push(<br key={key++} />);
      else if (token.type === 'hr') top().children.push(<hr key={key++} />);
      else if (token.content) top().children.push(token.content);
    }
  };
  walk(tokens);
  // Unclosed frames (not produced by markdown-it, but never lost): closed at the end.
  while (stack.length > 1) {
    const done = stack.pop() as Frame;
    top().children.push(element(done, key++));
  }
  return root.children;
}

/** A Markdown body as safe React elements. */
export function SafeMarkdown({ source, testId }: { source: string; testId?: string }) {
  const nodes = useMemo(() => render(md.parse(source, {})), [source]);
  return (
    <Box className="sop-body" data-testid={testId} style={{ overflowWrap: 'anywhere' }}>
      {nodes}
    </Box>
  );
}
