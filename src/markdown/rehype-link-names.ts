/**
 * rehype plugin: links names in text (district and program names) to their pages by splitting hast
 * text nodes; it never creates raw HTML, so whatever the text holds stays text.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

/** A name to link. */
export interface LinkTarget {
  /** The text as written in the article, e.g. `마포 안심귀갓길`. */
  readonly text: string;
  /** Where it links to (root-absolute). */
  readonly href: string;
  /**
   * Only link where the name starts a word: the character before it is not a Hangul syllable, so
   * `중구` is not found inside `집중구역`. Default false.
   */
  readonly wordStart?: boolean;
}

/** Options of `rehypeLinkNames`. */
export interface Options {
  /** Names to link; when two overlap at one place, the longer wins. Default: none. */
  readonly targets?: readonly LinkTarget[];
  /** Link only the first occurrence of each target in the tree. Default true. */
  readonly firstOnly?: boolean;
  /** Class set on the links made. Default `name-link`. */
  readonly className?: string;
}

const HANGUL_SYLLABLE = /[가-힣]/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Links names in text nodes outside existing links.
 * @param options See `Options`.
 * @returns The transformer.
 */
export default function rehypeLinkNames(options: Options = {}) {
  const targets = [...(options.targets ?? [])].filter((t) => t.text.length > 0).sort((a, b) => b.text.length - a.text.length);
  const firstOnly = options.firstOnly ?? true;
  const className = options.className ?? 'name-link';
  const byText = new Map(targets.map((t) => [t.text, t]));
  const pattern = targets.length ? new RegExp([...byText.keys()].map(escapeRegExp).join('|'), 'g') : null;

  return (tree: Root): void => {
    if (!pattern) return;
    const linked = new Set<string>();

    const split = (node: Text): ElementContent[] | null => {
      const out: ElementContent[] = [];
      let last = 0;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(node.value); m; m = pattern.exec(node.value)) {
        const target = byText.get(m[0])!;
        const before = node.value[m.index - 1];
        if (target.wordStart && before !== undefined && HANGUL_SYLLABLE.test(before)) {
          pattern.lastIndex = m.index + 1;
          continue;
        }
        if (firstOnly && linked.has(target.href)) continue;
        linked.add(target.href);
        if (m.index > last) out.push({ type: 'text', value: node.value.slice(last, m.index) });
        out.push({ type: 'element', tagName: 'a', properties: { href: target.href, className: [className] }, children: [{ type: 'text', value: m[0] }] });
        last = m.index + m[0].length;
      }
      if (last === 0) return null;
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    };

    const walk = (parent: Root | Element): void => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        if (child.type === 'element') {
          if (child.tagName !== 'a') walk(child);
        } else if (child.type === 'text') {
          const parts = split(child);
          if (parts) {
            parent.children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        }
      }
    };
    walk(tree);
  };
}
