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

/** A name found in a text: where it starts and which name it is. */
interface Found {
  readonly index: number;
  readonly text: string;
}

/**
 * Makes a finder of the given names that answers as an alternation of them, longest first, would
 * (the leftmost place where any starts, and there the longest), without one: a regular expression
 * of a few dozen names tries each name at every character of the article, while this looks only
 * where a name's first character stands.
 * @param texts The names, longest first.
 * @returns A function giving the first name found in `value` at or after `from`, or null.
 */
function nameFinder(texts: readonly string[]): (value: string, from: number) => Found | null {
  const byFirst = new Map<number, string[]>();
  for (const text of texts) {
    const code = text.charCodeAt(0);
    const list = byFirst.get(code);
    if (list) list.push(text);
    else byFirst.set(code, [text]);
  }
  return (value, from) => {
    for (let i = from; i < value.length; i++) {
      const candidates = byFirst.get(value.charCodeAt(i));
      if (!candidates) continue;
      for (const text of candidates) if (value.startsWith(text, i)) return { index: i, text };
    }
    return null;
  };
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
  const find = targets.length ? nameFinder([...byText.keys()]) : null;

  return (tree: Root): void => {
    if (!find) return;
    const linked = new Set<string>();

    const split = (node: Text): ElementContent[] | null => {
      const value = node.value;
      const out: ElementContent[] = [];
      let last = 0;
      for (let m = find(value, 0); m; ) {
        const target = byText.get(m.text)!;
        const before = value[m.index - 1];
        // Not at a word start: look again from the next character, not past the name.
        if (target.wordStart && before !== undefined && HANGUL_SYLLABLE.test(before)) {
          m = find(value, m.index + 1);
          continue;
        }
        const end = m.index + m.text.length;
        if (!(firstOnly && linked.has(target.href))) {
          linked.add(target.href);
          if (m.index > last) out.push({ type: 'text', value: value.slice(last, m.index) });
          out.push({ type: 'element', tagName: 'a', properties: { href: target.href, className: [className] }, children: [{ type: 'text', value: m.text }] });
          last = end;
        }
        m = find(value, end);
      }
      if (last === 0) return null;
      if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
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
