/**
 * Watches the page (and each open shadow root read) for changes that alter its text: nodes added
 * or removed, text edited, and the attributes that decide what is skipped. Collects the changed
 * nodes and hands them over in one batch at idle time; the page model decides which blocks that
 * means reading again.
 */
import type { Schedule } from './idle-scheduler';
import { ELEMENT_NODE, UI_ATTRIBUTE, isDisplayNoneStyle } from './markup-rules';
import { isBlockBounded, isBlockOrEdge, isInsideSkipped, renderedParent } from './rendered-tree';

/** The attributes `isSkippedElement` reads. */
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable', 'style', UI_ATTRIBUTE];

const OBSERVE_OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeOldValue: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

export class PageChangeObserver {
  private readonly observer: MutationObserver;
  private observed = new WeakSet<Node>();
  private pending = new Set<Node>();
  private cancelScheduled: (() => void) | null = null;

  constructor(
    window: { MutationObserver: typeof MutationObserver },
    private readonly schedule: Schedule,
    private readonly onChanges: (changed: Node[]) => void,
  ) {
    this.observer = new window.MutationObserver((records) => this.record(records));
  }

  /** Watch a document or shadow root (once; later calls for the same root do nothing). */
  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OBSERVE_OPTIONS);
  }

  /** Take the page's changes made so far, before changing the DOM ourselves. */
  collectPageChanges(): void {
    this.record(this.observer.takeRecords());
  }

  /** Forget the records of our own DOM changes (fallback marks), which must not trigger a rescan. */
  discardOwnChanges(): void {
    this.observer.takeRecords();
  }

  /** Hand over whatever is pending now instead of at idle time. */
  flush(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    this.collectPageChanges();
    const changed = [...this.pending].filter((node) => node.isConnected && !isInsideSkipped(node));
    this.pending = new Set();
    if (changed.length > 0) this.onChanges(changed);
  }

  /** Stop watching every root; `observe` starts again from scratch. */
  disconnect(): void {
    this.observer.disconnect();
    this.observed = new WeakSet();
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    this.pending.clear();
  }

  private record(records: readonly MutationRecord[]): void {
    for (const record of records) {
      const changed = changedNodesOf(record);
      for (const node of changed) this.pending.add(node);
    }
    if (this.pending.size > 0 && !this.cancelScheduled) {
      this.cancelScheduled = this.schedule(() => {
        this.cancelScheduled = null;
        this.flush();
      });
    }
  }
}

/** The nodes whose blocks must be read again: none when the change cannot alter the text. */
function changedNodesOf(record: MutationRecord): Node[] {
  if (record.type === 'childList') {
    if (isOnlyOurUi(record.addedNodes) && isOnlyOurUi(record.removedNodes)) return [];
    // Block elements added between blocks (paragraphs appended to an article): only they are
    // read, not their parent with all it holds.
    const added = [...record.addedNodes];
    if (record.removedNodes.length === 0 && added.length > 0
      && added.every((node) => (node.nodeType === ELEMENT_NODE ? isBlockBounded(node as Element) : isBlockOrEdge(node, 'nextSibling')))
      && added.some((node) => node.nodeType === ELEMENT_NODE)) {
      return added.filter((node) => node.nodeType === ELEMENT_NODE);
    }
  }
  const changed = changedNodeOf(record);
  return changed ? [changed] : [];
}

/** The node whose block must be read again, or null when the change cannot alter the text. */
function changedNodeOf(record: MutationRecord): Node | null {
  switch (record.type) {
    case 'characterData':
      return record.target;
    case 'childList':
      return record.target;
    case 'attributes': {
      const element = record.target as Element;
      // Our tooltip showing and hiding.
      if (element.hasAttribute(UI_ATTRIBUTE) && record.attributeName !== UI_ATTRIBUTE) return null;
      if (record.attributeName === 'style'
        && isDisplayNoneStyle(record.oldValue) === isDisplayNoneStyle(element.getAttribute('style'))) return null;
      // Whether the element itself is skipped changed: read it again from its parent.
      return renderedParent(element);
    }
    default:
      return null;
  }
}

/** Our tooltip host coming and going under <html>. */
function isOnlyOurUi(nodes: NodeList): boolean {
  for (const node of nodes) {
    if (node.nodeType !== ELEMENT_NODE || !(node as Element).hasAttribute(UI_ATTRIBUTE)) return false;
  }
  return true;
}
