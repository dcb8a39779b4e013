/**
 * Which element "article text only" reads (findArticleRoot), and when page changes call for asking
 * again. The choice weighs the page's `<article>` elements against each other, so it is asked
 * again when one comes or goes (a live blog that opens with one post and gets more); asking at
 * every change would count every paragraph of a big page at every rescan.
 */
import { findArticleRoot } from './text-blocks';

export class ArticleChoice {
  /** The page's `<article>` elements, a live list: its length is the count now. */
  private readonly articles: HTMLCollectionOf<Element>;
  private articleCount = 0;

  constructor(private readonly document: Document) {
    this.articles = document.getElementsByTagName('article');
  }

  /** The element to read, or null for the whole page. */
  choose(): Element | null {
    this.articleCount = this.articles.length;
    return findArticleRoot(this.document);
  }

  /** Whether these changes may make `choose` pick another element than `chosen`. */
  changedBy(changed: readonly Node[], chosen: Element | null): boolean {
    if (chosen && !chosen.isConnected) return true;
    const added = changed.some((node) => (node as Partial<Element>).localName === 'article');
    if (!added && this.articles.length === this.articleCount) return false;
    return this.choose() !== chosen;
  }
}
