/**
 * A Markdown (Sätteri hast) plugin for editors' content: a link that is the whole of a list item or a
 * paragraph (a list of "接着看" links, a lone "see also" line) is a tap target, not a link inside a
 * sentence, so it gets the class `link-target`, which the stylesheet makes at least 44 × 44 px. Links
 * inside sentences keep their size, as WCAG 2.5.8's inline exception allows.
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: readonly HastNode[];
}

interface Context {
  parent(node: HastNode): HastNode | undefined;
  setProperty(node: HastNode, key: string, value: unknown): void;
}

const isBlank = (node: HastNode) => node.type === 'text' && (node.value ?? '').trim() === '';

export const linkTargets = {
  name: 'link-targets',
  element: {
    filter: ['a'],
    visit(node: HastNode, ctx: Context): void {
      const parent = ctx.parent(node);
      if (parent?.type !== 'element' || (parent.tagName !== 'li' && parent.tagName !== 'p')) return;
      if ((parent.children ?? []).filter((child) => !isBlank(child)).length !== 1) return;
      const classes = node.properties?.['className'];
      ctx.setProperty(node, 'className', [...(Array.isArray(classes) ? classes : []), 'link-target']);
    },
  },
};
