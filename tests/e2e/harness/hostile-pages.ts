/**
 * The hostile and odd pages of issue 5 that need a real browser, generated here and served by the
 * recording server. Each holds RICH (one finding of each common kind, see HOSTILE_RICH_SIZES) a
 * known number of times, so the expected highlights are exact, and most hold an input to type in.
 */
import type { Route } from './recording-server';

/** One hedge, one scare quote, a vague and a named attribution, a partial quotation (checked in jsdom). */
export const RICH = 'The so-called “reform” was drafted, officials said. Kyodo said the plan was “dead”.';
export const HOSTILE_RICH_SIZES: Record<string, number> = {
  'quotelight-scare': 1, 'quotelight-partial': 1, 'quotelight-direct': 0, 'quotelight-title': 0,
  'quotelight-attribution-named': 1, 'quotelight-attribution-vague': 1, 'quotelight-attribution-none': 0,
  'quotelight-source': 2, 'quotelight-hedge': 1,
};

export interface HostilePage {
  name: string;
  path: string;
  body: string;
  headers?: Record<string, string>;
  /** How many times RICH is highlighted in the top document once the page has settled. */
  richCopies: number;
  /** Highlights beyond RICH's in the top document. */
  extra?: Record<string, number>;
  /** Whether the page has `<input id="box">` to type in. */
  hasInput: boolean;
  /** The page sets `window.__hostileDone` once its own hostile phase is over; wait for it. */
  waitsForDone?: boolean;
  /** Frames (by element id) whose documents must show RICH highlighted `richCopies` times. */
  frames?: Array<{ id: string; richCopies: number }>;
}

const html = (head: string, body: string, doctype = '<!doctype html>') =>
  `${doctype}<html lang="en"><head><meta charset="utf-8"><title>Hostile</title>${head}</head><body>${body}</body></html>`;

const ARTICLE = `<article><h1>Talks</h1><p>${RICH}</p><p>Plain reporting with nothing to mark in it.</p><input id="box"></article>`;

/** Page script: overwrite DOM prototypes, Array.prototype methods and window.CSS; edit the page while they are; restore at 3 s. */
const PROTOTYPE_SCRIPT = `<script>
(function () {
  var saved = { CSS: window.CSS, restore: [] };
  Object.defineProperty(window, '__hostileSaved', { value: saved });
  function boom() { throw new Error('page says no'); }
  function overwrite(target, name, value) {
    var had = Object.getOwnPropertyDescriptor(target, name);
    saved.restore[saved.restore.length] = [target, name, had];
    Object.defineProperty(target, name, { value: value, writable: true, configurable: true, enumerable: true });
  }
  var arrayNames = ['map', 'filter', 'forEach', 'join', 'push', 'pop', 'slice', 'splice', 'some', 'every', 'find', 'findIndex',
    'includes', 'indexOf', 'lastIndexOf', 'flatMap', 'flat', 'sort', 'concat', 'reduce', 'at', 'entries', 'keys', 'values'];
  var targets = [
    [Node.prototype, ['contains', 'getRootNode', 'appendChild', 'insertBefore', 'removeChild', 'normalize', 'compareDocumentPosition']],
    [Element.prototype, ['getAttribute', 'hasAttribute', 'hasAttributes', 'attachShadow', 'closest', 'matches', 'getBoundingClientRect', 'getClientRects', 'append', 'remove', 'scrollIntoView']],
    [Document.prototype, ['createRange', 'createTreeWalker', 'createElement', 'getSelection', 'caretPositionFromPoint', 'caretRangeFromPoint']],
    [Range.prototype, ['setStart', 'setEnd', 'isPointInRange', 'intersectsNode', 'toString']],
    [Text.prototype, ['splitText']],
    [String.prototype, ['slice', 'trim', 'toLowerCase', 'indexOf', 'charCodeAt', 'split', 'replace']],
    [EventTarget.prototype, ['addEventListener', 'removeEventListener']],
  ];
  var ticks = 0;
  for (var i = 0; i < arrayNames.length; i++) overwrite(Array.prototype, arrayNames[i], boom);
  for (var t = 0; t < targets.length; t++) for (var n = 0; n < targets[t][1].length; n++) {
    if (targets[t][1][n] in targets[t][0]) overwrite(targets[t][0], targets[t][1][n], boom);
  }
  overwrite(window, 'CSS', { highlights: null, escape: boom, supports: boom });
  overwrite(window, 'Highlight', boom);
  overwrite(window, 'MutationObserver', boom);
  overwrite(window, 'AbortController', boom);
  overwrite(window, 'requestIdleCallback', boom);
  overwrite(window, 'getComputedStyle', boom);
  overwrite(Object, 'fromEntries', boom);
  overwrite(JSON, 'stringify', boom);
  // A change while everything is overwritten: the content script must rescan it.
  var later = saved.later = window.setTimeout;
  later(function () {
    var added = document.getElementById('late');
    added.textContent = ${JSON.stringify(RICH)};
  }, 1500);
  later(function () {
    for (var k = saved.restore.length - 1; k >= 0; k--) {
      var entry = saved.restore[k];
      if (entry[2]) Object.defineProperty(entry[0], entry[1], entry[2]);
      else delete entry[0][entry[1]];
    }
    window.__hostileDone = true;
  }, 3000);
})();
</script>`;

/**
 * Page script: nest 20,000 elements (the HTML parser flattens deeper than 512, so by DOM calls).
 * Debian's Chromium, without any extension, crashes or hangs laying out such a tree, so it sits
 * in a `display: none` (stylesheet, not inline) container: out of layout, but read all the same,
 * since what is skipped is decided by markup alone (issue 3's test contract).
 */
const DEEP_SCRIPT = `<script>
(function () {
  // Top down into a detached root, attached once: appending a deep subtree into a new parent
  // 20,000 times takes Firefox 40 s by itself.
  var root = document.createElement('div');
  var current = root;
  for (var depth = 1; depth < 20000; depth++) {
    var child = document.createElement(depth % 3 === 0 ? 'div' : depth % 3 === 1 ? 'span' : 'section');
    current.appendChild(child);
    current = child;
  }
  var inner = document.createElement('p');
  inner.textContent = ${JSON.stringify(RICH)};
  current.appendChild(inner);
  document.getElementById('deep').appendChild(root);
})();
</script>`;

/** Page script: rewrite a ticker every 16 ms, forever. */
const CHURN_SCRIPT = `<script>
(function () {
  var n = 0;
  var ticker = document.getElementById('ticker');
  window.__ticks = 0;
  var timer = setInterval(function () {
    n++;
    window.__ticks = n;
    ticker.textContent = 'Update ' + n + ': the so-called “rally” ' + (n % 2 ? 'went on' : 'stopped') + '.';
  }, 16);
  // Only the test stops it, to compare the settled page with what the CLI reads from it.
  window.__stopChurn = function () { clearInterval(timer); };
})();
</script>`;

/** Page script: fill an about:blank frame after load. */
const BLANK_FRAME_SCRIPT = `<script>
window.addEventListener('load', function () {
  var doc = document.getElementById('blank').contentDocument;
  var p = doc.createElement('p');
  p.textContent = ${JSON.stringify(RICH)};
  doc.body.appendChild(p);
});
</script>`;

export const HOSTILE_PAGES: HostilePage[] = [
  {
    name: 'a page that styles mark and ::highlight(quotelight-*) itself',
    path: '/hostile/styled.html',
    body: html(`<style>
      mark, mark[data-quotelight] { background: black !important; color: black !important; display: none !important; }
      ::highlight(quotelight-scare), ::highlight(quotelight-hedge) { background-color: transparent !important; color: transparent !important; text-decoration: none !important; }
      *::highlight(quotelight-source) { text-decoration: line-through !important; }
      </style>`, `<p>The page's own <mark>mark</mark> stays.</p>${ARTICLE}`),
    richCopies: 1,
    hasInput: true,
  },
  {
    name: 'page CSS * { all: unset }',
    path: '/hostile/unset.html',
    body: html('<style>* { all: unset !important; } html, body, p { display: block !important; }</style>', ARTICLE),
    richCopies: 1,
    hasInput: true,
  },
  {
    name: 'page scripts overwrite DOM prototypes, Array.prototype methods and window.CSS',
    path: '/hostile/prototypes.html',
    body: html('', `${ARTICLE}<p id="late"></p>${PROTOTYPE_SCRIPT}`),
    richCopies: 2,
    hasInput: true,
    waitsForDone: true,
  },
  {
    name: "strict CSP default-src 'none'",
    path: '/hostile/csp.html',
    body: html('<style>p { color: navy; }</style>', `${ARTICLE}<img src="/hostile/blocked.png" alt=""><script>document.title = 'ran';</script>`),
    headers: { 'content-security-policy': "default-src 'none'" },
    richCopies: 1,
    hasInput: true,
  },
  {
    name: 'quirks mode (no doctype)',
    path: '/hostile/quirks.html',
    body: html('', `<table><tr><td><p>${RICH}</p></td></tr></table><input id="box">`, ''),
    richCopies: 1,
    hasInput: true,
  },
  {
    name: 'an XHTML document',
    path: '/hostile/page.xhtml',
    body: `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>XHTML</title></head>
<body><article><p>${RICH}</p><p>Plain <em>inline</em> text.</p><input id="box" /></article></body></html>`,
    headers: { 'content-type': 'application/xhtml+xml; charset=utf-8' },
    richCopies: 1,
    hasInput: true,
  },
  {
    name: 'an SVG document',
    path: '/hostile/image.svg',
    body: `<?xml version="1.0" encoding="utf-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><title>Chart</title>
<text x="10" y="20">${RICH}</text>
<foreignObject x="0" y="40" width="400" height="100"><p xmlns="http://www.w3.org/1999/xhtml">${RICH}</p></foreignObject></svg>`,
    headers: { 'content-type': 'image/svg+xml' },
    // Everything in <svg> is skipped by markup (issue 3's list): no highlights, and no harm.
    richCopies: 0,
    hasInput: false,
  },
  {
    name: 'about:blank and srcdoc frames',
    path: '/hostile/frames.html',
    body: html('', `${ARTICLE}<iframe id="blank" src="about:blank"></iframe><iframe id="srcdoc" srcdoc="<!doctype html><p>${RICH.replaceAll('"', '&quot;')}</p>"></iframe>${BLANK_FRAME_SCRIPT}`),
    richCopies: 1,
    hasInput: true,
    frames: [{ id: 'srcdoc', richCopies: 1 }, { id: 'blank', richCopies: 1 }],
  },
  {
    name: '20,000-deep nesting',
    path: '/hostile/deep.html',
    body: html('<style>#deep { display: none; }</style>', `<div id="deep"></div><input id="box">${DEEP_SCRIPT}`),
    richCopies: 1,
    hasInput: true,
  },
  {
    name: 'a page that mutates every 16 ms forever',
    path: '/hostile/churn.html',
    body: html('', `${ARTICLE}<p id="ticker">Waiting.</p>${CHURN_SCRIPT}`),
    richCopies: 1,
    // The ticker's "so-called “rally”", whatever its number.
    extra: { 'quotelight-hedge': 1, 'quotelight-scare': 1 },
    hasInput: true,
  },
];

export function hostileRoutes(pages: readonly HostilePage[]): (path: string) => Route | undefined {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  return (path) => {
    if (path === '/favicon.ico') return { status: 204, body: '' };
    const page = byPath.get(path);
    return page && { body: page.body, ...(page.headers ? { headers: page.headers } : {}) };
  };
}

export function expectedSizes(copies: number, extra: Record<string, number> = {}): Record<string, number> {
  return Object.fromEntries(Object.entries(HOSTILE_RICH_SIZES).map(([name, size]) => [name, size * copies + (extra[name] ?? 0)]));
}
