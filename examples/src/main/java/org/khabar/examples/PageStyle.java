package org.khabar.examples;

/** The style sheet of the pages {@link ArticleHtml} writes. */
final class PageStyle {

  private PageStyle() {}

  static final String CSS = String.join("\n",
      "body{font-family:'Noto Naskh Arabic','Amiri','DejaVu Sans',Tahoma,sans-serif;"
          + "background:#fafafa;color:#222;margin:0;line-height:1.9}",
      ".kh-main{display:flex;flex-direction:column;max-width:60rem;margin:0 auto;padding:1rem}",
      ".kh-index{order:-1;background:#fff;border:1px solid #ddd;border-radius:6px;"
          + "padding:.5rem 1rem;margin-bottom:1rem}",
      ".kh-legend{order:-2;background:#fff;border:1px solid #ddd;border-radius:6px;"
          + "padding:.5rem;margin-bottom:1rem;display:flex;flex-wrap:wrap;gap:.5rem;"
          + "align-items:center}",
      ".kh-article{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1rem 1.5rem;"
          + "margin-bottom:1.5rem}",
      ".kh-meta{font:12px monospace;color:#777;text-align:left;margin-bottom:.5rem}",
      "h1.kh-block{font-size:1.6rem;line-height:1.6;margin:.3rem 0 1rem}",
      "h2.kh-block{font-size:1.25rem;margin:1.2rem 0 .4rem;border-bottom:1px solid #eee}",
      ".kh-list{margin:.3rem 0;padding-right:1.5rem}",
      ".kh-RELATED_LINK,.kh-BOILERPLATE{color:#888;background:#f1f1f1;border-right:4px solid "
          + "#bbb;padding:.2rem .6rem;margin:.4rem 0;font-size:.9rem}",
      ".kh-BOILERPLATE{border-right-color:#d9a0a0;text-decoration:line-through "
          + "rgba(0,0,0,.25)}",
      ".kh-block-label,.kh-legend-block{font:10px monospace;background:#ddd;color:#555;"
          + "border-radius:3px;padding:0 .3rem;margin-left:.4rem;vertical-align:middle}",
      ".kh-legend-block.kh-RELATED_LINK,.kh-legend-block.kh-BOILERPLATE{margin:0;padding:0 .4rem;"
          + "border-right-width:4px}",
      "mark{border-radius:4px;padding:0 .2rem;color:inherit}",
      ".kh-tag{font:bold 9px sans-serif;text-transform:uppercase;margin-right:.25rem;"
          + "vertical-align:middle;opacity:.75;unicode-bidi:isolate}",
      ".kh-ent{display:inline;border:1px solid transparent}",
      ".kh-PERSON{background:#fbd5dc;border-color:#e8a0ae}",
      ".kh-LOCATION{background:#d6efc7;border-color:#9fcf86}",
      ".kh-ORGANIZATION{background:#cfe5f7;border-color:#8ab8dc}",
      ".kh-MISC{background:#f6e7c1;border-color:#d9bd74}",
      ".kh-time{background:#e6dcf7;border:1px dashed #a48bd4}",
      ".kh-num{background:#fff4b3;border:1px dotted #c9b44a}",
      ".kh-quote{border-bottom:3px solid #2f855a;background:rgba(47,133,90,.06);padding:0 .1rem}",
      ".kh-quote.kh-INDIRECT{border-bottom:3px dotted #3182ce;background:rgba(49,130,206,.05)}",
      ".kh-speaker{font:bold 11px sans-serif;background:#2f855a;color:#fff;border-radius:8px;"
          + "padding:0 .4rem;margin:0 .25rem;vertical-align:middle;white-space:nowrap}",
      ".kh-quote.kh-INDIRECT+.kh-speaker{background:#3182ce}",
      ".kh-speaker-mention{background:transparent;border-bottom:2px solid #2f855a;"
          + "border-radius:0;font-weight:bold}",
      "");
}
