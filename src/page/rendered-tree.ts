/**
 * Walking the tree as it is rendered, across open shadow roots: a shadow root leads up to its
 * host and a slotted node to its slot. Loops only, since pages nest 20,000 deep.
 */
import {
  COMMENT_NODE, DOCUMENT_FRAGMENT_NODE, DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE, isBlockElement, isSkippedElement,
} from './markup-rules';

export function renderedParent(node: Node): Node | null {
  const slot = (node as Partial<Element>).assignedSlot;
  if (slot) return slot;
  // A shadow root has no parentNode: its host stands above it.
  if (node.nodeType === DOCUMENT_FRAGMENT_NODE) return (node as ShadowRoot).host ?? null;
  const parent = node.parentNode;
  if (parent && parent.nodeType === DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent;
}

/** Whether `node` is `ancestor` or inside it, looking through the shadow roots `node` sits in. */
export function containsRendered(ancestor: Node, node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (ancestor.contains(current)) return true;
    const root = current.getRootNode();
    current = root.nodeType === DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host ?? null : null;
  }
  return false;
}

/**
 * Whether a proper ancestor of `node` (as `containsRendered` sees ancestors: up the tree, and from
 * a shadow root to its host) is one of `ancestors`: one walk up, however many there are.
 */
export function hasAncestorIn(node: Node, ancestors: ReadonlySet<Node>): boolean {
  for (let current = node.parentNode ?? null; current; current = current.parentNode ?? (current as Partial<ShadowRoot>).host ?? null) {
    if (ancestors.has(current)) return true;
  }
  return false;
}

/**
 * The element whose blocks hold `node`'s text: the nearest block-level element at or above it,
 * or the document when there is none (text straight under a shadow root of an inline host, say).
 */
export function blockOwnerOf(node: Node): Element | Document | null {
  for (let current: Node | null = node; current; current = renderedParent(current)) {
    if (current.nodeType === ELEMENT_NODE && isBlockElement(current as Element)) return current as Element;
    if (current.nodeType === DOCUMENT_NODE) return current as Document;
  }
  return null;
}

/** Whether the node or any rendered ancestor is skipped: O(depth), never recursive. */
export function isInsideSkipped(node: Node): boolean {
  for (let current: Node | null = node; current; current = renderedParent(current)) {
    if (current.nodeType === ELEMENT_NODE && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/**
 * Whether `element` is a block element whose text is read exactly the same whether it is read
 * alone or with its parent: its parent is a block element with no shadow root, and its nearest
 * siblings that are not comments or white space are block elements (or none). Then adding or
 * removing it splits or joins none of the parent's inline text.
 */
export function isBlockBounded(element: Element): boolean {
  const parent = element.parentNode;
  if (!isBlockElement(element) || element.assignedSlot || parent?.nodeType !== ELEMENT_NODE) return false;
  if (!isBlockElement(parent as Element) || (parent as Element).shadowRoot) return false;
  return isBlockOrEdge(element.previousSibling, 'previousSibling') && isBlockOrEdge(element.nextSibling, 'nextSibling');
}

/** Whether, skipping comments and white space, the first node this way is a block element or the parent's edge. */
export function isBlockOrEdge(node: Node | null, direction: 'previousSibling' | 'nextSibling'): boolean {
  let current = node;
  while (current && (current.nodeType === COMMENT_NODE || (current.nodeType === TEXT_NODE && !/[^ \t\n\r\f]/.test((current as Text).data)))) {
    current = current[direction];
  }
  return current === null || (current.nodeType === ELEMENT_NODE && isBlockElement(current as Element));
}
